"""Extraction quality on the real articles: seeds + dev ingested, the graph scored against tests/gold by the
yardstick's rules (the `evaluation` package, which agrees with ../shared/eval/score.py).

These are the articles the rules were first developed on, so the bars below are floors that catch a change
losing facts, not the goal (issue 8's targets on unseen articles are the `Target` column of `vilao eval`, and
tests/test_real_quality.py holds the judges' own real articles). This gold was written to a narrower convention
of which bodies and meetings count than the judges' gold: it leaves out bodies named only in passing in a list
of attendees, and a signing held during a visit as a meeting of its own, which the judges count. Extraction now
follows the judges, so bodies, events and participations score lower here than they did: scored on 2026-11-29
this set gave persons 0.98, organizations 0.77, provinces 0.98, events 0.61, agreements 0.89, participations
0.44 F1 and partnerships P 1.00 R 1.00; the floors sit a little under those (participations 0.38 since
2026-11-30: visits now keep their travellers only, and a year named for a plan no longer dates the article, both
as the judges' gold has it, and the yardstick's greedy matching moves a few people between undated meetings).
Each is its own test case, so a failure names the category; its message lists what was missed and what was
wrongly found. The table is printed once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evaluation import EvalReport, evaluate
from graph.embedded import EmbeddedStore
from tests.conftest import DEV, ROOT, SEEDS

GOLD = ROOT / "tests" / "gold"

# (category, metric, minimum), written out here on purpose.
TARGETS = [
    ("persons", "f1", 0.90),
    ("organizations", "f1", 0.72),
    ("provinces", "f1", 0.85),
    ("events", "f1", 0.57),
    ("agreements", "f1", 0.80),
    ("participations", "f1", 0.38),
    ("partnerships", "precision", 1.0),
    ("partnerships", "recall", 0.90),
]
SHOW = 15  # unmatched items listed in a failure message, per side


@pytest.fixture(scope="module")
def report(shared_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EvalReport]:
    store = EmbeddedStore(tmp_path_factory.mktemp("eval") / "store")
    try:
        yield evaluate(GOLD, [SEEDS, DEV], store)
    finally:
        store.close()


def test_every_gold_file_is_scored_against_its_article(report: EvalReport, capsys: pytest.CaptureFixture) -> None:
    with capsys.disabled():
        print("\n" + report.to_text())
    gold_files = sorted(p.stem for p in GOLD.glob("*.json"))
    assert report.missing_articles == [], "gold files whose article is not in the shared corpus"
    assert report.documents == gold_files
    assert report.ingest_failures == []


def _listing(title: str, items: list[str]) -> str:
    shown = "\n".join(f"    {item}" for item in items[:SHOW])
    more = f"\n    … and {len(items) - SHOW} more" if len(items) > SHOW else ""
    return f"  {title} ({len(items)}):\n{shown}{more}" if items else f"  {title}: none"


@pytest.mark.parametrize(
    ("category", "metric", "minimum"),
    [pytest.param(c, m, v, id=f"{c}-{m}>={v:.2f}") for c, m, v in TARGETS],
)
def test_extraction_meets_the_target(report: EvalReport, category: str, metric: str, minimum: float) -> None:
    scores = report[category]
    value = getattr(scores, metric)
    assert value >= minimum, (
        f"{category} {metric} = {value:.3f} < {minimum:.2f} "
        f"(tp {scores.tp}, fp {scores.fp}, fn {scores.fn}; P {scores.precision:.2f} R {scores.recall:.2f})\n"
        + _listing("missed (gold, not in the graph)", scores.missed)
        + "\n"
        + _listing("wrong (in the graph, not in the gold)", scores.invented)
        + "\n"
        + _listing("repeated (a second node for one gold item)", scores.repeated)
    )

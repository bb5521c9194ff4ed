"""The benchmark corpus generator: a seed fixes the corpus, every text is distinct, and what it writes reads
as cooperation news (the pipeline finds meetings, officials of both countries and partnering provinces)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.make_corpus import articles
from graph.embedded import EmbeddedStore
from graph.schema import EdgeType, NodeKind
from ingest.pipeline import ingest
from tests.conftest import ROOT


def test_the_same_seed_writes_the_same_corpus_and_another_seed_another() -> None:
    first, again, other = (list(articles(40, seed)) for seed in (7, 7, 8))
    assert first == again
    assert first != other
    assert len({text for _, text in first}) == 40
    assert {suffix for suffix, _ in first} == {"md", "txt", "html"}


def test_the_corpus_reads_as_cooperation_news(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--docs", "60", "--out", str(tmp_path / "corpus")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = ingest([str(tmp_path / "corpus")], store)
        assert report.failures == []
        counts = store.counts()
        assert counts.nodes[NodeKind.DOCUMENT.value] == 60
        assert counts.nodes[NodeKind.EVENT.value] >= 20
        countries = {p.country for p in store.nodes([NodeKind.PERSON])}
        assert {"VN", "LA"} <= countries
        assert counts.edges[EdgeType.PARTNERS_WITH.value] >= 5
        # Recurring meetings: some events are reported by more than one article.
        held_in = list(store.edges([EdgeType.PARTICIPATED_IN]))
        assert any(len({ev.doc_id for ev in e.evidence}) > 1 for e in held_in)
    finally:
        store.close()

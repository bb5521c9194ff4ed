"""`vilao eval`: ingest the articles a gold folder describes into a fresh store, export the graph, score it.

Only articles with a gold file are ingested (an article nobody annotated would count all it yields as
invented), and a gold file whose article is not in the corpus is listed, not scored. Scoring the export
of exactly those articles with ../shared/eval/score.py gives the same figures.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from evaluation.export import ExportGraph, read_export
from evaluation.gold import GoldDocument, load_gold
from evaluation.report import EvalReport
from evaluation.score import score
from graph.store import GraphStore

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def find_articles(docs: Iterable[str], corpus_dirs: Sequence[Path]) -> dict[str, Path]:
    """Each document's article, `<doc>.txt` (or .md, .html): directly in a corpus folder, else anywhere
    below one; the first folder that has it wins."""
    found: dict[str, Path] = {}
    for doc in docs:
        for folder in corpus_dirs:
            candidates = [folder / f"{doc}{suffix}" for suffix in ARTICLE_SUFFIXES]
            direct = [p for p in candidates if p.is_file()]
            below = (
                []
                if direct or not folder.is_dir()
                else sorted(p for suffix in ARTICLE_SUFFIXES for p in folder.rglob(f"{doc}{suffix}"))
            )
            if direct or below:
                found[doc] = (direct or below)[0]
                break
    return found


def score_export(export: ExportGraph, gold: Sequence[GoldDocument], within_articles: bool = False) -> EvalReport:
    pairing = "within articles" if within_articles else "yardstick"
    return EvalReport.of(score(export, gold, within_articles), sorted(d.doc for d in gold), pairing)


def evaluate(
    gold_dir: Path, corpus_dirs: Sequence[Path], store: GraphStore | None = None, within_articles: bool = False
) -> EvalReport:
    """Ingest the annotated articles into `store` (pass an empty one; default: a temporary embedded
    store), export the graph and score it against the gold."""
    gold = load_gold(Path(gold_dir))
    articles = find_articles([d.doc for d in gold], [Path(p) for p in corpus_dirs])
    if not articles:
        raise FileNotFoundError(
            f"none of the {len(gold)} gold files in {gold_dir} has its article (<doc>.txt) in "
            + ", ".join(str(p) for p in corpus_dirs)
        )
    scored = [d for d in gold if d.doc in articles]

    def run(target: GraphStore) -> EvalReport:
        from graph.export import to_json
        from ingest.pipeline import ingest  # the pipeline is heavy: importing evaluation stays light

        ingested = ingest([str(articles[d.doc]) for d in scored], target)
        report = score_export(read_export(to_json(target)), scored, within_articles)
        report.missing_articles = sorted(d.doc for d in gold if d.doc not in articles)
        report.ingest_failures = [f"{r.origin}: {r.reason}" for r in ingested.failures]
        return report

    if store is not None:
        return run(store)
    from graph.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="vilao-eval-", ignore_cleanup_errors=True) as folder:
        fresh = EmbeddedStore(Path(folder) / "store")
        try:
            return run(fresh)
        finally:
            fresh.close()

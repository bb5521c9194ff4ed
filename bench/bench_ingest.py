"""Ingest throughput: extraction alone, and extraction plus the store, in documents per second.

    python bench/bench_ingest.py [--corpus DIR ...] [--repeat 5] [--neo4j bolt://127.0.0.1:7687]

Each figure is the median of --repeat runs over the same documents in one process; compare figures from
one run only (the machines are noisy). With --neo4j, the Neo4j store is measured at one document per
transaction and at the pipeline's batch size.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.neo4j import Neo4jStore
from graph.store import GraphStore
from ingest.load import expand, load
from ingest.pipeline import document_delta, ingest

HERE = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [HERE / "ingest" / "samples", HERE.parent / "shared" / "corpus"]


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def ingest_seconds(files: list[str], store: GraphStore, batch: int) -> float:
    try:
        return timed(lambda: ingest(files, store, batch_size=batch))
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--neo4j", help="bolt:// URI of a Neo4j to measure as well (it is cleared)")
    args = parser.parse_args()
    corpora = [c for c in (args.corpus or DEFAULT_CORPORA) if c.exists()]
    files = [f for f in expand([str(c) for c in corpora]) if isinstance(f, str)]
    raws = [load(f) for f in files]
    print(f"{len(raws)} documents from {', '.join(map(str, corpora))}; median of {args.repeat} runs")

    extract_s = statistics.median(timed(lambda: [document_delta(r) for r in raws]) for _ in range(args.repeat))
    print(f"extract+resolve      {len(raws) / extract_s:8.0f} docs/s")

    def into(store_factory: Callable[[], GraphStore], batch: int) -> float:
        runs = [ingest_seconds(files, store_factory(), batch) for _ in range(args.repeat)]
        return len(files) / statistics.median(runs)

    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(10**6))
        embedded = into(lambda: EmbeddedStore(Path(tmp) / f"s{next(counter)}"), 200)
        print(f"ingest, embedded     {embedded:8.0f} docs/s")
    if args.neo4j:

        def fresh() -> Neo4jStore:
            store = Neo4jStore(args.neo4j, None, None, None)
            store.clear()
            return store

        one = into(fresh, 1)
        batched = into(fresh, 200)
        print(f"ingest, neo4j 1/tx   {one:8.0f} docs/s")
        print(f"ingest, neo4j 200/tx {batched:8.0f} docs/s  ({batched / one:.1f}x)")


if __name__ == "__main__":
    main()

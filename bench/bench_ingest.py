"""Ingest throughput on real text, every figure side by side in one run (the machines are noisy).

    python bench/bench_ingest.py [--corpus DIR] [--sizes 200,800] [--repeat 3] [--workers N]
                                 [--neo4j bolt://... | --neo4j test] [--neo4j-size 800]
    python bench/bench_ingest.py --smoke [--neo4j ...]   # seconds on the sample corpus, for CI

The corpus (default ../shared/corpus/raw) is repeated up to each size, every copy made a distinct document
(a closing line names the copy), in a temporary folder. Measured, medians of --repeat runs:

- extraction alone: load, clean, extract and resolve in this process (documents/s on one core);
- the embedded store end to end (`ingest` as the CLI runs it) with 1 worker and with N, per size, and
  the cost per document at each size relative to the smallest; beside each wall-clock rate, the documents per
  CPU-second the run cost (this process and its workers): the figure a busy machine disturbs least; with N
  workers, how that CPU splits between the writing process and the workers;
- with --neo4j: the Neo4j store end to end, and its write stage alone (the pipeline's batches of deltas,
  already extracted) against the floor: a raw batched UNWIND ... MERGE of the very same graph, each record
  written as it stands, with no merging rules. The two alternate, run for run, after one run of each to warm
  the server, so a busy moment on the machine falls on both; besides wall time, the CPU seconds they cost
  (this process and, for `--neo4j test`, the server's) are compared, which other sessions on the machine
  disturb less. `--neo4j test` starts the test suite's Neo4j 5.26 (with authentication, as the tests run it);
  credentials for another server come from NEO4J_USERNAME and NEO4J_PASSWORD.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from bench.neo4j_floor import Cost, Neo4jTarget, cost_of, neo4j_at, raw_merge  # noqa: E402
from graph.embedded import EmbeddedStore  # noqa: E402
from graph.neo4j import Neo4jStore  # noqa: E402
from ingest.clean import clean  # noqa: E402
from ingest.load import expand, load  # noqa: E402
from ingest.pipeline import Extractor, document_delta, hold_reference, ingest  # noqa: E402

RAW = HERE.parent / "shared" / "corpus" / "raw"
SAMPLES = HERE / "ingest" / "samples"


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_of(repeat: int, work: Callable[[], float]) -> float:
    return statistics.median(work() for _ in range(repeat))


def _marked(text: str, copy: int) -> Iterator[str]:
    """Ways to make a copy of an article a document of its own, surest first: the cleaner keeps a title, but may
    cut a closing line or a short paragraph as page furniture."""
    first, _, rest = text.partition("\n")
    marker = f"(Bản thứ {copy + 1} của bài này, dùng để đo tốc độ.)"
    yield f"{first.rstrip()} (bản {copy + 1})\n{rest}"
    yield f"{first.rstrip()} (bản {copy + 1})\n{rest}\n\n{marker}\n"
    head, _, tail = text.partition("\n\n")
    yield f"{first.rstrip()} (bản {copy + 1})\n\n{marker}\n\n{tail or head}"


def distinct_copies(corpus: Path, size: int, folder: Path) -> list[str]:
    """`size` documents from the corpus (its articles; a README is none), repeated as needed, each copy a document
    of its own: its cleaned text, and so its id, differs from every other's (checked here)."""
    sources = [f for f in expand([str(corpus)]) if isinstance(f, str) and Path(f).name != "README.md"]
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    ids: set[str] = set()
    for i in range(size):
        source = Path(sources[i % len(sources)])
        copy = i // len(sources)
        text = source.read_text(encoding="utf-8")
        path = folder / f"{i:05d}{source.suffix}"
        for candidate in [text] if copy == 0 else _marked(text, copy):
            path.write_text(candidate, encoding="utf-8")
            doc_id = clean(load(str(path))).doc_id
            if doc_id not in ids:
                break
        else:
            sys.exit(f"could not make copy {copy + 1} of {source} a document of its own")
        ids.add(doc_id)
        paths.append(str(path))
    return paths


def startup(document: str, folder: Path, repeat: int) -> tuple[float, float]:
    """`vilao ingest` of a document the store holds already, as a whole process: what a user waits for before any
    work (imports, opening the store, its reference data). Median wall and CPU seconds."""
    command = [sys.executable, "-m", "app", "ingest", document, "--store", str(folder)]
    subprocess.run(command, cwd=HERE, check=True, capture_output=True)  # now the store holds it

    def once() -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = timed(lambda: subprocess.run(command, cwd=HERE, check=True, capture_output=True))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    runs = [once() for _ in range(repeat)]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


class IngestCost(NamedTuple):
    wall: float
    cpu: float  # this process's and its workers'
    writer: float  # this process's alone: loading, cleaning, the duplicate check and the store's writes


def ingest_cost(files: list[str], store_at: Callable[[], Any], workers: int, batch: int = 200) -> IngestCost:
    """Wall seconds of one ingest, and the CPU seconds it cost: this process's and its workers' (counted once the
    pool is closed and its processes reaped). CPU time is what other sessions on the machine disturb least."""
    store = store_at()
    try:
        children = _children_cpu()
        with Extractor(workers) as extractor:
            own = time.process_time()
            wall = timed(lambda: ingest(files, store, batch_size=batch, extractor=extractor))
            own = time.process_time() - own
        return IngestCost(wall, own + _children_cpu() - children, own)
    finally:
        store.close()


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def ingest_seconds(files: list[str], store_at: Callable[[], Any], workers: int, batch: int = 200) -> float:
    return ingest_cost(files, store_at, workers, batch).wall


def median_cost(repeat: int, work: Callable[[], Cost]) -> Cost:
    runs = [work() for _ in range(repeat)]
    return Cost(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs))


def median_ingest_cost(repeat: int, work: Callable[[], IngestCost]) -> IngestCost:
    runs = [work() for _ in range(repeat)]
    return IngestCost(*(statistics.median(r[i] for r in runs) for i in range(len(IngestCost._fields))))


def measure_neo4j(target: Neo4jTarget, files: list[str], repeat: int, workers: int) -> None:
    """Neo4j end to end, then its write stage against the raw floor, alternating run for run."""

    def neo4j() -> Neo4jStore:
        store = Neo4jStore(target.uri, *(target.auth or (None, None)), None)
        store.clear()
        return store

    size = len(files)
    end_to_end = median_of(repeat, lambda: ingest_seconds(files, neo4j, workers))
    print(f"neo4j end to end, {size:6d} docs     {workers} workers {size / end_to_end:5.0f} docs/s")

    deltas = [document_delta(load(f))[1].model() for f in files]  # the floor writes models: both get the same
    batches = [deltas[i : i + 200] for i in range(0, len(deltas), 200)]

    def write_stage() -> Cost:
        store = neo4j()
        hold_reference(store)
        try:
            return cost_of(lambda: [store.apply(b) for b in batches], target.pid)
        finally:
            store.close()

    runs = [(raw_merge(target, batches), write_stage()) for _ in range(repeat + 1)][1:]
    floor = statistics.median(f.wall for f, _ in runs)
    stage = statistics.median(s.wall for _, s in runs)
    print(
        f"neo4j write stage, {size:6d} docs    {size / stage:5.0f} docs/s   raw UNWIND MERGE floor "
        f"{size / floor:5.0f} docs/s   stage/floor x{stage / floor:.2f} "
        f"(run by run x{statistics.median(s.wall / f.wall for f, s in runs):.2f})"
    )
    what = "this process and the server" if target.pid else "this process"
    print(
        f"neo4j write stage CPU ({what})  {statistics.median(s.cpu for _, s in runs):5.2f} s   floor "
        f"{statistics.median(f.cpu for f, _ in runs):5.2f} s   stage/floor "
        f"x{statistics.median(s.cpu / f.cpu for f, s in runs):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=RAW)
    parser.add_argument("--sizes", default="200,800", help="documents per run, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--neo4j", help="bolt:// URI of a Neo4j to measure (it is cleared), or 'test'")
    parser.add_argument("--neo4j-size", type=int, help="documents for the Neo4j runs (default: the largest size)")
    parser.add_argument("--smoke", action="store_true", help="the sample corpus, one size, one run")
    args = parser.parse_args()
    if args.smoke:
        args.corpus, args.sizes, args.repeat = SAMPLES, "20", 1
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus} (the real articles live in ../shared/corpus/raw)")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{date.today()}  corpus {args.corpus}  sizes {sizes}  median of {args.repeat}  {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory() as tmp, neo4j_at(args.neo4j) as target:
        counter = iter(range(10**6))

        def embedded() -> EmbeddedStore:
            return EmbeddedStore(Path(tmp) / f"store-{next(counter)}")

        first = distinct_copies(args.corpus, sizes[0], Path(tmp) / f"corpus-{sizes[0]}")
        raws = [load(f) for f in first]
        document_delta(raws[0])  # the lexicons load once, before any clock starts
        extract = median_cost(args.repeat, lambda: cost_of(lambda: [document_delta(r) for r in raws], None))
        print(
            f"extraction alone, 1 core          {len(raws) / extract.wall:7.0f} docs/s "
            f"({len(raws) / extract.cpu:.0f} per CPU-second)"
        )

        wall, cpu = startup(first[0], Path(tmp) / "startup-store", args.repeat)
        print(f"start-up of vilao ingest (a document held already)  {wall:5.2f} s wall, {cpu:5.2f} s CPU")

        per_doc: dict[int, Cost] = {}
        for size in sizes:
            files = first if size == sizes[0] else distinct_copies(args.corpus, size, Path(tmp) / f"corpus-{size}")
            one = median_ingest_cost(args.repeat, lambda files=files: ingest_cost(files, embedded, 1))
            many = median_ingest_cost(args.repeat, lambda files=files: ingest_cost(files, embedded, args.workers))
            per_doc[size] = Cost(one.wall / size, one.cpu / size)
            print(
                f"embedded end to end, {size:6d} docs  1 worker {size / one.wall:5.0f} docs/s "
                f"({size / one.cpu:.0f} per CPU-second)   {args.workers} workers {size / many.wall:5.0f} docs/s "
                f"({size / many.cpu:.0f} per CPU-second)   cost per document {per_doc[size].wall * 1000:5.2f} ms "
                f"wall, {per_doc[size].cpu * 1000:5.2f} ms CPU: x{per_doc[size].wall / per_doc[sizes[0]].wall:.2f} "
                f"and x{per_doc[size].cpu / per_doc[sizes[0]].cpu:.2f} of {sizes[0]}'s"
            )
            ms = 1000 / size
            print(
                f"  CPU per document, {args.workers} workers: {many.cpu * ms:.2f} ms, of which the writing process "
                f"{many.writer * ms:.2f} ms and the workers {(many.cpu - many.writer) * ms:.2f} ms "
                f"(1 worker: {one.cpu * ms:.2f} ms)"
            )

        if target is not None:
            size = args.neo4j_size or sizes[-1]
            files = distinct_copies(args.corpus, size, Path(tmp) / f"neo4j-corpus-{size}")
            measure_neo4j(target, files, args.repeat, args.workers)


if __name__ == "__main__":
    main()

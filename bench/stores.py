"""Synthetic stores for the benchmarks: a corpus from bench/make_corpus.py ingested once into a folder (or a
Neo4j), kept under a work folder and reused while it exists, so each benchmark command builds what it lacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DEFAULT_WORKDIR = Path("/tmp/vilao-bench")


def corpus(docs: int, workdir: Path, seed: int = 1) -> Path:
    folder = workdir / f"corpus-{docs}-seed{seed}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(HERE / "bench" / "make_corpus.py"), "--docs", str(docs), "--seed", str(seed)]
            + ["--out", str(folder)],
            check=True,
        )
        (folder / ".complete").touch()
    return folder


def ingest(source: Path, store: str, workers: int | None = None) -> float:
    """`vilao ingest` as a user runs it; returns the wall-clock seconds."""
    command = [sys.executable, "-m", "app", "ingest", str(source), "--store", store]
    command += ["--workers", str(workers)] if workers else []
    start = time.perf_counter()
    subprocess.run(command, cwd=HERE, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def embedded_store(docs: int, workdir: Path, seed: int = 1) -> Path:
    """An embedded store holding the synthetic corpus of `docs` documents, ingested if not yet there."""
    folder = workdir / f"store-{docs}-seed{seed}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        seconds = ingest(corpus(docs, workdir, seed), str(folder))
        (folder / ".complete").write_text(f"{seconds:.1f}\n")
    return folder


@contextmanager
def neo4j_store(docs: int, workdir: Path, seed: int = 1) -> Iterator[str]:
    """A running Neo4j 5.26 (the test suite's launcher) whose database holds the synthetic corpus of `docs`
    documents, ingested on first use and kept in its data folder; yields its bolt:// URI."""
    sys.path.insert(0, str(HERE))
    from tests.neo4j_server import Neo4jServer

    folder = workdir / f"neo4j-{docs}-seed{seed}"
    fresh = not (folder / ".complete").exists()
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "data").mkdir(parents=True)
    with Neo4jServer(data_dir=folder / "data") as server:
        if fresh:
            seconds = ingest(corpus(docs, workdir, seed), server.uri)
            (folder / ".complete").write_text(f"{seconds:.1f}\n")
        yield server.uri


def size_on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

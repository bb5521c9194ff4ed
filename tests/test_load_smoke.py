"""The load test and the latency benchmark run end to end in their smoke forms (figures belong to bench/ and
docs/benchmarks.md, never asserted here): a real server, real HTTP, and no request may fail."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def _smoke(script: str) -> str:
    """Runs bench/<script> --smoke; its output, after checking that it succeeded."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--smoke"], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return run.stdout + run.stderr


def test_the_locust_load_test_runs_in_smoke_mode_without_a_failed_request() -> None:
    report = _smoke("bench_load.py")
    for name in ("partners", "search", "engagements", "partnerships", "graph", "path"):
        assert name in report


def test_the_query_latency_benchmark_runs_in_smoke_mode() -> None:
    report = _smoke("bench_queries.py")
    for name in ("partners", "engagements", "search", "matrix", "path", "graph", "peak RSS"):
        assert name in report

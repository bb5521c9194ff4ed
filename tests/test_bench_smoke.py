"""The ingest benchmark's smoke mode runs end to end (figures are for bench/, never asserted here)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_ingest_benchmark_runs_in_smoke_mode() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_ingest.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "extraction alone" in run.stdout and "embedded end to end" in run.stdout

"""The ingest benchmark's smoke mode runs end to end (figures are for bench/, never asserted here)."""

from __future__ import annotations

import subprocess
import sys

import pytest

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


@pytest.mark.neo4j
def test_the_ingest_benchmark_measures_neo4j_against_its_floor_in_smoke_mode(neo4j_uri: str) -> None:
    # The test user's credentials are in the environment (the server fixture puts them there).
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_ingest.py"), "--smoke", "--neo4j", neo4j_uri],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "neo4j end to end" in run.stdout
    assert "raw UNWIND MERGE floor" in run.stdout and "stage/floor" in run.stdout

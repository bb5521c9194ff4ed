"""Neo4j with authentication on: the right password ingests, a wrong one is a one-line error and exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import SAMPLES
from tests.neo4j_server import Neo4jServer

PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture(scope="module")
def guarded() -> Iterator[str]:
    with Neo4jServer(password=PASSWORD) as server:
        yield server.uri


def ingest_as(uri: str, password: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "app", "ingest", str(SAMPLES), "--store", uri],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_the_right_password_ingests(guarded: str) -> None:
    run = ingest_as(guarded, PASSWORD)
    assert run.returncode == 0, run.stderr
    assert "documents new" in run.stdout


def test_a_wrong_password_is_a_one_line_error_and_exit_2(guarded: str) -> None:
    run = ingest_as(guarded, "sai-mat-khau")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "error:" in run.stderr and "Neo4j" in run.stderr

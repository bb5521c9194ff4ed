"""Shared fixtures: the store under test (embedded and a real Neo4j), and the shared corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.neo4j_user import neo4j_store

pytest_plugins = ["tests.neo4j_fixture"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"
SAMPLES = ROOT / "ingest" / "samples"


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """The same test body runs against both adapters."""
    if request.param == "embedded":
        graph: GraphStore = EmbeddedStore(tmp_path / "store")
    else:
        neo4j = neo4j_store(request.getfixturevalue("neo4j_uri"))
        neo4j.clear()
        graph = neo4j
    try:
        yield graph
    finally:
        graph.close()


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the shared corpus is missing at {SEEDS}: tests read the real articles from there")
    return SHARED / "corpus"

"""The hand-written world, applied to the store under test (embedded and Neo4j alike)."""

from __future__ import annotations

import pytest

from graph.store import GraphStore
from tests.queries.world import load_world


@pytest.fixture
def graph(store: GraphStore) -> GraphStore:
    load_world(store)
    return store

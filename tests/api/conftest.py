"""The HTTP API under test: a real server over each store, holding the hand-written world."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.settings import Settings
from tests.api.server import prepared_store, serving


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A client of a running server over the world; read-only tests share it per module and store."""
    neo4j_uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    target = prepared_store(request.param, tmp_path_factory.mktemp("api"), neo4j_uri)
    with (
        serving(Settings(store=target, api_token=None)) as base_url,
        httpx.Client(base_url=base_url, timeout=60) as client,
    ):
        yield client

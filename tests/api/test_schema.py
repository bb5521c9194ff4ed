"""Schemathesis against the OpenAPI schema, over real HTTP on both stores: no 5xx, and every answer as declared."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from app.main import create_app
from app.settings import Settings
from tests.api.server import prepared_store, serving

# The schema the running servers serve: the app builds it without opening a store.
SCHEMA = schemathesis.openapi.from_dict(create_app(Settings(store="unopened")).openapi())
TOKEN = "schemathesis"
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def base_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    neo4j_uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    target = prepared_store(request.param, tmp_path_factory.mktemp("schema"), neo4j_uri)
    with serving(Settings(store=target, api_token=TOKEN, max_document_bytes=5_000)) as url:
        yield url


@SCHEMA.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_schema(case: schemathesis.Case, base_url: str) -> None:
    # With the token, generated documents really go through ingest (401 has its own test).
    case.call_and_validate(base_url=base_url, headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

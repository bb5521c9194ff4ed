"""pytest plugin: a real Neo4j 5.26 Community for the whole test session.

Register it from ``tests/conftest.py`` with ``pytest_plugins = ["tests.neo4j_fixture"]``.

Fixtures (all session-scoped):

* ``neo4j_server`` -> :class:`tests.neo4j_server.Neo4jServer` (started; stopped at session end)
* ``neo4j_uri``    -> ``"bolt://127.0.0.1:<port>"``
* ``neo4j_credentials`` -> ``NEO4J_USERNAME`` and ``NEO4J_PASSWORD`` of the test user in the environment
* ``neo4j_classpath`` -> Java classpath with all Neo4j jars (``org.neo4j.cli.AdminTool``)

The server runs with authentication on, as production does (``tests/neo4j_user.py``: the user and password).
Tests open the store with ``tests.neo4j_user.neo4j_store``; the settings and the CLI processes they start read the
credentials from the environment (``neo4j_credentials``, which the server fixture sets for the session).

A Neo4j that cannot be built or started is a test *failure*, never a skip (with ``CI=true``
and without it alike); the failure message carries the Maven / java output tails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import NoReturn

import pytest

from tests.neo4j_server import Neo4jServer, Neo4jServerError, classpath
from tests.neo4j_user import TEST_PASSWORD, TEST_USERNAME


def _fail(what: str, exc: BaseException) -> NoReturn:
    ci = os.environ.get("CI", "").lower() == "true"
    where = "CI=true: " if ci else ""
    pytest.fail(
        f"{where}{what} -- a missing Neo4j is a test failure, not a skip.\n{exc}",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def neo4j_classpath() -> str:
    """Classpath (``os.pathsep``-joined, with a ``dependency/*`` wildcard) of the Neo4j jars."""
    try:
        return classpath()
    except Neo4jServerError as exc:
        _fail("Could not build the Neo4j test launcher", exc)


@pytest.fixture(scope="session")
def neo4j_credentials() -> Iterator[None]:
    """The test user's credentials in the environment, for Settings and for the vilao processes tests start."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEO4J_USERNAME", TEST_USERNAME)
        patch.setenv("NEO4J_PASSWORD", TEST_PASSWORD)
        yield


@pytest.fixture(scope="session")
def neo4j_server(neo4j_credentials: None) -> Iterator[Neo4jServer]:
    """A started embedded Neo4j 5.26 Community with Bolt on a free loopback port, authentication on."""
    server = Neo4jServer(password=TEST_PASSWORD)
    try:
        server.start()
    except Neo4jServerError as exc:
        _fail("Could not start the Neo4j test server", exc)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_server: Neo4jServer) -> str:
    """``bolt://127.0.0.1:<port>`` of the session's Neo4j (open it with ``tests.neo4j_user.neo4j_store``)."""
    return neo4j_server.uri

"""The test Neo4j's user: the tests run Neo4j with authentication on, as production does.

A plain module (not the pytest plugin), so tests and helpers can import it before pytest loads its plugins.
"""

from __future__ import annotations

from graph.neo4j import Neo4jStore

TEST_USERNAME = "neo4j"
TEST_PASSWORD = "vilao-mat-khau-kiem-thu"  # Neo4j asks for 8 characters at least


def neo4j_store(uri: str) -> Neo4jStore:
    """The vilao store on a test Neo4j, as the test user."""
    return Neo4jStore(uri, TEST_USERNAME, TEST_PASSWORD, None)

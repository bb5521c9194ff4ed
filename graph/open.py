"""Choose a store from one setting: a filesystem path means embedded, a bolt:// or neo4j:// URI means Neo4j."""

from __future__ import annotations

from pathlib import Path

from graph.store import GraphStore

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def is_neo4j_uri(target: str) -> bool:
    return target.startswith(NEO4J_SCHEMES)


def open_store(
    target: str,
    *,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> GraphStore:
    if is_neo4j_uri(target):
        from graph.neo4j import Neo4jStore

        return Neo4jStore(target, username, password, database)
    from graph.embedded import EmbeddedStore

    return EmbeddedStore(Path(target))

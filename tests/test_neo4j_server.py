"""The test Neo4j itself: Bolt answers parameterized Cypher, and neo4j-admin imports CSV."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from tests.neo4j_server import run_admin_tool
from tests.neo4j_user import TEST_PASSWORD, TEST_USERNAME

# Registers the fixtures even before tests/conftest.py does; pytest loads a plugin
# module only once, so declaring it in both places is harmless.
pytest_plugins = ["tests.neo4j_fixture"]

pytestmark = pytest.mark.neo4j


def test_bolt_roundtrip_with_parameters(neo4j_uri: str) -> None:
    assert neo4j_uri.startswith("bolt://127.0.0.1:")
    marker = str(uuid.uuid4())
    name = 'O\'Brien "quoted" Việt–Lào'

    with GraphDatabase.driver(neo4j_uri, auth=(TEST_USERNAME, TEST_PASSWORD)) as driver:
        driver.verify_connectivity()
        info = driver.get_server_info()
        assert info.agent.startswith("Neo4j/5.26"), info.agent

        summary = driver.execute_query(
            "CREATE (n:VilaoSmoke {id: $id, name: $name, tags: $tags})",
            id=marker,
            name=name,
            tags=["a", "b"],
            database_="neo4j",
        ).summary
        assert summary.counters.nodes_created == 1

        records, _, _ = driver.execute_query(
            "MATCH (n:VilaoSmoke {id: $id}) RETURN n.name AS name, n.tags AS tags",
            id=marker,
            database_="neo4j",
        )
        assert [(r["name"], r["tags"]) for r in records] == [(name, ["a", "b"])]

        driver.execute_query("MATCH (n:VilaoSmoke {id: $id}) DELETE n", id=marker, database_="neo4j")


def test_admin_tool_imports_csv(tmp_path: Path, neo4j_classpath: str) -> None:
    nodes = tmp_path / "nodes.csv"
    edges = tmp_path / "edges.csv"
    nodes_csv = [
        "id:ID,name,:LABEL",
        "p1,Alice,Person",
        "p2,Bob,Person",
        'c1,"Acme, Inc.",Company',
    ]
    edges_csv = [
        ":START_ID,:END_ID,:TYPE,since:int",
        "p1,p2,KNOWS,2020",
        "p1,c1,WORKS_AT,2021",
    ]
    nodes.write_text("\n".join(nodes_csv) + "\n", encoding="utf-8")
    edges.write_text("\n".join(edges_csv) + "\n", encoding="utf-8")
    home = tmp_path / "neo4j-home"
    (home / "conf").mkdir(parents=True)

    proc = run_admin_tool(
        [
            "database",
            "import",
            "full",
            "neo4j",
            f"--nodes={nodes}",
            f"--relationships={edges}",
        ],
        home,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"neo4j-admin import failed ({proc.returncode}):\n{output}"
    assert "IMPORT DONE" in output, output
    assert re.search(r"^\s*3 nodes\s*$", output, re.M), output
    assert re.search(r"^\s*2 relationships\s*$", output, re.M), output
    # id:ID is stored as an `id` property: 3 ids + 3 names + 2 `since`
    assert re.search(r"^\s*8 properties\s*$", output, re.M), output
    assert (home / "data" / "databases" / "neo4j").is_dir()

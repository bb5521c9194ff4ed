"""How many statements a Neo4j answer sends: each is a round trip to the server and a plan run there, so a read is
one statement whatever kinds of nodes or types of relationships it asks about, and a partners answer is one
statement per store read, not one per label and per step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import neo4j
import pytest

from graph.neo4j import Neo4jStore
from graph.schema import EdgeType
from queries.engagements import engagements
from queries.partners import partners_of
from tests.neo4j_user import neo4j_store
from tests.queries import world


@pytest.fixture
def store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    graph = neo4j_store(neo4j_uri)
    graph.clear()
    world.load_world(graph)
    try:
        yield graph
    finally:
        graph.close()


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements the store sends from here on (read transactions, shared or managed, run them)."""
    statements: list[str] = []
    for transaction in (neo4j.Transaction, neo4j.ManagedTransaction):
        run = transaction.run

        def counted(self: Any, query: str, *args: Any, _run: Any = run, **kwargs: Any) -> Any:
            statements.append(query)
            return _run(self, query, *args, **kwargs)

        monkeypatch.setattr(transaction, "run", counted)
    return statements


def test_a_read_about_nodes_of_several_kinds_is_one_statement(store: Neo4jStore, sent: list[str]) -> None:
    ids = [world.QUANG_TRI.id, world.KHAM_MUON.id, world.SO_QUANG_TRI.id, world.MOST.id, world.DAT.id]
    nodes = store.get_nodes(ids)
    assert {n.kind for n in nodes} == {n.kind for n in (world.QUANG_TRI, world.MOST, world.DAT)}
    assert len(sent) == 1
    links = store.links(ids, [EdgeType.BASED_IN, EdgeType.PARTICIPATED_IN, EdgeType.HOLDS_POSITION])
    assert len({link.type for link in links}) == 3
    assert len(sent) == 2
    edges = store.edges_of(ids, [EdgeType.BASED_IN, EdgeType.PARTICIPATED_IN], evidence_limit=3)
    assert len(sent) == 3
    assert {e.type for e in store.edges_by_key([e.key for e in edges], evidence_limit=3)} == {
        EdgeType.BASED_IN,
        EdgeType.PARTICIPATED_IN,
    }
    assert len(sent) == 4
    assert set(store.props_of(ids, ["country"])) == set(ids)
    assert len(sent) == 5


def test_a_read_about_nothing_the_store_can_hold_sends_nothing(store: Neo4jStore, sent: list[str]) -> None:
    assert store.get_nodes(["nonsense", "nokind:x"]) == []
    assert store.links(["nonsense"], [EdgeType.BASED_IN]) == []
    assert store.edges_by_key(["not a key"]) == []
    assert store.props_of([], ["date"]) == {}
    assert sent == []


def test_what_stands_behind_partnerships_is_one_statement(store: Neo4jStore, sent: list[str]) -> None:
    partners = [world.KHAM_MUON.id, world.HOUAPHANH.id, world.LUANG_PRABANG.id, world.MTC.id]
    behind = store.partnership_items(world.QUANG_TRI.id, partners)
    assert behind
    assert len(sent) == 1


def test_a_partners_answer_is_a_statement_per_store_read(store: Neo4jStore, sent: list[str]) -> None:
    answer = partners_of(store, world.QUANG_TRI.id, items=1000)
    assert any(p.events or p.agreements for p in answer.partners)
    # resolving the name, the partnerships, the partners, their bodies, what stands behind, the topics, the items
    # shown (takers, places, topics), their nodes and the edges cited: nine reads.
    assert len(sent) <= 9


def test_an_engagements_answer_is_a_statement_per_store_read(store: Neo4jStore, sent: list[str]) -> None:
    answer = engagements(store, world.DAT.id)
    assert answer.timeline
    # resolving the name, the official's edges, what stands around the meetings and agreements, their nodes.
    assert len(sent) <= 4

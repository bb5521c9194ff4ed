"""Both stores give the same answer to every question: the query logic is shared, only the store differs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.embedded import EmbeddedStore
from graph.neo4j import Neo4jStore
from queries import QUERIES
from tests.neo4j_user import neo4j_store
from tests.queries.world import load_world

WORKSHOP = "event:2023-12-11-workshop-most-mtc"
ASKED: dict[str, list[tuple[Any, ...]]] = {
    "search": [("Quang Tri",), ("vongdala",), ("Sở", "Organization")],
    "entity": [("Khăm Muồn",), ("Bộ KH&CN",), ("event:2023-12-11-workshop-most-mtc",)],
    "partners": [("Quảng Ninh", "LA"), ("Khammouane",), ("org:vn-most",)],
    "partnerships": [
        ("VN", "LA"),
        ("VN", "LA", True),
        ("VN", "VN"),
        ("VN", "LA", False, "chuyển đổi số"),
        ("VN", "LA", True, None, "2023", "2026-06"),
    ],
    "pair": [
        ("Quảng Trị", "Khammouane"),
        ("Quảng Trị", "Khăm Muồn", True),
        ("Quảng Ninh", "Luông Pha-bang", False, None, "2023"),
    ],
    "gaps": [(), ("2023",), ("2023", True)],
    "engagements": [
        ("Huỳnh Thành Đạt",),
        ("Boviengkham Vongdara",),
        ("Đặng Ngọc Tuấn",),
        ("Huỳnh Thành Đạt", "2023-12", "2023-12"),
    ],
    "graph": [(), ("Quảng Ninh", 2), ("Huỳnh Thành Đạt", 3, None, "2023", "2023-12", 6)],
    "path": [("Đặng Ngọc Tuấn", "Quảng Ninh"), ("Bùi Thế Duy", "Khammouane"), ("Hưng Yên", "Hà Nội")],
    "documents": [(), (2, 3)],
    "document": [("doc:workshop-2023-a",), ("doc:gazetteer",)],
    "evidence": [
        (["org:la-mtc|PARTNERS_WITH|org:vn-most"],),
        (["org:la-mtc|PARTNERS_WITH|org:vn-most", f"org:vn-most|PARTICIPATED_IN:attendee|{WORKSHOP}"], 1, 2),
        (["province:VN-x|PARTNERS_WITH|province:LA-y", "not a key"],),
    ],
    "stats": [()],
    "rankings": [(), (2,)],
}
# What a store says about itself, not about the graph.
ABOUT_THE_STORE = {"store"}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, neo4j_uri: str) -> Iterator[tuple[EmbeddedStore, Neo4jStore]]:
    embedded = EmbeddedStore(Path(tmp_path_factory.mktemp("same")) / "store")
    neo4j = neo4j_store(neo4j_uri)
    neo4j.clear()
    for graph in (embedded, neo4j):
        load_world(graph)
    try:
        yield embedded, neo4j
    finally:
        embedded.close()
        neo4j.close()


def test_every_question_is_asked_here() -> None:
    assert set(ASKED) == set(QUERIES)


CASES = [pytest.param(name, args, id=f"{name}-{i}") for name in ASKED for i, args in enumerate(ASKED[name])]


@pytest.mark.parametrize(("name", "args"), CASES)
def test_both_stores_give_the_same_answer(both: tuple[EmbeddedStore, Neo4jStore], name: str, args: tuple) -> None:
    question = QUERIES[name]
    answers = [question.function(graph, *args).model_dump(mode="json", exclude=ABOUT_THE_STORE) for graph in both]
    assert answers[0] == answers[1]
    assert isinstance(question.function(both[0], *args), question.result)

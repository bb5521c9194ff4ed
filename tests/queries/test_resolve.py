"""Finding nodes by name: how every {ref} resolves and how search ranks."""

from __future__ import annotations

import pytest

from graph.errors import Ambiguous, NotFound
from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind
from graph.store import GraphStore
from queries.resolve import NameIndexCache, resolve_ref
from queries.search import search


@pytest.mark.parametrize(
    ("ref", "found"),
    [
        pytest.param("Quang Tri", "province:VN-quang-tri", id="no-diacritics"),
        pytest.param("QUẢNG TRỊ", "province:VN-quang-tri", id="upper-case"),
        pytest.param("khammouane", "province:LA-KH", id="english-alias"),
        pytest.param("Khăm Muộn", "province:LA-KH", id="variant-tone"),
        pytest.param("Vongdala", "person:boviengkham-vongdara", id="typo-in-one-word"),
        pytest.param("Quang Nihn", "province:VN-quang-ninh", id="transposed-letters"),
        pytest.param("Bộ Khoa học và Công nghệ", "org:vn-most", id="vietnamese-not-lao-ministry"),
        pytest.param("MOST", "org:vn-most", id="abbreviation"),
        pytest.param("Vientiane", "province:LA-VT", id="exact-alias-beats-longer-name"),
        pytest.param("org:la-mtc", "org:la-mtc", id="id"),
        pytest.param("  Hà Nội ", "province:VN-ha-noi", id="surrounding-space"),
    ],
)
def test_a_ref_resolves_to_one_node(graph: GraphStore, ref: str, found: str) -> None:
    assert resolve_ref(graph, ref).id == found


def test_a_name_shared_by_several_nodes_is_ambiguous_with_the_candidates(graph: GraphStore) -> None:
    with pytest.raises(Ambiguous) as raised:
        resolve_ref(graph, "Quảng", [NodeKind.PROVINCE])
    assert raised.value.candidates == [
        "Quảng Bình (province:VN-quang-binh)",
        "Quảng Ninh (province:VN-quang-ninh)",
        "Quảng Trị (province:VN-quang-tri)",
    ]


def test_an_unknown_name_is_not_found_with_suggestions(graph: GraphStore) -> None:
    with pytest.raises(NotFound) as raised:
        resolve_ref(graph, "Quảng Nam")
    assert raised.value.suggestions
    assert all("Quảng" in s for s in raised.value.suggestions[:3])
    with pytest.raises(NotFound):
        resolve_ref(graph, "zzzz")


def test_the_kind_asked_for_narrows_the_names(graph: GraphStore) -> None:
    assert resolve_ref(graph, "Quảng Trị", [NodeKind.ORGANIZATION]).id == "org:so-khcn-quang-tri"
    with pytest.raises(NotFound, match="is a Province"):
        resolve_ref(graph, "province:LA-KH", [NodeKind.PERSON])


def test_search_ranks_the_closest_name_first_and_filters_by_kind(graph: GraphStore) -> None:
    found = search(graph, "Quang Tri").matches
    assert found[0].node.id == "province:VN-quang-tri" and found[0].score == 100
    assert "org:so-khcn-quang-tri" in [m.node.id for m in found]
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    orgs = search(graph, "Quang Tri", NodeKind.ORGANIZATION).matches
    assert orgs[0].node.id == "org:so-khcn-quang-tri"
    assert {m.node.kind for m in orgs} == {NodeKind.ORGANIZATION}
    assert search(graph, "khammouane").matches[0].matched == "Khammouane"


def test_search_of_nothing_finds_nothing(graph: GraphStore) -> None:
    assert search(graph, "   ").matches == []


def test_a_cached_index_sees_a_new_document(graph: GraphStore) -> None:
    cache = NameIndexCache()
    first = cache.get(graph)
    assert cache.get(graph) is first
    text = "Ông Sổm-chay Phả-ni-khăm dự buổi làm việc."
    evidence = [Evidence(doc_id="doc:new", quote=text, start=0, end=len(text))]
    graph.apply(
        [
            GraphDelta(
                doc_id="doc:new",
                nodes=[
                    Node(id="doc:new", kind=NodeKind.DOCUMENT, name="Tin mới", props={"text": text}),
                    Node(id="person:som-chay", kind=NodeKind.PERSON, name="Sổm-chay Phả-ni-khăm", country="LA"),
                ],
                edges=[Edge(source="person:som-chay", target="doc:new", type=EdgeType.MENTIONED_IN, evidence=evidence)],
            )
        ]
    )
    assert cache.get(graph) is not first
    assert resolve_ref(graph, "Som chay", names=cache.get(graph)).id == "person:som-chay"

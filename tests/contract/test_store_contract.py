"""One contract, both stores: what a store must do with deltas, read back identically."""

from __future__ import annotations

import pytest

from graph.errors import StoreUnavailable
from graph.neo4j import Neo4jStore
from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind
from graph.store import GraphStore
from ingest.models import ContentType, RawDocument
from ingest.pipeline import document_delta, hold_reference
from tests.queries import world

# Short articles written for these tests.
QUANG_TRI = (
    "# Quảng Trị và Khăm Muồn trao đổi về chuyển đổi số\n\n"
    "Ngày 5/3/2024, đoàn công tác tỉnh Quảng Trị đã sang thăm tỉnh Khăm Muồn của Lào.\n\n"
    "Hai bên bàn về hợp tác khoa học giữa hai tỉnh.\n"
)
QUANG_TRI_AGAIN = (
    "# Khammouane đón đoàn Quảng Trị\n\n"
    "Tỉnh Khammouane (Lào) đã tiếp đoàn đại biểu tỉnh Quảng Trị, Việt Nam, trong tháng 3/2024.\n"
)
HOA_BINH = "# Hòa Bình và Hưng Yên\n\nTỉnh Hòa Bình và tỉnh Hưng Yên ký kết hợp tác về khoa học.\n"
PHU_THO = "# Phú Thọ\n\nNgày 3/9/2025, UBND tỉnh Phú Thọ làm việc với tỉnh Luông Nậm Thà.\n"


def delta_of(text: str, origin: str = "test.md"):
    return document_delta(RawDocument(origin=origin, content=text, content_type=ContentType.MARKDOWN))[1]


def export(store: GraphStore) -> tuple[list[dict], list[dict]]:
    nodes = [n.model_dump() for n in store.nodes()]
    edges = [e.model_dump() for e in store.edges()]
    return nodes, edges


def test_applied_document_can_be_read_back(store: GraphStore) -> None:
    delta = delta_of(QUANG_TRI)
    [result] = store.apply([delta])
    assert result.new_document and result.nodes_added == len(delta.nodes)
    assert store.has_document(delta.doc_id)
    khammouane = store.get_node("province:LA-KH")
    assert khammouane is not None and khammouane.name == "Khăm Muồn" and khammouane.country == "LA"
    assert {n.id for n in store.nodes([NodeKind.COUNTRY])} == {"country:LA", "country:VN"}


def test_every_edge_carries_evidence_quoting_its_document(store: GraphStore) -> None:
    delta = delta_of(QUANG_TRI)
    store.apply([delta])
    doc = store.get_node(delta.doc_id)
    assert doc is not None
    text = doc.props["text"]
    edges = list(store.edges())
    assert edges
    for edge in edges:
        assert edge.evidence
        for ev in edge.evidence:
            source = text if ev.doc_id == delta.doc_id else store.get_node(ev.doc_id).props["text"]
            assert source[ev.start : ev.end] == ev.quote


def test_same_document_twice_changes_nothing(store: GraphStore) -> None:
    delta = delta_of(QUANG_TRI)
    store.apply([delta])
    before = export(store)
    [again] = store.apply([delta])
    assert not again.new_document and again.nodes_added == 0 and again.edges_added == 0
    assert export(store) == before


def test_the_revision_changes_with_every_new_document_and_only_then(store: GraphStore) -> None:
    """What the service's caches (answers, the name index) are keyed by."""
    empty = store.revision()
    store.apply([delta_of(QUANG_TRI)])
    first = store.revision()
    store.apply([delta_of(QUANG_TRI)])
    assert store.revision() == first != empty
    store.apply([delta_of(QUANG_TRI_AGAIN, "again.md")])
    assert store.revision() not in {empty, first}


def test_two_documents_merge_into_one_node_with_both_as_evidence(store: GraphStore) -> None:
    first, second = delta_of(QUANG_TRI, "a.md"), delta_of(QUANG_TRI_AGAIN, "b.md")
    store.apply([first, second])
    khammouane = store.get_node("province:LA-KH")
    assert khammouane is not None
    mentions = [e for e in store.edges_of(["province:LA-KH"], [EdgeType.MENTIONED_IN])]
    assert {e.target for e in mentions} == {first.doc_id, second.doc_id}


def test_order_of_ingest_does_not_change_the_graph(store: GraphStore, tmp_path) -> None:
    from graph.embedded import EmbeddedStore

    deltas = [delta_of(QUANG_TRI, "a.md"), delta_of(QUANG_TRI_AGAIN, "b.md"), delta_of(HOA_BINH, "c.md")]
    store.apply(deltas)
    reverse = EmbeddedStore(tmp_path / "reverse")
    for delta in reversed(deltas):
        reverse.apply([delta])
    assert export(store) == export(reverse)


def test_merged_province_keeps_its_node_and_points_to_its_successor(store: GraphStore) -> None:
    hold_reference(store)
    store.apply([delta_of(HOA_BINH)])
    # The successor no article named stays reference data: held, recorded on the province, not in the graph.
    hoa_binh = store.get_node("province:VN-hoa-binh")
    assert hoa_binh is not None and hoa_binh.props["merged_into"] == "province:VN-phu-tho"
    assert store.get_node("province:VN-phu-tho") is not None
    assert "province:VN-phu-tho" not in {n.id for n in store.nodes([NodeKind.PROVINCE])}
    assert store.edges_of(["province:VN-hoa-binh"], [EdgeType.MERGED_INTO]) == []
    # Once an article names it, the merger the reference data states is shown, citing it.
    store.apply([delta_of(PHU_THO, "p.md")])
    [merged] = store.edges_of(["province:VN-hoa-binh"], [EdgeType.MERGED_INTO])
    assert merged.target == "province:VN-phu-tho"
    assert "2025" in merged.evidence[0].quote


def test_reads_agree_on_neighbourhoods_and_counts(store: GraphStore) -> None:
    hold_reference(store)
    store.apply([delta_of(QUANG_TRI), delta_of(HOA_BINH, "c.md")])
    counts = store.counts()
    assert counts.nodes["Province"] == len(list(store.nodes([NodeKind.PROVINCE])))
    assert counts.total_edges == len(list(store.edges()))
    around = store.edges_of(["province:VN-quang-tri"])
    assert {e.type for e in around} >= {EdgeType.IN_COUNTRY, EdgeType.MENTIONED_IN}
    assert [n.id for n in store.get_nodes(["province:LA-KH", "country:LA", "nope:x"])] == [
        "country:LA",
        "province:LA-KH",
    ]


def test_unreachable_neo4j_is_a_clear_error() -> None:
    with pytest.raises(StoreUnavailable, match="cannot reach Neo4j"):
        Neo4jStore("bolt://127.0.0.1:1", None, None, None)


def _report(doc_id: str, text: str, event: dict) -> GraphDelta:
    """One article reporting the meeting event:hop-tac with the properties given."""
    evidence = [Evidence(doc_id=doc_id, quote=text, start=0, end=len(text))]
    return GraphDelta(
        doc_id=doc_id,
        nodes=[
            Node(id=doc_id, kind=NodeKind.DOCUMENT, name=doc_id, props={"text": text}),
            Node(id="event:hop-tac", kind=NodeKind.EVENT, name="Hội đàm", props=event),
        ],
        edges=[Edge(source="event:hop-tac", target=doc_id, type=EdgeType.MENTIONED_IN, evidence=evidence)],
    )


def test_some_properties_of_a_node_read_as_the_whole_node_gives_them(store: GraphStore) -> None:
    """Partners read only the dates of the meetings behind a partnership: merged across articles by the same rules
    (the fuller date, the earlier flag), after the same article twice, and None where no article gave one."""
    names = ["date", "date_inferred", "end_date", "event_type"]
    store.apply([_report("doc:a", "Tháng 3/2024, hai bên hội đàm.", {"date": "2024-03", "date_inferred": True})])
    store.apply([_report("doc:b", "Ngày 5/3/2024, hai bên hội đàm.", {"date": "2024-03-05", "event_type": "talks"})])
    store.apply([_report("doc:a", "Tháng 3/2024, hai bên hội đàm.", {"date": "2024-03", "date_inferred": True})])
    [event] = store.get_nodes(["event:hop-tac"])
    expected = {"date": "2024-03-05", "date_inferred": True, "end_date": None, "event_type": "talks"}
    assert {name: event.props.get(name) for name in names} == expected
    assert store.props_of(["event:hop-tac", "event:nowhere"], names) == {"event:hop-tac": expected}


def test_the_meetings_two_sides_both_took_part_in_are_found_from_one_side(store: GraphStore) -> None:
    """Partners ask which meetings and agreements a province's side shares with each other side: Quảng Trị's
    department and Khăm Muồn's met on a visit and signed a memorandum; the ministries' workshop, reported by two
    articles, is the ministries' alone and is found once."""
    world.load_world(store)
    takes_part = [EdgeType.PARTY_TO, EdgeType.PARTICIPATED_IN]
    ours = [world.QUANG_TRI.id, world.SO_QUANG_TRI.id]
    theirs = [world.KHAM_MUON.id, world.SO_KHAM_MUON.id, world.MTC.id]
    assert store.common_targets(ours, theirs, takes_part) == [
        (world.SO_KHAM_MUON.id, world.QT_MOU),
        (world.SO_KHAM_MUON.id, world.QT_VISIT),
    ]
    assert store.common_targets(ours, theirs, [EdgeType.PARTY_TO]) == [(world.SO_KHAM_MUON.id, world.QT_MOU)]
    assert store.common_targets([world.MOST.id], [world.MTC.id, world.KHAM_MUON.id], takes_part) == [
        (world.MTC.id, world.MOU_2023_04),
        (world.MTC.id, world.WORKSHOP),
    ]
    # A node on both sides shares what it took part in with itself; no side, or no type, shares nothing.
    assert store.common_targets([world.MTC.id], [world.MTC.id], [EdgeType.PARTICIPATED_IN]) == [
        (world.MTC.id, world.WORKSHOP)
    ]
    assert store.common_targets(ours, [], takes_part) == []
    assert store.common_targets(ours, theirs, []) == []


def test_edges_read_for_their_quotes_alone_have_the_same_quotes(store: GraphStore) -> None:
    """An answer citing edges reads their first quotes and totals without their properties: the same lines, in
    document order, whether an edge has fewer lines than shown, as many, or more (a partnership reported by seven
    more articles), and each edge once however many articles gave it a record; of their properties, the one their
    key names (a meeting's role), so they keep their keys."""
    world.load_world(store)
    pair = world.Article("doc:pair", "Hai tỉnh", [f"Quảng Ninh và Luông Pha-bang hợp tác, lần {i}." for i in range(7)])
    pair.node(world.QUANG_NINH)
    pair.node(world.LUANG_PRABANG)
    pair.partners(world.QUANG_NINH.id, world.LUANG_PRABANG.id, *range(7), first="2024", last="2024", via=[])
    store.apply([pair.delta()])
    keys = [e.key for e in store.edges()] + ["province:VN-nowhere|PARTNERS_WITH|province:LA-nowhere"]
    for limit in (1, 3, None):
        whole = store.edges_by_key(keys, evidence_limit=limit)
        bare = store.edges_by_key(keys, evidence_limit=limit, props=False)
        assert [(e.key, e.evidence, e.evidence_total) for e in bare] == [
            (e.key, e.evidence, e.evidence_total) for e in whole
        ]
        qualifiers = {e.key: {k: v for k, v in e.props.items() if k in ("role", "title")} for e in whole}
        assert [e.props for e in bare] == [qualifiers[e.key] for e in bare]
        assert any(e.props for e in bare) and any(len(e.props) > len(qualifiers[e.key]) for e in whole)
    busiest = max(store.edges_by_key(keys, evidence_limit=3, props=False), key=lambda e: e.evidence_total or 0)
    assert len(busiest.evidence) == 3 and (busiest.evidence_total or 0) > 7

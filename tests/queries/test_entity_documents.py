"""An entity with its edges, and documents with the spans that are evidence."""

from __future__ import annotations

import pytest

from graph.errors import NotFound
from graph.schema import EdgeType
from graph.store import GraphStore
from queries.documents import document, documents
from queries.entity import entity


def test_an_entity_comes_with_every_edge_and_its_evidence(graph: GraphStore) -> None:
    answer = entity(graph, "Khammouane")
    assert answer.node.id == "province:LA-KH" and answer.node.name == "Khăm Muồn"
    assert "Khammouane" in answer.node.aliases
    edges = {(e.type, e.direction, e.other.id) for e in answer.edges}
    assert (EdgeType.IN_COUNTRY, "out", "country:LA") in edges
    assert (EdgeType.PARTNERS_WITH, "out", "province:VN-quang-tri") in edges
    assert (EdgeType.BASED_IN, "in", "org:so-cntt-kham-muon") in edges
    assert (EdgeType.HELD_IN, "in", "event:2026-06-24-visit-quang-tri-kham-muon") in edges
    assert len(answer.edges) == len(graph.edges_of(["province:LA-KH"]))
    assert all(e.evidence for e in answer.edges)


def test_a_document_entity_leaves_its_body_to_the_documents_question(graph: GraphStore) -> None:
    answer = entity(graph, "doc:workshop-2023-a")
    assert answer.node.kind == "Document" and "text" not in answer.node.props
    assert answer.node.props["published"] == "2023-12-11"


def test_a_document_marks_the_spans_that_are_evidence(graph: GraphStore) -> None:
    doc = document(graph, "doc:workshop-2023-a")
    assert doc.title == "Thúc đẩy hợp tác về công nghệ giữa Việt Nam và Lào"
    assert doc.spans
    for span in doc.spans:
        assert doc.text[span.start : span.end] == span.quote
    assert [s.start for s in doc.spans] == sorted(s.start for s in doc.spans)
    facts = {(s.type, s.source, s.target) for s in doc.spans}
    assert (EdgeType.PARTICIPATED_IN, "person:huynh-thanh-dat", "event:2023-12-11-workshop-most-mtc") in facts
    assert (EdgeType.PARTY_TO, "org:vn-natad", "agreement:2023-12-11-mou-natad-tptc") in facts
    # The other article's facts are not marked here.
    assert (EdgeType.SIGNED, "person:huynh-thanh-dat", "agreement:2023-04-mou-most-mtc") not in facts
    dat = next(s for s in doc.spans if s.source == "person:huynh-thanh-dat")
    assert dat.source_name == "Huỳnh Thành Đạt"


def test_the_gazetteer_marks_the_facts_it_states(graph: GraphStore) -> None:
    doc = document(graph, "doc:gazetteer")
    merger = next(s for s in doc.spans if s.type is EdgeType.MERGED_INTO and s.source == "province:VN-quang-binh")
    assert merger.target == "province:VN-quang-tri"
    assert doc.text[merger.start : merger.end] == "Năm 2025, tỉnh Quảng Bình hợp nhất vào tỉnh Quảng Trị."


def test_documents_are_listed_newest_first(graph: GraphStore) -> None:
    listed = documents(graph)
    assert listed.total == 7
    assert listed.documents[0].id == "doc:quang-tri-kham-muon-2026"
    assert listed.documents[-1].id == "doc:quang-binh-kham-muon-2019"
    assert "doc:gazetteer" not in {d.id for d in listed.documents}  # reference data, not an article
    page = documents(graph, offset=1, limit=2)
    assert [d.id for d in page.documents] == [d.id for d in listed.documents[1:3]]


def test_an_unknown_document_is_not_found(graph: GraphStore) -> None:
    with pytest.raises(NotFound):
        document(graph, "doc:nope")
    with pytest.raises(NotFound):
        document(graph, "province:LA-KH")


def test_an_entity_says_why_two_articles_reports_are_one_node(graph: GraphStore) -> None:
    identity = entity(graph, "event:2023-12-11-workshop-most-mtc").identity
    assert identity is not None and identity.merged
    assert identity.rule == "one meeting: the same date, kind and provinces taking part"
    assert identity.key == "2023-12-11-workshop-most-mtc"
    assert [d.id for d in identity.documents] == ["doc:workshop-2023-a", "doc:workshop-2023-b"]
    assert identity.mentions >= 2
    assert entity(graph, "Khammouane").identity is None  # a province is the gazetteer's, not a merge of reports

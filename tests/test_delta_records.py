"""Ingest's plain delta records keep the schema's rules, and mean what the validated GraphDelta means."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from graph.records import records_of
from graph.schema import EdgeType, NodeKind
from ingest.delta import DeltaBuilder, node
from ingest.gazetteer import load_gazetteer
from ingest.models import CleanDocument, ContentType, RawDocument
from ingest.pipeline import document_delta, hold_reference
from ingest.sentences import split_sentences

# A short article written for these tests.
ARTICLE = (
    "# Sơn La và Luông Pha Bang bàn về nông nghiệp số\n\n"
    "Sáng 12/4/2024, Sở Khoa học và Công nghệ tỉnh Sơn La tiếp đoàn của tỉnh Luông Pha Bang.\n\n"
    "Hai tỉnh thống nhất trao đổi chuyên gia về nông nghiệp số trong năm tới.\n"
)


def delta_of(text: str, origin: str = "test.md"):
    return document_delta(RawDocument(origin=origin, content=text, content_type=ContentType.MARKDOWN))[1]


def test_a_delta_validates_as_the_model_and_converts_back_unchanged() -> None:
    delta = delta_of(ARTICLE)
    model = delta.model()  # runs every validator of graph.schema
    assert records_of(model) == delta
    assert len({n.id for n in delta.nodes}) == len(delta.nodes)
    assert len({e.key for e in delta.edges}) == len(delta.edges)


def test_a_delta_crosses_a_process_boundary_unchanged() -> None:
    delta = delta_of(ARTICLE)
    assert pickle.loads(pickle.dumps(delta)) == delta


def test_the_builder_keeps_the_schema_rules() -> None:
    doc = CleanDocument(doc_id="doc:0123456789abcdef", origin="x.md", title="Một bài", text="Một câu ngắn.")
    builder = DeltaBuilder(doc, split_sentences(doc.text), load_gazetteer())
    builder.add_node(node("person:le-van-an", NodeKind.PERSON, "Lê Văn An"))
    builder.add_edge("person:le-van-an", doc.doc_id, EdgeType.MENTIONED_IN, [0])
    assert len(builder.build().edges) == 1
    builder.add_edge(doc.doc_id, "person:le-van-an", EdgeType.HOLDS_POSITION, [0])  # a document holds no post
    with pytest.raises(ValueError, match="cannot join"):
        builder.build()
    with pytest.raises(ValueError, match="does not belong"):
        wrong = DeltaBuilder(doc, split_sentences(doc.text), load_gazetteer())
        wrong.add_node(node("org:so-khcn", NodeKind.PERSON, "Sở KH&CN"))
        wrong.build()


def test_an_edge_without_evidence_is_not_built() -> None:
    doc = CleanDocument(doc_id="doc:0123456789abcdef", origin="x.md", title="Một bài", text="Một câu ngắn.")
    builder = DeltaBuilder(doc, split_sentences(doc.text), load_gazetteer())
    builder.add_node(node("person:le-van-an", NodeKind.PERSON, "Lê Văn An"))
    builder.add_edge("person:le-van-an", doc.doc_id, EdgeType.MENTIONED_IN, [])
    assert builder.build().edges == []


def test_the_embedded_store_writes_records_and_models_alike(tmp_path: Path) -> None:
    delta = delta_of(ARTICLE)
    rows = []
    for name, form in (("records", delta), ("model", delta.model())):
        store = EmbeddedStore(tmp_path / name)
        try:
            hold_reference(store)
            [result] = store.apply([form])
            assert result.new_document and result.nodes_added == len(delta.nodes)
            rows.append(sorted(store._db.execute("SELECT id, digest, record FROM node_records WHERE reference = 0")))
        finally:
            store.close()
    assert rows[0] == rows[1]


def test_what_a_worker_prepares_for_the_embedded_store_writes_what_the_records_write(tmp_path: Path) -> None:
    delta = delta_of(ARTICLE)
    tables = []
    for name in ("records", "prepared"):
        store = EmbeddedStore(tmp_path / name)
        try:
            hold_reference(store)
            # Prepared in a worker process, the rows cross to the writer pickled.
            form = delta if name == "records" else pickle.loads(pickle.dumps(store.preparer()(delta)))
            [result] = store.apply([form])
            assert result.new_document and result.nodes_added == len(delta.nodes)
            assert result.edges_added == len(delta.edges)
            assert store.apply([form])[0].new_document is False
            tables.append(
                [
                    sorted(store._db.execute(f"SELECT * FROM {table} WHERE {held}"))
                    for table, held in (("node_records", "reference = 0"), ("edge_records", "reference = 0"))
                ]
                + [sorted(store._db.execute("SELECT * FROM evidence"))]
            )
        finally:
            store.close()
    assert tables[0] == tables[1]
    assert all(tables[0])

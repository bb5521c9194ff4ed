"""Ingest's plain delta records keep the schema's rules, and mean what the validated GraphDelta means."""

from __future__ import annotations

import copy
import json
import pickle
import sqlite3
from pathlib import Path

import pytest

from graph import embedded
from graph.embedded import EmbeddedStore
from graph.records import EdgeRecord, records_of
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


def test_record_texts_are_those_pydantic_and_json_dumps_give(tmp_path: Path) -> None:
    """The same record has the same digest whoever wrote it, stores written before included."""
    delta = delta_of(ARTICLE)
    rows = EmbeddedStore.preparer()(delta)
    for node_record, row in zip(delta.nodes, rows.nodes, strict=True):
        assert row[4] == node_record.model().model_dump_json(exclude={"id"})
    for edge_record, row in zip(delta.edges, rows.edges, strict=True):
        props = edge_record.props
        assert row[6] == (json.dumps(props, ensure_ascii=False, sort_keys=True) if props else "{}")
    # Values of every type a property takes, and text that JSON must escape.
    odd = {"b": [' "quoted" ', "Lào\n"], "a": 1.5, "c": True, "d": None, "e": 7, "f": "\\ \t \u2028"}
    [edge_row] = embedded._edge_rows([EdgeRecord("k", "s", "t", EdgeType.PARTNERS_WITH, odd, [])], False)[0]
    assert edge_row[6] == json.dumps(odd, ensure_ascii=False, sort_keys=True)


def _graph(store: EmbeddedStore) -> list[list[tuple]]:
    return [
        sorted(store._db.execute(f"SELECT * FROM {table}")) for table in ("node_records", "edge_records", "evidence")
    ]


def test_a_writer_counts_and_writes_alike_what_it_wrote_what_another_wrote_and_what_is_new(tmp_path: Path) -> None:
    """A writer remembers what it wrote, to ask less of the store: the counts and the rows are those of a writer
    that remembers nothing, while another writer adds to the same store between its batches."""
    texts = [ARTICLE.replace("12/4/2024", f"{day}/4/2024") for day in (12, 13, 14, 15)]
    deltas = [delta_of(text, f"a{i}.md") for i, text in enumerate(texts)]
    stores = [EmbeddedStore(tmp_path / "shared"), EmbeddedStore(tmp_path / "shared")]
    fresh = EmbeddedStore(tmp_path / "fresh")
    try:
        hold_reference(stores[0])
        hold_reference(fresh)
        for i, delta in enumerate([*deltas, deltas[0], deltas[3]]):
            [ours] = stores[i % 2].apply([delta])
            fresh._held = embedded._Held()  # remembers nothing
            [theirs] = fresh.apply([delta])
            assert ours == theirs
        assert _graph(stores[0]) == _graph(fresh)
    finally:
        for store in (*stores, fresh):
            store.close()


def test_a_batch_that_failed_is_not_remembered_as_written(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        hold_reference(store)
        rows = store.preparer()(delta_of(ARTICLE))
        broken = rows._replace(doc_id="doc:broken", lines=[("k",)])  # a line SQLite cannot take, after the records
        with pytest.raises(sqlite3.Error):
            store.apply([broken])
        assert not store.has_document(rows.doc_id)
        [result] = store.apply([rows])
        assert result.new_document and result.nodes_added == len(rows.nodes)
        assert {r[0] for r in rows.nodes} <= {r[0] for r in store._db.execute("SELECT id FROM node_records")}
    finally:
        store.close()


def test_rows_of_records_documents_share_are_those_of_a_copy_and_a_changed_record_has_its_own() -> None:
    delta = delta_of(ARTICLE)
    prepare = EmbeddedStore.preparer()
    first, again, copied = prepare(delta), prepare(delta), prepare(copy.deepcopy(delta))
    assert first == again == copied
    province = next(n for n in delta.nodes if n.kind is NodeKind.PROVINCE)
    renamed = province._replace(name=province.name + " mới")
    changed = delta._replace(nodes=[renamed if n is province else n for n in delta.nodes])
    [row] = [r for r in prepare(changed).nodes if r[0] == province.id]
    assert row[4] == renamed.model().model_dump_json(exclude={"id"}) != first.nodes[delta.nodes.index(province)][4]

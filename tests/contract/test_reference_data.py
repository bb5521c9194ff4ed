"""Reference data (a province's country, the 2025 mergers, national bodies) is held once per store, not per
article: it is no Document, stats count articles only, and it joins the graph where an article names its nodes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from graph.embedded import DB_FILE, EmbeddedStore
from graph.schema import EdgeType, Node, NodeKind
from graph.store import GraphStore
from ingest.gazetteer import GAZETTEER_DOC_ID
from ingest.pipeline import hold_reference
from ingest.reference import reference_data
from tests.contract.test_store_contract import QUANG_TRI, delta_of

QUANG_TRI_ID = "province:VN-quang-tri"


def test_an_article_names_provinces_and_the_reference_data_supplies_their_country(store: GraphStore) -> None:
    hold_reference(store)
    delta = delta_of(QUANG_TRI)
    store.apply([delta])

    assert store.counts().nodes["Document"] == 1
    assert [n.id for n in store.nodes([NodeKind.DOCUMENT])] == [delta.doc_id]
    in_country = {(e.source, e.target): e for e in store.edges([EdgeType.IN_COUNTRY])}
    assert set(in_country) == {(QUANG_TRI_ID, "country:VN"), ("province:LA-KH", "country:LA")}
    gazetteer = store.get_node(GAZETTEER_DOC_ID)
    assert gazetteer is not None
    for edge in in_country.values():
        [evidence] = edge.evidence
        assert evidence.doc_id == GAZETTEER_DOC_ID
        assert str(gazetteer.props["text"])[evidence.start : evidence.end] == evidence.quote


def test_provinces_no_article_names_stay_out_of_the_graph(store: GraphStore) -> None:
    hold_reference(store)
    store.apply([delta_of(QUANG_TRI)])
    provinces = {n.id for n in store.nodes([NodeKind.PROVINCE])}
    assert provinces == {QUANG_TRI_ID, "province:LA-KH"}
    assert len(reference_data().nodes) > 100
    assert store.counts().nodes["Province"] == 2


def test_a_document_delta_carries_no_reference_facts() -> None:
    delta = delta_of(QUANG_TRI)
    assert GAZETTEER_DOC_ID not in {n.id for n in delta.nodes}
    assert all(ev.doc_id == delta.doc_id for e in delta.edges for ev in e.evidence)


def test_reference_data_is_written_once(store: GraphStore) -> None:
    assert store.write_reference(reference_data())
    assert not store.write_reference(reference_data())
    assert store.counts().total_nodes == 0


def test_a_store_that_held_the_gazetteer_as_an_article_counts_articles_only_after_upgrade(store: GraphStore) -> None:
    """Stores written before reference data was kept apart held the gazetteer as one more Document."""
    source = reference_data().source
    delta = delta_of(QUANG_TRI).model()
    old_style = delta.model_copy(update={"nodes": [*delta.nodes, source]})
    store.apply([old_style])
    assert store.counts().nodes["Document"] == 2
    hold_reference(store)
    assert store.counts().nodes["Document"] == 1
    assert not store.has_document(GAZETTEER_DOC_ID)
    assert store.get_node(QUANG_TRI_ID) is not None


def test_an_embedded_store_from_before_reference_data_reads_as_it_did(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    folder.mkdir()
    node = Node(id="country:LA", kind=NodeKind.COUNTRY, name="Lào", country="LA")
    with sqlite3.connect(folder / DB_FILE) as db:
        db.execute("CREATE TABLE nodes (id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)")
        db.execute("INSERT INTO nodes VALUES (?, ?, ?)", (node.id, node.kind.value, node.model_dump_json()))
    db.close()
    store = EmbeddedStore(folder)
    try:
        assert list(store.nodes()) == [node]
    finally:
        store.close()


def test_held_nodes_list_every_province_the_gazetteer_knows_named_or_not(store: GraphStore) -> None:
    hold_reference(store)
    store.apply([delta_of(QUANG_TRI)])
    held = {n.id: n for n in store.held_nodes([NodeKind.PROVINCE])}
    assert held.keys() == {n.id for n in reference_data().nodes if n.kind is NodeKind.PROVINCE}
    assert len([p for p in held.values() if p.country == "LA"]) == 18
    assert held["province:VN-nghe-an"].props["borders_laos"] == "yes"  # named by no article, held all the same
    assert held[QUANG_TRI_ID] == store.get_node(QUANG_TRI_ID)

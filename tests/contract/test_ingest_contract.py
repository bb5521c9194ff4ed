"""The real articles through the whole pipeline, on both stores: twice changes nothing, and both stores
hold the same graph."""

from __future__ import annotations

from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.export import to_json
from graph.store import GraphStore
from ingest.pipeline import Outcome, ingest


def test_ingesting_the_same_folder_twice_changes_nothing(store: GraphStore, shared_corpus: Path) -> None:
    first = ingest([str(shared_corpus / "seeds")], store)
    assert first.count(Outcome.NEW) == 5 and not first.failures
    before = to_json(store)
    second = ingest([str(shared_corpus / "seeds")], store)
    assert second.count(Outcome.UNCHANGED) == 5
    assert second.nodes_added == 0 and second.edges_added == 0
    assert to_json(store) == before


def test_both_stores_hold_the_same_graph(store: GraphStore, shared_corpus: Path, tmp_path: Path) -> None:
    folders = [str(shared_corpus / "seeds"), str(shared_corpus / "dev")]
    ingest(folders, store, batch_size=7)
    reference = EmbeddedStore(tmp_path / "reference")
    ingest(folders, reference)
    assert to_json(store) == to_json(reference)
    assert store.counts() == reference.counts()

"""The embedded store's file: a store made before its layout changed goes on taking articles and answering as a
new one does (the layout is a matter of speed only)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from graph.embedded import DB_FILE, EmbeddedStore
from graph.export import to_json
from ingest.load import load
from ingest.pipeline import document_delta, ingest
from tests.conftest import SAMPLES

# The evidence table as stores made before 2026-11-30 hold it: ordered by its key, in 4 KB pages.
_EARLIER_EVIDENCE = """
CREATE TABLE evidence (
    key TEXT NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
    PRIMARY KEY (key, doc_id, start, "end")
) WITHOUT ROWID;
"""


def _layout(folder: Path) -> tuple[int, str]:
    db = sqlite3.connect(folder / DB_FILE)
    try:
        [(page_size,)] = db.execute("PRAGMA page_size")
        [(table,)] = db.execute("SELECT sql FROM sqlite_master WHERE name = 'evidence'")
        return page_size, table
    finally:
        db.close()


def _rows(folder: Path) -> list[int]:
    db = sqlite3.connect(folder / DB_FILE)
    try:
        return [
            db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("node_records", "edge_records", "evidence")
        ]
    finally:
        db.close()


def _graph_of(folder: Path, inputs: list[str]) -> dict:
    store = EmbeddedStore(folder)
    try:
        ingest(inputs, store)
        graph = to_json(store)
        ingest(inputs, store)  # again: the documents are held, skipped
        # and written again as if they were not: every record and line is held, nothing is added
        held = _rows(folder)
        store.apply([document_delta(load(i))[1] for i in inputs])
        assert _rows(folder) == held
        assert to_json(store) == graph
        return graph
    finally:
        store.close()


def test_a_store_of_the_earlier_layout_takes_articles_and_answers_as_a_new_one(tmp_path: Path) -> None:
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    db = sqlite3.connect(earlier / DB_FILE)
    db.execute("PRAGMA page_size=4096")
    db.executescript(_EARLIER_EVIDENCE)
    db.close()
    inputs = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in {".md", ".html", ".txt"})
    half = len(inputs) // 2
    _graph_of(earlier, inputs[:half])  # written by this code into the earlier file, then more on reopening
    assert _graph_of(earlier, inputs) == _graph_of(tmp_path / "new", inputs)
    page_size, table = _layout(earlier)
    assert page_size == 4096 and "WITHOUT ROWID" in table
    page_size, table = _layout(tmp_path / "new")
    assert page_size == 16384 and "WITHOUT ROWID" not in table

"""The embedded store: one SQLite file in a folder, no server.

SQLite in WAL mode with synchronous=FULL gives the crash safety the design asks for: each document's
delta is one transaction, so a killed ingest leaves the store as it was after the last whole document.
Nodes and edges are stored as the pydantic models' JSON; merging reuses graph.merge, as Neo4j does.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from graph.errors import StoreUnavailable
from graph.merge import fold_edges, fold_nodes, merge_edges, merge_nodes
from graph.schema import (
    ApplyResult,
    Edge,
    EdgeType,
    GraphDelta,
    Node,
    NodeKind,
    ReferenceData,
    StoreCounts,
)

# reference_only marks reference data no article has named yet: held, but not part of the graph's reading.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL, reference_only INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS edges (
    key TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
CREATE INDEX IF NOT EXISTS edges_type ON edges(type);
"""
# An edge is in the graph's reading when neither end is reference data only.
_SHOWN_EDGE = "NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id IN (edges.source, edges.target) AND n.reference_only = 1)"
_CHUNK = 500  # SQLite's bound-parameter limit is far above this; it keeps IN (...) lists modest.

DB_FILE = "graph.sqlite"
T = TypeVar("T")


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @wraps(method)
    def wrapper(self: EmbeddedStore, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class EmbeddedStore:
    kind = "embedded"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # One connection serves every thread of the API; the lock keeps their statements from interleaving.
        self._lock = threading.RLock()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(folder / DB_FILE, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._upgrade()
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailable(f"cannot open the embedded store at {folder}: {exc}") from exc

    def _upgrade(self) -> None:
        """A store written before reference data was kept apart gains the column that marks it."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(nodes)")}
        if columns and "reference_only" not in columns:
            self._db.execute("ALTER TABLE nodes ADD COLUMN reference_only INTEGER NOT NULL DEFAULT 0")

    # -- writes ---------------------------------------------------------------------------------

    @_locked
    def write_reference(self, reference: ReferenceData) -> bool:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            held = db.execute("SELECT value FROM meta WHERE key = 'reference_version'").fetchone()
            if held and held[0] == reference.version:
                db.execute("ROLLBACK")
                return False
            nodes = fold_nodes([reference.source, *reference.nodes])
            old_nodes = {n.id: n for n in self.get_nodes(nodes)}
            shown = self._shown(list(old_nodes))
            db.executemany(
                "INSERT OR REPLACE INTO nodes (id, kind, data, reference_only) VALUES (?, ?, ?, ?)",
                [
                    (
                        n.id,
                        n.kind.value,
                        (merge_nodes(old_nodes[n.id], n) if n.id in old_nodes else n).model_dump_json(),
                        int(n.id == reference.source.id or n.id not in shown),
                    )
                    for n in nodes.values()
                ],
            )
            self._write_edges(fold_edges(reference.edges))
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_version', ?)", (reference.version,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return True

    @_locked
    def apply(self, deltas: Sequence[GraphDelta]) -> list[ApplyResult]:
        return [self._apply_one(delta) for delta in deltas]

    def _apply_one(self, delta: GraphDelta) -> ApplyResult:
        nodes = fold_nodes(delta.nodes)
        edges = fold_edges(delta.edges)
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            new_document = not self.has_document(delta.doc_id)
            old_nodes = {n.id: n for n in self.get_nodes(nodes)}
            shown = self._shown(list(old_nodes))
            old_edges = self._write_edges(edges)
            db.executemany(
                "INSERT OR REPLACE INTO nodes (id, kind, data, reference_only) VALUES (?, ?, ?, 0)",
                [
                    (
                        n.id,
                        n.kind.value,
                        (merge_nodes(old_nodes[n.id], n) if n.id in old_nodes else n).model_dump_json(),
                    )
                    for n in nodes.values()
                ],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return ApplyResult(
            doc_id=delta.doc_id,
            new_document=new_document,
            nodes_added=len(set(nodes) - shown),
            new_nodes=sorted(set(nodes) - shown),
            edges_added=len(set(edges) - set(old_edges)),
        )

    def _write_edges(self, edges: dict[str, Edge]) -> dict[str, Edge]:
        """Merge edges into the table; returns the records they were merged with."""
        old_edges = self._edges_by_key(list(edges))
        self._db.executemany(
            "INSERT OR REPLACE INTO edges (key, source, target, type, data) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    key,
                    e.source,
                    e.target,
                    e.type.value,
                    (merge_edges(old_edges[key], e) if key in old_edges else e).model_dump_json(),
                )
                for key, e in edges.items()
            ],
        )
        return old_edges

    def _shown(self, node_ids: list[str]) -> set[str]:
        shown: set[str] = set()
        for chunk in _chunks(node_ids):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT id FROM nodes WHERE reference_only = 0 AND id IN ({marks})", chunk)
            shown.update(r[0] for r in rows)
        return shown

    # -- reads ----------------------------------------------------------------------------------

    @_locked
    def has_document(self, doc_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM nodes WHERE id = ? AND reference_only = 0", (doc_id,)).fetchone()
        return row is not None

    @_locked
    def get_node(self, node_id: str) -> Node | None:
        row = self._db.execute("SELECT data FROM nodes WHERE id = ?", (node_id,)).fetchone()
        return Node.model_validate_json(row[0]) if row else None

    @_locked
    def get_nodes(self, node_ids: Iterable[str]) -> list[Node]:
        found: list[Node] = []
        for chunk in _chunks(sorted(set(node_ids))):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT data FROM nodes WHERE id IN ({marks}) ORDER BY id", chunk)
            found.extend(Node.model_validate_json(r[0]) for r in rows)
        return found

    @_locked
    def nodes(self, kinds: Iterable[NodeKind] | None = None) -> Iterator[Node]:
        if kinds is None:
            rows = self._db.execute("SELECT data FROM nodes WHERE reference_only = 0 ORDER BY id").fetchall()
        else:
            wanted = [k.value for k in kinds]
            marks = ",".join("?" * len(wanted))
            rows = self._db.execute(
                f"SELECT data FROM nodes WHERE reference_only = 0 AND kind IN ({marks}) ORDER BY id", wanted
            ).fetchall()
        return (Node.model_validate_json(r[0]) for r in rows)

    @_locked
    def edges(self, types: Iterable[EdgeType] | None = None) -> Iterator[Edge]:
        if types is None:
            rows = self._db.execute(f"SELECT data FROM edges WHERE {_SHOWN_EDGE} ORDER BY key").fetchall()
        else:
            wanted = [t.value for t in types]
            marks = ",".join("?" * len(wanted))
            rows = self._db.execute(
                f"SELECT data FROM edges WHERE {_SHOWN_EDGE} AND type IN ({marks}) ORDER BY key", wanted
            ).fetchall()
        return (Edge.model_validate_json(r[0]) for r in rows)

    @_locked
    def edges_of(self, node_ids: Iterable[str], types: Iterable[EdgeType] | None = None) -> list[Edge]:
        wanted = None if types is None else {t.value for t in types}
        found: dict[str, Edge] = {}
        for chunk in _chunks(sorted(set(node_ids))):
            marks = ",".join("?" * len(chunk))
            ends = f"(source IN ({marks}) OR target IN ({marks}))"
            rows = self._db.execute(f"SELECT key, type, data FROM edges WHERE {ends} AND {_SHOWN_EDGE}", chunk + chunk)
            for key, edge_type, data in rows:
                if wanted is None or edge_type in wanted:
                    found[key] = Edge.model_validate_json(data)
        return [found[k] for k in sorted(found)]

    def _edges_by_key(self, keys: list[str]) -> dict[str, Edge]:
        found: dict[str, Edge] = {}
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            for key, data in self._db.execute(f"SELECT key, data FROM edges WHERE key IN ({marks})", chunk):
                found[key] = Edge.model_validate_json(data)
        return found

    @_locked
    def counts(self) -> StoreCounts:
        nodes = dict(
            self._db.execute(
                "SELECT kind, count(*) FROM nodes WHERE reference_only = 0 GROUP BY kind ORDER BY kind"
            ).fetchall()
        )
        edges = dict(
            self._db.execute(
                f"SELECT type, count(*) FROM edges WHERE {_SHOWN_EDGE} GROUP BY type ORDER BY type"
            ).fetchall()
        )
        return StoreCounts(nodes=nodes, edges=edges)

    @_locked
    def close(self) -> None:
        self._db.close()

"""The embedded store: one SQLite file in a folder, no server.

Writes only append. Each document adds its records of nodes and edges, and its evidence lines, with
INSERT OR IGNORE: a record already held (the same node as another article gave it, a line already quoted)
is not added twice, and nothing is read back to be rewritten, so writers cannot lose each other's lines.
Reading folds a node's or an edge's records with graph.merge, the rules Neo4j applies in Cypher.

A batch of documents is one transaction (WAL, synchronous=NORMAL: a killed process loses nothing
committed), so a killed ingest leaves the store as it was after the last whole batch of documents.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from json.encoder import c_make_encoder, encode_basestring, encode_basestring_ascii  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from graph.embedded_partnerships import items_behind, keep_partnership_items, keep_partnership_spans, spans_at
from graph.errors import StoreUnavailable
from graph.merge import fold_nodes, fold_props, merge_value
from graph.records import DeltaRecords, EdgeRecord, NodeRecord, edge_record, node_record, records_of
from graph.schema import (
    PROP_MERGE,
    ApplyResult,
    DocumentPage,
    Edge,
    EdgeType,
    Evidence,
    EvidencePage,
    GraphDelta,
    KeyedEvidence,
    Link,
    Merge,
    Node,
    NodeKind,
    PropValue,
    ReferenceData,
    StoreCounts,
    batch_results,
)

# `reference` marks the records reference data holds: a node is in the graph's reading once an article
# gave a record of it, an edge once it is an article's or both its ends are in.
# Evidence lines are rows in the order they come, their quotes packed page after page, with an index of their
# keys (key, doc_id, start, end) that the reads walk in the same order: a batch's lines fall all over the keys,
# and in a table ordered by key (stores from before 2026-11-30 have one, WITHOUT ROWID) each line rewrote a page
# of quotes. Together with 16 KB pages that halves a document's write at 10,000 documents (1.13 -> 0.57 ms).
_SCHEMA = """
CREATE TABLE IF NOT EXISTS node_records (
    id TEXT NOT NULL, digest TEXT NOT NULL, kind TEXT NOT NULL, reference INTEGER NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (id, digest, reference)
);
CREATE TABLE IF NOT EXISTS edge_records (
    key TEXT NOT NULL, digest TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
    reference INTEGER NOT NULL, props TEXT NOT NULL,
    PRIMARY KEY (key, digest, reference)
);
CREATE TABLE IF NOT EXISTS evidence (
    key TEXT NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
    UNIQUE (key, doc_id, start, "end")
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS node_records_kind ON node_records(kind, reference);
DROP INDEX IF EXISTS edge_records_source;
DROP INDEX IF EXISTS edge_records_target;
DROP INDEX IF EXISTS edge_records_source_type;
DROP INDEX IF EXISTS edge_records_target_type;
CREATE INDEX IF NOT EXISTS edge_records_source_cover ON edge_records(source, type, key, reference);
CREATE INDEX IF NOT EXISTS edge_records_target_cover ON edge_records(target, type, key, reference);
CREATE INDEX IF NOT EXISTS edge_records_type ON edge_records(type);
CREATE INDEX IF NOT EXISTS documents_by_published ON node_records(json_extract(record, '$.props.published') DESC, id)
    WHERE kind = 'Document' AND reference = 0;
"""
_SHOWN_NODE = "EXISTS (SELECT 1 FROM node_records s WHERE s.id = {} AND s.reference = 0)"


def _shown(edge: str) -> str:
    """The condition an edge record (under this alias) meets to be in the graph's reading."""
    ends = f"{_SHOWN_NODE.format(f'{edge}.source')} AND {_SHOWN_NODE.format(f'{edge}.target')}"
    return f"({edge}.reference = 0 OR ({ends}))"


_SHOWN_EDGE = _shown("e")
# The (end, type) indexes carry the key and the reference flag too, so walking the graph (links: the keys of an
# end's edges) reads the index alone; reading each row from the table cost ten times as much at 10k documents.
# An end's edges of some types, as the union of the two ends' lookups: each half walks its (end, type) index,
# where one OR over both ends made SQLite scan every edge of the types instead (ten times slower at 10k).
_EDGES_AT = (
    "SELECT {columns} FROM edge_records e WHERE source IN ({ids}) AND type IN ({types}) AND "
    + _SHOWN_EDGE
    + " UNION SELECT {columns} FROM edge_records e WHERE target IN ({ids}) AND type IN ({types}) AND "
    + _SHOWN_EDGE
)
# Targets two sets of nodes both reach (the ids as JSON arrays, so any number fit one statement): one walk of the
# (source, type) index from ours, then of the (target, type) index from what they reach.
_COMMON_TARGETS = (
    "SELECT DISTINCT t.source, o.target FROM edge_records o CROSS JOIN edge_records t "
    "WHERE o.source IN (SELECT value FROM json_each(?)) AND o.type IN ({types}) AND t.target = o.target "
    "AND t.type IN ({types}) AND t.source IN (SELECT value FROM json_each(?)) AND "
    + _shown("o")
    + " AND "
    + _shown("t")
    + " ORDER BY t.source, o.target"
)
_CHUNK = 500  # SQLite's bound-parameter limit is far above this; it keeps IN (...) lists modest.

DB_FILE = "graph.sqlite"
T = TypeVar("T")


# A page of documents: newest first (undated last), equal dates by id; the expression and the condition are
# the index's, so SQLite walks documents_by_published instead of parsing every record.
_DOCUMENT_PAGE = """
SELECT id FROM node_records WHERE kind = 'Document' AND reference = 0
ORDER BY json_extract(record, '$.props.published') DESC, id LIMIT ? OFFSET ?
"""
# The first lines of one edge's evidence in document order: the primary key's order, so SQLite reads those lines
# and stops (a window over all the keys' lines sorted every line of a busy partnership to keep three).
_EVIDENCE_HEAD = 'SELECT doc_id, start, "end", quote FROM evidence WHERE key = ? ORDER BY doc_id, start, "end" LIMIT ?'
# Every line of some edges.
_EVIDENCE_OF = 'SELECT key, doc_id, start, "end", quote FROM evidence WHERE key IN ({marks})'
# How many lines each edge has: counted in the primary key's index, no line read.
_EVIDENCE_TOTALS = "SELECT key, count(*) FROM evidence WHERE key IN ({marks}) GROUP BY key"


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @wraps(method)
    def wrapper(self: EmbeddedStore, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _digest(record: str) -> str:
    return hashlib.blake2b(record.encode("utf-8"), digest_size=12).hexdigest()


_NO_PROPS = "{}"
_NO_PROPS_DIGEST = _digest(_NO_PROPS)


NodeRow = tuple[str, str, str, int, str]  # node_records: id, digest, kind, reference, record
EdgeRow = tuple[str, str, str, str, str, int, str]  # edge_records: key, digest, source, target, type, reference, props
LineRow = tuple[str, str, str, int, int]  # evidence: key, doc_id, quote, start, end (an EvidenceLine after its key)


class DeltaRows(NamedTuple):
    """One document's delta as the rows this store inserts: what `vilao ingest`'s workers hand the writer (see
    EmbeddedStore.preparer). Strings and numbers only, so a batch crosses between processes at a quarter of the
    cost of its records, and the record texts and their digests are made where the delta was built."""

    doc_id: str
    nodes: list[NodeRow]
    edges: list[EdgeRow]
    lines: list[LineRow]


def delta_rows(delta: DeltaRecords) -> DeltaRows:
    """A document's delta as the rows an article's records are (pure: ingest's workers run it)."""
    edges, lines = _edge_rows(delta.edges, False)
    return DeltaRows(delta.doc_id, _node_rows(delta.nodes, False), edges, lines)


def _rows_of(delta: GraphDelta | DeltaRecords | DeltaRows) -> DeltaRows:
    return delta if isinstance(delta, DeltaRows) else delta_rows(records_of(delta))


def _json_text(**options: Any) -> Callable[[Any], str]:
    """json.JSONEncoder(**options).encode, the same text, with json's C encoder made once: `encode` makes a new one
    on every call (with a table for circular references), which cost as much as encoding a small record."""
    encoder = json.JSONEncoder(**options)
    if c_make_encoder is None:  # a Python without json's C speed-ups
        return encoder.encode
    encode = c_make_encoder(
        None,  # no check for circular references: a record is a tree of plain values
        encoder.default,
        encode_basestring_ascii if encoder.ensure_ascii else encode_basestring,
        None,
        encoder.key_separator,
        encoder.item_separator,
        encoder.sort_keys,
        encoder.skipkeys,
        encoder.allow_nan,
    )
    return lambda value: "".join(encode(value, 0))


# The text pydantic's Node.model_dump_json(exclude={"id"}) gives a node (stores written before hold it), and
# json.dumps(props, ensure_ascii=False, sort_keys=True) an edge's properties: the same record has the same digest,
# whichever writer wrote it.
_COMPACT = _json_text(ensure_ascii=False, separators=(",", ":"))
_SORTED = _json_text(ensure_ascii=False, sort_keys=True)


def _node_rows(nodes: Iterable[NodeRecord], reference: bool) -> list[NodeRow]:
    flag = int(reference)
    rows = []
    for node in nodes:
        shared = _SHARED_ROWS.get(node.id)
        if shared is not None and shared[0] is node and not reference:
            rows.append(shared[1])
            continue
        node_id, kind, name, aliases, country, name_en, props = node
        kind_name = str(kind)  # a StrEnum's value (`.value` costs three times as much)
        record = _COMPACT(
            {
                "kind": kind_name,
                "name": name,
                "aliases": aliases,
                "country": country,
                "name_en": name_en,
                "props": props,
            }
        )
        row = (node_id, _digest(record), kind_name, flag, record)
        rows.append(row)
        if not reference and kind is not NodeKind.DOCUMENT:
            if len(_SHARED_ROWS) >= _SHARED_LIMIT:
                _SHARED_ROWS.clear()
            _SHARED_ROWS[node_id] = (node, row)
    return rows


# The rows of records that documents share (resolution builds a province's or a country's record, with its dozens of
# aliases and properties, once per process and hands it to every document naming the place): made once. An entry
# answers only for the very record it was made from, the same object (records are never changed once built).
_SHARED_ROWS: dict[str, tuple[NodeRecord, NodeRow]] = {}
_SHARED_LIMIT = 4096


def _edge_rows(edges: Iterable[EdgeRecord], reference: bool) -> tuple[list[EdgeRow], list[LineRow]]:
    flag = int(reference)
    records: list[EdgeRow] = []
    lines: list[LineRow] = []
    for key, source, target, edge_type, props, evidence in edges:
        if props:
            text = _SORTED(props)
            records.append((key, _digest(text), source, target, str(edge_type), flag, text))
        else:  # most edges carry no properties: one record text, digested once
            records.append((key, _NO_PROPS_DIGEST, source, target, str(edge_type), flag, _NO_PROPS))
        lines.extend([(key, *line) for line in evidence])
    return records, lines


class _Held:
    """What this writer has seen the store hold: node ids an article gave, edge keys, and rows of articles' records
    as (id or key, digest). The store only grows, whoever writes to it, so what it held once it still holds: a batch
    asks SQLite only about the rest, and leaves out rows the store holds already (the records of provinces,
    countries and ministries come back in most articles). Learnt once a batch is committed; two generations of a
    bounded size, so what keeps coming back stays known and the rest is forgotten."""

    generation = 20_000

    def __init__(self) -> None:
        self._new: set[str | tuple[str, str]] = set()
        self._old: set[str | tuple[str, str]] = set()

    def among(self, items: set[str] | set[tuple[str, str]]) -> set[str | tuple[str, str]]:
        """Which of items the store is known to hold (those of the older generation become new again)."""
        self._new |= items & self._old
        return items & self._new

    def learn(self, items: Iterable[str | tuple[str, str]]) -> None:
        self._new.update(items)
        if len(self._new) > self.generation:
            self._old, self._new = self._new, set()


def _use_wal(db: sqlite3.Connection, wait: float = 120.0) -> None:
    """Switch a store to write-ahead logging. SQLite answers "database is locked" at once, without its busy wait,
    when another process opens the same new store at that moment (two ingests started together): try again."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class EmbeddedStore:
    kind = "embedded"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # Writes go through one connection, one at a time; reads take a connection of their own per thread, so
        # the API's threads read side by side (WAL lets readers run beside the writer).
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._counts: tuple[str, StoreCounts] | None = None
        self._held = _Held()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Another process may hold the write lock for a batch: wait for it rather than fail.
            self._db = sqlite3.connect(folder / DB_FILE, isolation_level=None, check_same_thread=False, timeout=120)
            # A new store's pages are 16 KB (SQLite's default is 4): a batch's records and lines land on fewer pages,
            # so a commit writes less to the log. A store that exists keeps the size it has.
            self._db.execute("PRAGMA page_size=16384")
            _use_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            # A batch's inserts land all over the primary keys and indexes: a cache of 64 MB (SQLite's default is 2)
            # keeps a growing store's pages in memory, so a document costs about the same at 10,000 as at 200.
            self._db.execute("PRAGMA cache_size=-65536")
            # The log is copied back into the database (with an fsync) when it reaches this many pages: every 32 MB
            # rather than SQLite's 4 MB, so an ingest's hot pages are copied back once instead of several times
            # (its writes cost 6% less CPU and about 20% less wall time). Committed batches are safe either way.
            self._db.execute("PRAGMA wal_autocheckpoint=8192")
            self._db.executescript(_SCHEMA)
            self._upgrade()
            keep_partnership_items(self._db)
            keep_partnership_spans(self._db)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailable(f"cannot open the embedded store at {folder}: {exc}") from exc

    def _upgrade(self) -> None:
        """A store from before append-only records (one JSON blob per node and edge) is copied into them."""
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "nodes" not in tables:
            return
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            columns = {row[1] for row in db.execute("PRAGMA table_info(nodes)")}
            flag = "reference_only" if "reference_only" in columns else "0"
            for data, reference in db.execute(f"SELECT data, {flag} FROM nodes").fetchall():
                self._insert_nodes([node_record(Node.model_validate_json(data))], bool(reference))
            if "edges" in tables:
                edges = [Edge.model_validate_json(r[0]) for r in db.execute("SELECT data FROM edges")]
                self._insert_edges([edge_record(e.key, e) for e in edges], False)
                db.execute("DROP TABLE edges")
            db.execute("DROP TABLE nodes")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- writes ---------------------------------------------------------------------------------

    def _insert_nodes(self, nodes: Iterable[NodeRecord], reference: bool) -> None:
        self._insert_node_rows(_node_rows(nodes, reference))

    def _insert_node_rows(self, rows: Iterable[NodeRow]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO node_records (id, digest, kind, reference, record) VALUES (?, ?, ?, ?, ?)", rows
        )

    def _insert_edges(self, edges: Iterable[EdgeRecord], reference: bool) -> None:
        self._insert_edge_rows(*_edge_rows(edges, reference))

    def _insert_edge_rows(self, records: Iterable[EdgeRow], lines: Iterable[LineRow]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO edge_records (key, digest, source, target, type, reference, props) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            records,
        )
        self._db.executemany(
            'INSERT OR IGNORE INTO evidence (key, doc_id, quote, start, "end") VALUES (?, ?, ?, ?, ?)', lines
        )

    @_locked
    def write_reference(self, reference: ReferenceData) -> bool:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            held = db.execute("SELECT value FROM meta WHERE key = 'reference_version'").fetchone()
            if held and held[0] == reference.version:
                db.execute("ROLLBACK")
                return False
            # The source was an article in stores from before reference data was kept apart.
            db.execute("DELETE FROM node_records WHERE id = ?", (reference.source.id,))
            self._insert_nodes([node_record(n) for n in (reference.source, *reference.nodes)], reference=True)
            self._insert_edges([edge_record(e.key, e) for e in reference.edges], reference=True)
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_version', ?)", (reference.version,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._held = _Held()  # a record was deleted: what was known is known no more
        return True

    @staticmethod
    def preparer() -> Callable[[DeltaRecords], DeltaRows]:
        return delta_rows

    @_locked
    def apply(self, deltas: Sequence[GraphDelta | DeltaRecords | DeltaRows]) -> list[ApplyResult]:
        """One transaction for the whole batch: it lands whole or not at all."""
        rows = [_rows_of(delta) for delta in deltas]
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            results, held = self._apply_batch(rows)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._held.learn(held)
        return results

    def _apply_batch(self, deltas: list[DeltaRows]) -> tuple[list[ApplyResult], list[str | tuple[str, str]]]:
        """What the store held is asked once for the whole batch (what this writer knows it holds, not even that),
        and the records go in with one statement per table; each document then counts as new what neither the
        store nor an earlier document held. Also what the store holds once the batch is committed."""
        held = self._held
        brought = [(d.doc_id, [r[0] for r in d.nodes], [r[0] for r in d.edges]) for d in deltas]
        node_ids = {i for _, ids, _ in brought for i in ids} | {doc_id for doc_id, _, _ in brought}
        edge_keys = {k for _, _, keys in brought for k in keys}
        known = held.among(node_ids | edge_keys)
        seen = known | self._shown(sorted(node_ids - known)) | self._held_edges(sorted(edge_keys - known))
        results = batch_results(brought, seen)
        # Each row once, by (id or key, digest): every row an article brings is reference 0, so the store ignores a
        # repeat, and holds a row this writer knows it holds.
        nodes = {r[:2]: r for d in deltas for r in d.nodes}
        edges = {r[:2]: r for d in deltas for r in d.edges}
        known_rows = held.among(nodes.keys() | edges.keys())
        self._insert_node_rows([r for k, r in nodes.items() if k not in known_rows])
        self._insert_edge_rows(
            [r for k, r in edges.items() if k not in known_rows], [line for d in deltas for line in d.lines]
        )
        return results, [*node_ids, *edge_keys, *nodes, *edges]

    def _shown(self, node_ids: list[str]) -> set[str]:
        return self._present("SELECT DISTINCT id FROM node_records WHERE reference = 0 AND id IN", node_ids)

    def _held_edges(self, keys: list[str]) -> set[str]:
        return self._present("SELECT DISTINCT key FROM edge_records WHERE key IN", keys)

    def _present(self, select: str, values: list[str]) -> set[str]:
        """Which of values the query finds, asked in chunks SQLite's parameter limit allows."""
        found: set[str] = set()
        for chunk in _chunks(values):
            found.update(r[0] for r in self._db.execute(f"{select} ({_marks(len(chunk))})", chunk))
        return found

    # -- reads ----------------------------------------------------------------------------------

    @property
    def _reader(self) -> sqlite3.Connection:
        """This thread's read connection, opened on first use."""
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(self.folder / DB_FILE, isolation_level=None, check_same_thread=False, timeout=120)
                db.execute("PRAGMA query_only = ON")
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"cannot read the embedded store at {self.folder}: {exc}") from exc
            self._local.db = db
            with self._lock:
                self._readers.append(db)
        return db

    @contextmanager
    def reading(self) -> Iterator[None]:
        """The reads inside see one snapshot of the store (a read transaction on this thread's connection)."""
        db = self._reader
        if db.in_transaction:
            yield
            return
        db.execute("BEGIN")
        try:
            yield
        finally:
            db.execute("COMMIT")

    @_locked
    def has_document(self, doc_id: str) -> bool:
        # On the writer's connection: a batch asks it inside its own transaction.
        row = self._db.execute("SELECT 1 FROM node_records WHERE id = ? AND reference = 0", (doc_id,)).fetchone()
        return row is not None

    def get_node(self, node_id: str) -> Node | None:
        found = self.get_nodes([node_id])
        return found[0] if found else None

    def get_nodes(self, node_ids: Iterable[str]) -> list[Node]:
        rows: list[tuple[str, str]] = []
        for chunk in _chunks(sorted(set(node_ids))):
            sql = f"SELECT id, record FROM node_records WHERE id IN ({_marks(len(chunk))})"
            rows.extend(self._reader.execute(sql, chunk))
        return _fold_nodes(rows)

    def props_of(self, node_ids: Iterable[str], names: Iterable[str]) -> dict[str, dict[str, PropValue]]:
        wanted = sorted(set(names))
        # Each property as its JSON text (`->`), so a value reads back as json.loads gives it in a whole record.
        columns = "".join(", record -> ?" for _ in wanted)
        paths = [f"$.props.{name}" for name in wanted]
        found: dict[str, dict[str, PropValue]] = {}
        for chunk in _chunks(sorted(set(node_ids))):
            sql = f"SELECT id{columns} FROM node_records WHERE id IN ({_marks(len(chunk))})"
            for node_id, *values in self._reader.execute(sql, paths + chunk):
                held = found.setdefault(node_id, dict.fromkeys(wanted))
                for name, value in zip(wanted, values, strict=True):
                    if value is not None:
                        held[name] = merge_value(PROP_MERGE.get(name, Merge.FULLER), held[name], json.loads(value))
        return found

    def nodes(self, kinds: Iterable[NodeKind] | None = None) -> Iterator[Node]:
        wanted = [k.value for k in (NodeKind if kinds is None else kinds)]
        sql = (
            f"SELECT id, record FROM node_records WHERE kind IN ({_marks(len(wanted))}) "
            f"AND id IN (SELECT id FROM node_records WHERE reference = 0)"
        )
        return iter(_fold_nodes(self._reader.execute(sql, wanted).fetchall()))

    def held_nodes(self, kinds: Iterable[NodeKind]) -> Iterator[Node]:
        wanted = [k.value for k in kinds]
        sql = f"SELECT id, record FROM node_records WHERE kind IN ({_marks(len(wanted))})"
        return iter(_fold_nodes(self._reader.execute(sql, wanted).fetchall()))

    def edges(self, types: Iterable[EdgeType] | None = None, *, evidence_limit: int | None = None) -> Iterator[Edge]:
        wanted = [t.value for t in (EdgeType if types is None else types)]
        sql = (
            f"SELECT key, source, target, type, props FROM edge_records e "
            f"WHERE type IN ({_marks(len(wanted))}) AND {_SHOWN_EDGE}"
        )
        rows = self._reader.execute(sql, wanted).fetchall()
        return iter(self._build_edges(rows, everything=types is None, evidence_limit=evidence_limit))

    def edges_of(
        self, node_ids: Iterable[str], types: Iterable[EdgeType] | None = None, *, evidence_limit: int | None = None
    ) -> list[Edge]:
        wanted = [t.value for t in (EdgeType if types is None else types)]
        rows: list[tuple[str, str, str, str, str]] = []
        for chunk in _chunks(sorted(set(node_ids))):
            columns = "key, source, target, type, props"
            sql = _EDGES_AT.format(columns=columns, ids=_marks(len(chunk)), types=_marks(len(wanted)))
            rows.extend(self._reader.execute(sql, chunk + wanted + chunk + wanted))
        return self._build_edges(rows, everything=False, evidence_limit=evidence_limit)

    def edges_by_key(self, keys: Iterable[str], *, evidence_limit: int | None = None, props: bool = True) -> list[Edge]:
        # Without properties, each edge once (not each of its records) and nothing to parse or merge.
        columns = "key, source, target, type, props" if props else "DISTINCT key, source, target, type, '{}'"
        rows: list[tuple[str, str, str, str, str]] = []
        for chunk in _chunks(sorted(set(keys))):
            sql = f"SELECT {columns} FROM edge_records e WHERE key IN ({_marks(len(chunk))}) AND {_SHOWN_EDGE}"
            rows.extend(self._reader.execute(sql, chunk))
        return self._build_edges(rows, everything=False, evidence_limit=evidence_limit, fold=props)

    def links(self, node_ids: Iterable[str], types: Iterable[EdgeType]) -> list[Link]:
        wanted = [t.value for t in types]
        keys: set[str] = set()
        for chunk in _chunks(sorted(set(node_ids))):
            sql = _EDGES_AT.format(columns="key", ids=_marks(len(chunk)), types=_marks(len(wanted)))
            keys.update(r[0] for r in self._reader.execute(sql, chunk + wanted + chunk + wanted))
        return [Link.of_key(k) for k in sorted(keys)]

    def common_targets(
        self, ours: Iterable[str], theirs: Iterable[str], types: Iterable[EdgeType]
    ) -> list[tuple[str, str]]:
        wanted = [t.value for t in types]
        if not wanted:
            return []
        sql = _COMMON_TARGETS.format(types=_marks(len(wanted)))
        params = [json.dumps(sorted(set(ours))), *wanted, *wanted, json.dumps(sorted(set(theirs)))]
        return [(source, target) for source, target in self._reader.execute(sql, params)]

    def partnership_items(self, subject: str, partners: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        return items_behind(self._reader, subject, json.dumps(sorted(set(partners))))

    def partnerships_of(self, node_ids: Iterable[str], *, evidence_limit: int | None = None) -> list[Edge]:
        spans = spans_at(self._reader, json.dumps(sorted(set(node_ids))))
        lines, totals = self._evidence_lines([key for key, *_ in spans], False, evidence_limit)
        return [
            Edge.stored(
                source,
                target,
                EdgeType.PARTNERS_WITH,
                {"first_date": first, "last_date": last},
                lines[key],
                totals.get(key),
            )
            for key, source, target, first, last in spans
        ]

    def _build_edges(
        self,
        rows: list[tuple[str, str, str, str, str]],
        everything: bool,
        evidence_limit: int | None,
        fold: bool = True,
    ) -> list[Edge]:
        """Fold each edge's records (unless not fold: only the property its key names) and gather its evidence
        lines (all, or the first evidence_limit)."""
        records: dict[str, list[dict[str, Any]]] = defaultdict(list)
        ends: dict[str, tuple[str, str, str]] = {}
        for key, source, target, edge_type, record in rows:
            ends[key] = (source, target, edge_type)
            if fold:
                records[key].append(json.loads(record))
        props = {key: fold_props(records[key]) if fold else Link.of_key(key).qualifying_props() for key in ends}
        keys = sorted(ends)
        lines, totals = self._evidence_lines(keys, everything, evidence_limit)
        return [
            Edge.stored(ends[k][0], ends[k][1], EdgeType(ends[k][2]), props[k], lines[k], totals.get(k)) for k in keys
        ]

    def _evidence_lines(
        self, keys: list[str], everything: bool, limit: int | None
    ) -> tuple[dict[str, list[Evidence]], dict[str, int]]:
        lines: dict[str, list[Evidence]] = defaultdict(list)
        totals: dict[str, int] = {}
        wanted = set(keys)
        if limit is not None:
            db = self._reader
            for chunk in _chunks(keys):
                totals.update(db.execute(_EVIDENCE_TOTALS.format(marks=_marks(len(chunk))), chunk))
            # An edge with no more lines than shown (most: an official at a meeting) is read with the others in one
            # statement; one with more (a busy partnership), its first lines alone, along the key's index.
            few = [key for key in keys if key in totals and totals[key] <= limit]
            for chunk in _chunks(few):
                for key, doc_id, start, end, quote in db.execute(_EVIDENCE_OF.format(marks=_marks(len(chunk))), chunk):
                    lines[key].append(Evidence.stored(doc_id, quote, start, end))
            for key in keys:
                if totals.get(key, 0) > limit:
                    head = db.execute(_EVIDENCE_HEAD, (key, limit))
                    lines[key] = [Evidence.stored(d, q, s, e) for d, s, e, q in head]
            return lines, totals
        batches = [None] if everything else list(_chunks(keys))
        for chunk in batches:
            where = "" if chunk is None else f" WHERE key IN ({_marks(len(chunk))})"
            sql = f'SELECT key, doc_id, start, "end", quote FROM evidence{where}'
            for key, doc_id, start, end, quote in self._reader.execute(sql, chunk or []):
                if key in wanted:
                    lines[key].append(Evidence.stored(doc_id, quote, start, end))
        return lines, totals

    def evidence(
        self, keys: Iterable[str], *, doc_id: str | None = None, offset: int = 0, limit: int | None = None
    ) -> EvidencePage:
        wanted = sorted(set(keys))
        found: list[KeyedEvidence] = []
        for chunk in _chunks(wanted):
            sql = f'SELECT key, doc_id, start, "end", quote FROM evidence WHERE key IN ({_marks(len(chunk))})'
            params: list[Any] = list(chunk)
            if doc_id is not None:
                sql += " AND doc_id = ?"
                params.append(doc_id)
            found.extend(
                KeyedEvidence(key=k, evidence=Evidence.stored(d, q, s, e))
                for k, d, s, e, q in self._reader.execute(sql, params)
            )
        found.sort(key=lambda line: (*line.evidence.sort_key, line.key))
        end = None if limit is None else offset + limit
        return EvidencePage(total=len(found), lines=found[offset:end])

    def document_page(self, offset: int, limit: int) -> DocumentPage:
        ids = list(dict.fromkeys(r[0] for r in self._reader.execute(_DOCUMENT_PAGE, (limit, offset))))
        rows: list[tuple[str, str]] = []
        for chunk in _chunks(ids):
            sql = (
                f"SELECT id, json_remove(record, '$.props.text') FROM node_records "
                f"WHERE reference = 0 AND id IN ({_marks(len(chunk))})"
            )
            rows.extend(self._reader.execute(sql, chunk))
        by_id = {n.id: n for n in _fold_nodes(rows)}
        return DocumentPage(
            total=self.counts().nodes.get(NodeKind.DOCUMENT.value, 0), documents=[by_id[i] for i in ids if i in by_id]
        )

    def revision(self) -> str:
        """Every write adds records (rowids only grow while nothing is deleted), so the highest rowids say
        whether anything was added: two index lookups, whatever the store's size."""
        nodes, edges = self._reader.execute(
            "SELECT (SELECT max(rowid) FROM node_records), (SELECT max(rowid) FROM edge_records)"
        ).fetchone()
        return f"{nodes or 0}.{edges or 0}"

    def counts(self) -> StoreCounts:
        """Counted once per revision of the store, and kept."""
        revision = self.revision()
        held = self._counts
        if held is not None and held[0] == revision:
            return held[1]
        db = self._reader
        nodes = db.execute(
            "SELECT kind, count(DISTINCT id) FROM node_records WHERE reference = 0 GROUP BY kind ORDER BY kind"
        ).fetchall()
        edges = db.execute(
            f"SELECT type, count(DISTINCT key) FROM edge_records e WHERE {_SHOWN_EDGE} GROUP BY type ORDER BY type"
        ).fetchall()
        counts = StoreCounts(nodes=dict(nodes), edges=dict(edges))
        self._counts = (revision, counts)
        return counts

    @_locked
    def close(self) -> None:
        for reader in self._readers:
            reader.close()
        self._readers.clear()
        self._db.close()


def _fold_nodes(rows: Iterable[tuple[str, str]]) -> list[Node]:
    """Each node's records folded into one, ordered by id."""
    by_id: dict[str, list[Node]] = defaultdict(list)
    for node_id, record in rows:
        by_id[node_id].append(_node(node_id, record))
    return [fold_nodes(by_id[i])[i] for i in sorted(by_id)]


def _node(node_id: str, record: str) -> Node:
    data = json.loads(record)
    return Node.stored(
        node_id,
        NodeKind(data["kind"]),
        data["name"],
        data.get("aliases") or [],
        data.get("country"),
        data.get("name_en"),
        data.get("props") or {},
    )

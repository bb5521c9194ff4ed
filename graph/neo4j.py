"""The Neo4j 5 store, through the official driver.

A batch of deltas is one managed write transaction: one read of which of its nodes and relationships the graph
holds (for the counts of what it added), then batched UNWIND ... MERGE per label and relationship shape. Merging
happens in the database (graph.cypher states graph.merge's rules in Cypher): aliases and
evidence lines are list unions, properties follow their declared rules, and nothing is read back into
Python to be rewritten, so two writers at once keep each other's updates. Driver errors become
StoreUnavailable here and nowhere else.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, Session, Transaction
from neo4j.exceptions import ClientError, DriverError, Neo4jError

from graph import cypher
from graph.errors import StoreUnavailable
from graph.merge import fold_edges, fold_nodes, name_rank
from graph.records import DeltaRecords, as_records, models_of
from graph.schema import (
    KIND_OF_PREFIX,
    ApplyResult,
    DocumentPage,
    Edge,
    EdgeType,
    Evidence,
    EvidencePage,
    GraphDelta,
    KeyedEvidence,
    Link,
    Node,
    NodeKind,
    PropValue,
    ReferenceData,
    StoreCounts,
    batch_results,
    kind_of_id,
)

T = TypeVar("T")


def _edge_from_record(record: dict[str, Any]) -> Edge:
    """An edge as read: all its evidence (props), or its first lines and their total (lines, evidence_total)."""
    props = dict(record["props"])
    paged = "lines" in record
    lines = [json.loads(line) for line in (record["lines"] if paged else props.get(cypher.EDGE_EVIDENCE) or [])]
    evidence = [Evidence.stored(d, q, s, e) for d, s, e, q in lines]
    evidence += [Evidence(**e) for e in json.loads(props.get(cypher.EDGE_EVIDENCE_BEFORE_LINES) or "[]")]
    return Edge.stored(
        record["source"],
        record["target"],
        EdgeType(record["type"]),
        {k: v for k, v in props.items() if k not in cypher.EDGE_RESERVED},
        evidence,
        record["evidence_total"] if paged else None,
    )


def _dates_of(edge: Edge) -> dict[str, PropValue]:
    return {k: edge.props.get(k) for k in ("first_date", "last_date")}


def _edge_row(key: str, edge: Edge) -> dict[str, Any]:
    return {
        "source": edge.source,
        "target": edge.target,
        "key": key,
        "props": {k: v for k, v in edge.props.items() if v is not None},
        "evidence": [json.dumps([e.doc_id, e.start, e.end, e.quote], ensure_ascii=False) for e in edge.evidence],
        "doc_ids": edge.doc_ids,
    }


def _node_row(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "name": node.name,
        "name_rank": name_rank(node.name),
        "aliases": node.aliases,
        "props": {
            k: v for k, v in {"country": node.country, "name_en": node.name_en, **node.props}.items() if v is not None
        },
    }


def _node_from_record(record: dict[str, Any]) -> Node:
    """A node as stored: its aliases list every spelling but the display name."""
    flat = {k: v for k, v in record.items() if k not in cypher.NODE_RESERVED}
    flat["aliases"] = sorted(set(flat.get("aliases") or []) - {flat["name"]})
    return Node.from_flat(flat)


def _make_schema(session: Session, query: str) -> None:
    """Several processes may open a new store at once: a deadlock between them is retried (the driver does), and
    the one that finds the other's index or constraint already made has nothing left to do."""
    try:
        session.execute_write(lambda tx: tx.run(query).consume())
    except ClientError as exc:
        if "AlreadyExists" not in (exc.code or ""):
            raise


class Neo4jStore:
    kind = "neo4j"

    def __init__(self, uri: str, username: str | None, password: str | None, database: str | None) -> None:
        self.uri = uri
        self._database = database or None
        self._counts: tuple[str, StoreCounts] | None = None
        self._local = threading.local()  # the read transaction this thread is inside (reading), if any
        auth = (username, password or "") if username else None
        try:
            self._driver: Driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=5.0)
        except (DriverError, ValueError) as exc:
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {exc}") from exc
        try:
            self._driver.verify_connectivity()
            with self._driver.session(database=self._database) as session:
                held = {
                    r["name"] for r in session.execute_read(lambda tx: list(tx.run(cypher.show_constraints_query())))
                }
                for name, query in cypher.schema_queries():
                    if name not in held:
                        _make_schema(session, query)
                indexes = {r["name"] for r in session.execute_read(lambda tx: list(tx.run("SHOW INDEXES YIELD name")))}
                for name, query in cypher.index_queries():
                    if name not in indexes:
                        _make_schema(session, query)
        except (DriverError, Neo4jError, OSError) as exc:
            self._driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {exc}") from exc

    def _read(self, work: Callable[[ManagedTransaction], T]) -> T:
        shared: Transaction | None = getattr(self._local, "tx", None)
        try:
            if shared is not None:
                return work(shared)  # type: ignore[arg-type]  # the same run() a managed transaction offers
            with self._driver.session(database=self._database) as session:
                return session.execute_read(work)
        except (DriverError, Neo4jError) as exc:
            raise StoreUnavailable(f"Neo4j read failed at {self.uri}: {exc}") from exc

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One session and one read transaction for the reads inside (each read was a session, a BEGIN and a
        COMMIT of its own: 2-3 ms of round trips apiece on loopback). Not retried as execute_read retries a
        read: a failure inside is StoreUnavailable, as any read's."""
        if getattr(self._local, "tx", None) is not None:
            yield
            return
        try:
            session = self._driver.session(database=self._database, default_access_mode=READ_ACCESS)
            tx = session.begin_transaction()
        except (DriverError, Neo4jError) as exc:
            raise StoreUnavailable(f"Neo4j read failed at {self.uri}: {exc}") from exc
        self._local.tx = tx
        try:
            yield
        finally:
            self._local.tx = None
            try:
                tx.close()
                session.close()
            except (DriverError, Neo4jError):
                pass  # a read transaction has nothing to keep: a failure closing it changes no answer

    def _write(self, work: Callable[[ManagedTransaction], T]) -> T:
        try:
            with self._driver.session(database=self._database) as session:
                return session.execute_write(work)
        except (DriverError, Neo4jError) as exc:
            raise StoreUnavailable(f"Neo4j write failed at {self.uri}: {exc}") from exc

    # -- writes ---------------------------------------------------------------------------------

    def write_reference(self, reference: ReferenceData) -> bool:
        return self._write(lambda tx: self._write_reference(tx, reference))

    def _write_reference(self, tx: ManagedTransaction, reference: ReferenceData) -> bool:
        source = reference.source.id
        held = tx.run(cypher.reference_version_query(), id=source).single()
        if held is not None and held["version"] == reference.version:
            return False
        _write_nodes(tx, fold_nodes(reference.nodes), reference=True)
        _write_nodes(tx, fold_nodes([reference.source]), reference=True)
        # The source was an article in stores from before reference data was kept apart.
        tx.run(cypher.mark_reference_source_query(), id=source, version=reference.version).consume()
        _write_edges(tx, fold_edges(reference.edges))
        return True

    @staticmethod
    def preparer() -> Callable[[DeltaRecords], DeltaRecords]:
        return as_records  # records cross between processes at a fraction of the cost of the models apply builds

    def apply(self, deltas: Sequence[GraphDelta | DeltaRecords]) -> list[ApplyResult]:
        if not deltas:
            return []
        models = [models_of(delta) for delta in deltas]  # ingest's plain records, checked as the models check them
        return self._write(lambda tx: _apply_batch(tx, models))

    # -- reads ----------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self._read(lambda tx: tx.run(cypher.shown_document_query(), id=doc_id).single() is not None)

    def get_node(self, node_id: str) -> Node | None:
        found = self.get_nodes([node_id])
        return found[0] if found else None

    def get_nodes(self, node_ids: Iterable[str]) -> list[Node]:
        ids = list(node_ids)
        return self._read(lambda tx: _read_nodes(tx, ids))

    def props_of(self, node_ids: Iterable[str], names: Iterable[str]) -> dict[str, dict[str, PropValue]]:
        wanted = sorted(set(names))

        ids = _ids_params(node_ids)

        def work(tx: ManagedTransaction) -> dict[str, dict[str, PropValue]]:
            rows = tx.run(cypher.props_of_query(), ids, names=wanted).single(strict=True)["rows"]
            return {row[0]: dict(zip(wanted, row[1:], strict=True)) for row in rows}

        return self._read(work) if ids else {}

    def nodes(self, kinds: Iterable[NodeKind] | None = None) -> Iterator[Node]:
        return self._nodes_by_kind(sorted(kinds) if kinds is not None else sorted(NodeKind), cypher.all_nodes_query)

    def held_nodes(self, kinds: Iterable[NodeKind]) -> Iterator[Node]:
        return self._nodes_by_kind(sorted(kinds), cypher.every_node_query)

    def _nodes_by_kind(self, kinds: list[NodeKind], query: Callable[[NodeKind], str]) -> Iterator[Node]:
        def work(tx: ManagedTransaction) -> list[Node]:
            found: list[Node] = []
            for kind in kinds:
                found.extend(_node_from_record(r["n"]) for r in tx.run(query(kind)))
            return found

        return iter(sorted(self._read(work), key=lambda n: n.id))

    def edges(self, types: Iterable[EdgeType] | None = None, *, evidence_limit: int | None = None) -> Iterator[Edge]:
        wanted = sorted(types) if types is not None else sorted(EdgeType)
        paged = evidence_limit is not None

        def work(tx: ManagedTransaction) -> list[Edge]:
            found: list[Edge] = []
            for edge_type in wanted:
                query = cypher.all_edges_query(edge_type, paged=paged)
                found.extend(_edge_from_record(r.data()) for r in tx.run(query, limit=evidence_limit))
            return found

        return iter(sorted(self._read(work), key=lambda e: e.key))

    def edges_of(
        self, node_ids: Iterable[str], types: Iterable[EdgeType] | None = None, *, evidence_limit: int | None = None
    ) -> list[Edge]:
        wanted = None if types is None else sorted(set(types))
        if wanted == []:
            return []
        ids = _ids_params(node_ids)
        query = cypher.edges_of_query(wanted, paged=evidence_limit is not None)

        def work(tx: ManagedTransaction) -> list[Edge]:
            found: dict[str, Edge] = {}
            for record in tx.run(query, ids, limit=evidence_limit).single(strict=True)["edges"]:
                edge = _edge_from_record(record)
                found[edge.key] = edge  # an edge between two of the nodes is found from both
            return [found[k] for k in sorted(found)]

        return self._read(work) if ids else []

    def edges_by_key(self, keys: Iterable[str], *, evidence_limit: int | None = None, props: bool = True) -> list[Edge]:
        by_type = _keys_by_type(keys)
        if not by_type:
            return []
        params = {cypher.keys_param(edge_type): by_type.get(edge_type, []) for edge_type in EdgeType}
        query = cypher.edges_by_key_query(paged=evidence_limit is not None)

        def work(tx: ManagedTransaction) -> list[Edge]:
            edges = tx.run(query, params, limit=evidence_limit).single(strict=True)["edges"]
            found = [_edge_from_record(e) for e in edges]
            if not props:  # Neo4j holds each relationship's properties merged: nothing to spare but their transfer
                named = [(e, Link.of_key(e.key).qualifying_props()) for e in found]
                found = [Edge.stored(e.source, e.target, e.type, q, e.evidence, e.evidence_total) for e, q in named]
            return sorted(found, key=lambda e: e.key)

        return self._read(work)

    def partnerships_of(self, node_ids: Iterable[str], *, evidence_limit: int | None = None) -> list[Edge]:
        """Neo4j holds each relationship's properties merged: the edges' dates are read as they are."""
        return [
            Edge.stored(e.source, e.target, e.type, _dates_of(e), e.evidence, e.evidence_total)
            for e in self.edges_of(node_ids, [EdgeType.PARTNERS_WITH], evidence_limit=evidence_limit)
        ]

    def links(self, node_ids: Iterable[str], types: Iterable[EdgeType]) -> list[Link]:
        wanted = sorted(set(types))
        if not wanted:
            return []
        ids = _ids_params(node_ids)
        if not ids:
            return []

        def work(tx: ManagedTransaction) -> list[str]:
            return tx.run(cypher.links_query(wanted), ids).single(strict=True)["keys"]

        return [Link.of_key(k) for k in sorted(self._read(work))]

    def common_targets(
        self, ours: Iterable[str], theirs: Iterable[str], types: Iterable[EdgeType]
    ) -> list[tuple[str, str]]:
        wanted = sorted(set(types))
        others = sorted(set(theirs))
        if not wanted or not others:
            return []
        ids = _ids_params(ours)
        if not ids:
            return []

        def work(tx: ManagedTransaction) -> set[tuple[str, str]]:
            pairs = tx.run(cypher.common_targets_query(wanted), ids, theirs=others).single(strict=True)["pairs"]
            return {(c, b) for c, b in pairs}

        return sorted(self._read(work))

    def partnership_items(self, subject: str, partners: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """Worked out in the database in one statement (cypher.partnership_items_query): the partnerships' `via`,
        the sides, the items both took part in and the items' dates."""
        wanted = sorted(set(partners))
        kind = _kind_of(subject)
        if kind is None or not wanted:
            return []
        query = cypher.partnership_items_query(kind)
        found = self._read(lambda tx: tx.run(query, subject=subject, partners=wanted).single())
        if found is None:
            return []  # no partnership with any of them
        acts_for: dict[str, set[str]] = defaultdict(set)
        for member, partner in found["acting"]:
            acts_for[member].add(partner)
        behind: set[tuple[str, str]] = set()
        for partner, via in found["vias"]:
            behind.update((partner, str(v)) for v in (via if isinstance(via, list) else [via] if via else []))
        dates: dict[str, tuple[str | None, str | None]] = {}
        for member, item, date, end_date in found["shared"]:
            behind.update((partner, item) for partner in acts_for[member])
            dates[item] = (_text(date), _text(end_date))
        dates.update((item, (_text(date), _text(end_date))) for item, date, end_date in found["named"])
        return sorted((p, i, *dates[i]) for p, i in behind if i in dates)

    def evidence(
        self, keys: Iterable[str], *, doc_id: str | None = None, offset: int = 0, limit: int | None = None
    ) -> EvidencePage:
        by_type = _keys_by_type(keys)
        opening = None if doc_id is None else json.dumps([doc_id], ensure_ascii=False)[:-1]

        def work(tx: ManagedTransaction) -> list[KeyedEvidence]:
            found: list[KeyedEvidence] = []
            for edge_type, wanted in sorted(by_type.items()):
                for record in tx.run(cypher.evidence_query(edge_type), keys=wanted, doc=opening):
                    d, s, e, q = json.loads(record["line"])
                    found.append(KeyedEvidence(key=record["key"], evidence=Evidence.stored(d, q, s, e)))
            return found

        lines = sorted(self._read(work), key=lambda line: (*line.evidence.sort_key, line.key))
        end = None if limit is None else offset + limit
        return EvidencePage(total=len(lines), lines=lines[offset:end])

    def document_page(self, offset: int, limit: int) -> DocumentPage:
        def work(tx: ManagedTransaction) -> list[Node]:
            records = tx.run(cypher.document_page_query(), offset=offset, limit=limit)
            return [_node_from_record(r["n"]) for r in records]

        documents = self._read(work)
        return DocumentPage(total=self.counts().nodes.get(NodeKind.DOCUMENT.value, 0), documents=documents)

    def revision(self) -> str:
        def work(tx: ManagedTransaction) -> str:
            totals = tx.run(cypher.revision_query()).single(strict=True)
            return f"{totals['nodes']}.{totals['relationships']}"

        return self._read(work)

    def counts(self) -> StoreCounts:
        """Counted once per revision of the store, and kept."""
        revision = self.revision()
        held = self._counts
        if held is not None and held[0] == revision:
            return held[1]

        def work(tx: ManagedTransaction) -> StoreCounts:
            nodes = {r["kind"]: r["n"] for r in tx.run(cypher.count_nodes_query())}
            edges = {r["type"]: r["n"] for r in tx.run(cypher.count_edges_query())}
            return StoreCounts(nodes=dict(sorted(nodes.items())), edges=dict(sorted(edges.items())))

        counts = self._read(work)
        self._counts = (revision, counts)
        return counts

    def clear(self) -> None:
        """Remove everything; for tests that share one server."""
        self._write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())

    def close(self) -> None:
        self._driver.close()


def _apply_batch(tx: ManagedTransaction, deltas: Sequence[GraphDelta]) -> list[ApplyResult]:
    nodes = fold_nodes(n for d in deltas for n in d.nodes)
    edges = fold_edges(e for d in deltas for e in d.edges)
    seen = _held(tx, nodes, edges)
    _write_nodes(tx, nodes, reference=False)
    _write_edges(tx, edges)
    return batch_results(((d.doc_id, (n.id for n in d.nodes), (e.key for e in d.edges)) for d in deltas), seen)


def _held(tx: ManagedTransaction, nodes: dict[str, Node], edges: dict[str, Edge]) -> set[str]:
    """The node ids and edge keys of a batch the graph holds already (node ids and edge keys never meet: a key
    joins two ids with '|')."""
    params: dict[str, list[str]] = {cypher.ids_param(kind): [] for kind in NodeKind}
    params |= {cypher.keys_param(edge_type): [] for edge_type in EdgeType}
    for node_id, node in nodes.items():
        params[cypher.ids_param(node.kind)].append(node_id)
    for key, edge in edges.items():
        params[cypher.keys_param(edge.type)].append(key)
    return set(tx.run(cypher.held_query(), params).single(strict=True)["held"])


def _write_nodes(tx: ManagedTransaction, nodes: dict[str, Node], *, reference: bool) -> None:
    """Merge nodes (folded by id) into the graph, in id order, so concurrent writers lock in one order."""
    by_kind: dict[NodeKind, list[dict[str, Any]]] = defaultdict(list)
    for _, node in sorted(nodes.items()):
        by_kind[node.kind].append(_node_row(node))
    for kind, rows in sorted(by_kind.items()):
        tx.run(cypher.upsert_nodes_query(kind, reference=reference), rows=rows).consume()


def _write_edges(tx: ManagedTransaction, edges: dict[str, Edge]) -> None:
    """Merge edges (folded by key) into the graph, in key order."""
    by_shape: dict[tuple[NodeKind, EdgeType, NodeKind], list[dict[str, Any]]] = defaultdict(list)
    for key, edge in sorted(edges.items()):
        by_shape[(kind_of_id(edge.source), edge.type, kind_of_id(edge.target))].append(_edge_row(key, edge))
    for (source, edge_type, target), rows in sorted(by_shape.items()):
        tx.run(cypher.upsert_edges_query(source, edge_type, target), rows=rows).consume()


def _keys_by_type(keys: Iterable[str]) -> dict[EdgeType, list[str]]:
    by_type: dict[EdgeType, list[str]] = defaultdict(list)
    for key in sorted(set(keys)):
        try:
            by_type[Link.of_key(key).type].append(key)
        except ValueError:
            continue  # not an edge key: no edge has it
    return by_type


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _by_kind(node_ids: Iterable[str]) -> dict[NodeKind, list[str]]:
    """Group ids by the label their prefix names; an id of no known kind names no node."""
    grouped: dict[NodeKind, list[str]] = defaultdict(list)
    for node_id in sorted(set(node_ids)):
        prefix = node_id.split(":", 1)[0]
        if prefix in KIND_OF_PREFIX:
            grouped[KIND_OF_PREFIX[prefix]].append(node_id)
    return grouped


def _kind_of(node_id: str) -> NodeKind | None:
    return KIND_OF_PREFIX.get(node_id.split(":", 1)[0])


def _ids_params(node_ids: Iterable[str]) -> dict[str, list[str]]:
    """The ids grouped by label as the statements reading every label at once take them; empty when none names a
    node (the statement need not be sent)."""
    grouped = _by_kind(node_ids)
    return {cypher.ids_param(kind): grouped.get(kind, []) for kind in NodeKind} if grouped else {}


def _read_records(tx: ManagedTransaction, node_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored property maps of these nodes, storage properties included."""
    ids = _ids_params(node_ids)
    if not ids:
        return {}
    return {n["id"]: n for n in tx.run(cypher.read_nodes_query(), ids).single(strict=True)["nodes"]}


def _read_nodes(tx: ManagedTransaction, node_ids: Iterable[str]) -> list[Node]:
    records = _read_records(tx, node_ids)
    return [_node_from_record(records[i]) for i in sorted(records)]

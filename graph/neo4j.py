"""The Neo4j 5 store, through the official driver.

A batch of deltas is one managed write transaction: read the records it touches, merge them in Python
with graph.merge (the same rules the embedded store uses, so both stores hold identical graphs), and
write them back with UNWIND ... MERGE per label. Driver errors become StoreUnavailable here and nowhere else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from graph import cypher
from graph.errors import StoreUnavailable
from graph.merge import fold_edges, fold_nodes, merge_edges, merge_nodes
from graph.schema import (
    KIND_OF_PREFIX,
    ApplyResult,
    Edge,
    EdgeType,
    Evidence,
    GraphDelta,
    Node,
    NodeKind,
    ReferenceData,
    StoreCounts,
    kind_of_id,
)

T = TypeVar("T")


def _edge_from_record(record: dict[str, Any]) -> Edge:
    props = dict(record["props"])
    evidence = [Evidence(**e) for e in json.loads(props[cypher.EDGE_EVIDENCE])]
    return Edge(
        source=record["source"],
        target=record["target"],
        type=EdgeType(record["type"]),
        props={k: v for k, v in props.items() if k not in cypher.EDGE_RESERVED},
        evidence=evidence,
    )


def _edge_row(edge: Edge) -> dict[str, Any]:
    props: dict[str, Any] = {k: v for k, v in edge.props.items() if v is not None}
    props[cypher.EDGE_KEY] = edge.key
    props[cypher.EDGE_EVIDENCE] = json.dumps([e.model_dump() for e in edge.evidence], ensure_ascii=False)
    props[cypher.EDGE_DOC_IDS] = edge.doc_ids
    return {"source": edge.source, "target": edge.target, "key": edge.key, "props": props}


def _node_row(node: Node) -> dict[str, Any]:
    return {k: v for k, v in node.flat().items() if v is not None}


def _node_from_record(record: dict[str, Any]) -> Node:
    return Node.from_flat({k: v for k, v in record.items() if k not in cypher.NODE_RESERVED})


class Neo4jStore:
    kind = "neo4j"

    def __init__(self, uri: str, username: str | None, password: str | None, database: str | None) -> None:
        self.uri = uri
        self._database = database or None
        auth = (username, password or "") if username else None
        try:
            self._driver: Driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=5.0)
        except (DriverError, ValueError) as exc:
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {exc}") from exc
        try:
            self._driver.verify_connectivity()
            with self._driver.session(database=self._database) as session:
                for query in cypher.constraint_queries():
                    session.run(query).consume()
        except (DriverError, Neo4jError, OSError) as exc:
            self._driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {exc}") from exc

    def _read(self, work: Callable[[ManagedTransaction], T]) -> T:
        try:
            with self._driver.session(database=self._database) as session:
                return session.execute_read(work)
        except (DriverError, Neo4jError) as exc:
            raise StoreUnavailable(f"Neo4j read failed at {self.uri}: {exc}") from exc

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
        source_id = reference.source.id
        held = tx.run(cypher.reference_version_query(), id=source_id).single()
        if held is not None and held["version"] == reference.version:
            return False
        nodes = fold_nodes([reference.source, *reference.nodes])
        old = _read_records(tx, nodes)
        by_kind: dict[NodeKind, list[dict[str, Any]]] = defaultdict(list)
        for node_id, node in nodes.items():
            merged = merge_nodes(_node_from_record(old[node_id]), node) if node_id in old else node
            row = _node_row(merged)
            if node_id == source_id or node_id not in old or old[node_id].get(cypher.NODE_REFERENCE_ONLY):
                row[cypher.NODE_REFERENCE_ONLY] = True
            if node_id == source_id:
                row[cypher.NODE_REFERENCE_VERSION] = reference.version
            by_kind[node.kind].append(row)
        for kind, rows in sorted(by_kind.items()):
            tx.run(cypher.upsert_nodes_query(kind), rows=rows).consume()
        self._write_edges(tx, fold_edges(reference.edges))
        return True

    def apply(self, deltas: Sequence[GraphDelta]) -> list[ApplyResult]:
        if not deltas:
            return []
        return self._write(lambda tx: self._apply_batch(tx, deltas))

    def _apply_batch(self, tx: ManagedTransaction, deltas: Sequence[GraphDelta]) -> list[ApplyResult]:
        nodes = fold_nodes(n for d in deltas for n in d.nodes)
        edges = fold_edges(e for d in deltas for e in d.edges)
        old_records = _read_records(tx, nodes)
        old_nodes = {i: _node_from_record(r) for i, r in old_records.items()}

        seen_nodes = {i for i, r in old_records.items() if not r.get(cypher.NODE_REFERENCE_ONLY)}
        merged_nodes = [merge_nodes(old_nodes[i], n) if i in old_nodes else n for i, n in nodes.items()]
        by_kind: dict[NodeKind, list[dict[str, Any]]] = defaultdict(list)
        for node in merged_nodes:
            by_kind[node.kind].append(_node_row(node))
        for kind, rows in sorted(by_kind.items()):
            tx.run(cypher.upsert_nodes_query(kind), rows=rows).consume()
        seen_edges = self._write_edges(tx, edges)

        results: list[ApplyResult] = []
        for delta in deltas:
            node_ids = {n.id for n in delta.nodes}
            edge_keys = {e.key for e in delta.edges}
            results.append(
                ApplyResult(
                    doc_id=delta.doc_id,
                    new_document=delta.doc_id not in seen_nodes,
                    nodes_added=len(node_ids - seen_nodes),
                    new_nodes=sorted(node_ids - seen_nodes),
                    edges_added=len(edge_keys - seen_edges),
                )
            )
            seen_nodes |= node_ids
            seen_edges |= edge_keys
        return results

    def _write_edges(self, tx: ManagedTransaction, edges: dict[str, Edge]) -> set[str]:
        """Merge edges into the graph; returns the keys of those it held already."""
        old_edges = _read_edges(tx, edges.values())
        by_shape: dict[tuple[NodeKind, EdgeType, NodeKind], list[dict[str, Any]]] = defaultdict(list)
        for key, edge in edges.items():
            merged = merge_edges(old_edges[key], edge) if key in old_edges else edge
            shape = (kind_of_id(edge.source), edge.type, kind_of_id(edge.target))
            by_shape[shape].append(_edge_row(merged))
        for (source, edge_type, target), rows in sorted(by_shape.items()):
            tx.run(cypher.upsert_edges_query(source, edge_type, target), rows=rows).consume()
        return set(old_edges)

    # -- reads ----------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self._read(lambda tx: tx.run(cypher.shown_document_query(), id=doc_id).single() is not None)

    def get_node(self, node_id: str) -> Node | None:
        found = self.get_nodes([node_id])
        return found[0] if found else None

    def get_nodes(self, node_ids: Iterable[str]) -> list[Node]:
        ids = list(node_ids)
        return self._read(lambda tx: _read_nodes(tx, ids))

    def nodes(self, kinds: Iterable[NodeKind] | None = None) -> Iterator[Node]:
        wanted = sorted(kinds) if kinds is not None else sorted(NodeKind)

        def work(tx: ManagedTransaction) -> list[Node]:
            found: list[Node] = []
            for kind in wanted:
                found.extend(_node_from_record(r["n"]) for r in tx.run(cypher.all_nodes_query(kind)))
            return found

        return iter(sorted(self._read(work), key=lambda n: n.id))

    def edges(self, types: Iterable[EdgeType] | None = None) -> Iterator[Edge]:
        wanted = sorted(types) if types is not None else sorted(EdgeType)

        def work(tx: ManagedTransaction) -> list[Edge]:
            found: list[Edge] = []
            for edge_type in wanted:
                found.extend(_edge_from_record(r.data()) for r in tx.run(cypher.all_edges_query(edge_type)))
            return found

        return iter(sorted(self._read(work), key=lambda e: e.key))

    def edges_of(self, node_ids: Iterable[str], types: Iterable[EdgeType] | None = None) -> list[Edge]:
        wanted = None if types is None else set(types)
        by_kind = _by_kind(node_ids)

        def work(tx: ManagedTransaction) -> list[Edge]:
            found: dict[str, Edge] = {}
            for kind, ids in by_kind.items():
                for record in tx.run(cypher.edges_of_kind_query(kind), ids=ids):
                    edge = _edge_from_record(record.data())
                    if wanted is None or edge.type in wanted:
                        found[edge.key] = edge
            return [found[k] for k in sorted(found)]

        return self._read(work)

    def counts(self) -> StoreCounts:
        def work(tx: ManagedTransaction) -> StoreCounts:
            nodes = {r["kind"]: r["n"] for r in tx.run(cypher.count_nodes_query())}
            edges = {r["type"]: r["n"] for r in tx.run(cypher.count_edges_query())}
            return StoreCounts(nodes=dict(sorted(nodes.items())), edges=dict(sorted(edges.items())))

        return self._read(work)

    def clear(self) -> None:
        """Remove everything; for tests that share one server."""
        self._write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())

    def close(self) -> None:
        self._driver.close()


def _by_kind(node_ids: Iterable[str]) -> dict[NodeKind, list[str]]:
    """Group ids by the label their prefix names; an id of no known kind names no node."""
    grouped: dict[NodeKind, list[str]] = defaultdict(list)
    for node_id in sorted(set(node_ids)):
        prefix = node_id.split(":", 1)[0]
        if prefix in KIND_OF_PREFIX:
            grouped[KIND_OF_PREFIX[prefix]].append(node_id)
    return grouped


def _read_records(tx: ManagedTransaction, node_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored property maps of these nodes, storage properties included."""
    return {
        r["n"]["id"]: r["n"]
        for kind, ids in _by_kind(node_ids).items()
        for r in tx.run(cypher.read_nodes_query(kind), ids=ids)
    }


def _read_nodes(tx: ManagedTransaction, node_ids: Iterable[str]) -> list[Node]:
    records = _read_records(tx, node_ids)
    return [_node_from_record(records[i]) for i in sorted(records)]


def _read_edges(tx: ManagedTransaction, edges: Iterable[Edge]) -> dict[str, Edge]:
    by_shape: dict[tuple[NodeKind, EdgeType], list[dict[str, str]]] = defaultdict(list)
    for edge in edges:
        by_shape[(kind_of_id(edge.source), edge.type)].append({"source": edge.source, "key": edge.key})
    found: dict[str, Edge] = {}
    for (source, edge_type), rows in by_shape.items():
        for record in tx.run(cypher.read_edges_by_key_query(source, edge_type), rows=rows):
            edge = _edge_from_record(record.data())
            found[edge.key] = edge
    return found

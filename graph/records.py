"""The write path's plain form of a delta: what ingest hands a store, hundreds of documents a second.

Plain tuples, because a document's delta is built record by record, folded and sent across the process pool of
`vilao ingest --workers`: pydantic's models cost several times as much to build and to pickle, and ingest's own
code is the only writer of these. Ingest keeps the schema's rules as it builds them (graph.schema's check_node,
check_edge and normal forms, the same functions the models run). GraphDelta, the validated model, is the form for
every other caller; stores take either, and records_of turns a GraphDelta into these.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from graph.merge import fold_edges, fold_nodes
from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind, PropValue

# What a store's preparer (GraphStore.preparer) makes of a delta: its own form, which only its apply reads.
PreparedDelta = Any


class EvidenceLine(NamedTuple):
    """One sentence quoted, as graph.schema.Evidence holds it."""

    doc_id: str
    quote: str
    start: int
    end: int


class NodeRecord(NamedTuple):
    """A node as graph.schema.Node holds it (props in normal form)."""

    id: str
    kind: NodeKind
    name: str
    aliases: list[str]
    country: str | None
    name_en: str | None
    props: dict[str, PropValue]

    def model(self) -> Node:
        return Node(
            id=self.id,
            kind=self.kind,
            name=self.name,
            aliases=self.aliases,
            country=self.country,
            name_en=self.name_en,
            props=self.props,
        )


class EdgeRecord(NamedTuple):
    """An edge with its key, props in normal form, evidence sorted by (doc_id, start, end) and unique."""

    key: str
    source: str
    target: str
    type: EdgeType
    props: dict[str, PropValue]
    evidence: list[EvidenceLine]

    def model(self) -> Edge:
        lines = [Evidence(doc_id=d, quote=q, start=s, end=e) for d, q, s, e in self.evidence]
        return Edge(source=self.source, target=self.target, type=self.type, props=self.props, evidence=lines)


class DeltaRecords(NamedTuple):
    """One document's delta: each node once by id, each edge once by key, every edge's ends among the nodes."""

    doc_id: str
    nodes: list[NodeRecord]
    edges: list[EdgeRecord]

    def model(self) -> GraphDelta:
        """The validated model, for a store that writes models (Neo4j) or a caller that wants one."""
        return GraphDelta(
            doc_id=self.doc_id, nodes=[n.model() for n in self.nodes], edges=[e.model() for e in self.edges]
        )


def node_record(node: Node) -> NodeRecord:
    return NodeRecord(node.id, node.kind, node.name, node.aliases, node.country, node.name_en, node.props)


def edge_record(key: str, edge: Edge) -> EdgeRecord:
    lines = [EvidenceLine(e.doc_id, e.quote, e.start, e.end) for e in edge.evidence]
    return EdgeRecord(key, edge.source, edge.target, edge.type, edge.props, lines)


def records_of(delta: GraphDelta | DeltaRecords) -> DeltaRecords:
    """A delta as records, its repeats folded."""
    if isinstance(delta, DeltaRecords):
        return delta
    nodes = [node_record(n) for n in fold_nodes(delta.nodes).values()]
    return DeltaRecords(delta.doc_id, nodes, edge_records(delta.edges))


def edge_records(edges: Iterable[Edge]) -> list[EdgeRecord]:
    return [edge_record(key, edge) for key, edge in fold_edges(edges).items()]


def models_of(delta: GraphDelta | DeltaRecords) -> GraphDelta:
    return delta.model() if isinstance(delta, DeltaRecords) else delta


def as_records(delta: DeltaRecords) -> DeltaRecords:
    """The preparer of a store that takes records as they are."""
    return delta

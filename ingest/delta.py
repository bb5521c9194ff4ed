"""Build one document's delta: nodes, and edges whose evidence is quoted from the document's sentences.

The delta is plain records (graph.records): the schema's rules are checked once per record as the delta is
built, where pydantic would check each record every time it is built or merged again.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from graph.merge import merge_props, merged_fields, settled_repeat
from graph.records import DeltaRecords, EdgeRecord, EvidenceLine, NodeRecord
from graph.schema import (
    ID_PREFIX,
    EdgeType,
    NodeKind,
    PropValue,
    check_edge,
    check_node,
    edge_key,
    edge_props,
    node_props,
)
from ingest.gazetteer import Gazetteer
from ingest.models import CleanDocument
from ingest.sentences import Sentence


def node(
    node_id: str,
    kind: NodeKind,
    name: str,
    *,
    aliases: list[str] | None = None,
    country: str | None = None,
    name_en: str | None = None,
    props: dict[str, PropValue] | None = None,
) -> NodeRecord:
    return NodeRecord(node_id, kind, name, aliases or [], country, name_en, node_props(props) if props else {})


class _Edge:
    """An edge as a document builds it: its properties merged and its sentences gathered as they come."""

    __slots__ = ("source", "target", "type", "props", "sentences")

    def __init__(
        self, source: str, target: str, edge_type: EdgeType, props: dict[str, PropValue], sentences: set[int]
    ) -> None:
        self.source, self.target, self.type, self.props, self.sentences = source, target, edge_type, props, sentences


class DeltaBuilder:
    """Collects a document's nodes and edges, folding repeats as they come: an article names its provinces,
    countries and bodies many times over, and each repeat would otherwise be a record to merge later."""

    def __init__(self, doc: CleanDocument, sentences: list[Sentence], gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.sentences = sentences
        self.gazetteer = gazetteer
        self._nodes: dict[str, NodeRecord] = {}
        self._edges: dict[str, _Edge] = {}
        self._settled: set[str] = set()  # ids whose held record a merge with itself leaves as it is
        self.add_node(
            node(
                doc.doc_id,
                NodeKind.DOCUMENT,
                doc.title,
                props={
                    "url": doc.url,
                    "source": doc.source,
                    "published": doc.published,
                    "text": doc.text,
                    "chars": len(doc.text),
                    "path": None if doc.url else doc.origin,
                },
            )
        )

    def has_node(self, node_id: str) -> bool:
        return node_id in self._nodes

    def add_node(self, record: NodeRecord) -> str:
        held = self._nodes.get(record.id)
        if held is None:
            self._nodes[record.id] = record
        elif held is record and record.id in self._settled:
            pass  # the same record named again (a province, a country): merging it with itself changes nothing
        elif settled_repeat(held, record):
            self._settled.add(record.id)
        else:
            merged = merged_fields(held, record)
            merged["props"] = node_props(merged["props"])
            self._nodes[record.id] = held._replace(**merged)
        return record.id

    def add_again(self, *node_ids: str) -> None:
        """Nodes named again as they were before: the same as adding the same records once more."""
        for node_id in node_ids:
            self.add_node(self._nodes[node_id])

    def add_edge(
        self,
        source: str,
        target: str,
        edge_type: EdgeType,
        sentences: Iterable[int],
        props: dict[str, PropValue] | None = None,
    ) -> None:
        indexes = set(sentences)
        if not indexes:
            return  # no edge without evidence
        normal = edge_props(props) if props else {}
        key = edge_key(source, edge_type, target, normal)
        edge = self._edges.get(key)
        if edge is None:
            self._edges[key] = _Edge(source, target, edge_type, normal, indexes)
        else:
            edge.props = edge_props(merge_props(edge.props, normal))
            edge.sentences |= indexes

    def add_gazetteer_edge(self, source: str, target: str, edge_type: EdgeType, statement: str) -> None:
        """A fact the gazetteer states (a province's country, a merger, a body's seat or parent).

        It is reference data, held by the store from its creation (ingest.reference) and shown once both ends
        are in the graph: the document adds the two ends (the caller does) and nothing else. The statement
        must be one the gazetteer makes.
        """
        self.gazetteer.sentence(statement)

    def build(self) -> DeltaRecords:
        """The delta, each record checked against the schema's rules once."""
        doc_id = self.doc.doc_id
        nodes = self._nodes
        for record in nodes.values():
            check_node(record.id, record.kind, record.props)
        quoted: dict[int, EvidenceLine] = {}  # a sentence is the evidence of several edges: one line for all
        edges: list[EdgeRecord] = []
        for key, edge in self._edges.items():
            source, target = nodes.get(edge.source), nodes.get(edge.target)
            if source is None or target is None:
                raise ValueError(f"edge {key} names a node missing from the delta")
            try:
                _check_edge_shape(edge.type, source.kind, target.kind, tuple(edge.props))
            except ValueError:
                check_edge(edge.source, edge.target, edge.type, edge.props)  # the same error, naming this edge
                raise
            lines = []
            for i in sorted(edge.sentences):  # sentences run in text order: the lines are sorted as Evidence sorts
                line = quoted.get(i)
                if line is None:
                    s = self.sentences[i]
                    line = quoted[i] = EvidenceLine(doc_id, s.text, s.start, s.end)
                lines.append(line)
            edges.append(EdgeRecord(key, edge.source, edge.target, edge.type, edge.props, lines))
        return DeltaRecords(doc_id, list(nodes.values()), edges)


@cache
def _check_edge_shape(edge_type: EdgeType, source: NodeKind, target: NodeKind, props: tuple[str, ...]) -> None:
    """check_edge, asked once per shape of edge (its type, the kinds it joins, the properties it has): the
    answer is the same for every edge of a shape, and a document builds dozens of edges of a few shapes. The ends'
    ids were checked against their kinds with their nodes."""
    check_edge(f"{ID_PREFIX[source]}:shape", f"{ID_PREFIX[target]}:shape", edge_type, dict.fromkeys(props))

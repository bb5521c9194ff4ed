"""Build one document's GraphDelta: nodes, and edges whose evidence is quoted from the document's sentences."""

from __future__ import annotations

from collections.abc import Iterable

from graph.merge import merge_edges, merge_nodes
from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind, PropValue
from ingest.gazetteer import Gazetteer
from ingest.models import CleanDocument
from ingest.sentences import Sentence


class DeltaBuilder:
    """Collects a document's nodes and edges, folding repeats as they come: an article names its provinces,
    countries and bodies many times over, and each repeat would otherwise be a record to merge later."""

    def __init__(self, doc: CleanDocument, sentences: list[Sentence], gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.sentences = sentences
        self.gazetteer = gazetteer
        self._nodes: dict[str, Node] = {}
        self._edges: dict[str, Edge] = {}
        self._quotes: dict[int, Evidence] = {}  # one Evidence per sentence quoted
        self.add_node(
            Node(
                id=doc.doc_id,
                kind=NodeKind.DOCUMENT,
                name=doc.title,
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

    def add_node(self, node: Node) -> str:
        held = self._nodes.get(node.id)
        self._nodes[node.id] = node if held is None else merge_nodes(held, node)
        return node.id

    def add_again(self, *node_ids: str) -> None:
        """Nodes named again as they were before: the same as adding the same records once more."""
        for node_id in node_ids:
            self.add_node(self._nodes[node_id])

    def evidence(self, sentence_indexes: Iterable[int]) -> list[Evidence]:
        return [self._quote(i) for i in sorted(set(sentence_indexes))]

    def _quote(self, index: int) -> Evidence:
        quote = self._quotes.get(index)
        if quote is None:
            s = self.sentences[index]
            quote = self._quotes[index] = Evidence(doc_id=self.doc.doc_id, quote=s.text, start=s.start, end=s.end)
        return quote

    def add_edge(
        self,
        source: str,
        target: str,
        edge_type: EdgeType,
        sentences: Iterable[int],
        props: dict[str, PropValue] | None = None,
    ) -> None:
        evidence = self.evidence(sentences)
        if evidence:
            edge = Edge(source=source, target=target, type=edge_type, props=props or {}, evidence=evidence)
            key = edge.key
            held = self._edges.get(key)
            self._edges[key] = edge if held is None else merge_edges(held, edge)

    def add_gazetteer_edge(self, source: str, target: str, edge_type: EdgeType, statement: str) -> None:
        """A fact the gazetteer states (a province's country, a merger, a body's seat or parent).

        It is reference data, held by the store from its creation (ingest.reference) and shown once both ends
        are in the graph: the document adds the two ends (the caller does) and nothing else. The statement
        must be one the gazetteer makes.
        """
        self.gazetteer.sentence(statement)

    def build(self) -> GraphDelta:
        return GraphDelta(doc_id=self.doc.doc_id, nodes=list(self._nodes.values()), edges=list(self._edges.values()))

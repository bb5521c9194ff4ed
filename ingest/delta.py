"""Build one document's GraphDelta: nodes, and edges whose evidence is quoted from the document's sentences."""

from __future__ import annotations

from collections.abc import Iterable

from graph.merge import fold_edges, fold_nodes
from graph.schema import Edge, EdgeType, Evidence, GraphDelta, Node, NodeKind, PropValue
from ingest.gazetteer import Gazetteer
from ingest.models import CleanDocument
from ingest.sentences import Sentence


class DeltaBuilder:
    def __init__(self, doc: CleanDocument, sentences: list[Sentence], gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.sentences = sentences
        self.gazetteer = gazetteer
        self._nodes: list[Node] = []
        self._edges: list[Edge] = []
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

    def add_node(self, node: Node) -> str:
        self._nodes.append(node)
        return node.id

    def evidence(self, sentence_indexes: Iterable[int]) -> list[Evidence]:
        return [
            Evidence(doc_id=self.doc.doc_id, quote=s.text, start=s.start, end=s.end)
            for s in (self.sentences[i] for i in sorted(set(sentence_indexes)))
        ]

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
            self._edges.append(Edge(source=source, target=target, type=edge_type, props=props or {}, evidence=evidence))

    def add_gazetteer_edge(self, source: str, target: str, edge_type: EdgeType, statement: str) -> None:
        """A fact the gazetteer states (a province's country, a merger, a body's seat or parent).

        It is reference data, held by the store from its creation (ingest.reference) and shown once both ends
        are in the graph: the document adds the two ends (the caller does) and nothing else. The statement
        must be one the gazetteer makes.
        """
        self.gazetteer.sentence(statement)

    def build(self) -> GraphDelta:
        return GraphDelta(
            doc_id=self.doc.doc_id,
            nodes=list(fold_nodes(self._nodes).values()),
            edges=list(fold_edges(self._edges).values()),
        )

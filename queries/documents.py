"""The documents behind the graph: the list, and one document's cleaned text with every evidence span marked."""

from __future__ import annotations

from pydantic import BaseModel

from graph.errors import NotFound
from graph.schema import Edge, EdgeType, Evidence, Node, NodeKind
from graph.store import GraphStore

_FURTHEST = 2**62  # further than any store's documents


class DocumentSummary(BaseModel):
    id: str
    title: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    chars: int | None = None

    @classmethod
    def of(cls, node: Node) -> DocumentSummary:
        def text(key: str) -> str | None:
            value = node.props.get(key)
            return None if value is None else str(value)

        chars = node.props.get("chars")
        return cls(
            id=node.id,
            title=node.name,
            url=text("url"),
            source=text("source"),
            published=text("published"),
            chars=chars if isinstance(chars, int) else None,
        )


class DocumentList(BaseModel):
    total: int
    offset: int
    limit: int
    documents: list[DocumentSummary]


class EvidenceSpan(BaseModel):
    """text[start:end] supports the edge type from source to target."""

    start: int
    end: int
    quote: str
    type: EdgeType
    source: str
    target: str
    source_name: str
    target_name: str


class DocumentText(DocumentSummary):
    text: str
    spans: list[EvidenceSpan]


def documents(store: GraphStore, offset: int = 0, limit: int = 100) -> DocumentList:
    """The documents in the store, the most recently published first (a page of summaries; bodies stay)."""
    # Past the last document a page is empty; the stores' integers are 64-bit, the API's offsets are not.
    page = store.document_page(min(offset, _FURTHEST), limit)
    return DocumentList(
        total=page.total, offset=offset, limit=limit, documents=[DocumentSummary.of(n) for n in page.documents]
    )


def _citing(store: GraphStore, doc_id: str) -> list[tuple[Edge, Evidence]]:
    """The edges whose evidence quotes the document, with each line that does.

    A fact an article supports joins nodes the article mentions, so the edges of the mentioned nodes hold
    them all. A document that mentions nothing (the gazetteer, which only states facts) is read in full.
    Only the document's own lines are read, whatever else the edges cite.
    """
    mentions = store.edges_of([doc_id], [EdgeType.MENTIONED_IN], evidence_limit=1)
    mentioned = {e.source for e in mentions if e.target == doc_id}
    candidates = store.edges_of(mentioned, evidence_limit=1) if mentioned else list(store.edges(evidence_limit=1))
    by_key = {e.key: e for e in candidates}
    return [(by_key[line.key], line.evidence) for line in store.evidence(by_key, doc_id=doc_id).lines]


def document(store: GraphStore, doc_id: str) -> DocumentText:
    """A document's cleaned text and the spans of it that are evidence for edges, in reading order."""
    node = store.get_node(doc_id)
    if node is None or node.kind is not NodeKind.DOCUMENT:
        raise NotFound(f"no document has the id {doc_id!r}")
    cited = _citing(store, doc_id)
    names = {n.id: n.name for n in store.get_nodes({end for e, _ in cited for end in (e.source, e.target)})}
    spans = [
        EvidenceSpan(
            start=ev.start,
            end=ev.end,
            quote=ev.quote,
            type=e.type,
            source=e.source,
            target=e.target,
            source_name=names.get(e.source, e.source),
            target_name=names.get(e.target, e.target),
        )
        for e, ev in cited
    ]
    spans.sort(key=lambda s: (s.start, s.end, s.type.value, s.source, s.target))
    text = node.props.get("text")
    return DocumentText(**DocumentSummary.of(node).model_dump(), text=str(text or ""), spans=spans)

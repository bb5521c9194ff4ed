"""Every evidence line of some edges, a page at a time: the rest of what an answer's first quotes stand for."""

from __future__ import annotations

from pydantic import BaseModel

from graph.store import GraphStore
from queries.records import Quote


class EdgeQuote(Quote):
    edge: str  # the key of the edge this sentence supports


class EvidenceList(BaseModel):
    edges: list[str]
    total: int  # lines in all (a sentence counts once per edge it supports)
    offset: int
    limit: int
    evidence: list[EdgeQuote]


def evidence(store: GraphStore, edges: list[str], offset: int = 0, limit: int = 100) -> EvidenceList:
    """The evidence lines of the edges with these keys (an answer's `evidence_edges`), in document order."""
    page = store.evidence(edges, offset=offset, limit=limit)
    return EvidenceList(
        edges=sorted(set(edges)),
        total=page.total,
        offset=offset,
        limit=limit,
        evidence=[EdgeQuote(edge=line.key, **Quote.of(line.evidence).model_dump()) for line in page.lines],
    )

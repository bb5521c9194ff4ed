"""The small records every answer is built from: a node named by reference, a quoted sentence, an event, an agreement.

These are the API's response shapes, kept apart from the storage models in graph.schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self, TypedDict

from pydantic import BaseModel

from graph.schema import Edge, Evidence, Node, NodeKind, PropValue


class NodeRef(BaseModel):
    """A node as other answers point at it."""

    id: str
    kind: NodeKind
    name: str
    country: str | None = None

    @classmethod
    def of(cls, node: Node) -> NodeRef:
        return cls(id=node.id, kind=node.kind, name=node.name, country=node.country)


class Quote(BaseModel):
    """One sentence of one document that supports a fact: `text[start:end]` of document `doc_id` is `quote`."""

    doc_id: str
    quote: str
    start: int
    end: int

    @classmethod
    def of(cls, evidence: Evidence) -> Quote:
        return cls(doc_id=evidence.doc_id, quote=evidence.quote, start=evidence.start, end=evidence.end)


# Quotes an answer shows per item; an edge read for an answer brings no more lines than this from the store.
# The rest are paged from GET /api/evidence?edge=<key>, so an answer costs what it shows, not the archive's size.
QUOTES_SHOWN = 3


def quotes(edges: Iterable[Edge]) -> list[Quote]:
    """The evidence of several edges, each sentence once, in document order."""
    unique = {e for edge in edges for e in edge.evidence}
    return [Quote.of(e) for e in sorted(unique, key=lambda e: e.sort_key)]


class Cited(BaseModel):
    """What an item of an answer rests on: the first quotes, how many lines there are, and where the rest are."""

    evidence: list[Quote]  # the first QUOTES_SHOWN sentences, in document order
    evidence_total: int  # the evidence lines of the edges behind the item (a sentence counts once per edge)
    evidence_edges: list[str]  # keys of those edges: GET /api/evidence?edge=<key>&offset=&limit= gives every line


class CitedFields(TypedDict):
    """Cited's fields, for an answer's model to take with its own: each answer is validated once, where it is built
    (building a Cited to dump it and validate it again in the answer cost a tenth of a partners answer)."""

    evidence: list[Quote]
    evidence_total: int
    evidence_edges: list[str]


def cited(edges: Iterable[Edge]) -> CitedFields:
    held = list(edges)
    return {
        "evidence": quotes(held)[:QUOTES_SHOWN],
        "evidence_total": sum(len(e.evidence) if e.evidence_total is None else e.evidence_total for e in held),
        "evidence_edges": sorted({e.key for e in held}),
    }


def _text(node: Node, key: str) -> str | None:
    value = node.props.get(key)
    return None if value is None else str(value)


class _NodeInfo(BaseModel):
    """A meeting's or an agreement's own fields, read from its node: the text properties of the same names."""

    id: str
    name: str

    @classmethod
    def of(cls, node: Node) -> Self:
        return cls(**cls.fields(node))

    @classmethod
    def fields(cls, node: Node) -> dict[str, Any]:
        """The fields, for an answer's model that is one of these too (call it on EventInfo or AgreementInfo)."""
        return {name: _field(node, name) for name in cls.model_fields}


def _field(node: Node, name: str) -> Any:
    if name in ("id", "name"):
        return getattr(node, name)
    if name == "date_inferred":
        return bool(node.props.get(name))
    return _text(node, name)


class EventInfo(_NodeInfo):
    event_type: str | None = None
    date: str | None = None
    end_date: str | None = None
    date_inferred: bool = False
    location: str | None = None
    title: str | None = None


class AgreementInfo(_NodeInfo):
    agreement_type: str | None = None
    date: str | None = None
    date_inferred: bool = False
    period_start: str | None = None
    period_end: str | None = None
    ordinal: str | None = None
    title: str | None = None


def listed(value: PropValue) -> list[str]:
    """A property that may hold one value or a list of them, as a list of strings."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]

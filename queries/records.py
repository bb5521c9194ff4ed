"""The small records every answer is built from: a node named by reference, a quoted sentence, an event, an agreement.

These are the API's response shapes, kept apart from the storage models in graph.schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypedDict

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


class EventInfo(BaseModel):
    id: str
    name: str
    event_type: str | None = None
    date: str | None = None
    end_date: str | None = None
    date_inferred: bool = False
    location: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, node: Node) -> EventInfo:
        return cls(**cls.fields(node))

    @staticmethod
    def fields(node: Node) -> dict[str, Any]:
        """The fields, for an answer's model that is an EventInfo too."""
        return {
            "id": node.id,
            "name": node.name,
            "event_type": _text(node, "event_type"),
            "date": _text(node, "date"),
            "end_date": _text(node, "end_date"),
            "date_inferred": bool(node.props.get("date_inferred")),
            "location": _text(node, "location"),
            "title": _text(node, "title"),
        }


class AgreementInfo(BaseModel):
    id: str
    name: str
    agreement_type: str | None = None
    date: str | None = None
    date_inferred: bool = False
    period_start: str | None = None
    period_end: str | None = None
    ordinal: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, node: Node) -> AgreementInfo:
        return cls(**cls.fields(node))

    @staticmethod
    def fields(node: Node) -> dict[str, Any]:
        """The fields, for an answer's model that is an AgreementInfo too."""
        return {
            "id": node.id,
            "name": node.name,
            "agreement_type": _text(node, "agreement_type"),
            "date": _text(node, "date"),
            "date_inferred": bool(node.props.get("date_inferred")),
            "period_start": _text(node, "period_start"),
            "period_end": _text(node, "period_end"),
            "ordinal": _text(node, "ordinal"),
            "title": _text(node, "title"),
        }


def listed(value: PropValue) -> list[str]:
    """A property that may hold one value or a list of them, as a list of strings."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]

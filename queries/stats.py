"""What the store holds: nodes by kind, edges by type, and events, agreements and documents by year."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel

from graph.schema import NodeKind
from graph.store import GraphStore


class YearCount(BaseModel):
    year: str
    events: int
    agreements: int
    documents: int  # by publication date


class Stats(BaseModel):
    store: str
    nodes: dict[str, int]
    edges: dict[str, int]
    total_nodes: int
    total_edges: int
    by_year: list[YearCount]
    undated: dict[str, int]  # events, agreements and documents with no known year


_DATE_PROP = {NodeKind.EVENT: "date", NodeKind.AGREEMENT: "date", NodeKind.DOCUMENT: "published"}


def _year(value: object) -> str | None:
    text = "" if value is None else str(value)
    return text[:4] if text[:4].isdigit() else None


def stats(store: GraphStore) -> Stats:
    """Counts of nodes by kind and edges by type, and of events, agreements and documents by year."""
    counts = store.counts()
    per_kind: dict[NodeKind, Counter[str]] = {kind: Counter() for kind in _DATE_PROP}
    undated: Counter[str] = Counter()
    for node in store.nodes(list(_DATE_PROP)):
        year = _year(node.props.get(_DATE_PROP[node.kind]))
        if year is None:
            undated[node.kind.value] += 1
        else:
            per_kind[node.kind][year] += 1
    years = sorted(set().union(*per_kind.values()))
    return Stats(
        store=store.kind,
        nodes=counts.nodes,
        edges=counts.edges,
        total_nodes=counts.total_nodes,
        total_edges=counts.total_edges,
        by_year=[
            YearCount(
                year=year,
                events=per_kind[NodeKind.EVENT][year],
                agreements=per_kind[NodeKind.AGREEMENT][year],
                documents=per_kind[NodeKind.DOCUMENT][year],
            )
            for year in years
        ],
        undated={kind.value: undated[kind.value] for kind in _DATE_PROP},
    )

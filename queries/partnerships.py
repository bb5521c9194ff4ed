"""The partnership matrix: which provinces of one country partner which provinces of another, how often, since when.

With merged=True a province absorbed in the 2025 reorganisation is counted under the province it merged
into (Quảng Bình's ties with Khăm Muồn appear under Quảng Trị), following MERGED_INTO to its end.
A topic or a period keeps only the agreements and meetings on that topic or dated within it: a cell left with
none is no cell, and the others count and date what is left.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from pydantic import BaseModel

from graph.names import fold
from graph.schema import Edge, EdgeType, Node, NodeKind
from graph.store import GraphStore
from queries.dates import overlaps, span, within
from queries.records import QUOTES_SHOWN, Cited, NodeRef, cited, listed
from queries.resolve import NameIndex, resolve_ref


class MatrixCell(Cited):
    row: str  # a province of country a
    column: str  # a province of country b
    count: int  # agreements and meetings behind the pair
    first_date: str | None = None
    last_date: str | None = None
    via: list[str]  # the agreement and event ids
    merged_from: list[str]  # provinces counted here under their successor (merged=true)


class PartnershipMatrix(BaseModel):
    a: str
    b: str
    merged: bool
    rows: list[NodeRef]
    columns: list[NodeRef]
    cells: list[MatrixCell]
    topic: NodeRef | None = None  # only agreements and meetings on this topic
    since: str | None = None  # only agreements and meetings dated within [since, until]
    until: str | None = None
    topics: list[NodeRef] = []  # every topic of the agreements and meetings behind the pairs, to filter by


def _successors(store: GraphStore, provinces: dict[str, Node]) -> dict[str, str]:
    """Each merged province's final successor (a chain of mergers followed to its end), from the mergers the
    graph shows and the successor each province node records."""
    step = {e.source: e.target for e in store.edges([EdgeType.MERGED_INTO], evidence_limit=1)}
    step |= {p.id: str(p.props["merged_into"]) for p in provinces.values() if p.props.get("merged_into")}
    final: dict[str, str] = {}
    for start in step:
        current, seen = start, {start}
        while current in step and step[current] not in seen:
            current = step[current]
            seen.add(current)
        final[start] = current
    return final


def _edge_count(edge: Edge) -> int:
    value = edge.props.get("count")
    return int(value) if isinstance(value, int | float) and value > 0 else 1


class _Behind:
    """The agreements and meetings partnerships name (their `via`): dates and topics, to filter cells by."""

    def __init__(self, store: GraphStore, item_ids: set[str], dated: bool) -> None:
        # Dates serve filtered cells only: the whole matrix does without reading every item (thousands at 10k).
        nodes = store.get_nodes(item_ids) if dated else []
        self.dates: dict[str, str | None] = {
            n.id: None if n.props.get("date") is None else str(n.props["date"]) for n in nodes
        }
        self.topics: dict[str, set[str]] = defaultdict(set)
        for link in store.links(item_ids, [EdgeType.HAS_TOPIC]):
            if link.source in item_ids:
                self.topics[link.source].add(link.target)

    def keeps(self, item_id: str, topic: str | None, since: str | None, until: str | None) -> bool:
        on_topic = topic is None or topic in self.topics[item_id]
        return on_topic and within(self.dates.get(item_id), since, until)


def _edge_dates(edges: list[Edge]) -> list[str | None]:
    return [str(e.props[k]) for e in edges for k in ("first_date", "last_date") if k in e.props]


def _stated_within(edge: Edge, since: str | None, until: str | None) -> bool:
    """A partnership stated without an agreement or meeting behind it: its own span meets the period."""
    first, last = (None if edge.props.get(k) is None else str(edge.props[k]) for k in ("first_date", "last_date"))
    return overlaps(first, last, since, until)


def partnerships(
    store: GraphStore,
    a: str = "VN",
    b: str = "LA",
    merged: bool = False,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    *,
    names: NameIndex | None = None,
) -> PartnershipMatrix:
    """Provinces of country a (rows) by provinces of country b (columns): each partnering pair with the number
    of agreements and meetings behind it and the span of their dates; optionally only those on one topic (id
    or name) or dated within [since, until]."""
    a, b = a.upper(), b.upper()
    topic_node = resolve_ref(store, topic, [NodeKind.TOPIC], names) if topic else None
    filtered = topic_node is not None or since is not None or until is not None
    provinces: dict[str, Node] = {n.id: n for n in store.nodes([NodeKind.PROVINCE])}
    successor = _successors(store, provinces) if merged else {}
    missing = set(successor.values()) - provinces.keys()
    provinces |= {n.id: n for n in store.get_nodes(missing)}  # successors no article named: reference data
    pairs: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    folded: dict[tuple[str, str], set[str]] = defaultdict(set)
    # Partnerships of provinces only, looked up from the provinces: bodies' partnerships are most of them.
    for edge in store.edges_of(provinces, [EdgeType.PARTNERS_WITH], evidence_limit=QUOTES_SHOWN):
        source, target = provinces.get(edge.source), provinces.get(edge.target)
        if source is None or target is None:
            continue
        if (source.country, target.country) == (a, b):
            row, column = source.id, target.id
        elif (target.country, source.country) == (a, b):
            row, column = target.id, source.id
        else:
            continue
        key = (successor.get(row, row), successor.get(column, column))
        if key[0] == key[1]:
            continue
        pairs[key].append(edge)
        folded[key] |= {p for p in (row, column) if p not in key}

    via_all = {v for edges in pairs.values() for e in edges for v in listed(e.props.get("via"))}
    behind = _Behind(store, via_all, dated=filtered)
    topic_id = topic_node.id if topic_node else None
    cells: list[MatrixCell] = []
    for (row, column), edges in pairs.items():
        if filtered:
            kept = {v for e in edges for v in listed(e.props.get("via")) if behind.keeps(v, topic_id, since, until)}
            stated = [
                e for e in edges if not e.props.get("via") and topic_id is None and _stated_within(e, since, until)
            ]
            edges = [e for e in edges if kept & set(listed(e.props.get("via")))] + stated
            if not edges:
                continue
            via, dates = sorted(kept), [*(behind.dates.get(v) for v in kept), *_edge_dates(stated)]
        else:
            via, dates = sorted({v for e in edges for v in listed(e.props.get("via"))}), _edge_dates(edges)
        first, last = span(dates)
        cells.append(
            MatrixCell(
                row=row,
                column=column,
                count=len(via) if via else sum(_edge_count(e) for e in edges),
                first_date=first,
                last_date=last,
                via=via,
                merged_from=sorted(folded[(row, column)]),
                **cited(edges),
            )
        )

    def refs(ids: set[str]) -> list[NodeRef]:
        return sorted((NodeRef.of(provinces[i]) for i in ids), key=lambda r: (fold(r.name), r.id))

    rows, columns = refs({c.row for c in cells}), refs({c.column for c in cells})
    row_at, column_at = {r.id: i for i, r in enumerate(rows)}, {c.id: i for i, c in enumerate(columns)}
    cells.sort(key=lambda c: (row_at[c.row], column_at[c.column]))
    topic_ids = set().union(*behind.topics.values())
    topics = sorted((NodeRef.of(n) for n in store.get_nodes(topic_ids)), key=lambda r: (fold(r.name), r.id))
    return PartnershipMatrix(
        a=a,
        b=b,
        merged=merged,
        rows=rows,
        columns=columns,
        cells=cells,
        topic=NodeRef.of(topic_node) if topic_node else None,
        since=since,
        until=until,
        topics=topics,
    )


CSV_COLUMNS = (
    "row_id",
    "row_name",
    "column_id",
    "column_name",
    "count",
    "first_date",
    "last_date",
    "merged_from",
    "via",
)


def matrix_csv(matrix: PartnershipMatrix) -> str:
    """The matrix as CSV, one line per partnering pair."""
    names = {r.id: r.name for r in (*matrix.rows, *matrix.columns)}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cell in matrix.cells:
        writer.writerow(
            [
                cell.row,
                names[cell.row],
                cell.column,
                names[cell.column],
                cell.count,
                cell.first_date or "",
                cell.last_date or "",
                ";".join(cell.merged_from),
                ";".join(cell.via),
            ]
        )
    return out.getvalue()

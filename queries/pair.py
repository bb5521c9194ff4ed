"""One cell of the partnership matrix opened: the agreements and meetings that tie two provinces, with the
sentences that say so. With merged=True a province absorbed in 2025 speaks through its successor, as in the
matrix; a topic or a period keeps what the matrix keeps."""

from __future__ import annotations

from pydantic import BaseModel

from graph.schema import NodeKind
from graph.store import GraphStore
from queries.dates import newest_first
from queries.partners import PartnerAgreement, PartnerEvent, partners_of
from queries.partnerships import MatrixCell, partnerships
from queries.records import NodeRef
from queries.resolve import NameIndex, resolve_ref


class Pair(BaseModel):
    row: NodeRef
    column: NodeRef
    merged: bool
    cell: MatrixCell | None = None  # None: the two provinces do not partner (in this topic or period)
    agreements: list[PartnerAgreement]
    events: list[PartnerEvent]


def pair(
    store: GraphStore,
    row: str,
    column: str,
    merged: bool = False,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    *,
    names: NameIndex | None = None,
) -> Pair:
    """The agreements and meetings behind one pair of provinces (ids or names), newest first, each with the
    sentences that put both sides in it."""
    first = resolve_ref(store, row, [NodeKind.PROVINCE], names)
    second = resolve_ref(store, column, [NodeKind.PROVINCE], names)
    matrix = partnerships(store, first.country or "", second.country or "", merged, topic, since, until, names=names)
    cell = next((c for c in matrix.cells if (c.row, c.column) == (first.id, second.id)), None)
    agreements: dict[str, PartnerAgreement] = {}
    events: dict[str, PartnerEvent] = {}
    if cell is not None:
        folded = store.get_nodes(cell.merged_from)
        ours = {first.id, *(n.id for n in folded if n.country == first.country)}
        theirs = {second.id, *(n.id for n in folded if n.country == second.country)}
        for member in sorted(ours):
            for partner in partners_of(store, member, names=names).partners:
                if partner.partner.id in theirs:
                    agreements |= {a.id: a for a in partner.agreements if a.id in cell.via and a.id not in agreements}
                    events |= {e.id: e for e in partner.events if e.id in cell.via and e.id not in events}
    return Pair(
        row=NodeRef.of(first),
        column=NodeRef.of(second),
        merged=merged,
        cell=cell,
        agreements=newest_first(agreements.values(), lambda a: a.date, lambda a: a.id),
        events=newest_first(events.values(), lambda e: e.date, lambda e: e.id),
    )

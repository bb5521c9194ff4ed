"""Coverage gaps of Vietnam–Laos cooperation: where the graph shows no partnership, or none lately.

- Vietnamese provinces on the Lao border (the gazetteer's `borders_laos`) with no Lao partner in the graph;
- Lao provinces with no Vietnamese partner;
- partnerships gone quiet: no agreement or meeting behind them since a chosen year.

The provinces come from the reference data the store holds, so a border province no article has named yet is
a gap too (`in_graph` tells the two apart). With merged=True the Vietnamese side is the 34 units after the 2025
reorganisation, each counting the ties of the provinces it absorbed.
"""

from __future__ import annotations

from pydantic import BaseModel

from graph.names import fold
from graph.schema import Node, NodeKind
from graph.store import GraphStore
from queries.partnerships import PartnershipMatrix, partnerships
from queries.records import NodeRef

BORDERING = "yes"  # the gazetteer's `borders_laos` of a province on the Lao border
MERGED_2025 = "merged-2025"  # the gazetteer's `status_2025` of a province absorbed in 2025


class UnpartneredProvince(BaseModel):
    province: NodeRef
    in_graph: bool  # whether any article names it at all


class QuietPartnership(BaseModel):
    row: NodeRef  # the Vietnamese province
    column: NodeRef  # the Lao province
    count: int
    first_date: str | None = None
    last_date: str | None = None  # before quiet_since, or unknown


class Gaps(BaseModel):
    merged: bool
    quiet_since: str  # a year: partnerships with nothing dated from it on are gone quiet
    border_without_partner: list[UnpartneredProvince]  # Vietnamese border provinces with no Lao partner
    lao_without_partner: list[UnpartneredProvince]  # Lao provinces with no Vietnamese partner
    gone_quiet: list[QuietPartnership]


def default_quiet_since(matrix: PartnershipMatrix) -> str:
    """Two years before the newest activity of any partnership: what has had nothing in the last three years
    of the news the graph holds. With no dated partnership, no year at all is quiet."""
    newest = max((c.last_date[:4] for c in matrix.cells if c.last_date), default="0000")
    return f"{max(int(newest) - 2, 0):04d}"


def _unpartnered(provinces: list[Node], partnered: set[str], named: set[str]) -> list[UnpartneredProvince]:
    ordered = sorted(provinces, key=lambda p: (fold(p.name), p.id))
    return [
        UnpartneredProvince(province=NodeRef.of(p), in_graph=p.id in named) for p in ordered if p.id not in partnered
    ]


def gaps(store: GraphStore, quiet_since: str | None = None, merged: bool = False) -> Gaps:
    """Vietnamese border provinces with no Lao partner, Lao provinces with no Vietnamese partner, and
    partnerships with no agreement or meeting since quiet_since (a year; default: two years before the newest)."""
    matrix = partnerships(store, "VN", "LA", merged)
    since = quiet_since[:4] if quiet_since else default_quiet_since(matrix)
    held = list(store.held_nodes([NodeKind.PROVINCE]))
    named = {n.id for n in store.nodes([NodeKind.PROVINCE])}
    border = [
        p
        for p in held
        if p.country == "VN"
        and p.props.get("borders_laos") == BORDERING
        and not (merged and p.props.get("status_2025") == MERGED_2025)
    ]
    lao = [p for p in held if p.country == "LA"]
    names = {r.id: r for r in (*matrix.rows, *matrix.columns)}
    quiet = [
        QuietPartnership(
            row=names[c.row], column=names[c.column], count=c.count, first_date=c.first_date, last_date=c.last_date
        )
        for c in matrix.cells
        if not c.last_date or c.last_date[:4] < since
    ]
    return Gaps(
        merged=merged,
        quiet_since=since,
        border_without_partner=_unpartnered(border, {c.row for c in matrix.cells}, named),
        lao_without_partner=_unpartnered(lao, {c.column for c in matrix.cells}, named),
        gone_quiet=quiet,
    )

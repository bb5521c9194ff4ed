"""Partners of a province or a body: its counterparts through PARTNERS_WITH, with the agreements and meetings behind.

A province acts itself or through its bodies, the organizations BASED_IN it: when Quảng Trị's Sở Khoa học
và Công nghệ (Department of Science and Technology) signs a memorandum with Khăm Muồn's Sở Công nghệ và
Thông tin, Quảng Trị partners Khăm Muồn through that memorandum.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from pydantic import BaseModel

from graph.names import fold
from graph.schema import Edge, EdgeType, Link, Node, NodeKind, kind_of_id
from graph.store import GraphStore
from queries.dates import newest_first, span
from queries.network import other_end
from queries.records import QUOTES_SHOWN, AgreementInfo, Cited, EventInfo, NodeRef, cited
from queries.resolve import NameIndex, resolve_ref

PARTNER_KINDS = (NodeKind.PROVINCE, NodeKind.ORGANIZATION)
# Agreements and meetings listed per partner unless more are asked for: the newest few, with the totals, so an
# answer costs what it shows; the rest are paged with `offset` (and `partner`, one partnership alone).
ITEMS_SHOWN = 3
_TAKES_PART = (EdgeType.PARTY_TO, EdgeType.PARTICIPATED_IN)


class PartnerAgreement(AgreementInfo, Cited):
    """Cited by the sentences that make the two sides parties."""

    parties: list[NodeRef]
    topics: list[str]


class PartnerEvent(EventInfo, Cited):
    """Cited by the sentences that put the two sides at the meeting."""

    places: list[NodeRef]
    participants: list[NodeRef]
    topics: list[str]


class Partner(Cited):
    """Cited by the sentences behind the partnership itself. The newest agreements and meetings are listed,
    up to the `items` asked for from `offset` on; the totals count them all, and the dates and topics span
    them all."""

    partner: NodeRef
    first_date: str | None = None
    last_date: str | None = None
    agreements: list[PartnerAgreement]
    agreements_total: int
    events: list[PartnerEvent]
    events_total: int
    topics: list[str]


class Partners(BaseModel):
    subject: NodeRef
    country: str | None = None
    partner: NodeRef | None = None  # only this partner's partnership, when one was asked for
    items: int  # the most agreements and the most meetings listed per partner (0: the totals and spans alone)
    offset: int = 0  # how many of the newest agreements (and meetings) were skipped before those listed
    partners: list[Partner]


def _sides(store: GraphStore, ids: Iterable[str]) -> dict[str, set[str]]:
    """Each node with the bodies that act for it: a province and the organizations BASED_IN it."""
    sides = {i: {i} for i in ids}
    for link in store.links(sides, [EdgeType.BASED_IN]):
        if link.target in sides and kind_of_id(link.source) is NodeKind.ORGANIZATION:
            sides[link.target].add(link.source)
    return sides


class _Items:
    """Agreements and events with everything an answer says about them."""

    def __init__(self, store: GraphStore, item_ids: set[str], also: Iterable[str] = ()) -> None:
        # Who took part, where and on what, from the edges' ends alone: the quotes are read later, for the edges
        # an answer cites (the two sides'), not for every participant of every meeting.
        wanted = [*_TAKES_PART, EdgeType.HAS_TOPIC, EdgeType.HELD_IN]
        self.takers: dict[str, list[Link]] = defaultdict(list)
        # item -> taker -> its edges to the item: the two sides are a few bodies, a meeting's takers hundreds.
        self._taking: dict[str, dict[str, list[Link]]] = defaultdict(lambda: defaultdict(list))
        self.topics: dict[str, set[str]] = defaultdict(set)
        self.places: dict[str, set[str]] = defaultdict(set)
        for link in store.links(item_ids, wanted):
            if link.type in _TAKES_PART and link.target in item_ids:
                self.takers[link.target].append(link)
                self._taking[link.target][link.source].append(link)
            elif link.type is EdgeType.HAS_TOPIC and link.source in item_ids:
                self.topics[link.source].add(link.target)
            elif link.type is EdgeType.HELD_IN and link.source in item_ids:
                self.places[link.source].add(link.target)
        others = {e.source for es in self.takers.values() for e in es}
        others |= {t for ts in (*self.topics.values(), *self.places.values()) for t in ts}
        # Read with those of `also` (the topics of the items behind the partnerships): one read, not two.
        self.nodes: dict[str, Node] = {n.id: n for n in store.get_nodes(item_ids | others | set(also))}
        # Each node as answers point at it, and its place in their order, made once: a body takes part in dozens
        # of the meetings listed, and a meeting lists dozens of participants.
        self._refs = {i: NodeRef.of(n) for i, n in self.nodes.items()}
        self._order = {i: (fold(n.name), i) for i, n in self.nodes.items()}
        self._store = store
        self._cited: dict[str, Edge] = {}

    def cite(self, wanted: Iterable[tuple[str, set[str]]]) -> None:
        """Read the edges (with their first quotes) by which each (item, sides) pair's sides take part."""
        keys = {link.key for item_id, sides in wanted for link in self._tying(item_id, sides)}
        edges = self._store.edges_by_key(keys, evidence_limit=QUOTES_SHOWN, props=False)  # their quotes alone
        self._cited = {e.key: e for e in edges}

    def tying(self, item_id: str, sides: set[str]) -> list[Edge]:
        """The edges by which the given sides are party to the item or take part in it (read by cite)."""
        return [self._cited[k.key] for k in self._tying(item_id, sides) if k.key in self._cited]

    def _tying(self, item_id: str, sides: set[str]) -> list[Link]:
        taking = self._taking[item_id]
        return [link for side in sides if side in taking for link in taking[side]]

    def refs(self, ids: Iterable[str]) -> list[NodeRef]:
        return [self._refs[i] for i in sorted((i for i in ids if i in self._refs), key=self._order.__getitem__)]

    def topic_names(self, item_id: str) -> list[str]:
        return sorted({self.nodes[t].name for t in self.topics[item_id] if t in self.nodes}, key=fold)

    def agreement(self, item_id: str, evidence: list[Edge]) -> PartnerAgreement:
        return PartnerAgreement(
            **AgreementInfo.fields(self.nodes[item_id]),
            **cited(evidence),
            parties=self.refs({e.source for e in self.takers[item_id]}),
            topics=self.topic_names(item_id),
        )

    def event(self, item_id: str, evidence: list[Edge]) -> PartnerEvent:
        return PartnerEvent(
            **EventInfo.fields(self.nodes[item_id]),
            **cited(evidence),
            places=self.refs(self.places[item_id]),
            participants=self.refs({e.source for e in self.takers[item_id]}),
            topics=self.topic_names(item_id),
        )


def partners_of(
    store: GraphStore,
    ref: str,
    country: str | None = None,
    items: int = ITEMS_SHOWN,
    *,
    offset: int = 0,
    partner: str | None = None,
    names: NameIndex | None = None,
) -> Partners:
    """A province's or a body's partners (optionally in one country, or one partner alone), newest first, each
    with the agreements both sides are party to and the meetings both take part in (directly or through their
    bodies): the newest `items` of each (after skipping `offset`), and how many there are."""
    with store.reading():  # a dozen reads: one snapshot, and on Neo4j one transaction
        return _partners_of(store, ref, country, items, offset, partner, names)


def _partners_of(
    store: GraphStore,
    ref: str,
    country: str | None,
    items: int,
    offset: int,
    partner: str | None,
    names: NameIndex | None,
) -> Partners:
    subject = resolve_ref(store, ref, PARTNER_KINDS, names)
    only = resolve_ref(store, partner, PARTNER_KINDS, names) if partner else None
    links: dict[str, list[Edge]] = defaultdict(list)
    # Of a partnership's properties the answer shows its dates (the stores give those alone): its `via` is in
    # partnership_items, with the items both sides took part in.
    for edge in store.partnerships_of([subject.id], evidence_limit=QUOTES_SHOWN):
        if other_end(edge, subject.id) != subject.id:
            links[other_end(edge, subject.id)].append(edge)
    wanted = country.upper() if country else None
    if only is not None:
        links = {only.id: links[only.id]} if only.id in links else {}
    counterparts = [n for n in store.get_nodes(links) if wanted is None or (n.country or "").upper() == wanted]

    # Which items stand behind each partnership, with their dates, as the store keeps them: all of them count and
    # span, the newest are listed. The sides (each node and the bodies based in it) say which edges cite them.
    sides = _sides(store, [subject.id, *(n.id for n in counterparts)])
    ours = sides[subject.id]
    behind: dict[str, set[str]] = {c.id: set() for c in counterparts}
    held: dict[str, _Dated] = {}
    for counterpart_id, item, date, end_date in store.partnership_items(subject.id, behind):
        behind[counterpart_id].add(item)
        held[item] = _Dated(item, kind_of_id(item), date, end_date)
    topics_of: dict[str, set[str]] = defaultdict(set)
    for link in store.links(held, [EdgeType.HAS_TOPIC]):
        topics_of[link.source].add(link.target)
    topic_ids: set[str] = set().union(*topics_of.values())

    def newest(ids: Iterable[str], kind: NodeKind) -> list[_Dated]:
        found = [held[i] for i in ids if i in held and held[i].kind is kind]
        return newest_first(found, lambda n: n.date, lambda n: n.id)

    listing = {
        c.id: (newest(behind[c.id], NodeKind.AGREEMENT), newest(behind[c.id], NodeKind.EVENT)) for c in counterparts
    }
    page = slice(offset, offset + items)
    shown = {n.id for agreements, events in listing.values() for n in (*agreements[page], *events[page])}
    details = _Items(store, shown, also=topic_ids)
    topic_names = {t: details.nodes[t].name for t in topic_ids if t in details.nodes}
    details.cite(
        (n.id, ours | sides[c.id]) for c in counterparts for n in (*listing[c.id][0][page], *listing[c.id][1][page])
    )

    partners: list[Partner] = []
    for counterpart in counterparts:
        agreements, events = listing[counterpart.id]
        evidence_sides = ours | sides[counterpart.id]
        first, last = span(
            [
                *(str(e.props[k]) for e in links[counterpart.id] for k in ("first_date", "last_date") if k in e.props),
                *(a.date for a in agreements),
                *(date for ev in events for date in (ev.date, ev.end_date)),
            ]
        )
        partners.append(
            Partner(
                **cited(links[counterpart.id]),
                partner=NodeRef.of(counterpart),
                first_date=first,
                last_date=last,
                agreements=[details.agreement(a.id, details.tying(a.id, evidence_sides)) for a in agreements[page]],
                agreements_total=len(agreements),
                events=[details.event(e.id, details.tying(e.id, evidence_sides)) for e in events[page]],
                events_total=len(events),
                topics=sorted(
                    {topic_names[t] for n in (*agreements, *events) for t in topics_of[n.id] if t in topic_names},
                    key=fold,
                ),
            )
        )
    ordered = newest_first(partners, lambda p: p.last_date, lambda p: f"{fold(p.partner.name)}|{p.partner.id}")
    return Partners(
        subject=NodeRef.of(subject),
        country=wanted,
        partner=NodeRef.of(only) if only else None,
        items=items,
        offset=offset,
        partners=ordered,
    )


class _Dated(NamedTuple):
    """An item behind a partnership as far as listing and counting need it."""

    id: str
    kind: NodeKind
    date: str | None
    end_date: str | None

"""An official's engagements: the meetings they took part in, the agreements they signed, the positions they
were reported in, as one timeline from the oldest, each item with the sentences that say so."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from graph.names import fold
from graph.schema import Edge, EdgeType, Link, NodeKind
from graph.store import GraphStore
from queries.dates import oldest_first, overlaps, within
from queries.records import QUOTES_SHOWN, AgreementInfo, Cited, EventInfo, NodeRef, cited
from queries.resolve import NameIndex, resolve_ref


class Participant(BaseModel):
    node: NodeRef
    roles: list[str]


class EventEngagement(Cited):
    kind: Literal["event"] = "event"
    date: str | None = None
    event: EventInfo
    roles: list[str]  # the official's roles: host, guest, co_chair, head_of_delegation, attendee, witness
    places: list[NodeRef]
    counterparts: list[Participant]  # everyone else who took part


class SigningEngagement(Cited):
    kind: Literal["agreement"] = "agreement"
    date: str | None = None
    agreement: AgreementInfo
    parties: list[NodeRef]
    co_signers: list[NodeRef]
    signed_at: list[NodeRef]


class PositionEngagement(Cited):
    kind: Literal["position"] = "position"
    date: str | None = None  # when the position was first reported
    organization: NodeRef
    title: str | None = None
    first_reported: str | None = None
    last_reported: str | None = None


Engagement = Annotated[EventEngagement | SigningEngagement | PositionEngagement, Field(discriminator="kind")]


class CoParticipant(BaseModel):
    person: NodeRef
    events: list[str]  # the official's events this person also took part in
    agreements: list[str]  # the official's agreements this person also signed


class Engagements(BaseModel):
    person: NodeRef
    timeline: list[Engagement]
    co_participants: list[CoParticipant]
    since: str | None = None  # the timeline keeps what is dated within [since, until]
    until: str | None = None


_KIND_RANK = {"position": 0, "event": 1, "agreement": 2}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _roles(edges: Iterable[Edge]) -> set[str]:
    return {str(e.props["role"]) for e in edges if e.props.get("role")}


def engagements(
    store: GraphStore,
    ref: str,
    since: str | None = None,
    until: str | None = None,
    *,
    names: NameIndex | None = None,
) -> Engagements:
    """An official's timeline, oldest first: events with role and counterparts, agreements signed, positions
    with the dates they were reported; and the people they met or signed with most. With since or until, only
    what is dated within the period (a position: reported in it)."""
    with store.reading():  # one snapshot, and on Neo4j one transaction for the answer's reads
        return _engagements(store, ref, since, until, names)


def _engagements(
    store: GraphStore, ref: str, since: str | None, until: str | None, names: NameIndex | None
) -> Engagements:
    person = resolve_ref(store, ref, [NodeKind.PERSON], names)
    kinds = [EdgeType.PARTICIPATED_IN, EdgeType.SIGNED, EdgeType.HOLDS_POSITION]
    own: dict[EdgeType, dict[str, list[Edge]]] = {t: defaultdict(list) for t in kinds}
    for edge in store.edges_of([person.id], kinds, evidence_limit=QUOTES_SHOWN):
        if edge.source == person.id:
            own[edge.type][edge.target].append(edge)
    events, signed = set(own[EdgeType.PARTICIPATED_IN]), set(own[EdgeType.SIGNED])
    # Who else took part, signed or was party, and where: ends and roles only; the quotes are the official's.
    around = store.links(
        events | signed,
        [EdgeType.PARTICIPATED_IN, EdgeType.SIGNED, EdgeType.PARTY_TO, EdgeType.HELD_IN, EdgeType.SIGNED_AT],
    )
    into: dict[tuple[EdgeType, str], list[Link]] = defaultdict(list)  # links by type and target
    out_of: dict[tuple[EdgeType, str], list[Link]] = defaultdict(list)  # links by type and source
    for link in around:
        into[(link.type, link.target)].append(link)
        out_of[(link.type, link.source)].append(link)
    mentioned = {e.source for e in around} | {e.target for e in around} | set(own[EdgeType.HOLDS_POSITION])
    nodes = {n.id: n for n in store.get_nodes(mentioned | events | signed)}

    def refs(ids: Iterable[str]) -> list[NodeRef]:
        found = [NodeRef.of(nodes[i]) for i in set(ids) if i in nodes and i != person.id]
        return sorted(found, key=lambda r: (fold(r.name), r.id))

    timeline: list[EventEngagement | SigningEngagement | PositionEngagement] = []
    met: dict[str, set[str]] = defaultdict(set)
    for event_id in sorted(events & set(nodes)):
        info = EventInfo.of(nodes[event_id])
        others: dict[str, set[str]] = defaultdict(set)
        for link in into[(EdgeType.PARTICIPATED_IN, event_id)]:
            if link.source != person.id:
                roles = others[link.source]
                roles.update([link.qualifier] if link.qualifier else [])  # a participation's qualifier: its role
        for other in others:
            met[other].add(event_id)
        timeline.append(
            EventEngagement(
                date=info.date,
                event=info,
                roles=sorted(_roles(own[EdgeType.PARTICIPATED_IN][event_id])),
                places=refs(e.target for e in out_of[(EdgeType.HELD_IN, event_id)]),
                counterparts=[Participant(node=r, roles=sorted(others[r.id])) for r in refs(others)],
                **cited(own[EdgeType.PARTICIPATED_IN][event_id]),
            )
        )
    co_signed: dict[str, set[str]] = defaultdict(set)
    for agreement_id in sorted(signed & set(nodes)):
        info = AgreementInfo.of(nodes[agreement_id])
        co_signers = refs(e.source for e in into[(EdgeType.SIGNED, agreement_id)])
        for other in co_signers:
            co_signed[other.id].add(agreement_id)
        timeline.append(
            SigningEngagement(
                date=info.date,
                agreement=info,
                parties=refs(e.source for e in into[(EdgeType.PARTY_TO, agreement_id)]),
                co_signers=co_signers,
                signed_at=refs(e.target for e in out_of[(EdgeType.SIGNED_AT, agreement_id)]),
                **cited(own[EdgeType.SIGNED][agreement_id]),
            )
        )
    for org_id, edges in sorted(own[EdgeType.HOLDS_POSITION].items()):
        if org_id not in nodes:
            continue
        for edge in edges:
            first = _text(edge.props.get("first_reported"))
            timeline.append(
                PositionEngagement(
                    date=first,
                    organization=NodeRef.of(nodes[org_id]),
                    title=_text(edge.props.get("title")),
                    first_reported=first,
                    last_reported=_text(edge.props.get("last_reported")),
                    **cited([edge]),
                )
            )

    if since is not None or until is not None:
        timeline = [item for item in timeline if _dated_within(item, since, until)]
        shown = {_item_id(item) for item in timeline}
        met = defaultdict(set, {p: ids & shown for p, ids in met.items() if ids & shown})
        co_signed = defaultdict(set, {p: ids & shown for p, ids in co_signed.items() if ids & shown})
    people = [r for r in refs(set(met) | set(co_signed)) if r.kind is NodeKind.PERSON]
    co_participants = [
        CoParticipant(person=r, events=sorted(met[r.id]), agreements=sorted(co_signed[r.id])) for r in people
    ]
    co_participants.sort(key=lambda c: -(len(c.events) + len(c.agreements)))
    ordered = oldest_first(timeline, lambda item: item.date, lambda item: f"{_KIND_RANK[item.kind]}|{_item_id(item)}")
    return Engagements(
        person=NodeRef.of(person), timeline=ordered, co_participants=co_participants, since=since, until=until
    )


def _dated_within(
    item: EventEngagement | SigningEngagement | PositionEngagement, since: str | None, until: str | None
) -> bool:
    if isinstance(item, PositionEngagement):  # reported over a span: kept when the span meets the period
        return overlaps(item.first_reported, item.last_reported, since, until)
    return within(item.date, since, until)


def _item_id(item: EventEngagement | SigningEngagement | PositionEngagement) -> str:
    if isinstance(item, EventEngagement):
        return item.event.id
    if isinstance(item, SigningEngagement):
        return item.agreement.id
    return f"{item.organization.id}|{item.title or ''}"

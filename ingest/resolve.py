"""Link an Extraction to canonical graph nodes and build its delta.

Places and national bodies resolve through the gazetteer; other bodies by their canonical name; people by
a name key that folds the spellings the press varies (diacritics, r/l in Lao names); events and
agreements by what identifies them (date, type, parties), so two articles about one meeting or one MoU
land on one node. Every edge quotes the sentences that support it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from graph.names import slug
from graph.records import DeltaRecords, NodeRecord, node_record
from graph.schema import EdgeType, Node, NodeKind, Role
from ingest.delta import DeltaBuilder, node
from ingest.extract.models import AgreementRecord, EventRecord, Extraction, OrgMention, PersonMention
from ingest.extract.persons import vietnamese_name
from ingest.gazetteer import Gazetteer, Province, load_gazetteer
from ingest.letters import fold
from ingest.lexicons import load_lexicons

_ROLE_RANK = [Role.CO_CHAIR, Role.HEAD_OF_DELEGATION, Role.HOST, Role.GUEST, Role.WITNESS, Role.ATTENDEE]


def province_node(g: Gazetteer, province_id: str) -> Node:
    p = g.provinces[province_id]
    name = _shown_name(g, p)
    return Node(
        id=p.id,
        kind=NodeKind.PROVINCE,
        name=name,
        aliases=sorted(set(p.aliases) | ({p.name} - {name})),
        country=p.country,
        name_en=p.name_en,
        props={
            "iso_code": p.id.split(":", 1)[1] if p.country == "LA" else None,
            "status_2025": p.status_2025 or None,
            "province_type": p.province_type,
            "borders_laos": p.borders_laos or None,
            # The 2025 successor as a fact of the province itself: the merged matrix folds a province under it
            # even when no article names the successor (whose node then stays reference data).
            "merged_into": p.merged_into or None,
        },
    )


def _shown_name(g: Gazetteer, p: Province) -> str:
    """ "tỉnh Viêng Chăn" is the province around the capital Viêng Chăn: without its unit word a reader (and a
    scorer that folds "tỉnh" away) takes it for the capital, so its node is shown with its English name beside."""
    bare = p.name.removeprefix("tỉnh ")
    if bare != p.name and any(o.id != p.id and o.name == bare for o in g.provinces.values()):
        return f"{p.name} ({p.name_en})"
    return p.name


def country_node(g: Gazetteer, country_id: str) -> Node:
    c = g.countries[country_id]
    return Node(
        id=c.id, kind=NodeKind.COUNTRY, name=c.name, aliases=sorted(c.aliases), country=c.code, name_en=c.name_en
    )


@cache
def _place_record(place_id: str) -> NodeRecord:
    """A province's or a country's record, built once: articles name the same few places over and over."""
    g = load_gazetteer()
    return node_record(province_node(g, place_id) if place_id in g.provinces else country_node(g, place_id))


@cache
def _topic_record(topic_id: str) -> NodeRecord:
    """A topic's record, built once, as a place's is."""
    topic = next(t for t in load_lexicons().topics if t.id == topic_id)
    return node(topic.id, NodeKind.TOPIC, topic.name, name_en=topic.name_en)


def add_province(builder: DeltaBuilder, province_id: str) -> None:
    """A province comes with its country. Its 2025 successor does not come with it: a province the article never
    names is no fact of the article (the merger stays in the store's reference data, shown once an article
    names both)."""
    g = builder.gazetteer
    p = g.provinces[province_id]
    if builder.has_node(province_id):  # named before in this article: no new records to build
        builder.add_again(province_id, f"country:{p.country}")
        return
    builder.add_node(_place_record(province_id))
    country_id = f"country:{p.country}"
    add_country(builder, country_id)
    builder.add_gazetteer_edge(p.id, country_id, EdgeType.IN_COUNTRY, f"in:{p.id}")


def add_country(builder: DeltaBuilder, country_id: str) -> None:
    """A country, named directly or through a province or a body: its record is built once per article."""
    if builder.has_node(country_id):
        builder.add_again(country_id)
    else:
        builder.add_node(_place_record(country_id))


_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)  # officials come back article after article
def person_key(name: str) -> str:
    """The id part for a person.

    Vietnamese names are written one way and keep their letters ("huynh-thanh-dat"). Lao names reach the
    Vietnamese press in many spellings ("Vongdara" / "Vôngdala", "Santisouk" / "Sontisouk",
    "Simmalavong" / "Simmlavong"): their key is the consonant skeleton of each word, after folding
    diacritics and the r/l and x/s the press swaps ("Sisouvong" / "Xixuvong"), so every spelling of one name
    meets on one id whatever order the articles arrive in.
    """
    if vietnamese_name(name):
        return slug(name)
    words = []
    for word in fold(name).replace("-", "").replace("–", "").split():
        word = word.replace("r", "l").replace("x", "s")
        skeleton = word[0] + "".join(ch for ch in word[1:] if ch not in "aeiouy")
        words.append(_REPEATS.sub(r"\1", skeleton))
    return slug(" ".join(words))


def org_id(mention: OrgMention) -> str:
    return mention.agency_id or f"org:{_org_slug(mention.key)}"


@lru_cache(maxsize=4096)  # bodies come back article after article
def _org_slug(key: str) -> str:
    """The slug of a body's key, with the syllables the press writes with "i" or "y" alike ("kĩ thuật" /
    "kỹ thuật", "quản lí" / "quản lý", "bác sỹ" / "bác sĩ") in the one spelling most write."""
    return "-".join(_I_OR_Y.get(word, word) for word in slug(key).split("-"))


_I_OR_Y = {"ki": "ky", "li": "ly", "mi": "my", "qui": "quy", "hi": "hy", "sy": "si"}


# Why reports meet on one node: each node records the rule its id was made by.
IDENTITY = {
    "vietnamese_name": "one Vietnamese name, as written without marks",
    "lao_name": "one Lao name: the consonant skeleton of each word, however the press spells it",
    "gazetteer_body": "one body of the gazetteer, by any of its names and abbreviations",
    "body_name": "one body's name with its province or country, abbreviations expanded",
    "dated_meeting": "one meeting: the same date, kind and provinces taking part",
    "dated_meeting_apart": "one of two meetings an article tells apart: the same date, kind, provinces and the "
    "first person taking part that the other lacks",
    "undated_meeting": "a meeting with no date, this article's own",
    "dated_agreement": "one agreement: the same period (or month), kind and parties",
    "dated_agreement_listed": "one of several agreements an article lists with the same period (or month), kind "
    "and parties: the same place among them",
    "undated_agreement": "an agreement with no period or date, this article's own",
}


class Resolver:
    def __init__(self, extraction: Extraction) -> None:
        self.x = extraction
        self.g = load_gazetteer()
        self.b = DeltaBuilder(extraction.doc, extraction.sentences, self.g)
        self.doc_id = extraction.doc.doc_id
        self.org_ids: dict[str, str] = {}
        self.org_country: dict[str, str | None] = {}
        self.org_province: dict[str, str | None] = {}
        self.person_ids: dict[str, str] = {}
        self.event_ids: dict[str, str] = {}
        self.people_at: dict[str, set[str]] = {}  # the people at each dated meeting of this article
        self.agreement_ids: dict[str, str] = {}
        self.agreements_alike: dict[str, int] = {}  # how many of this article's agreements have each dated identity
        self.mentions: dict[str, set[int]] = defaultdict(set)
        self.reported = extraction.doc.published or next((e.date for e in extraction.events if e.date), None)

    def build(self) -> DeltaRecords:
        for place in self.x.provinces:
            if place.aside:
                continue
            add_province(self.b, place.node_id)
            self.mentions[place.node_id].add(place.sentence)
        for place in self.x.countries:
            add_country(self.b, place.node_id)
            self.mentions[place.node_id].add(place.sentence)
        acting = self._acting_bodies()
        for org in self.x.orgs:
            if org.key in acting:
                self._org(org)
        for person in self.x.persons:
            self._person(person)
        for event in self.x.events:
            self._event(event)
        for agreement in self.x.agreements:
            self._agreement(agreement)
        self._partnerships()
        for node_id, sentences in self.mentions.items():
            self.b.add_edge(node_id, self.doc_id, EdgeType.MENTIONED_IN, sentences)
        return self.b.build()

    # -- bodies and people --------------------------------------------------------------------------

    def _acting_bodies(self) -> set[str]:
        """Bodies that take part in a meeting, are party to an agreement or employ an official named here;
        a body only mentioned in passing ("Trung tâm Giám sát ... quốc gia") does not enter the graph."""
        acting = {p.ref for e in self.x.events for p in e.participants if p.kind == "org"}
        acting |= {ref for a in self.x.agreements for kind, ref in a.parties if kind == "org"}
        acting |= {org for person in self.x.persons for _, org, _ in person.positions if org}
        acting |= {org.key for org in self.x.orgs if org.acts}
        return acting

    def _org(self, mention: OrgMention) -> None:
        node_id = org_id(mention)
        self.org_ids[mention.key] = node_id
        country = mention.country
        self.org_country[mention.key] = country
        self.org_province[mention.key] = mention.province_id
        agency = self.g.agencies.get(mention.agency_id or "")
        self.b.add_node(
            node(
                node_id,
                NodeKind.ORGANIZATION,
                agency.name if agency else mention.name,
                aliases=sorted(({*mention.aliases} | set(agency.aliases if agency else ())) - {mention.name}),
                country=country,
                name_en=agency.name_en if agency else None,
                props={
                    "org_type": mention.org_type,
                    "note": agency.note if agency and agency.note else None,
                    "identity": IDENTITY["gazetteer_body" if agency else "body_name"],
                },
            )
        )
        self.mentions[node_id].update(mention.sentences)
        if mention.province_id:
            add_province(self.b, mention.province_id)
            self.b.add_edge(node_id, mention.province_id, EdgeType.BASED_IN, mention.sentences[:3])
        elif agency is not None:
            if agency.country is not None:  # an international body is based in no one country
                add_country(self.b, f"country:{agency.country}")
                self.b.add_gazetteer_edge(node_id, f"country:{agency.country}", EdgeType.BASED_IN, f"in:{agency.id}")
            # A parent body the article does not name stays reference data: the PART_OF fact is shown once an
            # article names both.
        elif country in {"VN", "LA"}:
            add_country(self.b, f"country:{country}")
            self.b.add_edge(node_id, f"country:{country}", EdgeType.BASED_IN, mention.sentences[:1])

    def _person(self, mention: PersonMention) -> None:
        country = mention.country
        for _, org_key, _ in mention.positions:
            if org_key and self.org_country.get(org_key):
                country = country or self.org_country[org_key]
        node_id = f"person:{person_key(mention.name)}"
        self.person_ids[mention.name] = node_id
        for alias in mention.aliases:
            self.person_ids.setdefault(alias, node_id)  # events name people as the sentence calls them
        vietnamese = vietnamese_name(mention.name)
        self.b.add_node(
            node(
                node_id,
                NodeKind.PERSON,
                mention.name,
                aliases=mention.aliases,
                country=country,
                props={"identity": IDENTITY["vietnamese_name" if vietnamese else "lao_name"]},
            )
        )
        self.mentions[node_id].update(mention.sentences)
        by_title: dict[tuple[str, str], set[int]] = defaultdict(set)
        for title, org_key, sentence in mention.positions:
            if org_key and org_key in self.org_ids:
                by_title[(title, self.org_ids[org_key])].add(sentence)
        for (title, target), sentences in by_title.items():
            self.b.add_edge(
                node_id,
                target,
                EdgeType.HOLDS_POSITION,
                sentences,
                {"title": title, "first_reported": self.reported, "last_reported": self.reported},
            )

    # -- events and agreements ----------------------------------------------------------------------

    def _ref_id(self, kind: str, ref: str) -> str | None:
        if kind == "person":
            return self.person_ids.get(ref)
        if kind == "org":
            return self.org_ids.get(ref)
        if kind == "country":
            return ref if ref in self.g.countries else None
        return ref if ref in self.g.provinces else None

    def _provinces_of(self, refs: list[tuple[str, str]]) -> list[str]:
        """The provinces taking part: named directly or through a provincial body."""
        provinces = {ref for kind, ref in refs if kind == "province"}
        provinces |= {self.org_province[ref] for kind, ref in refs if kind == "org" and self.org_province.get(ref)}
        return sorted(provinces)

    def _event(self, event: EventRecord) -> None:
        refs = [(p.kind, p.ref) for p in event.participants]
        provinces = self._provinces_of(refs)
        if event.date:
            # Date, kind and the provinces taking part identify a meeting across the articles reporting it;
            # who else an article happens to name does not.
            tail = "-".join(p.split(":", 1)[1].lower() for p in provinces)
            node_id = f"event:{event.date}-{event.event_type.value}" + (f"-{tail}" if tail else "")
            plain, node_id = node_id, self._apart_from_siblings(node_id, refs)
            identity = "dated_meeting" if node_id == plain else "dated_meeting_apart"
        else:
            node_id = f"event:{self.doc_id.split(':', 1)[1][:8]}-{event.key}"
            identity = "undated_meeting"
        self.event_ids[event.key] = node_id
        self.b.add_node(
            node(
                node_id,
                NodeKind.EVENT,
                event.title or _event_name(event, self.g),
                props={
                    "event_type": event.event_type.value,
                    "date": event.date,
                    "end_date": event.end_date,
                    "date_inferred": event.date_inferred if event.date else None,
                    "date_note": event.date_note,
                    "location": event.location,
                    "title": event.title,
                    "identity": IDENTITY[identity],
                },
            )
        )
        self.mentions[node_id].update(event.sentences)
        anchor = event.sentences[:1]
        if event.province_id:
            add_province(self.b, event.province_id)
            self.b.add_edge(node_id, event.province_id, EdgeType.HELD_IN, anchor)
        elif event.country:
            add_country(self.b, event.country)
            self.b.add_edge(node_id, event.country, EdgeType.HELD_IN, anchor)
        roles: dict[str, tuple[Role, set[int]]] = {}
        for participant in event.participants:
            source = self._ref_id(participant.kind, participant.ref)
            if source is None:
                continue
            if participant.kind == "province":
                add_province(self.b, source)
            role, sentences = roles.get(source, (participant.role, set()))
            if _ROLE_RANK.index(participant.role) < _ROLE_RANK.index(role):
                role = participant.role
            roles[source] = (role, sentences | {participant.sentence})
        for source, (role, sentences) in roles.items():
            self.b.add_edge(source, node_id, EdgeType.PARTICIPATED_IN, sentences, {"role": role.value})
        self._topics(node_id, event.topics, event.sentences)

    def _apart_from_siblings(self, node_id: str, refs: list[tuple[str, str]]) -> str:
        """Two meetings this article tells apart on one day, of one kind and between the same provinces ("the
        Minister held talks with Minister A, then with Minister B") stay two: the later one is also keyed by the
        first person it has that the earlier one lacks. Without such a person they are one meeting, told twice."""
        earlier = self.people_at.get(node_id)
        people = {pid for kind, ref in refs if kind == "person" and (pid := self._ref_id(kind, ref))}
        if earlier is None:
            self.people_at[node_id] = people
            return node_id
        own = sorted(people - earlier)
        if not own:
            return node_id
        apart = f"{node_id}-with-{own[0].split(':', 1)[1]}"
        self.people_at.setdefault(apart, people)
        return apart

    def _agreement(self, agreement: AgreementRecord) -> None:
        party_ids = [pid for kind, ref in agreement.parties if (pid := self._ref_id(kind, ref))]
        when = (
            f"{agreement.period_start}-{agreement.period_end}"
            if agreement.period_start
            else (agreement.date[:7] if agreement.date else None)
        )
        identity = "dated_agreement" if when and party_ids else "undated_agreement"
        if when and party_ids:
            parties = "-".join(sorted(p.split(":", 1)[1].lower() for p in party_ids))[:80]
            node_id = f"agreement:{when}-{agreement.agreement_type.value}-{parties}"
            # Two papers the same parties signed that day ("Biên bản ghi nhớ ... Dự án A; Biên bản ghi nhớ ... Dự
            # án B"), which extraction told apart, stay two: the second is the second of its kind here.
            alike = self.agreements_alike[node_id] = self.agreements_alike.get(node_id, 0) + 1
            if alike > 1:
                node_id, identity = f"{node_id}-{alike}", "dated_agreement_listed"
        else:
            node_id = f"agreement:{self.doc_id.split(':', 1)[1][:8]}-{agreement.key}"
        self.agreement_ids[agreement.key] = node_id
        self.b.add_node(
            node(
                node_id,
                NodeKind.AGREEMENT,
                agreement.title or agreement.agreement_type.value,
                props={
                    "agreement_type": agreement.agreement_type.value,
                    "date": agreement.date,
                    "date_inferred": agreement.date_inferred if agreement.date else None,
                    "date_note": agreement.date_note,
                    "period_start": agreement.period_start,
                    "period_end": agreement.period_end,
                    "ordinal": agreement.ordinal,
                    "title": agreement.title,
                    "identity": IDENTITY[identity],
                },
            )
        )
        self.mentions[node_id].update(agreement.sentences)
        for party in party_ids:
            if party.startswith("province:"):
                add_province(self.b, party)
            elif party.startswith("country:"):
                add_country(self.b, party)
            self.b.add_edge(party, node_id, EdgeType.PARTY_TO, agreement.sentences)
        for signer in agreement.signers:
            if signer in self.person_ids:
                self.b.add_edge(self.person_ids[signer], node_id, EdgeType.SIGNED, agreement.sentences)
        if agreement.event_key and agreement.event_key in self.event_ids:
            self.b.add_edge(node_id, self.event_ids[agreement.event_key], EdgeType.SIGNED_AT, agreement.sentences)
        self._topics(node_id, agreement.topics, agreement.sentences)

    def _topics(self, node_id: str, topics: list[str], sentences: list[int]) -> None:
        for topic_id in topics:
            self.b.add_node(_topic_record(topic_id))
            self.b.add_edge(node_id, topic_id, EdgeType.HAS_TOPIC, sentences)

    def _partnerships(self) -> None:
        for statement in self.x.partnerships:
            a, b = sorted((statement.a, statement.b))
            via_id = self.event_ids.get(statement.via or "") or self.agreement_ids.get(statement.via or "")
            add_province(self.b, a)
            add_province(self.b, b)
            self.b.add_edge(
                a,
                b,
                EdgeType.PARTNERS_WITH,
                statement.sentences,
                {
                    "first_date": statement.date,
                    "last_date": statement.date,
                    "via": [via_id] if via_id else [],
                    "basis": [statement.basis],
                },
            )
        self._org_partnerships()

    def _org_partnerships(self) -> None:
        """Bodies of different countries that are parties to one agreement or meet at one event."""
        groups: list[tuple[str, list[str], list[int], str | None]] = []
        for agreement in self.x.agreements:
            orgs = [self.org_ids[ref] for kind, ref in agreement.parties if kind == "org" and ref in self.org_ids]
            groups.append((self.agreement_ids[agreement.key], orgs, agreement.sentences, agreement.date))
        for event in self.x.events:
            orgs = sorted(
                {self.org_ids[p.ref] for p in event.participants if p.kind == "org" and p.ref in self.org_ids}
            )
            groups.append((self.event_ids[event.key], orgs, event.sentences[:1], event.date))
        country = {self.org_ids[k]: c for k, c in self.org_country.items()}
        for via, orgs, sentences, when in groups:
            for i, a in enumerate(orgs):
                for b in orgs[i + 1 :]:
                    if a == b or not country.get(a) or country.get(a) == country.get(b) or not country.get(b):
                        continue
                    x, y = sorted((a, b))
                    self.b.add_edge(
                        x, y, EdgeType.PARTNERS_WITH, sentences, {"first_date": when, "last_date": when, "via": [via]}
                    )


def _event_name(event: EventRecord, g: Gazetteer) -> str:
    label = {
        "workshop": "Hội thảo",
        "conference": "Hội nghị",
        "talks": "Hội đàm",
        "visit": "Chuyến thăm",
        "working_session": "Buổi làm việc",
        "reception": "Buổi tiếp",
        "forum": "Diễn đàn",
        "signing": "Lễ ký kết",
        "online_meeting": "Hội nghị trực tuyến",
        "other": "Sự kiện",
    }[event.event_type.value]
    label = event.kind_label or label  # "Lễ khánh thành" says more than "Sự kiện"
    where = g.provinces[event.province_id].name if event.province_id else (event.location or "")
    when = event.date or ""
    return " ".join(x for x in (label, where, when) if x).strip()


def resolve(extraction: Extraction) -> DeltaRecords:
    return Resolver(extraction).build()

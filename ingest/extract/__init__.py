"""Read one cleaned document into an Extraction: places, bodies, people, events, agreements, partnerships."""

from __future__ import annotations

import re
from itertools import pairwise

from graph.schema import EventType
from ingest.extract.agreements import FoundAgreement, find_agreements
from ingest.extract.context import DocContext
from ingest.extract.dates import DateMention, document_year, find_dates, find_periods
from ingest.extract.events import (
    FoundEvent,
    assign_unlinked_people,
    find_events,
    keep_visitors,
    lend_delegation,
    one_meeting_each,
    the_delegation_met,
)
from ingest.extract.models import (
    AgreementRecord,
    EventRecord,
    Extraction,
    OrgMention,
    Participant,
    PersonMention,
    PlaceMention,
)
from ingest.extract.orgs import FoundOrg, acts, find_orgs, lao_counterpart, named_after_a_city, speaks_for_province
from ingest.extract.partnerships import find_partnerships
from ingest.extract.persons import FoundPerson, find_persons, looks_lao
from ingest.extract.places import (
    a_dateline,
    a_missions_seat,
    a_seat_or_a_past,
    find_countries,
    find_provinces,
    in_a_units_making,
    in_brackets_after_a_body,
    named_as_neighbour,
    where_someone_is_from,
)
from ingest.extract.topics import find_topics
from ingest.letters import fold
from ingest.models import CleanDocument
from ingest.sentences import split_sentences


def extract(doc: CleanDocument) -> Extraction:
    text = doc.text
    sentences = split_sentences(text)
    orgs = _complete_short_names(find_orgs(text))
    persons = [p for s in sentences for p in find_persons(text, orgs, s.start, s.end)]
    for person in persons:
        # A Lao name whose post names a ministry as Vietnam's is ("Bộ trưởng Tài chính") holds Laos's.
        if person.country == "LA" or (person.country == "VN" and looks_lao(person.name) and "Lào" in text):
            for _, org in person.positions:
                if org is not None:
                    lao_counterpart(org)
            if any(org is not None and org.country == "LA" for _, org in person.positions):
                person.country = "LA"
    # A ministry named only inside a title ("Bộ trưởng Công nghệ và Truyền thông Lào") is a mention too.
    spans = {(o.start, o.end) for o in orgs}
    orgs += [org for p in persons for _, org in p.positions if org and (org.start, org.end) not in spans]
    orgs.sort(key=lambda o: o.start)
    ctx = DocContext(
        text=text,
        sentences=sentences,
        orgs=orgs,
        persons=persons,
        # "Bộ trưởng Nguyễn Thái Bình": a province's name inside a person's is no province.
        provinces=[p for p in find_provinces(text, sentences) if not any(x.start <= p.start < x.end for x in persons)],
        countries=find_countries(text, sentences),
        dates=find_dates(text, document_year(text, doc.published), doc.published),
        periods=find_periods(text),
    )
    _no_laos_no_lao(ctx)
    for place in ctx.provinces:
        # (before any reader: where an item is from, and a province's own making, "sau khi tỉnh A được tách ra từ B")
        place.aside = a_dateline(text, place.start, place.end) or in_a_units_making(text, place.start, place.end)
    events = find_events(ctx)
    agreements = find_agreements(ctx, events)  # may add the signing ceremonies it reads
    for event in events:
        the_delegation_met(ctx, event, events)
    assign_unlinked_people(ctx, events)
    lend_delegation(ctx, events)
    keep_visitors(ctx, events)
    one_meeting_each(ctx, events)
    # A page tells no meeting or signing dated after the day it was published: what its programme or schedule holds
    # ("Thời gian: 8 giờ 30, ngày 12/8/2025" in an invitation posted on 5/8) is still to come.
    events = [e for e in events if not _after_the_page(e.date, doc.published)]
    agreements = [a for a in agreements if not _after_the_page(a.date, doc.published)]
    for agreement in agreements:
        if agreement.event is not None and agreement.event not in events:
            agreement.event = None
    # A meeting with nobody and nowhere named, even after lending the trip's delegation ("Toàn cảnh hội nghị"
    # under a photo), says nothing an analyst can use.
    events = [e for e in events if e.participants or e.province_id or any(a.event is e for a in agreements)]
    provinces = mark_asides(ctx)  # before partnerships: a province named aside is no party to cooperation
    event_keys = {id(e): f"event-{i}" for i, e in enumerate(events)}
    agreement_keys = {id(a): f"agreement-{i}" for i, a in enumerate(agreements)}
    return Extraction(
        doc=doc,
        sentences=sentences,
        provinces=provinces,
        countries=ctx.countries,
        orgs=_org_mentions(ctx),
        persons=_person_mentions(ctx),
        events=[_event_record(ctx, e, event_keys[id(e)], doc.title) for e in events],
        agreements=[_agreement_record(ctx, a, agreement_keys[id(a)], event_keys) for a in agreements],
        partnerships=find_partnerships(ctx, events, agreements, event_keys, agreement_keys),
    )


def _after_the_page(date: DateMention | None, published: str | None) -> bool:
    """A day later than the page's own (both to the day: a month or a year says too little to tell)."""
    day = date.value if date is not None else None
    return day is not None and published is not None and len(day) == len(published) == 10 and day > published


_CUT_AFTER = re.compile(r"[\s,;(]*\Z")


def _no_laos_no_lao(ctx: DocContext) -> None:
    """A name of Lao shape ("Matsushita Yoshihiko", "Olga Lidia Tapia Iglesias") in an article that names neither
    Laos nor a Lao province is of the one foreign country the article names, or of none we can tell."""
    named = {c.node_id for c in ctx.countries}
    if "country:LA" in named or any(p.node_id.startswith("province:LA") for p in ctx.provinces):
        return
    foreign = sorted(named - {"country:VN"})
    for person in ctx.persons:
        if person.country == "LA" and not any(org is not None and org.country == "LA" for _, org in person.positions):
            person.country = foreign[0].removeprefix("country:") if len(foreign) == 1 else None


def mark_asides(ctx: DocContext) -> list[PlaceMention]:
    """Provinces named only as part of a non-provincial body's name, as a diplomat's seat, as neighbours, or as
    where someone comes from."""
    for place in ctx.provinces:
        inside = next((o for o in ctx.orgs if o.start <= place.start < o.end), None)
        named_after = inside is not None and speaks_for_province(inside) != place.node_id
        seat = a_missions_seat(ctx.text, place.start)
        neighbour = named_as_neighbour(ctx.text, place.start)
        origin = where_someone_is_from(ctx.text, place.start) or _locates_a_body_or_a_life(ctx, place)
        # "Cuối tháng 8 vừa qua, tại Hà Nội,": the page was cut right after the place, before what happened there.
        cut = _CUT_AFTER.match(ctx.text, place.end) is not None
        place.aside = bool(named_after or seat or neighbour or origin or cut)  # (a dateline is a place again)
    for before, place in pairwise(ctx.provinces):
        # "đến từ tỉnh Luông Pha Băng (Louangphabang)": the other spelling in brackets is the same mention.
        if place.node_id == before.node_id and re.fullmatch(r"\s*\(\s*", ctx.text[before.end : place.start]):
            place.aside = before.aside
    return ctx.provinces


def _locates_a_body_or_a_life(ctx: DocContext, place: PlaceMention) -> bool:
    """The place says where a firm sits or someone once lived, or the making of a province ("tỉnh A được tách ra
    từ tỉnh B"), or stands in brackets right after a body
    ("Hợp tác xã Nông sản Mai Châu (tỉnh Hòa Bình)")."""
    return (
        a_seat_or_a_past(ctx.text, place.start)
        or in_a_units_making(ctx.text, place.start, place.end)
        or in_brackets_after_a_body(ctx.text, place.start, (o.end for o in ctx.orgs))
    )


def _complete_short_names(orgs: list[FoundOrg]) -> list[FoundOrg]:
    """A body named short ("Ủy ban Hợp tác KH&CN Việt Nam") and in full ("... Việt Nam - Lào") in one
    document is one body: the short form takes the full form's key."""
    keys = {fold(o.key): o for o in orgs}
    for org in orgs:
        short = fold(org.key)
        for key, full in keys.items():
            same_side = org.country in (None, full.country) or full.country is None
            same_kind = org.org_type == full.org_type or full.agency is not None
            if key != short and key.startswith(short + " ") and same_side and same_kind:
                if _a_branch_of_a_national_body(short, key):
                    continue
                org.key, org.country, org.province, org.agency = full.key, full.country, full.province, full.agency
                break
    return orgs


# ("Hội Hữu nghị Việt Nam - Lào" and "Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh": the national body and a province's
# branch of it are two bodies; "Sở Y tế" and "Sở Y tế tỉnh Hà Tĩnh" are one, a department being a province's own)
_NAMES_ITS_COUNTRY = re.compile(r"\b(?:viet nam|lao)$")
_A_PROVINCE_AFTER = re.compile(r"(?:tinh|thanh pho|tp\.?)\s")


def _a_branch_of_a_national_body(short: str, full: str) -> bool:
    return bool(_NAMES_ITS_COUNTRY.search(short) and _A_PROVINCE_AFTER.match(full[len(short) + 1 :]))


def _org_mentions(ctx: DocContext) -> list[OrgMention]:
    merged: dict[str, OrgMention] = {}
    for org in ctx.orgs:
        index = ctx.sentence_of(org.start)
        mention = merged.get(org.key)
        if mention is None:
            merged[org.key] = _org_mention(org, index)
            continue
        mention.sentences.append(index)
        mention.aliases = sorted(set(mention.aliases) | {org.name, *org.aliases} - {mention.name})
    for org in ctx.orgs:
        if acts(ctx.text, org.start):
            merged[org.key].acts = True
    return list(merged.values())


def _org_mention(org: FoundOrg, index: int) -> OrgMention:
    return OrgMention(
        key=org.key,
        name=org.key,
        aliases=sorted({org.name, *org.aliases} - {org.key}),
        country=org.country,
        # "Trường Đại học Quảng Bình": a school or firm named after its city is no mention of the province.
        province_id=org.province.id if org.province and not named_after_a_city(org) else None,
        agency_id=org.agency.id if org.agency else None,
        org_type=org.org_type,
        sentences=[index],
    )


def _person_mentions(ctx: DocContext) -> list[PersonMention]:
    merged: dict[str, PersonMention] = {}
    full_names = {fold(p.name) for p in ctx.persons if len(p.name.split()) > 1}
    for person in ctx.persons:
        index = ctx.sentence_of(person.start)
        key = fold(person.name)
        if len(person.name.split()) == 1:
            # "Bua-khăm" after "Bua-khăm Xay-nha-vông": the same person called by the given name alone.
            key = next((name for name in sorted(full_names) if name.split()[0] == key), key)
        else:
            key = _full_name_ending(key, full_names) or key
        mention = merged.setdefault(key, PersonMention(name=person.name, country=person.country, sentences=[]))
        if person.name != mention.name:
            if len(person.name) > len(mention.name):
                mention.aliases.append(mention.name)
                mention.name = person.name
            else:
                mention.aliases.append(person.name)
        mention.sentences.append(index)
        mention.country = mention.country or person.country
        for title, org in person.positions:
            mention.positions.append((title, _position_org(ctx, title, org, person), index))
    return list(merged.values())


def _full_name_ending(name: str, full_names: set[str]) -> str | None:
    """ "ông Văn Hùng" after "Nguyễn Văn Hùng", "ông Khăm Mạ Ni" after "Xổm Xay Phụ Lạ Khăm Mạ Ni": a name of two
    or more words that ends the one full name of the article it could shorten is that person, called by its last
    words. Two full names ending alike leave it as it is."""
    longer = [full for full in full_names if full.endswith(" " + name)]
    return longer[0] if len(longer) == 1 else None


def _position_org(ctx: DocContext, title: str, org: FoundOrg | None, person: FoundPerson) -> str | None:
    """A title without its body ("Giám đốc Sở") belongs to the nearest body of that kind named before it."""
    if org is not None:
        return org.key
    wanted = {
        "Sở": "department",
        "UBND": "peoples_committee",
        "Ủy ban nhân dân": "peoples_committee",
        "Tỉnh ủy": "party_committee",
        "Viện": "institute",
    }
    for word, org_type in wanted.items():
        if word in title:
            before = [o for o in ctx.orgs if o.start < person.start and o.org_type == org_type]
            side = _side_named(ctx, person)
            # "về phía thành phố Đà Nẵng có ông X, Phó Chủ tịch UBND thành phố": the side's body, if it has one
            own = [o for o in before if side is not None and o.province is not None and o.province.id == side]
            if own or before:
                return (own or before)[-1].key
    return None


def _side_named(ctx: DocContext, person: FoundPerson) -> str | None:
    """The province named last before a person in the person's sentence: the side the person speaks for."""
    index = ctx.sentence_of(person.start)
    named = [p for p in ctx.provinces_in(index) if p.end <= person.start]
    return named[-1].node_id if named else None


def _kind_label(event: FoundEvent) -> str | None:
    """What the text calls a meeting of no listed kind, as a name's first words: "Lễ khánh thành", "Lễ trao tặng
    huân chương", "Buổi gặp mặt"."""
    if event.event_type is not EventType.OTHER or not event.cue:
        return None
    cue = event.cue.lower().removeprefix("tổ chức ")  # "tổ chức giao lưu" names a "Buổi giao lưu"
    if not cue.startswith(("lễ", "buổi", "cuộc", "ngày", "hội")):
        cue = ("lễ " if cue.startswith(("trao", "khánh thành", "khởi công", "khai")) else "buổi ") + cue
    return cue[0].upper() + cue[1:]


def _event_record(ctx: DocContext, event: FoundEvent, key: str, doc_title: str) -> EventRecord:
    sentences = sorted(event.sentences)
    text = " ".join(ctx.sentence_text(i) for i in sentences)
    return EventRecord(
        key=key,
        event_type=event.event_type,
        title=event.title,
        date=event.date.value if event.date else None,
        end_date=event.date.end_value if event.date else None,
        date_inferred=bool(event.date and event.date.inferred),
        date_note=event.date.day_month if event.date and event.date.value is None else None,
        location=event.location,
        province_id=event.province_id,
        country=event.country_id,
        participants=[
            Participant(kind=kind, ref=ref, role=role, sentence=sentence)
            for kind, ref, role, sentence in event.participants
        ],
        kind_label=_kind_label(event),
        topics=find_topics(text + " " + (doc_title if event.anchor <= 3 else "")),
        sentences=sentences,
    )


def _agreement_record(
    ctx: DocContext, agreement: FoundAgreement, key: str, event_keys: dict[int, str]
) -> AgreementRecord:
    sentences = sorted(agreement.sentences)
    return AgreementRecord(
        key=key,
        agreement_type=agreement.agreement_type,
        title=agreement.title,
        date=agreement.date.value if agreement.date else None,
        date_inferred=bool(agreement.date and agreement.date.inferred),
        date_note=agreement.date.day_month if agreement.date and agreement.date.value is None else None,
        period_start=agreement.period[0] if agreement.period else None,
        period_end=agreement.period[1] if agreement.period else None,
        ordinal=agreement.ordinal,
        parties=list(agreement.parties) + _provinces_signing(ctx, agreement.parties),
        signers=list(agreement.signers),
        event_key=event_keys.get(id(agreement.event)) if agreement.event else None,
        topics=find_topics(" ".join(ctx.sentence_text(i) for i in sentences)),
        sentences=sentences,
    )


# Bodies that speak for their whole province: what they sign, the province signs.
_THE_PROVINCE_ITSELF = frozenset({"peoples_committee", "peoples_council", "party_committee", "government"})


def _provinces_signing(ctx: DocContext, parties: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "UBND tỉnh Hà Tĩnh và Chính quyền tỉnh Bôlykhămxay ký ...": the two provinces are parties too."""
    named = {ref for kind, ref in parties if kind == "province"}
    keys = {ref for kind, ref in parties if kind == "org"}
    found: list[tuple[str, str]] = []
    for org in ctx.orgs:
        province = speaks_for_province(org) if org.key in keys and org.org_type in _THE_PROVINCE_ITSELF else None
        if province is not None and province not in named:
            named.add(province)
            found.append(("province", province))
    return found

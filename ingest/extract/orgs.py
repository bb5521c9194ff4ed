"""Bodies named in the text: ministries, provincial departments, committees, agencies, associations, firms.

National bodies the gazetteer knows are found by their names and abbreviations at once. Other bodies are
read from a head word ("Sở", "Cục", "Viện", "Trung tâm", "UBND", "Tỉnh ủy", "Hội", "Công ty" ...) and the
words that continue the name. Vietnamese capitalises only a name's first syllable of each part
("Cục Ứng dụng và Phát triển công nghệ"), so the name continues through capitalised words, connectives
and the lower-case field words bodies are named after, and ends at a province ("... tỉnh Quảng Trị"),
a country ("... Lào"), or the first word that cannot belong to a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ingest.extract.places import country_at, namesake_province, province_at
from ingest.gazetteer import Agency, Gazetteer, Hit, PhraseMatcher, Province, load_gazetteer
from ingest.letters import UPPER, fold
from ingest.lexicons import load_lexicons

_TOKEN = re.compile(r"[\w&]+(?:[-–][\w&]+)*|\S")

# Head word -> the kind of body it names (ingest/lexicon/body_heads.tsv).
HEADS: dict[str, str] = load_lexicons().body_heads
# Heads whose body belongs to a province and is named after it.
PROVINCIAL_HEADS = {"department", "peoples_committee", "peoples_council", "party_committee", "police"}
# Bodies that act for their province: a university or a firm named after its city does not.
PROVINCIAL_ACTORS = PROVINCIAL_HEADS | {"association", "office", "front"}


# Bodies named after a city without being the province's: "Trường Đại học Cần Thơ", "Công ty ... Đà Nẵng".
_NAMED_AFTER_A_CITY = {"university", "college", "company"}


def named_after_a_city(org: FoundOrg) -> bool:
    return org.org_type in _NAMED_AFTER_A_CITY and speaks_for_province(org) is None


def speaks_for_province(org: FoundOrg) -> str | None:
    """The province a body acts for: a provincial body by its head ("Sở", "UBND", "Tỉnh ủy" ...), or any body
    named as the province's with "tỉnh" or "thành phố" ("Bộ Chỉ huy Quân sự tỉnh Lai Châu", "Trường Chính trị
    tỉnh Thanh Hóa"), but not a university or a firm named after its city."""
    if org.province is None:
        return None
    if org.org_type in PROVINCIAL_ACTORS or (org.base is not None and org.org_type not in _NAMED_AFTER_A_CITY):
        return org.province.id
    if org.org_type == "hospital" and not _A_NATIONAL_HOSPITAL.search(org.name):
        return org.province.id  # "Bệnh viện Hữu nghị Đa khoa Nghệ An": the province's own general hospital
    return None


# "Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa Trung ương Quảng Nam", "Bệnh viện Đại học Y Hà Nội": a hospital of the
# nation, or of a university, named after the city it stands in
_A_NATIONAL_HOSPITAL = re.compile(r"\b(?:Trung ương|TW|Đại học|Quân y|Quân đội)\b")


_OPENS_SENTENCE = load_lexicons().sentence_openers
STOP_BODIES = load_lexicons().stop_bodies


_COUNTRY_LEAD = re.compile(r"(của|nước|(?:thuộc\s+)?Chính phủ(?:\s+Hoàng gia)?)\s+")


def _country_suffix(rest: str) -> tuple[str | None, str | None]:
    """A country closing a body's name ("... Lào", "... của Việt Nam", "... Sierra Leone"): its words and code.
    Bodies of third countries keep their own country."""
    # "của Lào", "nước Lào", "Chính phủ Hoàng gia Campuchia": the government a ministry belongs to names its country.
    lead = _COUNTRY_LEAD.match(rest)
    offset = lead.end() if lead else 0
    found = country_at(rest, offset)
    return (rest[: found[1]], found[0]) if found is not None else (None, None)


_PROVINCE_LINK = ("tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP", "TP.", "Thủ đô", "thủ đô")
_LINKS_LONGEST_FIRST = sorted(_PROVINCE_LINK, key=len, reverse=True)


@dataclass
class FoundOrg:
    key: str
    name: str
    start: int
    end: int
    country: str | None
    province: Province | None = None
    agency: Agency | None = None
    org_type: str | None = None
    aliases: list[str] = field(default_factory=list)
    base: str | None = None  # the name without its province, for a provincial body: "Sở Y tế"


def lao_counterpart(org: FoundOrg) -> None:
    """ "Santiphab Phomvihane, Bộ trưởng Tài chính": a Lao official's ministry, named as Vietnam's is, is Laos's.
    Called for the posts of people of Laos whose body's name says no country."""
    if org.country != "VN" or org.agency is None or "Việt Nam" in org.name or "VN" in org.name:
        return
    lao = agency_named(f"{org.agency.name} Lào")
    if lao is not None and lao.country == "LA":
        org.key, org.country, org.agency, org.org_type = lao.name, "LA", lao, lao.org_type


@cache
def _agency_matcher() -> PhraseMatcher:
    g = load_gazetteer()
    phrases: dict[str, str] = {}
    for agency in g.agencies.values():
        for spelling in (agency.name, *agency.aliases):
            for written in (spelling, *_dashed(spelling)):
                phrases.setdefault(written, agency.id)
    return PhraseMatcher(phrases, mixed_tones=True)


def _dashed(spelling: str) -> list[str]:
    """The spelling with one of its "và" written as a dash, as writers join two fields: "Ủy ban Văn hóa và Xã
    hội" is also "Ủy ban Văn hóa - Xã hội" and "Ủy ban Văn hóa – Xã hội" (see _FIELD_JOINER)."""
    parts = spelling.split(" và ")
    return [
        " và ".join(parts[:i]) + dash + " và ".join(parts[i:])
        for i in range(1, len(parts))
        for dash in (" - ", " – ", "-", "–")
    ]


@cache
def _agency_by_name() -> dict[str, Agency]:
    index: dict[str, Agency] = {}
    for agency in load_gazetteer().agencies.values():
        for spelling in (agency.name, *agency.aliases):
            index.setdefault(_agency_spelling(spelling), agency)
    return index


# Two fields of one body are joined by "và", a dash or "&" as the writer pleases: "Bộ Công nghệ - Truyền thông" is
# "Bộ Công nghệ và Truyền thông".
_FIELD_JOINER = re.compile(r"\s+[-–&]\s+|\s*&\s*")


def _agency_spelling(name: str) -> str:
    """A body's name as the gazetteer's index holds it: folded, its fields joined one way."""
    return fold(_FIELD_JOINER.sub(" và ", name))


def agency_named(name: str) -> Agency | None:
    return _agency_by_name().get(_agency_spelling(name))


@cache
def _head_matcher() -> PhraseMatcher:
    return PhraseMatcher({head: head for head in HEADS})


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    # One pass over every abbreviation, longest first; no expansion holds another abbreviation (a test says so),
    # so this is the same as expanding them one by one, at a fraction of the cost.
    shorts = sorted(load_lexicons().abbreviations, key=len, reverse=True)
    return re.compile(r"(?<![\w&])(" + "|".join(map(re.escape, shorts)) + r")(?![\w&])")


def expand_abbreviations(name: str) -> str:
    full = load_lexicons().abbreviations
    return _abbreviation_pattern().sub(lambda m: full[m.group(1)], name)


# A mission abroad is named by the country it speaks for and, often, where it sits: "Đại sứ quán Lào tại Việt
# Nam", "Tổng Lãnh sự quán Việt Nam tại Luông Pha Bang".
_MISSION = re.compile(r"(?P<head>Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)\s+(?:nước\s+)?(?P<country>\w)")
_SEAT = re.compile(r"\s+tại\s+((?:[^\W\d_][\w-]*\s*){1,4})")


def _embassies(text: str) -> list[FoundOrg]:
    found = []
    for m in _MISSION.finditer(text):
        _, code = _country_suffix(text[m.start("country") : m.start("country") + 60])
        if code is None:
            continue
        country = load_gazetteer().countries[f"country:{code}"]
        suffix, _ = _country_suffix(text[m.start("country") :])
        end = m.start("country") + len(suffix)
        seat = _mission_seat(text, end)
        if seat:
            end = text.index(seat, end) + len(seat)
        kind = "embassy" if m["head"] == "Đại sứ quán" else "consulate"
        key = f"{m['head']} {country.name}" + (f" tại {seat}" if seat else "")
        found.append(
            FoundOrg(key=key, name=text[m.start() : end], start=m.start(), end=end, country=code, org_type=kind)
        )
    return found


def _mission_seat(text: str, pos: int) -> str | None:
    """The capitalised place after "tại" where a mission sits, up to the first word that is not capitalised."""
    seat = _SEAT.match(text, pos)
    if seat is None:
        return None
    # A seat the gazetteer knows ends where its name ends: "tại Lào Nguyễn Duy Quận" sits in Laos.
    place = province_at(text, seat.start(1))
    if place is not None:
        return text[seat.start(1) : seat.start(1) + place.end]
    country = country_at(text, seat.start(1))
    if country is not None:
        return text[seat.start(1) : country[1]]
    words = []
    for word in seat.group(1).split():
        if not word[:1].isupper():
            break
        words.append(word)
    return " ".join(words) or None


_STATE_BODIES = frozenset({"party", "government", "legislature"})
# "Ủy viên BCH Trung ương Đảng Nhân dân Cách mạng Lào": a seat the person holds in the party, not a body at work.
_MEMBER_OF = re.compile(
    r"(?:Ủy viên|Uỷ viên|UV|Bí thư|Ban Chấp hành|BCH)\s+(?:(?:BCH|Ban Chấp hành)\s+)?(?:Trung ương|TƯ|TW|T\.Ư)\s+$"
)
# "lãnh đạo Đảng, Nhà nước, Chính phủ, Quốc hội Lào", "Đảng, Nhà nước và Chính phủ Lào luôn coi trọng ...": the
# state named as a whole in a formula, no body of it at work.
_STATE_BEFORE = re.compile(r"\bNhà nước(?:\s*,\s*\w+(?:\s\w+)?)*\s*(?:,|và)\s*$", re.IGNORECASE)
_STATE_AFTER = re.compile(r"\s*(?:,|và)\s*Nhà nước\b", re.IGNORECASE)


def _not_acting(text: str, start: int, end: int) -> bool:
    return bool(
        _MEMBER_OF.search(text[max(0, start - 40) : start])
        or _STATE_BEFORE.search(text[max(0, start - 50) : start])
        or _STATE_AFTER.match(text, end)
    )


_STAFF_BEFORE = re.compile(r"\bcán\s+$", re.IGNORECASE)
_INTER = re.compile(r"\b[Ll]iên\s+$")


def find_orgs(text: str) -> list[FoundOrg]:
    g = load_gazetteer()
    found: list[FoundOrg] = _embassies(text)
    taken: list[tuple[int, int]] = [(o.start, o.end) for o in found]
    _agency_bodies(text, g, found, taken)
    _head_bodies(text, g, found, taken)
    found += _short_forms(text, found, taken)
    found += _province_lists(text, found, taken, g)
    found = _heads_sharing_a_province(text, found, taken)
    listed, named_once = _counted_province_lists(text, taken, g)
    # "Sở Y tế 3 tỉnh: A, B, C" names three bodies; the head alone ("Sở Y tế") is none of its own.
    found = [o for o in found if not any(a <= o.start and o.end <= b for a, b in named_once)] + listed
    found += _shared_head_lists(text, taken)
    _facts_in_brackets(text, found)
    _owners_after_of(text, found)
    _of_this_province(text, found)
    _a_province_not_its_capital(found)
    return sorted(found, key=lambda o: o.start)


# Bodies of a province, never of a capital: "Tỉnh ủy Viêng Chăn" is Vientiane Province's party committee (the
# capital has a "Thành ủy").
_PROVINCE_ONLY_HEADS = re.compile(r"\bTỉnh (?:ủy|uỷ|đoàn|đội)\s")


def _a_province_not_its_capital(found: list[FoundOrg]) -> None:
    for org in found:
        if org.province is None or org.province.province_type != "capital" or not _PROVINCE_ONLY_HEADS.search(org.name):
            continue
        named = namesake_province(org.province)
        if named is not None:
            org.province = named


_BARE_PROVINCE_WORD = re.compile(r"\s+tỉnh(?=\s+[a-zà-ỹđ]|\s*[,.;:])")


def _of_this_province(text: str, found: list[FoundOrg]) -> None:
    """ "UBND tỉnh Hòa Bình, Hội hữu nghị Việt Nam - Lào tỉnh đã đón ...": a body followed by a bare "tỉnh" is that
    of the province its sentence named before it."""
    for org in found:
        if org.province is not None or org.country not in (None, "VN", "LA"):
            continue
        bare = _BARE_PROVINCE_WORD.match(text, org.end)
        if bare is None:
            continue
        opened = text.rfind(".", 0, org.start) + 1
        named = [o.province for o in found if o.province is not None and opened <= o.start < org.start]
        if not named:
            continue
        province = named[-1]
        base = org.agency.name if org.agency is not None else org.key
        org.key = f"{base} {_province_phrase(province, org.org_type or '')}"
        org.province, org.country, org.base = province, province.country, base
        org.agency = None  # the province's branch, not the national body the gazetteer holds
        org.end = bare.end()
        org.name = text[org.start : org.end]


def _agency_bodies(text: str, g: Gazetteer, found: list[FoundOrg], taken: list[tuple[int, int]]) -> None:
    for hit in _agency_matcher().find(text):
        if any(a <= hit.start < b for a, b in taken):
            continue
        agency = g.agencies[hit.key]
        if _not_the_agency(text, hit, agency):
            continue
        if _state_not_at_work(text, hit, agency):
            taken.append((hit.start, hit.end))
            continue
        org = (
            _ministry_unit(text, hit, agency, g)
            or _foreign_counterpart_body(text, hit, agency, g)
            or _province_branch_body(text, hit, agency, g)
            or _plain_agency(text, hit, agency)
        )
        found.append(org)
        taken.append((org.start, org.end))


def _not_the_agency(text: str, hit: Hit, agency: Agency) -> bool:
    if text.startswith("bộ ", hit.start):
        return True  # "ứng dụng tiến bộ khoa học và công nghệ": progress in science, not the Ministry
    if _STAFF_BEFORE.search(text[max(0, hit.start - 6) : hit.start]):
        return True  # "đoàn cán bộ y tế tỉnh Bình Định": health staff, not the Ministry of Health
    # "Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc": a joint body, read from its head
    return agency.org_type not in {"ministry", *_STATE_BODIES} and _joint_body_after(text, hit.end)


def _state_not_at_work(text: str, hit: Hit, agency: Agency) -> bool:
    # "Ủy ban liên Chính phủ Việt Nam - Lào": "liên Chính phủ" is intergovernmental, a word of the committee's name.
    return agency.org_type in _STATE_BODIES and bool(
        _INTER.search(text[max(0, hit.start - 6) : hit.start]) or _not_acting(text, hit.start, hit.end)
    )


def _ministry_unit(text: str, hit: Hit, agency: Agency, g: Gazetteer) -> FoundOrg | None:
    """ "Văn phòng Bộ Y tế Lào": an office of a ministry is a body of its own, not the ministry."""
    before = text[max(0, hit.start - 30) : hit.start]
    unit = _UNIT_OF.search(before) if agency.org_type == "ministry" else None
    if unit is None:
        return None
    start = hit.start - (len(before) - unit.start())
    end, country, ministry = _ministry_with_country(text, hit.end, agency, g)
    return FoundOrg(
        key=f"{unit.group(1)} {ministry}",
        name=text[start:end],
        start=start,
        end=end,
        country=country,
        org_type="office",
    )


def _foreign_counterpart_body(text: str, hit: Hit, agency: Agency, g: Gazetteer) -> FoundOrg | None:
    """ "Bộ Ngoại giao Lào", "Bộ Y tế nước CHDCND Lào", "Bộ Ngoại giao Nhật Bản": a Vietnamese body's name with
    another country after it names that country's counterpart (its own row when the gazetteer has it)."""
    foreign = _foreign_counterpart(text, hit.end, agency) or _in_a_lao_list(text, hit.start, hit.end, agency)
    if foreign is None:
        return None
    end, code = foreign
    key = f"{expand_abbreviations(agency.name)} {g.countries[f'country:{code}'].name}"
    own = agency_named(key)
    return FoundOrg(
        key=own.name if own else key,
        name=text[hit.start : end],
        start=hit.start,
        end=end,
        country=code,
        agency=own,
        org_type=agency.org_type,
    )


_COMMITTEE_BEFORE = re.compile(r"(?:Ủy|Uỷ) ban\s+$")


def _province_branch_body(text: str, hit: Hit, agency: Agency, g: Gazetteer) -> FoundOrg | None:
    """ "Hội hữu nghị Việt Nam – Lào tỉnh Đắk Lắk": a national body's name with a province names its branch."""
    branch = _province_branch(text, hit.end, g)
    if branch is None:
        return None
    province, end = branch
    # "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh X": a front's branch in a province is named by its committee.
    before = text[max(0, hit.start - 8) : hit.start]
    committee = _COMMITTEE_BEFORE.search(before) if agency.org_type == "front" else None
    start = hit.start - len(before) + committee.start() if committee else hit.start
    return FoundOrg(
        key=f"{'Ủy ban ' if committee else ''}{agency.name} {_province_phrase(province, agency.org_type or '')}",
        name=text[start:end],
        start=start,
        end=end,
        country=province.country,
        province=province,
        org_type=agency.org_type,
    )


def _plain_agency(text: str, hit: Hit, agency: Agency) -> FoundOrg:
    return FoundOrg(
        key=agency.name,
        name=text[hit.start : hit.end],
        start=hit.start,
        end=hit.end,
        country=agency.country,
        agency=agency,
        org_type=agency.org_type,
    )


def _head_bodies(text: str, g: Gazetteer, found: list[FoundOrg], taken: list[tuple[int, int]]) -> None:
    for hit in _head_matcher().find(text):
        if not text[hit.start].isupper() and not _a_provinces_government(text, hit):
            hit = _head_within(text, hit)  # "tại trường Đại học X": a common noun, then the head proper
        if hit is None or any(a <= hit.start < b for a, b in taken) or _not_a_head(text, hit):
            continue
        org = _body_from_head(text, hit, g, found)
        if org is not None and all(org.end <= a or org.start >= b for a, b in taken):
            found.append(org)
            taken.append((org.start, org.end))


def _not_a_head(text: str, hit: Hit) -> bool:
    if len(_field_phrase(text, hit.start) or "") > len(hit.key):
        return True  # "Khoa học ...": a field word that begins like a head word
    if _inside_person_name(text, hit.start):
        return True  # "Nguyễn Trường Giang": a syllable of a name that spells like a head word
    if hit.key == "Hội" and _inside_place_name(text, hit.start):
        return True  # "cửa khẩu Vĩnh Hội Đông", "phố cổ Hội An": a syllable of a place's name
    # "Bộ trưởng ...", "Hội nghị ...", "Phòng họp": a post or a meeting, not a body
    return _opens_title_or_meeting(text, hit.start, hit.end)


def _body_from_head(text: str, hit: Hit, g: Gazetteer, found: list[FoundOrg]) -> FoundOrg | None:
    org = _read_name(text, hit.start, hit.end, hit.key, g)
    owner = _owner_named_next(text, hit.end, org.end if org is not None else hit.end + 80, found)
    if owner is None:
        return org
    # "Vụ Hợp tác quốc tế Bộ Y tế", "Vụ Công nghệ và Đổi mới - Bộ ...": a unit named before the ministry it belongs
    # to ends where the ministry's name begins (read as if a comma stood there), and is keyed with it: the
    # ministries' "Vụ Hợp tác quốc tế" are as many bodies as ministries.
    org = _read_name(text[: owner.start].rstrip(" -–") + ",", hit.start, hit.end, hit.key, g)
    if org is not None:
        org.key, org.country = f"{org.key} {owner.key}", org.country or owner.country
    return org


_OF = re.compile(r"\s+của\s+")
_OWNERS = frozenset({"ministry", "legislature", "party_committee"})


def _owners_after_of(text: str, found: list[FoundOrg]) -> None:
    """ "Ủy ban Kinh tế của Quốc hội Lào", "Ban Tuyên giáo của Tỉnh ủy Nghệ An": a unit that names no country of its
    own, followed by "của" and the ministry, the assembly or the party committee it belongs to, is that body's unit:
    keyed with it, of its country, as when no "của" stands between them."""
    owners = {o.start: o for o in found if o.org_type in _OWNERS}
    for org in found:
        of = _OF.match(text, org.end) if org.country is None else None
        owner = owners.get(of.end()) if of is not None else None
        if owner is not None:
            org.key, org.country = f"{org.key} {owner.key}", owner.country
            org.province = org.province or owner.province


def _facts_in_brackets(text: str, found: list[FoundOrg]) -> None:
    for org in (o for o in found if "(" in text[o.end : o.end + 3]):  # (most names are not followed by a bracket)
        if org.country is None:
            org.country = _country_in_brackets(text, org.end)
        member = _MEMBER_IN_BRACKETS.match(text, org.end) if org.org_type in {"university", "college"} else None
        if member is not None:
            # "Trường Đại học Kinh tế (Đại học Đà Nẵng)": a member school is keyed with its university, as written
            # after a comma; each university has its "Trường Đại học Kinh tế".
            org.key, org.country = f"{org.key}, {member.group(1)}", org.country or "VN"


def _country_in_brackets(text: str, end: int) -> str | None:
    """ "Trường Đại học Khon Kaen (Thái Lan)", "Công ty Itochu (Nhật Bản)": the country in brackets right after a
    body's name is the body's."""
    opening = re.match(r"\s*\(\s*", text[end : end + 4])
    if opening is None:
        return None
    found = country_at(text, end + opening.end())
    return found[0] if found is not None and re.match(r"\s*\)", text[found[1] : found[1] + 3]) else None


def _owner_named_next(text: str, head_end: int, end: int, found: list[FoundOrg]) -> FoundOrg | None:
    """A ministry already found inside the name read from a head, within its clause ("Ủy ban Liên Chính phủ" is
    no unit of the government: a state body owns no unit named this way)."""
    owners = [
        o
        for o in found
        if head_end < o.start < end
        and o.org_type == "ministry"
        and not re.search(r"[.;:,()]", text[head_end : o.start])
    ]
    return min(owners, key=lambda o: o.start, default=None)


_LIST_ITEM_SEP = re.compile(r"\s*(?:,|;|\bvà\b)\s*")


def _provincial_body(base: str, kind: str, province: Province, text: str, start: int, end: int) -> FoundOrg:
    """The body a head names for one province of a list, named where the province stands; its name as the article
    spells the province is kept beside the gazetteer's ("Sở Y tế tỉnh Champasak")."""
    key = f"{base} {_province_phrase(province, kind)}"
    written = key.replace(province.name.removeprefix("tỉnh "), text[start:end])
    return FoundOrg(
        key=key,
        name=text[start:end],
        start=start,
        end=end,
        country=province.country,
        province=province,
        org_type=kind or None,
        base=base,
        aliases=[written] if written != key else [],
    )


def _province_lists(text: str, found: list[FoundOrg], taken: list[tuple[int, int]], g: Gazetteer) -> list[FoundOrg]:
    """ "Sở Y tế tỉnh Phông Sa Lỳ, U Đôm Xay và Luông Pha Bang": one body per province of the list."""
    more: list[FoundOrg] = []
    for org in found:
        if org.base is None or org.province is None:
            continue
        pos = org.end
        while True:
            sep = _LIST_ITEM_SEP.match(text, pos)
            if sep is None or sep.end() == pos:
                break
            linked = _province_after(text[sep.end() :], g)
            if linked is None:
                break
            province, length = linked
            start, end = sep.end(), sep.end() + length
            if any(a <= start < b for a, b in taken) or province.country != org.province.country:
                break
            more.append(_provincial_body(org.base, org.org_type or "", province, text, start, end))
            taken.append((start, end))
            pos = end
    return more


# "Tỉnh ủy, HĐND, UBND tỉnh Điện Biên": provincial heads listed before the one that names the province.
_BARE_HEAD_BEFORE = re.compile(
    r"(?P<head>Tỉnh ủy|Tỉnh uỷ|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)\s*(?:,|\bvà\b)\s*$"
)


_PLACE_IN_NAME = re.compile(r"\s(?:tỉnh|thành phố|TP\.?)\s.*$")


def _heads_sharing_a_province(text: str, found: list[FoundOrg], taken: list[tuple[int, int]]) -> list[FoundOrg]:
    """Each provincial body of a list whose last item names the province is that province's: "Tỉnh ủy, HĐND, UBND
    tỉnh Điện Biên" (heads alone), "Sở Ngoại giao, Sở Giáo dục và Thể thao tỉnh Champasak" (bodies read without it)."""
    found = sorted(found, key=lambda o: o.start)
    for i in range(len(found) - 1, -1, -1):
        org = found[i]
        if org.province is None or org.org_type not in PROVINCIAL_HEADS:
            continue
        pos, j = org.start, i - 1
        place = _PLACE_IN_NAME.search(org.name)
        named_with = place.group() if place else ""  # "HĐND tỉnh Điện Biên", not "HĐND"
        while True:
            before = found[j] if j >= 0 else None
            if (
                before is not None
                and before.province is None
                and before.org_type in PROVINCIAL_HEADS
                and (_LIST_ITEM_SEP.fullmatch(text[before.end : pos]))
            ):
                found[j] = _provincial_body(before.key, before.org_type, org.province, text, before.start, before.end)
                found[j].name = before.name + named_with
                pos, j = before.start, j - 1
                continue
            bare = _BARE_HEAD_BEFORE.search(text[max(0, pos - 40) : pos])
            if bare is None:
                break
            start = max(0, pos - 40) + bare.start("head")
            end = start + len(bare["head"])
            if any(a <= start < b for a, b in taken):
                break
            head = expand_abbreviations(bare["head"])
            body = _provincial_body(head, HEADS.get(bare["head"], ""), org.province, text, start, end)
            body.name = bare["head"] + named_with
            found.append(body)
            taken.append((start, end))
            pos = start
    return found


# "Sở Tư pháp 2 tỉnh: A, B", "Công an tỉnh 03 tỉnh: A, B, C", "công an các tỉnh A và B": a provincial body named
# once for a counted list of provinces.
_COUNTED_LIST = re.compile(
    r"(?P<base>(?:Sở|Công an|công an|Bộ Chỉ huy Quân sự|Bộ Chỉ huy Biên phòng|Ủy ban nhân dân|UBND|Hội đồng nhân dân"
    r"|HĐND|Tỉnh ủy|Tỉnh đoàn|Hội Liên hiệp Phụ nữ|Hội Nông dân|Hội Cựu chiến binh)(?:\s+[^\W\d_][\w&]*){0,4}?)"
    r"(?:\s+tỉnh)?(?:\s+của)?\s+(?P<count>\d+|hai|ba|bốn|năm|các)\s+tỉnh(?:\s+(?:Bắc|Nam|Trung)\s+Lào)?"
    r"(?:\s*\((?:nước\s+)?(?:CHDCND\s+|Cộng hòa Dân chủ Nhân dân\s+)?Lào\))?(?:\s+là)?\s*:?\s+"
)
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# Words that never sit inside the shared head: "Công an tỉnh Điện Biên tại các tỉnh ..." posts a team abroad.
_NOT_IN_HEAD = frozenset({"tại", "ở", "với", "và", "cho", "từ", "thuộc", "tỉnh"})


def _counted_province_lists(
    text: str, taken: list[tuple[int, int]], g: Gazetteer
) -> tuple[list[FoundOrg], list[tuple[int, int]]]:
    """The bodies of each province listed, and where their shared head was written."""
    more: list[FoundOrg] = []
    heads: list[tuple[int, int]] = []
    for listed in _COUNTED_LIST.finditer(text):
        base = expand_abbreviations(listed["base"][0].upper() + listed["base"][1:])
        kind = HEADS.get(base.split()[0]) or HEADS.get(" ".join(base.split()[:2])) or HEADS.get(base)
        if kind is None or _NOT_IN_HEAD & set(base.split()[1:]) or any(ch in base for ch in ",;"):
            continue
        provinces: list[tuple[Province, int, int]] = []
        pos = listed.end()
        unknown = False  # the list goes on with an item the gazetteer does not know ("Bò Kẹ" for Bò Kẹo)
        count = listed["count"]
        wanted = int(count) if count.isdigit() else _COUNTS.get(count)
        while (linked := _province_after(text[pos:], g)) is not None:
            province, length = linked
            # "Công an hai tỉnh Quảng Trị và Savannakhet": a counted pair may span the two countries; an open
            # list ("các tỉnh ...") stays within one.
            crosses = any(p.country != province.country for p, _, _ in provinces) and wanted != 2
            if crosses or any(a <= pos < b for a, b in taken):
                break
            provinces.append((province, pos, pos + length))
            sep = _LIST_ITEM_SEP.match(text, pos + length)
            if sep is None or sep.end() == pos + length:
                break
            pos = sep.end()
            unknown = text[pos : pos + 1].isupper() and _province_after(text[pos:], g) is None
        short = wanted is not None and len(provinces) < wanted and unknown
        if len(provinces) < 2 or wanted is not None and wanted != len(provinces) and not short:
            continue  # "HĐND khu vực 9 tỉnh Xiêng Khoảng": a constituency's number, not a count of provinces
        for province, start, end in provinces:
            more.append(_provincial_body(base, kind, province, text, start, end))
            taken.append((start, end))
        heads.append((listed.start(), listed.end()))
    return more, heads


# (The count's first letter or digit first, "\b" looked at behind it: the pattern is tried only where one stands.)
_SHARED_HEAD = re.compile(
    r"[chbn\d](?<=\b.)(?:(?<=c)ác|(?<=h)ai|(?<=b)a|(?<=b)ốn|(?<=n)ăm|(?<=\d)\d*)"
    r"\s+(?P<head>Bộ|Sở|Ban|Viện|Trường|Cục|Vụ|Bệnh viện|Trung tâm)[^\S\n]*:?[^\S\n]+"
)  # (a heading's "giữa hai Bộ" lists nothing on the line below it)


def _list_item(text: str, pos: int) -> tuple[int, int] | None:
    """One body's name in a list that shares its head word: capitalised words, and the lower-case and
    connective words between them, up to a comma, a full stop, a closed-class word or another body."""
    if pos >= len(text) or not text[pos].isupper():
        return None
    end = cursor = pos
    while True:
        token = _TOKEN.match(text, _skip_space(text, cursor))
        if token is None or token.group() in {",", ";", ".", ":", "(", ")"} or "\n" in text[end : token.start()]:
            break
        word = token.group()
        if text.startswith(_PROVINCE_LINK, token.start()) and any(
            _starts_word(text[token.start() :], link) for link in _PROVINCE_LINK
        ):
            if re.match(r"tỉnh\s*[,;]", text[token.start() :]):
                end = token.end()  # "các Bệnh viện: Đa khoa tỉnh; Sản Nhi": this province's own hospital
            break  # "các Sở Y tế, Giáo dục và Đào tạo tỉnh": the province belongs to the whole list
        if word == "và":
            after = _skip_space(text, token.end())
            opens_body = text.startswith(_HEAD_WORDS, after) and any(_starts_word(text[after:], h) for h in HEADS)
            if opens_body or not _next_is_upper_or_field(text, after):
                break
        elif word[:1].islower() and _boundary_at(text, token.start()) and not _field_phrase(text, token.start()):
            break
        end = cursor = token.end()
    return (pos, end) if end > pos else None


def _shared_head_lists(text: str, taken: list[tuple[int, int]]) -> list[FoundOrg]:
    """ "lãnh đạo các Bộ: Ngoại giao, Công Thương và Y tế": the head word is written once for the whole list."""
    more: list[FoundOrg] = []
    for shared in _SHARED_HEAD.finditer(text):
        head, pos = shared["head"], shared.end()
        while (span := _list_item(text, pos)) is not None:
            start, end = span
            if text.startswith(_HEAD_WORDS, start) and any(_starts_word(text[start:], h) for h in HEADS):
                break  # the list goes on with a body named in full, found on its own
            if not any(a <= start < b for a, b in taken):
                key = expand_abbreviations(f"{head} {text[start:end]}")
                agency = agency_named(key)
                more.append(
                    FoundOrg(
                        key=agency.name if agency else key,
                        name=text[start:end],
                        start=start,
                        end=end,
                        country=agency.country if agency else None,
                        agency=agency,
                        org_type=agency.org_type if agency else HEADS[head],
                    )
                )
                taken.append((start, end))
            sep = _LIST_ITEM_SEP.match(text, end)
            if sep is None or sep.end() == end:
                break
            pos = sep.end()
    return more


@cache
def _title_or_meeting_matcher() -> PhraseMatcher:
    lex = load_lexicons()
    words = {**{t: t for t in lex.titles}, **{c: c for c in lex.event_cues}}
    words.update({w: w for w, kind in lex.boundaries.items() if kind == "title"})
    return PhraseMatcher(words)


def _opens_title_or_meeting(text: str, start: int, head_end: int) -> bool:
    """A title or a meeting's name at least as long as the head: "Bộ trưởng", "Hội nghị", not the "Tổng Lãnh sự"
    inside "Tổng Lãnh sự quán"."""
    hit = _title_or_meeting_matcher().at(text, start)
    if hit is not None and hit.end >= head_end - start:
        return True
    # "Phòng Hội thảo", "Phòng Hội nghị": a room named for the meetings held in it.
    room = _ROOM.match(text, start)
    return bool(room) and _title_or_meeting_matcher().at(text, room.end()) is not None


_ROOM = re.compile(r"(?:Phòng|Hội trường)\s+")


# The last word before some space: "(?<!\w)" changes no match (the leftmost one starts a word) and spares the search
# a try inside every word.
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\s+$")


def _inside_person_name(text: str, start: int) -> bool:
    previous = _LAST_WORD.search(text[max(0, start - 20) : start])
    # "Đoàn Sở Y tế Nghệ An đến thăm": before a body, "Đoàn" is the delegation, not a surname.
    return bool(previous) and previous.group(1) in load_lexicons().surnames and previous.group(1) != "Đoàn"


def _inside_place_name(text: str, start: int) -> bool:
    """The syllable right before is capitalised and the word before that is in lower case: a proper name that
    began before the head, inside its sentence ("cửa khẩu Vĩnh Hội Đông")."""
    previous = _LAST_WORD.search(text[max(0, start - 20) : start])
    if previous is None or not previous.group(1)[:1].isupper():
        return False
    before = text[max(0, start - 20) : start][: previous.start()].rstrip()
    return bool(before) and before[-1:].isalpha() and before[-1:].islower()


def _joint_body_after(text: str, pos: int) -> bool:
    joined = _JOINED_COUNTRY.match(text, pos)
    return bool(joined and _country_suffix(text[joined.end() - 1 : joined.end() + 40])[0])


_GOVERNMENT_OF = re.compile(r"\s+(?:tỉnh|thành phố|[Tt]hủ đô|huyện)\s+[A-ZĐ]")


def _a_provinces_government(text: str, hit: Hit) -> bool:
    """ "giao chính quyền tỉnh Hủa Phăn vận hành": a province's government named in lower case is its body; in
    "Đảng bộ, chính quyền (và nhân dân) tỉnh X" it is the province's people in a set phrase."""
    return (
        hit.key == "Chính quyền"
        and bool(_GOVERNMENT_OF.match(text, hit.end))
        and not _PARTY_AND.search(text, max(0, hit.start - 12), hit.start)
    )


_PARTY_AND = re.compile(r"[Đđ]ảng bộ\s*(?:,|và)\s*$")


def _head_within(text: str, hit: Hit) -> Hit | None:
    """The capitalised head inside a head matched from a lower-case word ("trường Đại học" holds "Đại học")."""
    second = text.find(" ", hit.start, hit.end) + 1
    if not (0 < second < hit.end and text[second].isupper()):
        return None
    inner = _head_matcher().at(text, second)
    if inner is None or second + inner.end != hit.end:
        return None
    return Hit(inner.key, second, hit.end)


def _short_forms(text: str, found: list[FoundOrg], taken: list[tuple[int, int]]) -> list[FoundOrg]:
    """A body's short form given in brackets ("Viện ... (NOMAFSI)") names it again wherever it stands alone."""
    more: list[FoundOrg] = []
    for org in found:
        for short in org.aliases:
            # An acronym ("NOMAFSI", "DALaM"), never a place in brackets ("(Lào)").
            if sum(ch.isupper() for ch in short) < 2 or " " in short or load_gazetteer().province_by_name(short):
                continue
            for match in re.finditer(rf"(?<![\w&(]){re.escape(short)}(?![\w&)])", text):
                if any(a <= match.start() < b for a, b in taken):
                    continue
                more.append(
                    FoundOrg(
                        key=org.key,
                        name=short,
                        start=match.start(),
                        end=match.end(),
                        country=org.country,
                        province=org.province,
                        agency=org.agency,
                        org_type=org.org_type,
                    )
                )
                taken.append(match.span())
    return more


@dataclass
class _Reading:
    """A body's name as it is read word by word after its head: what it holds so far and where it would end."""

    text: str
    kind: str
    g: Gazetteer
    pos: int
    words: list[str] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)  # where the name would end after each word
    aliases: list[str] = field(default_factory=list)
    province: Province | None = None
    province_text: str = ""
    linked_by_word: bool = False
    country: str | None = None
    first_of_pair: str | None = None  # "... Việt Nam - Lào": the country named first in a joined pair
    named_for: str | None = None  # "Đài Truyền hình Việt Nam": the country that is the name's own word
    foreign_place: str = ""  # "tỉnh Svay Rieng": a province of a third country the gazetteer does not hold
    head_start: int = 0

    def take(self, piece: str, end: int) -> None:
        self.words.append(piece)
        self.ends.append(end)
        self.pos = end


@dataclass(frozen=True)
class _At:
    """The token the reading has reached."""

    token: str
    start: int
    end: int
    rest: str  # the text from the token on, a bounded look-ahead


_GOES_ON, _ENDS = "goes on", "ends"
_Rule = Callable[[_Reading, _At], str | None]  # goes on, ends, or None: the rule does not apply here


def _province_closes(r: _Reading, at: _At) -> str | None:
    """ "... tỉnh Quảng Trị": a province ends the name."""
    linked = _province_after(at.rest, r.g)
    if linked is None:
        return None
    r.province, length = linked
    seat = re.match(r"\s+tại\s+", at.rest[length:]) if r.kind in {"university", "college"} else None
    branch = _province_after(at.rest[length + seat.end() :], r.g) if seat else None
    if seat and branch:
        # "Phân hiệu Đại học Thái Nguyên tại Lào Cai": a university's branch is named by where it stands.
        length += seat.end() + branch[1]
    r.province_text = at.rest[:length]
    r.linked_by_word = any(_starts_word(at.rest, link) for link in _PROVINCE_LINK)
    r.take(at.rest[:length], at.start + length)
    return _ENDS


_JOINED_COUNTRY = re.compile(rf"\s*[-–]\s*[{UPPER}]")
_JOINED_TAIL = re.compile(rf"\s*[-–]\s*\w+(?:\s+[{UPPER}]\w*)?")
# The universities made of member schools: "Trường Đại học Nông Lâm, Đại học Huế" is one school of Đại học Huế,
# where "Đại học Hồng Đức, Đại học Vinh" lists two universities.
_UNIVERSITIES_OF_MEMBERS = (
    r"(?:Đại học|ĐH)\s+(?:Huế|Thái Nguyên|Đà Nẵng|Quốc gia Hà Nội|Quốc gia (?:Thành phố|TP\.?)\s*Hồ Chí Minh|QG)\b"
)
_MEMBER_UNIVERSITY = re.compile(r",\s*" + _UNIVERSITIES_OF_MEMBERS)
_MEMBER_IN_BRACKETS = re.compile(r"\s*\(\s*(" + _UNIVERSITIES_OF_MEMBERS + r")\s*\)")


def _country_closes(r: _Reading, at: _At) -> str | None:
    """ "... Lào", "... của Việt Nam": a country ends the name; two joined ("Việt Nam-Hàn Quốc") name a joint body."""
    suffix, code = _country_suffix(at.rest)
    if not suffix:
        return None
    if not r.words:
        # "Đài Truyền hình Việt Nam đưa tin": the country is its name. A one-syllable country may be a syllable of
        # a word instead ("Ủy ban Pháp luật", "Hội Mỹ thuật").
        whole = at.token == suffix.split()[0] and (len(suffix.split()) > 1 or suffix == "Lào")
        if r.kind == "government" or not whole:
            return None
        r.named_for = code
        r.take(suffix, at.start + len(suffix))
        return _ENDS
    if r.words[-1].lower().endswith("tiếng"):
        r.take(suffix, at.start + len(suffix))  # "Trung tâm dạy tiếng Việt Nam": after "tiếng", a language
        return _ENDS
    if r.words[-1].lower().endswith(_PEOPLE):
        # "Hội người Việt Nam tỉnh Champasak", "Trường lưu học sinh Lào tỉnh Gia Lai": a people, not a side
        r.take(suffix, at.start + len(suffix))
        return _GOES_ON
    joined = _JOINED_COUNTRY.match(at.rest, len(suffix))
    if joined:
        # "Việt Nam - Lào Nguyễn Chí Dũng": the second country ends where its name does, before the person.
        second = _country_suffix(at.rest[joined.end() - 1 :])[0]
        tail = _JOINED_TAIL.match(at.rest[len(suffix) :])
        length = joined.end() - 1 + len(second) if second else len(suffix) + (tail.end() if tail else 0)
        r.first_of_pair = r.first_of_pair or code
        r.take(at.rest[:length], at.start + length)
        # A pair of countries ends the name unless its branch or short form follows ("... Việt Nam - Lào tỉnh X").
        return _GOES_ON if _branch_follows(r, at.rest[length:]) or not second else _ENDS
    if code == "LA" and _after_viet(r.words):
        # "Ủy ban liên Chính phủ Việt - Lào", "Công ty Điện Việt Lào": the two countries' short forms, a body of both;
        # "Trường Hữu nghị Việt - Lào Kon Tum" goes on to the province it stands in.
        r.first_of_pair = r.first_of_pair or "VN"
        r.take(suffix, at.start + len(suffix))
        return _GOES_ON if _branch_follows(r, at.rest[len(suffix) :]) else _ENDS
    r.country = code
    r.take(suffix, at.start + len(suffix))
    short = _SHORT_AFTER_COUNTRY.match(at.rest, len(suffix))
    if short is not None:
        r.aliases.append(short[1])  # "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)": its short form after all
    return _ENDS


# An acronym in brackets, of two capitals or more.
_SHORT_AFTER_COUNTRY = re.compile(r"\s*\(\s*((?=(?:[^()\s]*[A-ZĐ]){2})[^()\s]{2,15})\s*\)")


def _branch_follows(r: _Reading, rest: str) -> bool:
    """After a pair of countries: a short form in brackets or a province, the body's own branch or seat."""
    after = rest.lstrip(" ")
    return after[:1] == "(" or bool(_province_after(after, r.g)) or any(_starts_word(after, w) for w in _PROVINCE_LINK)


def _after_viet(words: list[str]) -> bool:
    return bool(words) and (words[-1] == "Việt" or words[-1] in {"-", "–"} and words[-2:-1] == ["Việt"])


_PEOPLE = ("người", "học sinh", "sinh viên", "kiều bào")


def _bracketed_short_form(r: _Reading, at: _At) -> str | None:
    """ "Viện ... (NOMAFSI)": a short form in brackets; the name goes on only to a province or a country after it."""
    if at.token != "(":
        return None
    close = r.text.find(")", at.end)
    inner = r.text[at.end : close] if close != -1 else ""
    if not (inner and len(inner) <= 15 and " " not in inner.strip() and r.words):
        return _ENDS
    r.aliases.append(inner.strip())
    after = r.text[_skip_space(r.text, close + 1) :]
    continues = _province_after(after, r.g) or any(_starts_word(after, s) for s in _PROVINCE_LINK)
    if continues or _country_suffix(after)[0]:
        r.pos = close + 1
        return _GOES_ON
    return _ENDS


def _branch_seat(r: _Reading, at: _At) -> str | None:
    """ "Phân hiệu Đại học Đà Nẵng tại Kon Tum": a university's branch is named by where it stands."""
    people = r.kind == "association" and any(w.lower() == "người" for w in r.words)  # "Hội người Việt Nam tại X"
    branch = re.match(r"tại\s+", at.rest) if (r.kind in {"university", "college"} or people) and r.words else None
    seat = _province_after(at.rest[branch.end() :], r.g) if branch else None
    if seat is None:
        return None
    r.take(at.rest[: branch.end() + seat[1]], at.start + branch.end() + seat[1])
    if people:
        r.province, r.province_text = seat[0], r.words[-1]  # Vietnamese living in Laos: a Lao body
    return _ENDS


def _field_word(r: _Reading, at: _At) -> str | None:
    """ "... Ứng dụng và Phát triển công nghệ": a word bodies are named after, and "và" between two of them."""
    phrase = _field_phrase(r.text, at.start)
    if not phrase or (phrase == "và" and not r.words):
        return None
    if phrase == "và" and not _next_is_upper_or_field(r.text, at.start + len(phrase)):
        return _ENDS
    if r.text.startswith("hợp tác", at.start) and r.words and _VERB_OBJECT.match(r.text, at.start + len(phrase)):
        return _ENDS  # "Viện Vật lý Hạt nhân hợp tác với ...": in lower case before "với", the field is the verb
    r.take(r.text[at.start : at.start + len(phrase)], at.start + len(phrase))
    return _GOES_ON


_VERB_OBJECT = re.compile(r"\s+với\b")


def _unit_number(r: _Reading, at: _At) -> str | None:
    """ "Quân khu 7", "Viện Nuôi trồng thủy sản 1": a number that is part of the name."""
    if not (at.token.isdigit() and len(at.token) <= 3 and _numbered(r.kind, r.words, r.text, at.end)):
        return None
    r.take(at.token, at.end)
    return _GOES_ON


def _hyphenated_syllable(r: _Reading, at: _At) -> str | None:
    """ "Ban Tuyên huấn-Tuyên giáo": a syllable finishing its word, joined to the next name by a hyphen."""
    token = at.token
    joined = not token.isalpha() and token.replace("-", "").replace("–", "").isalpha()
    if not (token[:1].islower() and joined and r.words and r.words[-1][:1].isupper()):
        return None
    r.take(token, at.end)
    return _GOES_ON


def _lower_case_run(r: _Reading, at: _At) -> str | None:
    """ "Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh": lower-case words run to a closed-class boundary."""
    if not (at.token[:1].islower() and at.token.isalpha()):
        return None
    run_end = _lower_run(
        r.text,
        at.start,
        # "huấn-Tuyên giáo": after a hyphen, the capital that opens the last part is the one the run finishes.
        after_capital=bool(r.words) and re.split(r"[-–]", r.words[-1])[-1][:1].isupper(),
        first=not r.words and r.kind != "association",
    )
    if run_end is None:
        return _ENDS
    r.take(r.text[at.start : run_end], run_end)
    return _GOES_ON


_AGAINST = re.compile(r",\s*chống\b")


def _comma_inside(r: _Reading, at: _At) -> str | None:
    """ "Bộ Văn hóa, Thể thao và Du lịch"; "Trường Đại học Nông Lâm, Đại học Huế" (a member school)."""
    if at.token != "," or not r.words:
        return None
    member = r.kind == "university" and _MEMBER_UNIVERSITY.match(at.rest)
    # "Ban Chỉ đạo phòng, chống dịch ...": "phòng, chống" is one phrase of the name, its comma no list's
    fixed = r.words[-1].lower().endswith("phòng") and _AGAINST.match(at.rest)
    if not (_enumeration_inside(at.rest) or member or fixed):
        return None
    r.words.append(",")
    r.pos = at.end
    return _GOES_ON


# A gate's or a district's name follows "cửa khẩu" or "huyện": a place, whatever surname or Latin word it opens with
# ("Đồn Biên phòng cửa khẩu quốc tế Nam Giang", "Trung tâm Y tế huyện Quan Sơn")
_GATE = re.compile(r"\b(?:cửa khẩu(?: quốc tế| chính| phụ)?|huyện|thị xã|quận)\s*$", re.IGNORECASE)


def _sentence_opener(r: _Reading, at: _At) -> str | None:
    """A caption without its full stop runs into the next sentence: "... Setthathirath Nhằm ..."."""
    if at.token in _TIMES_OF_DAY and not _TIME_FOLLOWS.match(r.text, at.end):
        return None  # "Hội đồng Sáng lập": a word of the name, not "Sáng 12/3"
    return _ENDS if at.token in _OPENS_SENTENCE else None


_TIMES_OF_DAY = frozenset({"Sáng", "Chiều", "Tối", "Trưa"})
_TIME_FOLLOWS = re.compile(r"\s*(?:\d|nay\b|qua\b|cùng\b|ngày\b|hôm\b|mai\b|[,;(])")


def _capitalised_word(r: _Reading, at: _At) -> str | None:
    """A capitalised word goes on with the name, unless it opens a person's name, a degree or a congress number."""
    token = at.token
    if not (token[0].isupper() or "&" in token):
        return None
    not_company = r.kind != "company"
    stops = (
        (_ROMAN.fullmatch(token) and not_company)  # "Đại hội Đảng XI"
        or (not r.words and _looks_lao_latin(token) and not_company and _lao_name_follows(r.text, at.end))
        or (
            not r.words
            and not_company
            and _transliterated_name(r.text, at.start, token)
            and not _names_the_school(r, at)
        )
        or (r.words and not_company and _two_hyphened_names(r.text, at.start, token))
        or token.rstrip(".") in _degrees()  # "... PGS.TS. Nguyễn ..."
        or (token in load_lexicons().surnames and not_company and _looks_like_name(r.text, at.start))
        or (_looks_lao_latin(token) and not_company and r.words and not _town_of(r.kind, r.text, at.end))
        or (not_company and _foreign_name_after(r.words, r.text, at.start))  # "... Elba Roza Perez,"
    )
    if stops and (_GATE.search(" ".join(r.words[-4:])) or _GATE.search(" ".join(r.words[-5:-1]))):
        stops = False  # "Đồn Biên phòng cửa khẩu quốc tế Nam Giang": the gate's place (its two words), not a person
    if stops and token in load_lexicons().surnames and _named_for_a_person(r):
        person = _PERSON_NAME.match(r.text, at.start)
        r.take(person.group(), person.end())  # the person the body is named for ends its name
        return _ENDS
    if stops:
        return _ENDS
    inner = _head_matcher().at(r.text, at.start) if r.kind == "company" else None
    if inner is not None and inner.end > len(token):
        # "Công ty cổ phần Tập đoàn Hòa Phát": a firm's name may hold another head; read it whole.
        r.take(r.text[at.start : at.start + inner.end], at.start + inner.end)
        return _GOES_ON
    r.take(token, at.end)
    return _GOES_ON


# Hospitals and schools are named for people ("Bệnh viện Phạm Ngọc Thạch", "Trường THPT Phan Bội Châu"): a person's
# name right after such a head, or after the school's level, is the body's own name, unless a post stands before
# the head ("Giám đốc Bệnh viện Trần Văn An": the director is named) and no one is named before that post.
_NAMED_FOR_PEOPLE = frozenset({"hospital", "school", "university"})
_SCHOOL_LEVELS = frozenset(
    {"THPT", "THCS", "PTTH", "PTCS", "Tiểu", "học", "Trung", "phổ", "thông", "cơ", "sở", "chuyên", "Chính trị"}
)  # a school's level, or the political school a province names for a leader ("Trường Chính trị Lê Duẩn")


_PERSON_NAME = re.compile(rf"\w+(?:\s+[{UPPER}]\w*){{1,3}}")


def _named_for_a_person(r: _Reading) -> bool:
    if r.kind not in _NAMED_FOR_PEOPLE or not all(w in _SCHOOL_LEVELS for w in r.words):
        return False
    before = r.text[max(0, r.head_start - 80) : r.head_start].rstrip()
    post = next((h for h in title_matcher().find(before) if h.end == len(before)), None)
    # "PGS.TS Phạm Văn Quý, Giám đốc Bệnh viện Bạch Mai": the post is the one of the person just named before it
    return post is None or bool(_NAMED_BEFORE_THE_POST.search(before[: post.start]))


# A person's name (two to four capitalised syllables) and the comma that sets the post after it in apposition.
_NAMED_BEFORE_THE_POST = re.compile(rf"(?:^|[\s.])[{UPPER}]\w*(?:[\s-]+[{UPPER}]\w*){{1,3}},\s*$")


@cache
def title_matcher() -> PhraseMatcher:
    """Every title and post of the lexicon (persons read names after them)."""
    return PhraseMatcher({t: t for t in load_lexicons().titles})


def _joiner(r: _Reading, at: _At) -> str | None:
    """ "&" or a dash between two parts of a name ("Khoa học & Công nghệ", "xuất - nhập khẩu Lao Scitec")."""
    if at.token not in {"&", "-", "–", "/"} or not r.words:
        return None
    if at.token == "/":
        # "Tập đoàn ACO/CONVALT ENERGY": a slash between two capitalised parts, tight on its left.
        tight = at.start > 0 and not r.text[at.start - 1].isspace() and r.words[-1][:1].isupper()
        if not (tight and _next_is_upper(r.text, at.end)):
            return None
    if _next_is_upper(r.text, at.end):
        r.take(at.token, at.end)
        return _GOES_ON
    after = _skip_space(r.text, at.end)
    run_end = _lower_run(r.text, after, after_capital=False) if r.text[after : after + 1].islower() else None
    if at.token in {"&", "–"} or run_end is None:
        return None  # ("Đại học Tây Bắc – nơi đào tạo ...": a spaced dash before a lower-case word says what it is)
    if any(ch.isdigit() for ch in r.words[-1]):
        return None  # "Trường T78 - cầu nối hữu nghị ...": after a name's code, a dash opens what is said of it

    r.take(r.text[at.start : run_end], run_end)
    return _GOES_ON


# "tỉnh Svay Rieng (Campuchia)", "tỉnh Chungcheongnam": a unit word, then capitalised words the gazetteer does not
# know, then a bracket, a comma, a full stop or a lower-case word.
PLACE_NAME = rf"[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}"  # one to four capitalised words
_FOREIGN_PLACE = re.compile(
    rf"(?:tỉnh|thành phố|bang|huyện|châu)\s+(?P<name>{PLACE_NAME})(?=\s*(?:\(|[,.;:]|\s[a-zà-ỹđ]|$))"
)


@cache
def _our_spellings() -> tuple[str, ...]:
    g = load_gazetteer()
    return tuple(sorted({n for p in g.provinces.values() for n in (p.name, p.name_en, *p.aliases) if n}))


def _ours_run_on(name: str) -> bool:
    return name.startswith(_our_spellings())


def _foreign_province_closes(r: _Reading, at: _At) -> str | None:
    """ "Sở Ngoại vụ tỉnh Svay Rieng (Campuchia)": a province of a third country ends a body's name as one of
    Vietnam or Laos does; the body is that province's (its country, when written in brackets after it)."""
    if at.token not in {"tỉnh", "thành", "bang", "huyện", "châu"}:
        return None
    place = _FOREIGN_PLACE.match(at.rest)
    if place is None:
        return None
    name = at.rest[place.start("name") :]
    if (
        _starts_person(r.text, at.start + place.start("name"))  # "Chủ tịch UBND tỉnh Nguyễn Văn A"
        or _highland_name(r.text, at.start + place.start("name"))  # "Phó Chủ tịch UBND tỉnh Y Ngông Niê Kdăm"
        or _ours_run_on(name)  # "tỉnh Điện Biênhttps://...": a province of ours run into what follows
        or name.split(" ", 1)[0] in _OPENS_SENTENCE
    ):
        return None
    r.foreign_place = place.group()
    r.take(place.group(), at.start + place.end())
    # "UBND huyện Kỳ Sơn, tỉnh Nghệ An": a district's body is of the country of the province named after it.
    seat = _province_after(r.text[at.start + place.end() :].removeprefix(", "), r.g)
    if at.token in {"huyện", "châu"} and seat is not None:
        r.named_for = seat[0].country
    return _ENDS


# The rules a name is read by, in the order they are asked; the first that applies decides.
_NAME_RULES: tuple[_Rule, ...] = (
    _province_closes,
    _foreign_province_closes,
    _country_closes,
    _bracketed_short_form,
    _branch_seat,
    _field_word,
    _unit_number,
    _hyphenated_syllable,
    _lower_case_run,
    _comma_inside,
    _sentence_opener,
    _capitalised_word,
    _joiner,
)


_LEGAL_FORM = re.compile(
    r"(?:cổ phần|TNHH|trách nhiệm hữu hạn|hợp danh|MTV|một thành viên|liên doanh|\s)*", re.IGNORECASE
)


def _read_name(text: str, start: int, head_end: int, head: str, g: Gazetteer) -> FoundOrg | None:
    kind = HEADS[head]
    r = _read_words(text, kind, g, head_end, start)
    words = _trim_tail(r)
    end = r.ends[-1] if r.ends else head_end
    if _names_no_body(r, head, words, end):
        return None
    name = text[start:end]
    if head == "Đại học" and text.endswith("trường ", 0, start):
        r.aliases.append(f"Trường {name}")  # "tại trường Đại học X": the school's full name, written lower-case
    body = _body_name(head, words)
    key, country, base = _key_and_country(body, head, r)
    agency = agency_named(key) or agency_named(body)
    if agency is not None and (country is None or agency.country == country):
        return FoundOrg(
            key=agency.name,
            name=name,
            start=start,
            end=end,
            country=agency.country,
            agency=agency,
            org_type=agency.org_type,
            aliases=r.aliases,
        )
    return FoundOrg(
        key=key,
        name=name,
        start=start,
        end=end,
        country=country,
        province=r.province,
        org_type=kind,
        aliases=r.aliases,
        base=base,
    )


def _read_words(text: str, kind: str, g: Gazetteer, head_end: int, head_start: int = 0) -> _Reading:
    r = _Reading(text=text, kind=kind, g=g, pos=head_end, head_start=head_start)
    while True:
        match = _TOKEN.match(text, _skip_space(text, r.pos))
        if match is None or "\n" in text[r.pos : match.start()]:
            break
        at = _At(match.group(), match.start(), match.end(), text[match.start() : match.start() + 160])
        verdict = next((v for rule in _NAME_RULES if (v := rule(r, at)) is not None), _ENDS)
        if verdict == _ENDS:
            break
    return r


def _trim_tail(r: _Reading) -> list[str]:
    """The name's own words: the province or country that closes it is no word of its body's key."""
    words, ends, text = r.words, r.ends, r.text
    opens_other = (
        len(words) >= 2
        and words[-2] == "và"
        and not _field_phrase(words[-1], 0)
        and re.match(r"\s+[a-zà-ỹđ]", text[ends[-1] :])
    )
    if opens_other and not _field_phrase(text, _skip_space(text, ends[-1])):
        # "... quốc gia và Trợ lý ảo": the word after "và" opens another noun, not more of this name.
        words.pop()
        ends.pop()
    while words and words[-1].lower() in {"và", "&", "-", "–", "các"}:
        words.pop()
        ends.pop()
    if r.province is not None or r.country is not None:
        words = words[:-1]
        if words and words[-1] == "nước":
            words = words[:-1]  # "Chính phủ nước CHXHCN Việt Nam" is the government of Vietnam
    return words


def _names_no_body(r: _Reading, head: str, words: list[str], end: int) -> bool:
    kind, province = r.kind, r.province
    if end >= len(r.text.rstrip()):
        return True  # the page was cut in the middle of this name: what is left of it is no name
    if kind in PROVINCIAL_HEADS and province is None and kind != "department" and not r.foreign_place:
        return True
    if head == "Cao đẳng" and province is None:
        return True  # "Cao đẳng Y tế": a kind of college; "Cao đẳng Y tế Thanh Hóa" names one
    if not words and province is None and not (kind == "government" and r.country is not None):
        return True  # a head alone names no body; "Chính phủ nước CHXHCN Việt Nam" names a government
    if not words and kind in {"department", "office", "faculty"}:
        return True  # "Phòng Hà Nội": a head and a place name no body
    if kind == "company" and _LEGAL_FORM.fullmatch(" ".join(words)):
        return True  # "Công ty cổ phần" says what kind of firm, not which
    return any(f"{head} {' '.join(words)}".strip().lower().startswith(stop.lower()) for stop in STOP_BODIES)


def _body_name(head: str, words: list[str]) -> str:
    body = expand_abbreviations((" ".join([head, *words]) if words else head).replace(" ,", ",").replace(" / ", "/"))
    # "Trường Đại học X" and "Đại học X" name one university.
    return body.removeprefix("Trường ") if re.match(r"Trường Đại học\b", body) else body


def _key_and_country(body: str, head: str, r: _Reading) -> tuple[str, str | None, str | None]:
    """The body's key, its country, and its name without its province when it is a provincial body ("Sở Y tế")."""
    kind, province, country, g = r.kind, r.province, r.country, r.g
    base: str | None = None
    if province is not None and kind not in PROVINCIAL_HEADS and not r.linked_by_word:
        country = province.country
        key = f"{body} {_bare_province_key(province, r.province_text, kind, body)}"
    elif province is not None:
        country = province.country
        key = f"{body} {_province_phrase(province, kind)}"
        base = body
    elif country is None and r.named_for is not None:
        key, country = body, r.named_for  # the country is a word of the name, and says whose body it is
    else:
        # A foreign body keeps its country in its key: the Lao or Japanese ministry is not the Vietnamese one.
        key = body if country in (None, "VN") else f"{body} {g.countries[f'country:{country}'].name}"
    if kind == "government" and country is not None:
        key = f"{body} {g.countries[f'country:{country}'].name}"
    if head == "Phân ban" and country is None:
        country = r.first_of_pair  # "Phân ban Hợp tác Lào - Việt Nam" is Laos's half of the joint committee
    return key, country, base


def field_phrase(text: str, pos: int) -> str | None:
    """The field phrase ("khoa học", "truyền thông" ...) that starts at pos, if any."""
    return _field_phrase(text, pos)


def _field_phrase(text: str, pos: int) -> str | None:
    return load_lexicons().field_words.at(text, pos)


@cache
def _degrees() -> frozenset[str]:
    """Degrees and forms of address, as the tokens they split into ("PGS.TS" -> PGS, TS)."""
    parts = (part for h in load_lexicons().honorifics if h[:1].isupper() for part in re.split(r"[.\s]+", h))
    return frozenset(part for part in parts if part and part != "Đồng")


_ROMAN = re.compile(r"[IVXLC]{1,6}")
_LOWER_WORD = re.compile(r"[a-zà-ỹđ]+", re.IGNORECASE)
_LONGEST_RUN = 4  # lower-case syllables a name carries between the words that anchor it


def _boundary_at(text: str, pos: int) -> str | None:
    """The closed-class word (function word, verb, aspect marker, title) that starts at pos, if any."""
    return load_lexicons().boundary_index.at(text, pos)


def _lower_run(text: str, pos: int, after_capital: bool, first: bool = False) -> int | None:
    """Where a run of lower-case words inside a body's name ends, or None when the run is not part of it.

    Names are an open class, so the run is read up to a closed-class word, not through a list of allowed
    words. It belongs to the name when it finishes a capitalised word ("Chỉ huy", "Cựu chiến binh"), or when
    the name goes on after it: a capitalised word, a field word, a province ("Hội Cựu chiến binh tỉnh ...").
    """
    end, count, cursor = pos, 0, pos
    while count < _LONGEST_RUN:
        cursor = _skip_space(text, cursor)
        word = _LOWER_WORD.match(text, cursor)
        if word is None or not word.group()[:1].islower() or _boundary_at(text, cursor) or _field_phrase(text, cursor):
            break
        if text.startswith(_PROVINCE_LINK, cursor) and any(
            _starts_word(text[cursor:], link) for link in _PROVINCE_LINK
        ):
            break
        end = cursor = word.end()
        count += 1
    if count == 0:
        return None
    nxt = _skip_space(text, end)
    if first:
        # Right after the head a name starts with a capital ("Trung tâm Dữ liệu ..."); a lower-case word there
        # names a kind of body ("trung tâm đào tạo"), unless a capitalised name follows ("Viện nuôi trồng Thủy sản").
        return end if nxt < len(text) and text[nxt].isupper() and not _starts_person(text, nxt) else None
    goes_on = nxt < len(text) and (
        (text[nxt].isupper() and not _starts_person(text, nxt))
        or _field_phrase(text, nxt) not in {None, "và"}
        or (text.startswith(_PROVINCE_LINK, nxt) and any(_starts_word(text[nxt:], link) for link in _PROVINCE_LINK))
    )
    if goes_on or (after_capital and count <= 2):
        return end
    if count <= 2 and _AFTER_THE_NAME.match(text, nxt):
        return end  # "Cục Phát triển thị trường nội địa đã": a field's own words, to an aspect word or preposition
    if after_capital and (nxt >= len(text) or text[nxt] in ",.;:)\n" or _starts_person(text, nxt)):
        # "Viện Nghiên cứu Phát triển bền vững vùng, ...", "Viện Địa lý nhân văn Nguyễn Văn A": a run that no
        # closed-class word stops reaches the end of the name at a comma or at the person the title names.
        return end
    if after_capital:
        # "Viện Địa lý nhân văn": the syllable after a capital finishes its word; a name never ends mid-word.
        return _LOWER_WORD.match(text, _skip_space(text, pos)).end()
    return None


# What follows a body's whole name as its sentence goes on: an aspect word or a preposition, never a verb ("Ủy ban
# Pháp luật thẩm tra ...": there the lower-case words are the verb).
_AFTER_THE_NAME = re.compile(r"(?:đã|đang|sẽ|vừa|cũng|của|tại|với|là|được)\b")


def _starts_person(text: str, pos: int) -> bool:
    token = _TOKEN.match(text, pos)
    near = text[max(0, pos - 25) : pos]
    if ("khẩu" in near or "huyện" in near or "xã" in near or "quận" in near) and _GATE.search(near):
        return False  # "cửa khẩu quốc tế Nam Giang": the gate's place, whatever surname it opens with
    return bool(token) and token.group() in load_lexicons().surnames and _looks_like_name(text, pos)


def _next_is_upper_or_field(text: str, pos: int) -> bool:
    """After "và" the name goes on, unless what follows is a body of its own ("... và Trung tâm ...")."""
    pos = _skip_space(text, pos)
    if text[pos : pos + 1].isdigit():
        return False  # "... và 17 Bộ": a count, not more of this name
    if text.startswith(_HEAD_WORDS, pos) and any(_starts_word(text[pos:], head) for head in HEADS):
        return False
    title = title_matcher().at(text, pos)
    if title is not None and _starts_word(text[pos:], text[pos : pos + title.end - title.start]):
        return False  # "Đồn Biên phòng Lao Bảo và Thiếu tá A, ...": the next signer's rank, not more of the name
    return _next_is_upper(text, pos) or _field_phrase(text, pos) not in {None, "và"}


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


# (Where none of these words starts, no _starts_word asked of them can hold: the readers look at that first, rather
# than copy the rest of the text once for every word.)
_HEAD_WORDS = tuple(HEADS)


def _starts_word(text: str, phrase: str) -> bool:
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())


def _next_is_upper(text: str, pos: int) -> bool:
    pos = _skip_space(text, pos)
    return pos < len(text) and (text[pos].isupper() or text[pos].isdigit())


def _looks_like_name(text: str, pos: int) -> bool:
    """A surname followed by one to three capitalised syllables is a person, not more of the body's name."""
    tokens = _TOKEN.findall(text[pos : pos + 60])[:5]
    capitals = 0
    for token in tokens[1:]:
        if token[:1].isupper():
            capitals += 1
        else:
            break
    return 1 <= capitals <= 3


def _highland_name(text: str, pos: int) -> bool:
    """An Ê Đê or Jrai name, "Y" or "H'" and one to four capitalised syllables: the official, not a place."""
    tokens = _TOKEN.findall(text[pos : pos + 60])[:6]
    if not tokens or not (tokens[0] == "Y" or re.match(r"H['’]\w", tokens[0])):
        return False
    capitals = 0
    for token in tokens[1:]:
        if not token[:1].isupper():
            break
        capitals += 1
    return tokens[0] != "Y" or 1 <= capitals <= 4


def _foreign_name_after(words: list[str], text: str, pos: int) -> bool:
    """Two or more capitalised words in plain Latin script, closed by a comma, after a name written in Vietnamese:
    a foreign person's name ("... Môi trường Elba Roza Perez, ..."), not more of the body's."""
    if not any(not w.isascii() for w in words):
        return False
    run = re.match(r"((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\s*,", text[pos : pos + 60])
    return run is not None


def _town_of(kind: str, text: str, pos: int) -> bool:
    """ "Trường Phổ thông Trung học Dakcheung, ...": a school or a hospital is named after its town, which closes
    the name; "... Lào Boviengkham" is a person after the body, who goes on with a family name or a verb."""
    if kind == "university":
        # "Đại học Hoàng gia Phnompenh (Campuchia), ...": a university is named after its city too.
        return _CLOSES_OR_BRACKET.match(text, pos) is not None
    return kind in {"school", "hospital", "college"} and _CLOSES.match(text, pos) is not None


_CLOSES = re.compile(r"\s*[,.;)]")
_CLOSES_OR_BRACKET = re.compile(r"\s*(?:[,.;)]|\((?:[A-ZĐ][^()]{2,20})\))")


def _lao_name_follows(text: str, pos: int) -> bool:
    """The given name just read is followed by a family name in Latin script, perhaps with one Vietnamese mark
    ("Bunthong Phommavông"): a two-part Lao name."""
    nxt = _TOKEN.match(text, _skip_space(text, pos))
    if nxt is None:
        return False
    token = nxt.group()
    marked = sum(not ch.isascii() for ch in token)
    return _looks_lao_latin(token) or (
        marked == 1 and len(token) >= 6 and token[0].isupper() and token[1:].islower() and token[0].isascii()
    )


# "Kẹo-ú-đôm", "Xổm-bun-xay": a Lao name spelt the Vietnamese way, syllables joined by hyphens after the first.
_HYPHENED_NAME = re.compile(r"[A-ZĐ\w][^\W\d_]*(?:-[^\W\d_A-ZĐ][^\W\d_]*){1,4}")


def _transliterated_name(text: str, pos: int, token: str) -> bool:
    """Right after the head, a hyphened Lao name that is no province ("Giám đốc Sở Kẹo-ú-đôm Phết-xa-vẳn"): the
    title's holder, not the body's name."""
    if not token[0].isupper() or province_at(text, pos) is not None:
        return False
    if _HYPHENED_NAME.fullmatch(token):
        return True
    # "Phó Giám đốc Sở Nọi Xay-nhạ-xổn": a short given name, then the hyphened family name
    nxt = _TOKEN.match(text, _skip_space(text, pos + len(token)))
    return nxt is not None and nxt.group()[0].isupper() and _HYPHENED_NAME.fullmatch(nxt.group()) is not None


def _names_the_school(r: _Reading, at: _At) -> bool:
    """ "Hiệu trưởng Trường Đại học Xu-pha-nu-vông Bun-nhăng Pha-sỉ-thi": a university with no name of its own yet is
    named by the one hyphened word after it when no name follows, or when a whole given and family name does (the
    rector's); a given and family name alone after the head are the holder's ("Trường Đại học Bun-nhăng Pha-sỉ-thi")."""
    if r.kind not in {"university", "college"} or r.words or not _HYPHENED_NAME.fullmatch(at.token):
        return False
    names, pos = 0, at.end
    while (nxt := _TOKEN.match(r.text, _skip_space(r.text, pos))) is not None and nxt.group()[0].isupper():
        names, pos = names + 1, nxt.end()
    return names in {0, 2}


def _two_hyphened_names(text: str, pos: int, token: str) -> bool:
    """ "Giám đốc Sở Nông Lâm nghiệp Khăm-xỉ Lo-vắn-xay": a given and a family name, both spelt the Vietnamese way
    with hyphens, after the body's whole name, are its head's (one hyphened word may name the body: "Trường Đại học
    Xu-pha-nu-vông")."""
    if not token[0].isupper() or not _HYPHENED_NAME.fullmatch(token) or province_at(text, pos) is not None:
        return False
    nxt = _TOKEN.match(text, _skip_space(text, pos + len(token)))
    return nxt is not None and nxt.group()[0].isupper() and _HYPHENED_NAME.fullmatch(nxt.group()) is not None


def _looks_lao_latin(token: str) -> bool:
    """Lao names in Latin script ("Boviengkham") carry no Vietnamese diacritics and are long."""
    return (
        len(token) >= 6 and token.isascii() and token[0].isupper() and token[1:].islower() and token.isalpha()
    )  # (not "Covid-19": a name holds no digit)


def _province_after(text: str, g: Gazetteer) -> tuple[Province, int] | None:
    """A province named right here, with or without "tỉnh" / "thành phố" / "TP" before it."""
    hit = province_at(text) if text[:1].isupper() else None
    if hit is not None and (not _starts_word(text, "Thủ đô") or text.startswith(("TP.", "Thành phố", "Thủ đô"))):
        return g.provinces[hit.key], hit.end
    if not text.startswith(_PROVINCE_LINK):
        return None  # no unit word either (the loop below would find none)
    offset = 0
    for link in _LINKS_LONGEST_FIRST:
        if _starts_word(text, link) or (link.endswith(".") and text.startswith(link)):
            offset = len(link)
            while offset < len(text) and text[offset] == " ":
                offset += 1
            break
    if offset == 0:
        return None  # no unit word: the province right here was looked for above
    # A spelling that holds the unit word names its own province: "tỉnh Viêng Chăn" is the province around the
    # capital "Viêng Chăn".
    whole = province_at(text)
    if whole is not None and whole.end > offset:
        return g.provinces[whole.key], whole.end
    hit = province_at(text, offset) if text[offset : offset + 1].isupper() else None
    return (g.provinces[hit.key], offset + hit.end) if hit is not None else None


def _numbered(kind: str, words: list[str], text: str, end: int) -> bool:
    """A number closes a unit's name right after a military head, or after a named body: not a count or a date."""
    if re.match(r"\s*[/.,:-]?\d", text[end : end + 3]):
        return False
    after = re.match(r"\s+(\w+)", text[end : end + 12])
    if kind == "hospital" and re.search(r"(?<!\d)\d{2,3}$", text[max(0, end - 4) : end]):
        return True  # "Bệnh viện 103", "Bệnh viện Trung ương Quân đội 108": a military hospital's number
    # ("Ban Chỉ đạo 515 tỉnh Nghệ An": no count of provinces runs to a hundred)
    hundreds = re.search(r"(?<!\d)[1-9]\d\d$", text[max(0, end - 4) : end]) is not None
    province_named = after is not None and after.group(1) in ("tỉnh", "thành") and hundreds
    if after and after.group(1)[:1].islower() and not _acts_after(text, end + after.start(1)) and not province_named:
        return False  # "Sở Y tế 3 tỉnh", "Viện Hóa học 15 năm": a count, not a unit's number
    return (kind in {"military", "hospital"} and not words) or bool(words)


# The function words a numbered name is followed by ("Quân khu 4 và ...", "Bệnh viện 108 của ..."); verbs and aspect
# markers come from boundaries.tsv.
_AFTER_A_NUMBERED_NAME = {"và", "của", "tại", "với", "cùng", "do", "là", "cho"}


def _acts_after(text: str, pos: int) -> bool:
    """After a number, a word that ends a body's name on a verb ("Trường Hữu nghị 80 tiếp đoàn", "Quân khu 4 tổ
    chức") or the few words a numbered name is followed by: the number was the body's own."""
    word = re.match(r"\w+", text[pos:])
    if word is not None and word.group() in _AFTER_A_NUMBERED_NAME:
        return True
    lexicons = load_lexicons()
    phrase = lexicons.boundary_index.at(text, pos)
    return phrase is not None and lexicons.boundaries.get(phrase) in {"verb", "aspect"}


# (fields of two to four words each, a comma apart: no title and name of a person listed after a body)
_MORE_FIELDS = re.compile(r",\s*([A-ZĐ])\w*(?:\s\w+){1,3}(?:,\s*[A-ZĐ]\w*(?:\s\w+){1,3}){1,2}\svà\s+(\w)")


def _enumeration_inside(rest: str) -> bool:
    """After a comma, a capitalised field, then "và" and another capitalised field close the name's list ("Bộ Văn
    hóa, Thể thao và Du lịch"; "Bộ Công nghiệp, Khoa học, Công nghệ và Đổi mới": more fields a comma apart)."""
    listed = re.match(r",\s*(\w)[^,.;:()]{0,40}?\svà\s+(\w)", rest) or _MORE_FIELDS.match(rest)
    if listed is None or not (listed.group(1).isupper() and listed.group(2).isupper()):
        return False
    between = rest[listed.start(1) : listed.start(2)]
    # "Đại học Vinh, Đại học Y khoa Vinh và ...": an item that opens on a head is another body, not a field ("Khoa
    # học" is a field, not a faculty).
    fields = between.replace("Khoa học", "")
    return (between.startswith("Khoa học") or _head_matcher().at(between, 0) is None) and not any(
        _starts_word(w, head) for w in fields.split() for head in HEADS if len(head.split()) == 1 and w == head
    )


# A unit of a ministry named before it: "Văn phòng Bộ ...", "Vụ Hợp tác quốc tế Bộ ..." is not (the unit's
# own name ends before "Bộ"), so only units whose name is the unit word alone.
# (The capital first, "(?<!\w)" looked at behind it: the pattern is tried only where one of those capitals stands.)
_UNIT_OF = re.compile(r"([VTCĐ](?<!\w.)(?:(?<=V)ăn phòng|(?<=T)hanh tra|(?<=C)ông đoàn|(?<=Đ)ảng ủy|(?<=Đ)ảng uỷ))\s+$")


def _ministry_with_country(text: str, end: int, agency: Agency, g: Gazetteer) -> tuple[int, str | None, str]:
    """Where a ministry's name ends with its country after it ("Bộ Y tế Lào", "Bộ Y tế Việt Nam"), the country,
    and the ministry's name with the country it belongs to."""
    gap = len(text[end:]) - len(text[end:].lstrip(" "))
    suffix, code = _country_suffix(text[end + gap :]) if gap else (None, None)
    if suffix is None:
        return end, agency.country, expand_abbreviations(agency.name)
    country = g.countries[f"country:{code}"].name
    name = expand_abbreviations(agency.name) + ("" if code == agency.country else f" {country}")
    return end + gap + len(suffix), code, name


# "các cơ quan thuộc Chính phủ, Bộ ngành tại Lào bao gồm Văn phòng Chính phủ, ..., Bộ Tài chính": a list of Lao
# bodies named as Vietnam's are, their country said once before it.
_LAO_LIST = re.compile(
    r"\b(?:của|tại) (?:nước bạn )?(?:CHDCND )?Lào\b[^.;:]{0,60}?\b(?:bao gồm|gồm|như)\b:?(?P<items>[^.;]*)$"
)


def _in_a_lao_list(text: str, start: int, end: int, agency: Agency) -> tuple[int, str] | None:
    """A Vietnamese body's name in a list of Lao bodies (_LAO_LIST) names the Lao counterpart."""
    if agency.country != "VN":
        return None
    window = text[max(0, start - 400) : start]
    listed = _LAO_LIST.search(window) if "Lào" in window else None
    if listed is None or re.search(r"Việt Nam|\bta\b", listed["items"]):
        return None
    return end, "LA"


def _foreign_counterpart(text: str, pos: int, agency: Agency) -> tuple[int, str] | None:
    """Another country written right after a Vietnamese body's name ("Lào", "(Lào)", "của Lào", "nước CHDCND
    Lào", "Nhật Bản"): where the name ends and the country."""
    gap = len(text[pos:]) - len(text[pos:].lstrip(" "))
    if agency.country != "VN" or gap == 0:
        return None
    rest = text[pos + gap : pos + gap + 80]
    bracket = rest.startswith("(")
    suffix, code = _country_suffix(rest[1:] if bracket else rest)
    if suffix is None or code == "VN" or (bracket and not rest[1 + len(suffix) :].startswith(")")):
        return None
    return pos + gap + len(suffix) + (2 if bracket else 0), code


def _province_branch(text: str, pos: int, g: Gazetteer) -> tuple[Province, int] | None:
    """A province named right after a body's name with "tỉnh" or "thành phố" before it, and where it ends."""
    rest = text[pos:]
    gap = len(rest) - len(rest.lstrip(" "))
    if not (rest.startswith(_PROVINCE_LINK, gap) and any(_starts_word(rest[gap:], link) for link in _PROVINCE_LINK)):
        return None
    linked = _province_after(rest[gap:], g)
    if linked is None:
        return None
    return linked[0], pos + gap + linked[1]


def _bare_province_key(province: Province, written: str, kind: str, body: str) -> str:
    """A province named in a body's name without "tỉnh" before it, for the body's key: one spelling however the
    press writes it ("Champasak", "Chăm-pa-xắc"). The Vietnamese of a Lao province live "tại" it: "Hội người Việt
    Nam tại tỉnh X" is "Hội người Việt Nam tỉnh X". A university's branch keeps where it stands: "Phân hiệu Đại
    học Thái Nguyên tại Lào Cai" is not the university."""
    if re.match(r"tại\b", written):
        return _province_phrase(province, kind)
    if re.search(r"\stại\s", written):
        return written
    if _A_BRANCH.match(body) and not _NAMES_ITS_PLACE.search(body):
        return _province_phrase(province, kind)  # "Hội Nông dân Nghệ An" is the province's branch, "... tỉnh Nghệ An"
    return province.name.removeprefix("tỉnh ")


# Mass organisations have a branch in every province, named with or without "tỉnh": "Hội LHPN Nghệ An" is "Hội
# Liên hiệp Phụ nữ tỉnh Nghệ An". (Not "Tỉnh Đoàn X", whose head says "tỉnh" already.)
_A_BRANCH = re.compile(r"(?:Hội|Liên đoàn|Hiệp hội)\s")
_NAMES_ITS_PLACE = re.compile(r"\b(?:tỉnh|thành phố)\b", re.IGNORECASE)


def _province_phrase(province: Province, kind: str) -> str:
    if kind == "party_committee":
        return province.name
    if province.province_type == "city":
        return province.name if province.name.startswith("Thành phố") else f"thành phố {province.name}"
    if province.province_type == "capital":
        return f"Thủ đô {province.name}"
    return f"tỉnh {province.name.removeprefix('tỉnh ')}"


# A body named as a source ("Theo Sở ...") or as the parent of another ("thuộc Bộ ...") is mentioned, not
# engaged. Every other named body is taken as a participant
# of the news it is in: the press names bodies because they took part.
# (The "t" first, what stands before it looked at behind it: the pattern is tried only where one stands.)
_NOT_ACTOR = re.compile(r"([tT](?:(?<=\bt)huộc|(?<=t)rực thuộc|(?<=\bT)heo|(?<=\bt)heo))\s+$")
# "tại Trung tâm Hội nghị tỉnh", "tại Trung tâm Hội chợ Quốc tế ...": a hall the meeting was held in
_HALL = re.compile(r"Trung tâm (?:Hội nghị|Hội chợ|Hành chính|Triển lãm)\b", re.IGNORECASE)
_AT = re.compile(r"\b[tT]ại\s+(?:trụ sở\s+)?$")


def acts(text: str, start: int) -> bool:
    """Whether this mention of a body shows it engaged, not merely cited as a source or a parent, nor named as the
    hall a meeting was held in."""
    before = text[max(0, start - 30) : start]
    return not (_NOT_ACTOR.search(before) or _AT.search(before) and _HALL.match(text, start))

"""Provinces and countries named in the text, in every spelling the gazetteer knows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ingest.extract.models import PlaceMention
from ingest.gazetteer import Gazetteer, Hit, PhraseMatcher, Province, load_gazetteer
from ingest.letters import UPPER
from ingest.lexicons import load_lexicons
from ingest.sentences import Sentence, sentence_at


@cache
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    g = load_gazetteer()
    return _province_matcher(g), _country_matcher(g), _lao_transliteration_matcher(g)


def province_hits(text: str) -> list[Hit]:
    """Every spelling of every province; Lao transliterations also with their tone marks varied."""
    exact, _, lao = _matchers()
    hits = exact.find(text)
    taken = [(h.start, h.end) for h in hits]
    for hit in lao.find(text):
        if all(hit.end <= a or hit.start >= b for a, b in taken):
            hits.append(hit)
    return sorted((h for h in hits if h.key != _LOOKALIKE), key=lambda h: h.start)


def province_at(text: str, pos: int = 0) -> Hit | None:
    """The province whose name starts exactly at pos, in any spelling the gazetteer knows."""
    exact, _, lao = _matchers()
    hit = exact.at(text, pos) or lao.at(text, pos)
    return hit if hit is not None and hit.key != _LOOKALIKE else None


def country_at(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The ISO code of the country whose name starts exactly at pos, capitalised as a name is, and where the
    name ends."""
    _, countries, _ = _matchers()
    hit = countries.at(text, pos) if text[pos : pos + 1].isupper() else None
    return (hit.key.split(":", 1)[1], pos + hit.end) if hit is not None else None


def country_codes(text: str) -> list[str]:
    """The ISO codes of the countries named in text, in order, capitalised as names are."""
    _, countries, _ = _matchers()
    return [hit.key.split(":", 1)[1] for hit in countries.find(text) if text[hit.start].isupper()]


def _lao_transliteration_matcher(g: Gazetteer) -> PhraseMatcher:
    # Only the long spellings, hyphenated, multi-word or run together ("Bôlykhămxay" written "Bolykhămxay"):
    # distinctive enough to match without marks.
    phrases = {
        spelling: p.id
        for p in g.provinces.values()
        if p.country == "LA"
        for spelling in (p.name, *p.aliases)
        if len(spelling) >= 7 and ("-" in spelling or " " in spelling) or len(spelling) >= 9
    }
    return PhraseMatcher(phrases, lao_spelling=True)


# The key of a longer name that holds a province's name; it wins over the province as the longer match.
_LOOKALIKE = "lookalike"


def _province_matcher(g: Gazetteer) -> PhraseMatcher:
    phrases: dict[str, str] = dict.fromkeys(load_lexicons().place_lookalikes, _LOOKALIKE)
    for p in g.provinces.values():
        for spelling in (p.name, *p.aliases):
            for variant in _hyphen_spacings(spelling):
                phrases.setdefault(variant, p.id)
        if p.country == "LA":
            phrases.setdefault(p.name_en, p.id)
    return PhraseMatcher(phrases)


def _hyphen_spacings(spelling: str) -> list[str]:
    """A hyphenated name as the press spaces its hyphens: "Thừa Thiên - Huế", "Thừa Thiên-Huế", "Thừa Thiên- Huế"."""
    if "-" not in spelling:
        return [spelling]
    parts = [part.strip() for part in spelling.split("-")]
    joints = ("-", " - ", "- ", " -", " – ", "– ")
    return list(dict.fromkeys([spelling, *(joint.join(parts) for joint in joints)]))


def _country_matcher(g: Gazetteer) -> PhraseMatcher:
    phrases: dict[str, str] = {}
    for c in g.countries.values():
        for spelling in (c.name, *c.aliases):
            phrases.setdefault(spelling, c.id)
    return PhraseMatcher(phrases)


def _is_proper(text: str, start: int) -> bool:
    """Place names are capitalised: "Hòa Bình" is a province, "hòa bình" is peace. A spelling that opens with
    its unit ("tỉnh Viêng Chăn", "thành phố Hồ Chí Minh") or a state's form ("cộng hòa dân chủ nhân dân Lào")
    is a name in lower case too."""
    return text[start].isupper() or text[start:].lower().startswith(_UNIT_WORDS + _STATE_FORMS)


_STATE_FORMS = ("cộng hòa ", "cộng hoà ", "vương quốc ")


def _mentions(text: str, sentences: list[Sentence], hits: list[Hit]) -> list[PlaceMention]:
    return [
        PlaceMention(
            node_id=h.key,
            text=text[h.start : h.end],
            start=h.start,
            end=h.end,
            sentence=sentence_at(sentences, h.start).index,
        )
        for h in hits
        if _is_proper(text, h.start)
    ]


_UNIT_WORDS = ("tỉnh ", "nước ", "thành phố ", "thủ đô ")


# A ward, commune or district that bears a province's name ("phường Long An", "P.Long An", "huyện Kỳ Sơn")
# is no province.
# (and a river or a pass that shares a province's name: "đầu nguồn sông Xê Kông", "đèo Lao Bảo")
_LOCAL_UNIT = re.compile(
    r"(?:\b(?:phường|xã|huyện|thị xã|thị trấn|quận|bản|cụm bản|sông|dòng sông|suối|đèo)\s+|\b[PXQH]\.\s*)$",
    re.IGNORECASE,
)


def find_provinces(text: str, sentences: list[Sentence]) -> list[PlaceMention]:
    hits = [
        h
        for h in province_hits(text)
        if not _LOCAL_UNIT.search(text[max(0, h.start - 12) : h.start])
        and not (":" in (before := text[max(0, h.start - 40) : h.start]) and _CREDIT.search(before))
    ]
    return _paired_capitals_as_provinces(text, _mentions(text, sentences, hits))


# "Vĩnh Phúc - Viêng Chăn ký kết hợp tác", "Trường Hữu nghị Hòa Bình - Viêng Chăn": a capital's bare name paired by a
# dash with a province of the other country
DASH = re.compile(r"\s*[-–]\s*")  # two names dashed together: "Vĩnh Phúc - Viêng Chăn"


def _paired_capitals_as_provinces(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A capital's bare name dashed to a province (not a city) of the other country is the province that shares its
    name, when the article names that province ("tỉnh Viêng Chăn"): the pair is of two provinces."""
    provinces = load_gazetteer().provinces
    named = {m.node_id for m in mentions}
    for m, after in zip(mentions, mentions[1:], strict=False):
        if not DASH.fullmatch(text[m.end : after.start]):
            continue
        for capital, other in ((m, after), (after, m)):
            place, partner = provinces.get(capital.node_id), provinces.get(other.node_id)
            if place is None or partner is None or place.province_type != "capital":
                continue
            if partner.country == place.country or partner.province_type != "province":
                continue  # ("Hà Nội - Viêng Chăn": a city pairs with the capital)
            if _UNIT_BEFORE.search(text, max(0, capital.start - 12), capital.start):
                continue  # "Thủ đô Viêng Chăn": the capital, named so
            twin = namesake_province(place)
            if twin is not None and twin.id in named:
                capital.node_id = twin.id
    return mentions


def namesake_province(capital: Province) -> Province | None:
    """The province that shares a capital's name ("tỉnh Viêng Chăn" for "Viêng Chăn")."""
    return next(
        (
            p
            for p in load_gazetteer().provinces.values()
            if p.country == capital.country and p.id != capital.id and p.name.lower().endswith(capital.name.lower())
        ),
        None,
    )


_UNIT_BEFORE = re.compile(r"(?:[Tt]hủ đô|[Tt]hành phố|TP\.?)\s*$")


# "(Ảnh: Quảng Trị)", "Nguồn: Báo Lào Cai": a photo's or a story's source is page furniture, no place of the news
# (the cleaner drops such credits line by line; this holds one a line break split).
_CREDIT = re.compile(r"(?:\(\s*(?:[ẢA]nh|Nguồn)\s*:[^()]*|(?:^|\n)\s*(?:[ẢA]nh|Nguồn)\s*:[^()\n]*)$")


def find_countries(text: str, sentences: list[Sentence]) -> list[PlaceMention]:
    _, countries, _ = _matchers()
    return _mentions(text, sentences, countries.find(text))


# "tại tỉnh X", "tại TP. X", "ở Thành phố X", "tại Khách sạn Mường Thanh, TP Cần Thơ": a place named as where
# something was held. The hall before the city may be any words, or only a hall's ("Khách sạn", "Trụ sở", "huyện"
# ...) where the reader cannot check the place against the meeting's ("tại Hà Nội, tỉnh A và tỉnh B đã ký ...").
_PLACE_WORD = r"(?:(?:[tT]ỉnh|[tT]hành phố|[tT]hủ đô)\s+|(?:TP|Tp)\.?\s*)?"
_AT_PLACE = re.compile(rf"\b(?:tại|ở)\s+(?:[^.;:]{{0,60}},\s*)?{_PLACE_WORD}$")
_AT_HALL_THEN_CITY = re.compile(
    r"\btại\s+(?:[Kk]hách sạn|[Tt]rụ sở|[Tt]rung tâm|[Hh]ội trường|[Cc]ung|[Nn]hà|[Kk]hu|[Cc]ửa khẩu|huyện|thị xã|quận)"
    rf"[^.;:,]{{0,50}},\s*{_PLACE_WORD}$"
)


def province_country(province_id: str) -> str:
    """The country code a province's id opens with: "province:LA-XI" is Lao."""
    return province_id.split(":", 1)[1][:2]


def named_as_venue(text: str, pos: int, *, after_a_hall_only: bool = False) -> bool:
    """Whether the place named at pos is named as where something was held."""
    pattern = _AT_HALL_THEN_CITY if after_a_hall_only else _AT_PLACE
    return bool(pattern.search(text, max(0, pos - 80), pos))


# "sinh viên đến từ tỉnh Luông Pha Băng", "3 người ở tỉnh Đồng Tháp", "quê ở Thanh Hóa": where someone comes from;
# "gian hàng của doanh nghiệp từ Hà Nội, Lào Cai", "du khách từ Đà Nẵng": where a fair's exhibitors or a town's
# visitors come from (not "đại biểu từ các tỉnh", who take part).
ORIGIN = re.compile(
    r"\b(đến từ|quê|quê ở|quê tại|quê hương|người (?:ở|tại|từ)"
    r"|doanh nghiệp từ|nhà đầu tư từ|du khách từ|khách du lịch từ|sản phẩm từ|hàng hóa từ|nông sản từ"
    # "sinh viên Luông Pha Băng đang học tập tại Sơn La, Điện Biên và Thái Nguyên": where students live and study
    r"|học tập (?:tại|ở)|theo học (?:tại|ở)|du học (?:tại|ở))"
    r"\s+(các\s+)?(tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)
ORIGIN_WORDS = ("từ", "quê", "người", "học")  # one of them is in every phrase of ORIGIN (a test checks)
# "... đến từ các tỉnh Sa-la-van, Xê Kông và ": the places listed after the first are where people come from too.
_LISTED_BEFORE = re.compile(
    rf"(?:[{UPPER}][^\s,.;:()]*(?:[\s-]+[{UPPER}][^\s,.;:()]*){{0,3}}\s*(?:,\s*(?:và\s+)?|\s+và\s+)"
    r"(?:(?:tỉnh|thành phố|TP\.?)\s+)?){1,5}$"
)


# "Các gian hàng đến từ hơn 20 tỉnh, thành phố như Hà Nội, ...", "các em đến từ những tỉnh phía Bắc nước bạn như
# Luông Pha Băng, ...": the places a count or a region of them is exemplified by
_FROM_MANY = re.compile(
    r"\bđến từ\s+(?:hơn\s+|gần\s+|trên\s+)?(?:\d+|nhiều|các|những)\s+(?:tỉnh|địa phương)(?:,\s*thành(?:\s+phố)?)?"
    r"(?:\s+\w+){0,5}?\s+(?:như|gồm|là)\s*:?\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"
)


def where_someone_is_from(text: str, pos: int) -> bool:
    """The place at pos says where someone comes from, not who takes part or where a meeting is; so does each
    place listed after such a place."""
    near = text[max(0, pos - 150) : pos]
    if not any(word in near for word in ORIGIN_WORDS):
        return False  # (most places: no word of where someone comes from anywhere before them)
    close = near[-30:]
    if any(word in close for word in ORIGIN_WORDS) and ORIGIN.search(close) is not None:
        return True
    if _FROM_MANY.search(near[-80:]):
        return True
    listed = _LISTED_BEFORE.search(text, max(0, pos - 120), pos)
    return listed is not None and where_someone_is_from(text, listed.start())


# "Tổng Lãnh sự Việt Nam tại Savannakhet", "Đại sứ quán Việt Nam ở Thủ đô Viêng Chăn": the seat of a mission.
_MISSION_SEAT = re.compile(
    r"(Tổng [Ll]ãnh sự|Lãnh sự|Đại sứ)\b[^,;.]{0,40}\b(?:tại|ở)\s+(thành phố\s+|tỉnh\s+|[Tt]hủ đô\s+|TP\.?\s*)?$"
)


def a_missions_seat(text: str, pos: int) -> bool:
    """The place at pos is where a diplomat or a mission sits, not a side or a venue of its own."""
    near = text[max(0, pos - 80) : pos]
    return ("sứ" in near or "sự" in near) and _MISSION_SEAT.search(near) is not None


# "Ngoài Attapeu, Kon Tum còn ký thỏa thuận hợp tác với tỉnh Xê Kông": a partner set aside is no subject.
_BESIDES = re.compile(r"\b(?:[Nn]goài|[Bb]ên cạnh)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")


def besides(text: str, pos: int) -> bool:
    """The place at pos is set aside ("Ngoài Attapeu, ..."), not a subject of what follows."""
    return _BESIDES.search(text, max(0, pos - 20), pos) is not None


# "Học viện Chính trị khu vực III (Đà Nẵng)", "Hợp tác xã Nông sản Mai Châu (tỉnh Hòa Bình)": where the body is.
_IN_BRACKETS = re.compile(r"\(\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?$")
_BODY_NUMBER = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2})?\s*")  # "khu vực III", "Quân khu 4" left after the name


def in_brackets_after_a_body(text: str, pos: int, body_ends: Iterable[int]) -> bool:
    """The place at pos stands in brackets right after a body (one of those ending at body_ends): it says where
    the body is, and is no side of its own."""
    bracket = _IN_BRACKETS.search(text, max(0, pos - 16), pos) if "(" in text[max(0, pos - 16) : pos] else None
    if bracket is None:
        return False
    opening = bracket.start()
    return any(end <= opening and _BODY_NUMBER.fullmatch(text, end, opening) for end in body_ends)


# "THỪA THIÊN HUẾ – Ngày 7/6, ...": an item of a digest opens on where it comes from, in capitals, and a dash;
# "Viêng Chăn (TTXVN) - Ngày 12/1, ...": a wire story, on where it was filed and the agency's name.
_DATELINE_DASH = re.compile(r"\s*(?P<agency>\([^()]{1,30}\)\s*)?[-–—]\s*(?P<next>\S+(?:\s+\S+)?)")
_AGENCY = re.compile(r"\(\s*[A-ZĐ][\w.&-]*\s*\)\s*")


def a_dateline(text: str, start: int, end: int) -> bool:
    """The place opens its line in capitals, or ahead of an agency's name in brackets, and a dash follows: where the
    item is from or was filed, no side of it (a headline's pair in capitals, "QUẢNG TRỊ - SAVANNAKHET", goes on in
    capitals)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" ("):
        return False
    dash = _DATELINE_DASH.match(text, end)
    if dash is None or dash["next"].isupper():
        return False
    return text[start:end].isupper() or dash["agency"] is not None and _AGENCY.fullmatch(dash["agency"]) is not None


# An online meeting's connection points: "điểm cầu chính tại Hà Nội, Thủ đô Viêng Chăn", "các điểm cầu tỉnh A và B".
_CONNECTION_POINT = re.compile(
    r"\b(?:điểm|đầu) cầu\s+(?:chính\s+)?(?:tại\s+)?(?:[^.;:]{0,60}?(?:,|\svà)\s*)?"
    r"(?:(?:[tT]ỉnh|[tT]hành phố|[tT]hủ đô)\s+|(?:TP|Tp)\.?\s*)?$"
)


def a_connection_point(text: str, pos: int) -> bool:
    """The place at pos is where an online meeting was followed from, not a side of it."""
    return "cầu" in text[max(0, pos - 90) : pos] and _CONNECTION_POINT.search(text, max(0, pos - 90), pos) is not None


# "giáp Sơn La, Thanh Hóa và Nghệ An": neighbours listed on a map, no actors.
# (It ends where the sentence turns to cooperation: "... biên giới với Lào nhưng có quan hệ hợp tác với tỉnh X".)
BORDER_LIST = re.compile(
    r"\b(giáp|tiếp giáp|giáp ranh|biên giới với|chung đường biên giới với)\b(?:(?!\bnhưng\b|\bhợp tác\b)[^.;:])*$"
)
BORDER_WORDS = ("giáp", "biên giới với")  # one of them is in every phrase of BORDER_LIST (a test checks)
# "quan hệ hợp tác của tỉnh A với các tỉnh Lào, trước hết với hai tỉnh giáp A là X, Y": the neighbours named are
# whom the province cooperates with, not a map's list.
_PARTNERS_ON_BORDER = re.compile(
    r"\b(?:hợp tác|kết nghĩa|quan hệ)\b[^.;:]{0,100}\bvới\s+(?:các|hai|ba|bốn|những|\d+)\s+tỉnh\b[^.;:]*\blà\b[^.;:]*$"
)


def neighbours_are_partners(before: str) -> bool:
    """The text before a border list says its provinces are partners (see _PARTNERS_ON_BORDER)."""
    return bool(_PARTNERS_ON_BORDER.search(before))


def named_as_neighbour(text: str, pos: int) -> bool:
    """The place at pos is listed as a neighbour on the map, not as a partner the text names."""
    near = text[max(0, pos - 60) : pos]
    # (The patterns only where their words are: most places have none of them before.)
    return (
        any(word in near for word in BORDER_WORDS)
        and BORDER_LIST.search(near) is not None
        and not neighbours_are_partners(text[max(0, pos - 160) : pos])
    )


# "Công ty cổ phần Cà phê X có trụ sở tại tỉnh Đắk Lắk", "có trụ sở tại Buôn Ma Thuột, tỉnh Đắk Lắk", "người từng có
# 6 năm học tập tại thành phố Hải Phòng": where a firm sits or someone once lived, no actor and no place of a meeting.
_SEAT_OR_PAST = re.compile(
    r"(?:\bcó trụ sở(?: chính)?|\btừng\b[^,.;()]{0,40}?)\s+(?:tại|ở)\s+(?:[^,.;()]{1,30},\s*)?"
    r"(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
)


def a_seat_or_a_past(text: str, pos: int) -> bool:
    """The place at pos says where a firm sits or someone once lived."""
    before = text[max(0, pos - 80) : pos]
    return ("trụ sở" in before or "từng" in before) and _SEAT_OR_PAST.search(before) is not None


# "sau khi tỉnh Đắk Nông được tách ra từ Đắk Lắk", "tỉnh Kon Tum được tái lập, tách ra từ tỉnh Gia Lai - Kon Tum": a
# province's own making, told as a time or as history; neither unit is a side of what the sentence tells.
_SPLIT_FROM = re.compile(
    r"\b(?:tách ra từ|tách ra khỏi|tách khỏi|tách từ|chia tách từ)\s+(?:(?:tỉnh|thành phố)\s+)?"
    r"(?:[^\s,;.()][^,;.()]{0,24}\s[-–]\s*)?$"
)
_SPLIT_OFF = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:đã |vừa |mới )?được\s+(?:tái lập|tách ra|chia tách)\b")


def in_a_units_making(text: str, start: int, end: int) -> bool:
    """The province at start..end is the one split off or the one it was split from."""
    before = text[max(0, start - 60) : start]
    if "tách" in before and _SPLIT_FROM.search(before) is not None:
        return True
    return "được" in text[end : end + 60] and _SPLIT_OFF.match(text, end) is not None

"""Officials named in the text, with the titles and bodies the text gives them.

The press names people in a few shapes, all read here:
- title, body, name: "Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt";
- form of address, name, apposition: "đồng chí Đặng Ngọc Tuấn, Tỉnh ủy viên, Giám đốc Sở";
  "bà Lê Thị Mai - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh";
- Lao names in Latin script ("Boviengkham Vongdara") or in hyphenated transliteration ("Sôm-Chay Phả-Ni-Khăm").
A name is a run of capitalised syllables; it is never a place, a country or part of a body's name, and a
name inside a place name ("Khu tưởng niệm Chủ tịch Hồ Chí Minh") is no person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ingest.extract.orgs import PLACE_NAME, FoundOrg, field_phrase, find_orgs, title_matcher
from ingest.extract.places import country_at, country_codes, province_at, province_hits
from ingest.gazetteer import PhraseMatcher, load_gazetteer
from ingest.letters import UPPER, fold
from ingest.lexicons import load_lexicons

# "H'Hen Niê", "H' Yim Kđoh": Ê Đê names open on a capital and an apostrophe.
_NAME_TOKEN = re.compile(r"(?:[A-Z]['’]\s?)?[^\W\d_][\w]*(?:[-–][\w]+)*")
# Capitalised words that begin something other than a name ...
_NOT_FIRST = frozenset(
    """
    Bộ Sở Ủy Uỷ UBND HĐND Tỉnh Thủ Đoàn Hội Viện Cục Vụ Tổng Nhà Đảng Nhân Lào Phó Chủ Bí Giám Thứ
    Trưởng Ban Lễ Tại Theo Sáng Chiều Tối Ngày Trong Thay Cùng Về Với Trước Sau Hai Ba Các Những Đây Đó
    Khi Nếu Tuy Là Được Có Học Tập Quỹ Bệnh Phòng Ông Bà Chị Kế Hiệp Nghị Biên Bản Thỏa Hợp Diễn Chương
    Dự Luật Chiến Ảnh Nguồn Tin Video Infographic Xem Đọc Tham Nhằm Hiện Qua Đến Từ Tiếp Thực Dịp Năm
    Tháng Tuần Khu Làng Đại Việt Trung Quốc Thành Chính Công Liên Phát Khoa Đồng Trường
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# ... and words that end a name wherever they come.
_NOT_INSIDE = frozenset(
    """
    Bộ Sở Ủy Uỷ UBND HĐND Tỉnh Thủ Đoàn Viện Cục Vụ Tổng Đảng Lào Ban Lễ Tại Theo Sáng Chiều Ngày Trong
    Thay Phó Chủ Bí Giám Thứ Trưởng Hội Việt-Lào Lào-Việt
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# "Nguyễn Minh Sáng – Giám đốc ...": a time of day that ends a name only where a time follows it ("... Sáng 5/9").
_TIMES_OF_DAY = frozenset({"Sáng", "Chiều"})
_TIME_FOLLOWS = re.compile(r"\s*(?:\d|nay\b|qua\b|cùng\b|ngày\b|hôm\b|mai\b|thứ\b|chủ nhật\b)", re.IGNORECASE)
# Forms of address written capitalised at a sentence's start, and "acting" before a title: not part of a name.
_ADDRESS = frozenset({"Anh", "Chị", "Thầy", "Cô", "Em", "Chú", "Bác", "Ông", "Bà", "Ngài"})
_ACTING = frozenset({"Quyền"})
_CAPITAL_NEXT = re.compile(rf" [{UPPER}]")
_JOINED_TITLE = re.compile(r"[-–](\w+)$")
# Words before a capitalised run that make it a place or a thing, not a person.
# (Each word's first letter opens the pattern, case by case, so it is tried only where one stands; "(?-i:...)" holds
# every letter IGNORECASE matches there: "ſ" is read as "s", the Kelvin sign "K" as "k".)
_PLACE_BEFORE = re.compile(
    r"((?-i:[kKKtTlLbBđĐpPqQdDnNgGhHcCsSſ])(?:(?<=k)hu tưởng niệm|(?<=t)ưởng niệm|(?<=l)ăng|(?<=t)ượng đài"
    r"|(?<=b)ảo tàng|(?<=đ)ường|(?<=p)hố|(?<=q)uảng trường|(?<=t)rường|(?<=t)hành phố|(?<=t)p\.?|(?<=t)ư tưởng"
    r"|(?<=d)i tích|(?<=n)hà lưu niệm|(?<=g)iải thưởng|(?<=h)ọc bổng|(?<=d)ự án|(?<=c)hương trình|(?<=c)ầu|(?<=s)ân bay"
    r"|(?<=b)ệnh viện|(?<=c)ửa khẩu|(?<=c)ửa khẩu quốc tế|(?<=c)ửa khẩu chính|(?<=c)ửa khẩu phụ))\s+(chủ tịch\s+)?$",
    re.IGNORECASE,
)
_HISTORICAL = {"hồ chí minh", "kaysone phomvihane", "souphanouvong", "cay xỏn phôm vi hản", "xu pha nu vông"}


@dataclass
class FoundPerson:
    name: str
    start: int
    end: int
    country: str | None
    positions: list[tuple[str, FoundOrg | None]] = field(default_factory=list)


@cache
def _country_names() -> frozenset[str]:
    return frozenset(fold(c.name) for c in load_gazetteer().countries.values())


@cache
def _honorific_matcher() -> PhraseMatcher:
    return PhraseMatcher({h: h for h in load_lexicons().honorifics})


def _skip(text: str, pos: int, chars: str = " \t") -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


def _family_name_first(text: str, token: str, end: int) -> bool:
    """ "Phó Chủ tịch UBND tỉnh Đoàn Trung Kiên", "Chủ nhiệm ... Từ Thiệu Sử": a family name that is also a word
    opening something else ("Đoàn" a delegation, "Từ" a "from") opens a name when two or three given names in
    title case follow, none a word that ends a name nor, together, a place."""
    if token not in _FAMILY_NAMES_TOO or _UNIT_BEFORE.search(text, 0, end - len(token)):
        return False  # "Tỉnh Đoàn Lâm Đồng": a province's youth union
    given = _GIVEN_NAMES.match(text, end)
    if given is None:
        return False
    words = given.group().split()
    places = load_gazetteer()
    return not any(w in _NOT_INSIDE for w in words) and not any(
        places.province_by_name(" ".join(words[:n])) for n in range(1, len(words) + 1)
    )


_FAMILY_NAMES_TOO = frozenset({"Đoàn", "Từ"})
_UNIT_BEFORE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|[Tt]rung ương|T\.Ư\.?|TƯ)\s+$")
_GIVEN_NAMES = re.compile(rf"(?: [{UPPER}][^\W\d_A-ZĐ]+){{2,3}}(?![\w-])")


def read_name(text: str, pos: int) -> tuple[str, int] | None:
    """The capitalised run at pos, if it can be a person's name."""
    tokens: list[tuple[int, int]] = []
    cursor = _skip(text, pos)
    after_joint = False
    while len(tokens) < _LONGEST_NAME:
        match = _NAME_TOKEN.match(text, cursor)
        if match is None:
            break
        token = match.group()
        if not tokens and token in _ADDRESS and _CAPITAL_NEXT.match(text, match.end()):
            cursor = match.end() + 1  # "Anh Nguyễn Ngọc Lương", "Thầy Lê Phú Thắng": a form of address
            continue
        if tokens and token in _ACTING and title_matcher().at(text, _skip(text, match.end())):
            break  # "Bounleua Phandanouvong Quyền Trưởng ban ...": "acting" opens the title after the name
        stop = _NOT_INSIDE if tokens else _NOT_FIRST
        given = tokens and token in _TIMES_OF_DAY and not _TIME_FOLLOWS.match(text, match.end())
        if token in stop and not (not tokens and _family_name_first(text, token, match.end())) and not given:
            break
        if token.isupper() and len(token) > 1 and "-" not in token:
            break
        joined_title = _JOINED_TITLE.search(token) if tokens else None
        if joined_title and joined_title.group(1) in _NOT_INSIDE:
            # "Padeumphone Sonthany-Phó Bí thư": a dash without spaces joins the name to its title
            tokens.append((match.start(), match.start() + joined_title.start()))
            break
        if not token[0].isupper() and not after_joint and not (tokens and _lao_lower_part(text, tokens[-1], match)):
            break
        after_joint = False
        tokens.append((match.start(), match.end()))
        nxt = match.end()
        if len(tokens) >= 5 and not _lao_spaced(text, tokens):
            tokens.pop()
            break
        joint = _SPACED_HYPHEN.match(text, nxt)
        # Only a name transliterated syllable by syllable goes on past " - "; "Somlanchay Nhaynhaphannu - Chuyên
        # viên" is a name in Latin script, then its title.
        if joint and len(token) <= 6 and _continues_lao_name(text, joint.end()):
            cursor = joint.end()  # "Su Căn - Bun Nhông", "Văn - Xay Pheng - Su - Ma": a Lao name in spaced parts
            after_joint = True
            continue
        if len(token) == 1 and token.isupper() and len(tokens) > 1 and re.match(r"\. [A-Z]", text[nxt : nxt + 3]):
            tokens[-1] = (match.start(), nxt + 1)  # "Samir K. Brahmachari": a middle initial goes on to the surname
            cursor = nxt + 2
            continue
        if (
            nxt < len(text)
            and text[nxt] == " "
            and nxt + 1 < len(text)
            and (text[nxt + 1].isupper() or _lao_lower_part(text, tokens[-1], _NAME_TOKEN.match(text, nxt + 1)))
        ):
            cursor = nxt + 1
            continue
        break
    tokens = _drop_leading_country(text, tokens)
    if not tokens:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    name = text[start:end]
    g = load_gazetteer()
    if g.province_by_name(name) is not None or fold(name) in _HISTORICAL:
        return None
    if fold(name) in _country_names():
        return None
    if len(tokens) == 1 and not _lone_name_ok(name):
        return None
    return name, end


_LONGEST_NAME = 8  # syllables: Lao names in Vietnamese transliteration run long ("Bun Chôm U Bôn Pạ Sợt")
_SPACED_HYPHEN = re.compile(r" [-–] ")


def _lao_spaced(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Past four syllables a name goes on only when it reads as Lao: joined by hyphens, or syllables that
    are no Vietnamese surname's given names."""
    return not vietnamese_name(text[tokens[0][0] : tokens[0][1]])


def _lao_lower_part(text: str, previous: tuple[int, int], match: re.Match[str] | None) -> bool:
    """A Lao family name the press writes in lower case after the given name: "Phanvongsa khampanya"."""
    if match is None:
        return False
    before, token = text[previous[0] : previous[1]], match.group()
    if _LATIN_SPELLING_AFTER.match(text, match.start()):
        return True  # "Phăn khăm vị pha văn (Phankham Viphavan)": the run its Latin spelling follows
    if not (before.isascii() and token.isascii() and token.isalpha()):
        return False
    if len(before) >= 6 and len(token) >= 6:
        return True
    # "Kham phan Philavong": a given name split in two, its second syllable in lower case, then a long Latin
    # family name; no Vietnamese name opens on the first, and no Vietnamese word is the second.
    family = _LATIN_FAMILY_NAME.match(text, match.end())
    return (
        family is not None
        and before[:1].isupper()
        and not vietnamese_name(before)
        and token not in load_lexicons().boundaries
    )


_LATIN_FAMILY_NAME = re.compile(r" [A-Z][a-z]{5,}\b(?![-–])")
_LATIN_SPELLING_AFTER = re.compile(r"(?:[a-zà-ỹđ]+ ){0,4}[a-zà-ỹđ]+ \([A-Z][a-z]+(?: [A-Z][a-z]+)+\)")


def _continues_lao_name(text: str, pos: int) -> bool:
    """After " - " a name goes on with a syllable of its own, not with a title or a body ("- Ủy viên ...")."""
    match = _NAME_TOKEN.match(text, pos)
    if match is None:
        return False
    token = match.group()
    if (
        token in _NOT_FIRST
        or token in _NOT_INSIDE
        or title_matcher().find(text[pos : pos + 30])[:1]
        and (title_matcher().find(text[pos : pos + 30])[0].start == 0)
    ):
        return False
    if token[0].isupper():
        return len(token) <= 6  # a transliterated syllable, not a word that opens a clause
    return len(token) <= 5 and token not in load_lexicons().boundaries  # "Sủ - phăn", "Hả - đao - hương"


def _country_written(between: str) -> str | None:
    """The country named between a title and a name ("Thủ tướng Campuchia Hun Manet"): the person's own; in
    "Đại sứ Việt Nam tại Lào" the first is, the second is the post."""
    hits = country_codes(between)
    return hits[0] if hits else None


def _country_right_after(tail: str) -> str | None:
    """ "Phó Tổng Lãnh sự Lào tại Đà Nẵng": a country written right after the post is the official's."""
    written = country_at(tail.lstrip())
    return written[0] if written is not None else None


def _country_in_brackets(tail: str) -> str | None:
    """ "Tỉnh trưởng tỉnh Svay Rieng (Campuchia)": the country in brackets after the post's place is the post's."""
    bracket = re.search(r"\(([^()]{2,20})\)", tail)
    hits = country_codes(bracket.group(1)) if bracket else []
    return hits[0] if hits else None


def _title_country(between: str, after_the_name: bool = False) -> str | None:
    """ "Phó Tỉnh trưởng tỉnh Át-tạ-pư Lê Thạ Sổm": the province of the post says the person's side where a
    surname both countries use does not. (The post alone does not: Thai and Cambodian governors are "Tỉnh trưởng"
    in Vietnamese too.)"""
    hits = province_hits(between)
    if not hits or not re.fullmatch(r"\s*(?:tỉnh\s+|thành phố\s+|thủ đô\s+)?", between[: hits[0].start], re.I):
        return None  # the post's own province only, right after it: not a place further on in the sentence
    if not after_the_name and len(re.findall(r"\w+", between[hits[0].end :])) > 1:
        return None  # "Tỉnh trưởng U Đôm Xay trân trọng gửi tới đồng chí X": X holds no post there
    return load_gazetteer().provinces[hits[0].key].country


def _name_further(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """ "Trưởng ban Nội chính Tỉnh ủy Nguyễn Đình Hải", "Trưởng khoa Sau Đại học PGS.TS. Nguyễn Trọng Văn": a
    body the lexicon does not know runs between the title and the name. The name is the first run that opens with
    a Vietnamese surname, within the same clause."""
    clause = text[pos : min(end, pos + 70)]
    # "PGS.TS. " goes on; "(Council of ... Research)" and "... và đồng chí X" do not.
    stop = _CLAUSE_STOP.search(clause)
    clause = clause[: stop.start()] if stop else clause
    # "Tỉnh trưởng U Đôm Xay trân trọng gửi tới đồng chí X": a verb ends the title's clause; X is spoken to.
    # A capitalised verb is part of the body's name: "Trưởng ban Tổ chức Tỉnh ủy".
    verb = next(
        (m for m in _ONE_OR_TWO_WORDS.finditer(clause) if _is_verb(m.group()) and not m.group()[0].isupper()),
        None,
    )
    clause = clause[: verb.start()] if verb else clause
    surnames = load_lexicons().surnames
    for word in _LETTERS.finditer(clause):
        lao = word.group().isascii() and len(word.group()) >= 4 and word.group()[0].isupper()
        if word.start() == 0 or word.group() not in surnames and not lao:
            continue
        read = read_name(text, pos + word.start())
        if read is None or len(read[0].split()) < 2:
            continue
        if read[0].split()[0] in surnames or lao and looks_lao(read[0]):
            return read  # a Vietnamese name, or a Lao one romanised ("Phommaphan Thalangsi")
    return None


_CLAUSE_STOP = re.compile(r"[,;:]\s|[()]|(?<![A-ZĐ])\.\s|(?:^|\s)(và|của|tại|với|đã|cùng)\s")
_ONE_OR_TWO_WORDS = re.compile(r"\w+(?:\s\w+)?")
_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _verbs() -> frozenset[str]:
    return frozenset(w for w, kind in load_lexicons().boundaries.items() if kind in ("verb", "aspect"))


def _is_verb(words: str) -> bool:
    return words.lower() in _verbs() or words.split()[0].lower() in _verbs()


def _drop_leading_country(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Bộ trưởng Thái Lan Somchai ...": a country written before a name is not part of it."""
    for size in (3, 2, 1):
        if len(tokens) > size and fold(text[tokens[0][0] : tokens[size - 1][1]]) in _country_names():
            return tokens[size:]
    return tokens


def _lone_name_ok(name: str) -> bool:
    """One word is a name only when it is a long Lao-style name, not a common Vietnamese word."""
    return len(name) >= 7 and "-" in name


def vietnamese_name(name: str) -> bool:
    """A name read as Vietnamese: it opens with a Vietnamese family name, or it is an Ê Đê name ("H'Hen Niê")."""
    first = name.split()[0]
    return first in load_lexicons().surnames or bool(_EDE_NAME.match(first))


_EDE_NAME = re.compile(r"H['’]")


def person_country(name: str, orgs: list[FoundOrg | None]) -> str | None:
    if vietnamese_name(name):
        return "VN"
    for org in orgs:
        if org is not None and org.country:
            return org.country
    return "LA" if looks_lao(name) else None


def looks_lao(name: str) -> bool:
    """Lao names in the Vietnamese press: hyphenated or long syllable runs, or long Latin-script words that use
    none of the letters Lao romanisation does without (w, z, q, j): "Nathapol Withee" is not Lao."""
    parts = name.split()
    if "-" in name or len(parts) >= 5:
        return True
    latin = [part for part in parts if part.isascii()]
    return any(len(part) >= 7 for part in latin) and not any(ch in "wzqj" for part in latin for ch in part.lower())


def find_persons(text: str, orgs: list[FoundOrg], start: int = 0, end: int | None = None) -> list[FoundPerson]:
    """People named in text[start:end] (a sentence), with offsets into text."""
    end = len(text) if end is None else end
    found: dict[int, FoundPerson] = {}
    titles = [(h.start + start, h.end + start, h.key) for h in title_matcher().find_in(text, start, end)]
    for t_start, t_end, title in titles:
        if _inside_org(orgs, t_start):
            continue
        before = _name_before(text, t_start, start)
        if before is not None and before[0] not in found:
            n_start, name = before
            person = FoundPerson(name=name, start=n_start, end=n_start + len(name), country=None)
            _read_apposition(text, n_start + len(name), end, orgs, titles, person)
            found[n_start] = person
            continue
        org, cursor = _body_after(text, t_end, orgs)
        if org is None and title in {"Bộ trưởng", "Thứ trưởng"}:
            org, cursor = _ministry_in_title(text, t_end, orgs)
        if org is None and title.lower().endswith("trưởng ban"):
            board = _BOARD_OF.match(text, _skip(text, cursor))
            cursor = board.end() if board else cursor  # "Trưởng ban Tổ chức Tỉnh ủy tỉnh Khăm Muộn X"
        # A rank is no post of a province: "Đại úy Xay-xổm-bun In-tha-vông" is named for one, not posted in it.
        ranked = load_lexicons().titles.get(title) == "military" and org is None
        cursor = _skip(text, cursor, " \t-–") if ranked else _skip_qualifiers(text, _skip(text, cursor, " \t-–"))
        cursor = _degree_after_comma(text, cursor)
        read = read_name(text, cursor) or _name_further(text, cursor, end)
        if read is None or _place_before(text, t_start) or _foreign_unit(text, read):
            continue
        name, n_end = read
        n_start = n_end - len(name)
        person = found.setdefault(n_start, FoundPerson(name=name, start=n_start, end=n_end, country=None))
        between = text[t_end:n_start]
        person.country = person.country or _country_written(between) or _title_country(between)
        person.positions.append((_title_before(text, t_start, title, org), org))
        _read_apposition(text, n_end, end, orgs, titles, person)
    for hit in _honorific_matcher().find_in(text, start, end):
        after = hit.end + start
        after += text.startswith(".", after)  # "PGS.TS. Nguyễn Tất Thắng": the degree's own full stop
        read = _new_name_at(text, after, orgs, found)
        if read is not None:
            _add_untitled(text, *read, end, orgs, titles, found)
    _read_learners(text, start, end, orgs, titles, found)
    people = sorted(found.values(), key=lambda p: p.start)
    for person in people:
        person.country = person.country or person_country(person.name, [org for _, org in person.positions])
    return people


# "tôi trò chuyện với Somchay Sauthichan, nữ sinh viên ...", "Bạn Mounthisene Chanthaphone (tên tiếng Việt là
# Lem)", "em Lò Thị Mai": students and trainees in an exchange are named with no title, after a word for a learner
# or a young person. Only a name of Vietnamese or Lao shape is read there ("sinh viên Khoa Kinh tế" is no one).
# (The first letter first, "(?<!\w)" looked at behind it: the pattern is tried only where one of those letters
# stands, not at every character.)
_LEARNER = re.compile(
    r"[BbEeSsLlHhv](?<!\w.)(?:(?:(?<=[Bb])ạn|(?<=[Ee])m|(?<=[Ss])inh viên|(?<=[Ll])ưu học sinh|(?<=[Hh])ọc viên)"
    r"\s+(?=[A-ZĐ])|(?<=v)ới\s+(?=[A-Z][a-z]{2,}\s+[A-Z][a-z]))"
)


# "3 du học sinh người Lào: Somchay ..., Kanha ... và Phimmasone ...": learners listed after a colon.
_LEARNERS_LISTED = re.compile(rf"(?:sinh viên|du học sinh|lưu học sinh|học viên)[^:.;]{{0,40}}:\s+(?=[{UPPER}])")
_NEXT_IN_LIST = re.compile(rf"\s*(?:,|\bvà\b)\s*(?=[{UPPER}])")


@lru_cache(maxsize=4)
def _learner_cues(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Every learner cue of a document, read once for all its sentences: where each starts, and where it ends
    with its first letter ("l" for a list after a colon)."""
    if "ọc sinh" not in text and "inh viên" not in text and "ọc viên" not in text:
        return [], []  # (an article that names no learners names none of them without a title)
    cues = [(m.start(), m.end(), m.group()[:1]) for m in _LEARNER.finditer(text)]
    cues += [(m.start(), m.end(), "l") for m in _LEARNERS_LISTED.finditer(text)]
    cues.sort()
    return [start for start, _, _ in cues], [(end, first) for _, end, first in cues]


def _read_learners(
    text: str, start: int, end: int, orgs: list[FoundOrg], titles: list, found: dict[int, FoundPerson]
) -> None:
    starts, cues = _learner_cues(text)
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):
        cue_end, first = cues[i]
        while (read := _new_name_at(text, cue_end, orgs, found)) is not None and len(read[0].split()) >= 2:
            name = read[0]
            latin = all(part.isascii() and part[:1].isupper() for part in name.split())
            # (In a list of learners after a colon, any name in Latin letters is a learner's.)
            lao = latin and (looks_lao(name) or first == "l")
            # After "với" only a Lao name in Latin letters: "hợp tác với Mai Linh" names a firm as often as a person.
            if not (lao or vietnamese_name(name) and first != "v"):
                break
            _add_untitled(text, *read, end, orgs, titles, found)
            if first == "l" and "Lào" in text[starts[i] : cues[i][0]] and found[read[1]].country is None:
                found[read[1]].country = "LA"  # "3 du học sinh người Lào: ..."
            listed = _NEXT_IN_LIST.match(text, read[2]) if first == "l" else None
            if listed is None:
                break
            cue_end = listed.end()


def _new_name_at(
    text: str, pos: int, orgs: list[FoundOrg], found: dict[int, FoundPerson]
) -> tuple[str, int, int] | None:
    """The name read at pos, where it starts and ends, unless it was read already or lies inside a body's name."""
    read = read_name(text, pos)
    if read is None:
        return None
    name, n_end = read
    n_start = n_end - len(name)
    return None if n_start in found or _inside_org(orgs, n_start) else (name, n_start, n_end)


def _add_untitled(
    text: str,
    name: str,
    n_start: int,
    n_end: int,
    end: int,
    orgs: list[FoundOrg],
    titles: list,
    found: dict[int, FoundPerson],
) -> None:
    """A person named with no title before: whatever the apposition after the name says of them."""
    person = FoundPerson(name=name, start=n_start, end=n_end, country=None)
    _read_apposition(text, n_end, end, orgs, titles, person)
    found[n_start] = person


# (The capital first, "(?<!\w)" looked at behind it: the pattern is tried only where a capital stands.)
# "Lê Văn A - nguyên Phó Chủ tịch ...": a former holder is listed the same way.
_NAME_THEN_DASH = re.compile(
    rf"([{UPPER}](?<!\w.)\w*(?:[-–]\w+)*(?:\s+[{UPPER}]\w*(?:[-–]\w+)*){{1,4}})\s*[-–,]\s*(?:nguyên\s+)?$"
)


def _name_before(text: str, t_start: int, floor: int) -> tuple[int, str] | None:
    """A name written before its title: "các đồng chí: Chu Ngọc Anh - Ủy viên ..., Bộ trưởng"."""
    window_start = max(floor, t_start - 60)
    match = _NAME_THEN_DASH.search(text[window_start:t_start])
    if match is None:
        return None
    n_start = window_start + match.start(1)
    lead = text[max(floor, n_start - 20) : n_start].rstrip()
    # "... có các đồng chí: A - Bí thư Tỉnh ủy X, B - Bí thư Tỉnh ủy Y": after a list's colon, a comma opens an item.
    listed = lead.endswith(",") and ":" in text[floor:n_start]
    if not (
        n_start == floor
        or listed
        or lead.endswith((":", ";", ".", "("))
        or lead.lower().endswith(("đồng chí", "ông", "bà"))
    ):
        return None
    read = read_name(text, n_start)
    if read is None or read[1] != window_start + match.end(1):
        return None
    return read[1] - len(read[0]), read[0]


def _title_before(text: str, t_start: int, title: str, org: FoundOrg | None) -> str:
    """The title without the body it runs into: "Giám đốc Sở KH&CN tỉnh X" holds "Giám đốc" at that Sở."""
    if org is not None and t_start < org.start < t_start + len(title):
        title = text[t_start : org.start].strip(" ,-–")
    return title[0].upper() + title[1:]


def _ministry_in_title(text: str, pos: int, orgs: list[FoundOrg]) -> tuple[FoundOrg | None, int]:
    """ "Bộ trưởng Công nghệ và Truyền thông Lào X" names the ministry inside the title, without "Bộ"."""
    probe = "Bộ " + text[_skip(text, pos) : pos + 80]
    if field_phrase(probe, len("Bộ ")) in {None, "và"}:
        return None, pos  # "Thứ trưởng Hoàng Minh": a name, not a field
    found = [o for o in find_orgs(probe) if o.start == 0 and o.org_type == "ministry"]
    if not found:
        return None, pos
    org = found[0]
    end = _skip(text, pos) + org.end - len("Bộ ")
    return FoundOrg(
        key=org.key,
        name=text[pos:end].strip(),
        start=_skip(text, pos),
        end=end,
        country=org.country,
        agency=org.agency,
        org_type=org.org_type,
    ), end


_UNIT_THEN = re.compile(r"\b(?:Tỉnh ủy|Huyện ủy|Thành ủy|tỉnh|huyện|châu|thành phố)\s*$")
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\((?:nước\s+)?(?P<country>[^()]{2,30})\)")


def _foreign_unit(text: str, read: tuple[str, int]) -> bool:
    """ "Bí thư Tỉnh ủy Vân Nam (Trung Quốc)": after a unit's word, a name with its country in brackets is the
    unit's place, a province or county abroad the gazetteer does not know, not a person."""
    name, n_end = read
    bracket = _COUNTRY_IN_BRACKETS.match(text, n_end)
    return bool(
        bracket
        and not vietnamese_name(name)
        and _UNIT_THEN.search(text[max(0, n_end - len(name) - 12) : n_end - len(name)])
        and fold(bracket["country"]) in _country_names()
    )


def _inside_org(orgs: list[FoundOrg], pos: int) -> bool:
    return any(o.start <= pos < o.end for o in orgs)


def _place_before(text: str, pos: int) -> bool:
    return bool(_PLACE_BEFORE.search(text[max(0, pos - 30) : pos]))


def _body_after(text: str, pos: int, orgs: list[FoundOrg]) -> tuple[FoundOrg | None, int]:
    """A body right after a title ("Bộ trưởng Bộ KH&CN ...") or overlapping its end ("Phó Bí thư Tỉnh ủy tỉnh X")."""
    at = _skip(text, pos)
    if text.startswith("của ", at):  # "chuyên gia cao cấp của Viện Dược liệu"
        at = _skip(text, at + len("của "))
    for org in orgs:
        if org.start <= at < org.end or org.start == at or (org.start < pos < org.end):
            return org, org.end
    return None, pos


# A post heading a unit that is named before the body it belongs to: "Trưởng phòng Chính sách Bộ Chỉ huy Quân sự
# tỉnh A", "Phó Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ tỉnh B".
_HEADS_A_UNIT = re.compile(r"(?:Phó\s+)?(?:Trưởng phòng|Trưởng khoa|Trưởng bộ môn|Trưởng ban|Đội trưởng)$")
_UNITS_NAME = re.compile(r"\s*[A-ZĐ][^\s,.;:()]*(?:\s+[^\s,.;:()]+){0,5}?\s*,?\s*")


def _body_past_the_unit(text: str, pos: int, end: int, orgs: list[FoundOrg]) -> tuple[FoundOrg | None, int]:
    """The body right after the unit's own name, within the apposition."""
    for org in orgs:
        if pos < org.start < min(end, pos + 60) and _UNITS_NAME.fullmatch(text, pos, org.start):
            return org, org.end
    return None, pos


def _degree_after_comma(text: str, pos: int) -> int:
    """ "Phó Hiệu trưởng Trường Đại học Vinh, PGS.TS. Nguyễn Tất Thắng": the holder named after a comma, with a
    degree before the name."""
    comma = _COMMA.match(text, pos)
    if comma is None:
        return pos
    degree = _honorific_matcher().at(text, comma.end())
    if degree is None or sum(ch.isupper() for ch in degree.key) < 2:
        return pos  # "..., đồng chí B": the next person of a list, whose posts come after the name
    after = comma.end() + degree.end
    return _skip(text, after + text.startswith(".", after))


_COMMA = re.compile(r"\s*,\s*")


# Longest first: "nước CHDC nhân dân Lào" before "nước Lào".
_COUNTRY_WORDS = (
    "nước Cộng hòa Dân chủ Nhân dân Lào",
    "nước Cộng hòa dân chủ nhân dân Lào",
    "nước CHDC nhân dân Lào",
    "CHDC nhân dân Lào",
    "nước CHDCND Lào",
    "CHDCND Lào",
    "nước Việt Nam",
    "Việt Nam",
    "nước Lào",
    "Lào",
)


def _skip_qualifiers(text: str, pos: int) -> int:
    """Country or province words between a title and a name ("Chủ tịch nước Việt Nam Võ Văn Thưởng",
    "Tỉnh trưởng tỉnh Khăm Muộn Văn-xay Phong-sạ-vẳn")."""
    at = _skip(text, pos)
    if text.startswith("Trung ương ", at):
        at = _skip(text, at + len("Trung ương"))
    comma = _COMMA.match(text, at)
    if comma is not None and text.startswith(_COUNTRY_WORDS, comma.end()):
        at = comma.end()  # "Chủ tịch Hội hữu nghị ... tỉnh Sê Kông, nước CHDC nhân dân Lào Khăm Phiêm BuaLaPha"
    for word in _COUNTRY_WORDS:
        if text.startswith(word, at) and not text[at + len(word) : at + len(word) + 1].isalnum():
            at = _skip(text, at + len(word))
            posted = _POSTED_IN.match(text, at)
            return posted.end() if posted else _seat_skipped(text, at)  # "Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng"
    foreign = _FOREIGN_SEAT.match(text, at)
    if foreign is not None:
        return foreign.end()  # "Tỉnh trưởng tỉnh Chungcheongnam (Hàn Quốc) Kim Tae-heum"
    match = _UNIT_WORD.match(text, at)
    offset = match.end() if match else at
    if not text[offset : offset + 1].isupper():
        return at  # a province's name is capitalised: none starts here
    for hit in province_hits(text[offset : offset + 40]):
        if hit.start == 0:
            return _skip(text, offset + hit.end, " \t-–")
    return at


# The party's boards a "Trưởng ban" heads, named without "Ban": "Trưởng ban Tổ chức Tỉnh ủy".
_BOARD_OF = re.compile(
    r"(?:Tổ chức|Tuyên giáo|Tuyên huấn|Dân vận|Đối ngoại|Nội chính|Kinh tế|Kiểm tra)\s+"
    r"(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Trung ương(?:\s+Đảng)?)\s*"
)
_POSTED_IN = re.compile(r"tại\s+(Việt Nam|Lào|CHDCND Lào|Hà Nội|Viêng Chăn)\s+")
_UNIT_WORD = re.compile(r"(tỉnh|thành phố|Thủ đô|thủ đô)\s+")
# A province of a third country with its country in brackets: "tỉnh Svay Rieng (Campuchia) ".
_FOREIGN_SEAT = re.compile(rf"(?:tỉnh|thành phố|bang)\s+{PLACE_NAME}\s*\([^()]{{2,20}}\)\s*")
_SEAT_IN = re.compile(r"tại\s+(?:(?:tỉnh|thành phố)\s+)?")


def _seat_skipped(text: str, at: int) -> int:
    """ "Tổng Lãnh sự Việt Nam tại Luông Pha Bang Lê Thị Thu Hiền": a mission's seat in a province or city the
    gazetteer knows stands between the post and the name."""
    seat = _SEAT_IN.match(text, at)
    hit = province_at(text, seat.end()) if seat is not None else None
    return _skip(text, seat.end() + hit.end) if hit is not None else at


def _read_apposition(
    text: str, pos: int, end: int, orgs: list[FoundOrg], titles: list[tuple[int, int, str]], person: FoundPerson
) -> None:
    """Titles after a name, joined by commas or dashes: "Đặng Ngọc Tuấn, Tỉnh ủy viên, Giám đốc Sở"."""
    cursor = pos
    while cursor < end:
        at = _skip(text, cursor, " \t,-–(")
        if at == cursor or at >= end:
            break
        title = next(((s, e, t) for s, e, t in titles if s == at), None)
        if title is None:
            break
        org, after = _body_after(text, title[1], orgs)
        if org is None and title[2] in {"Bộ trưởng", "Thứ trưởng"}:
            org, after = _ministry_in_title(text, title[1], orgs)
        if org is None and _HEADS_A_UNIT.match(title[2]):
            org, after = _body_past_the_unit(text, title[1], end, orgs)
        if read_name(text, _skip_qualifiers(text, after)) is not None:
            break  # "..., Thứ trưởng Santisouk Simmalavong": the title opens the next person
        person.positions.append((_title_before(text, title[0], title[2], org), org))
        if org is None and person.country is None:
            # (Within the sentence: the next paragraph's words say nothing of this post.)
            tail = re.split(r"[,;.]", text[title[1] : min(title[1] + 40, end)])[0]
            # (After the name, the words past the post's province are the sentence's verb: "... tỉnh X dự lễ".)
            person.country = (
                _title_country(tail, after_the_name=True) or _country_in_brackets(tail) or _country_right_after(tail)
            )
        cursor = after

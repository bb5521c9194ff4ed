"""The product's own gazetteer: provinces, countries and national bodies, loaded once from ingest/lexicon.

Facts the gazetteer asserts (a province's country, a 2025 merger) need evidence like any other edge; they
cite the gazetteer itself, published as a document of its own (`doc:gazetteer`) whose sentences are
generated from these tables, so every such edge still points at a sentence a user can read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import ahocorasick_rs

from ingest.letters import fold, lowered, lowered_once
from ingest.lexicon import read_table

GAZETTEER_DOC_ID = "doc:gazetteer"
MERGER_DATE = "2025-07-01"


@dataclass(frozen=True)
class Province:
    id: str
    country: str
    name: str
    name_en: str
    province_type: str
    status_2025: str
    merged_into: str | None
    borders_laos: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    id: str
    code: str
    name: str
    name_en: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Agency:
    id: str
    country: str | None  # None for an international body
    name: str
    name_en: str
    org_type: str
    aliases: tuple[str, ...]
    part_of: str | None
    note: str


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


@dataclass
class Gazetteer:
    provinces: dict[str, Province]
    countries: dict[str, Country]
    agencies: dict[str, Agency]
    statements: dict[str, tuple[int, int]] = field(default_factory=dict)
    text: str = ""
    _by_folded_name: dict[str, Province] = field(default_factory=dict)

    def province_by_name(self, name: str) -> Province | None:
        """A province by any of its spellings, hyphens or not: the press writes "Sê-kông" for "Sê Kông" as freely
        as the matcher reads it."""
        if not self._by_folded_name:
            for p in self.provinces.values():
                for spelling in (p.name, p.name_en, *p.aliases):
                    self._by_folded_name.setdefault(_unhyphened(spelling), p)
        return self._by_folded_name.get(_unhyphened(name))

    def sentence(self, key: str) -> tuple[str, int, int]:
        start, end = self.statements[key]
        return self.text[start:end], start, end


def _unhyphened(spelling: str) -> str:
    return fold(spelling.replace("-", " "))


@cache
def load_gazetteer() -> Gazetteer:
    provinces = {
        r["id"]: Province(
            id=r["id"],
            country=r["country"],
            name=r["name"],
            name_en=r["name_en"],
            province_type=r["province_type"],
            status_2025=r["status_2025"],
            merged_into=r["merged_into"] or None,
            borders_laos=r["borders_laos"],
            aliases=_split(r["aliases"]),
        )
        for r in read_table("provinces.tsv")
    }
    countries = {
        r["id"]: Country(id=r["id"], code=r["code"], name=r["name"], name_en=r["name_en"], aliases=_split(r["aliases"]))
        for r in read_table("countries.tsv")
    }
    agencies = {
        r["id"]: Agency(
            id=r["id"],
            country=r["country"] or None,
            name=r["name"],
            name_en=r["name_en"],
            org_type=r["org_type"],
            aliases=_split(r["aliases"]),
            part_of=r["part_of"] or None,
            note=r["note"],
        )
        for r in read_table("agencies.tsv")
    }
    gazetteer = Gazetteer(provinces=provinces, countries=countries, agencies=agencies)
    _write_statements(gazetteer)
    return gazetteer


def _write_statements(g: Gazetteer) -> None:
    """The gazetteer's own sentences, cited as evidence for the facts it contributes."""
    lines: list[tuple[str, str]] = []
    for p in g.provinces.values():
        country = g.countries[f"country:{p.country}"].name
        kind = {"city": "thành phố trực thuộc trung ương", "capital": "thủ đô"}.get(p.province_type, "tỉnh")
        lines.append((f"in:{p.id}", f"{p.name} ({p.name_en}) là {kind} của {country}."))
        if p.merged_into:
            successor = g.provinces[p.merged_into].name
            lines.append(
                (
                    f"merged:{p.id}",
                    f"Từ ngày 1/7/2025, theo Nghị quyết 202/2025/QH15, {p.name} được hợp nhất vào {successor}.",
                )
            )
    for a in g.agencies.values():
        if a.country is None:  # an international body (IAEA, UNDP, ASEAN ...) belongs to no one country
            lines.append((f"in:{a.id}", f"{a.name} ({a.name_en}) là tổ chức quốc tế."))
        else:
            country = g.countries[f"country:{a.country}"].name
            lines.append((f"in:{a.id}", f"{a.name} ({a.name_en}) là cơ quan của {country}."))
        if a.part_of:
            lines.append((f"part:{a.id}", f"{a.name} trực thuộc {g.agencies[a.part_of].name}."))
    text_parts: list[str] = []
    offset = 0
    for key, sentence in lines:
        g.statements[key] = (offset, offset + len(sentence))
        text_parts.append(sentence)
        offset += len(sentence) + 1
    g.text = "\n".join(text_parts)


@cache
def _bare_letters() -> dict[int, str]:
    """Each Latin letter with its marks to the bare lower-case letter: "Ệ" and "ẹ" to "e", "Đ" to "d"."""
    table: dict[int, str] = {}
    for code in range(0x20, 0x2000):
        lowered = chr(code).casefold()
        if len(lowered) != 1:
            continue
        bare = "d" if lowered == "đ" else unicodedata.normalize("NFD", lowered)[0]
        if bare != chr(code):
            table[code] = bare
    return table


@cache
def _lao_letters() -> dict[int, str]:
    """Bare letters, and the letters Vietnamese transliterations of Lao swap one for another: "Phông-Sa-Lỳ" and
    "Phông-xa-lỳ" are one province, so x and s, y and i, a hyphen and a space read alike."""
    table = dict(_bare_letters())
    for letter, like in {"x": "s", "X": "s", "y": "i", "Y": "i", "-": " ", "–": " "}.items():
        table[ord(letter)] = like
    for code, bare in list(table.items()):
        table[code] = {"x": "s", "y": "i"}.get(bare, bare)
    return table


def _as_sequence(table: dict[int, str]) -> tuple[str, ...]:
    """The same translation as a tuple indexed by code point: str.translate reads a tuple twice as fast as a dict,
    and leaves a character past its end as it is, as it leaves one the dict lacks."""
    return tuple(table.get(code, chr(code)) for code in range(max(table, default=-1) + 1))


_FIRST_WORD = re.compile(r"\w+")
# Old-style tone placement on the second vowel of "oa", "oe", "uy" and its new style on the first; two letters
# for two, so offsets stay true. Not after "q": in "quý" the mark sits on "y" in both styles.
_NEW_TONE = {
    first + old: new + second
    for first, second, olds, news in (
        ("o", "a", "àáảãạ", "òóỏõọ"),
        ("o", "e", "èéẻẽẹ", "òóỏõọ"),
        ("u", "y", "ỳýỷỹỵ", "ùúủũụ"),
    )
    for old, new in zip(olds, news, strict=True)
}
_OLD_TONE = re.compile(r"(?<![qQ])[oOuU][àáảãạèéẻẽẹỳýỷỹỵ](?!\w)")


_OLD_TONE_OF = {new: old for old, new in _NEW_TONE.items()}
_NEW_STYLE = re.compile(r"(?<![qQ])(?:" + "|".join(_OLD_TONE_OF) + r")(?!\w)")


# _OLD_TONE for lowered text, opening with its letter rather than a look-behind, so that it is tried only where an
# "o" or a "u" stands; "quý" keeps its mark where it is (_new_placing).
_OLD_TONE_LOW = re.compile(r"[ou][àáảãạèéẻẽẹỳýỷỹỵ](?!\w)")


def _new_placing(match: re.Match[str]) -> str:
    if match.start() > 0 and match.string[match.start() - 1] == "q":
        return match.group()
    return _NEW_TONE.get(match.group(), match.group())


def _tone_placings(phrase: str) -> list[str]:
    """The phrase as given, with its tone marks placed the new way, and placed the old way."""
    lowered = phrase.casefold()
    new = _OLD_TONE.sub(lambda m: _NEW_TONE.get(m.group(), m.group()), lowered)
    old = _NEW_STYLE.sub(lambda m: _OLD_TONE_OF[m.group()], new)
    return list(dict.fromkeys([phrase, new, old]))


class Hit(NamedTuple):
    """A phrase found: a named tuple, as the readers build dozens of them per sentence."""

    key: str
    start: int
    end: int


_LARGEST_DFA = 1000  # phrases (with their other tone placings)


class PhraseMatcher:
    """Find lexicon phrases in text at once (Aho-Corasick), case-insensitively, on word boundaries.

    Diacritics matter by default: "Lào Cai" is a province, "Lao" is not a spelling of it. With ignore_marks,
    tone marks do not: Lao names reach the press with marks that vary ("Sa-vẳn-na-khẹt" / "Sa-vẳn-na-khệt").
    """

    def __init__(
        self,
        phrases: dict[str, str],
        *,
        ignore_marks: bool = False,
        lao_spelling: bool = False,
        mixed_tones: bool = False,
    ) -> None:
        # Each phrase also in the other placing of its tone marks ("Ủy viên" / "Uỷ viên"): the automaton reads
        # both at no cost, the text is left as written.
        phrases = {variant: key for phrase, key in phrases.items() for variant in _tone_placings(phrase)}
        self._keys = list(phrases.values())
        self._ignore_marks = ignore_marks or lao_spelling
        self._mixed_tones = mixed_tones
        self._table = _as_sequence(_lao_letters() if lao_spelling else _bare_letters())
        normalized = [self._norm(p) for p in phrases]
        # A DFA finds the same matches a third faster than the default automaton, which matters for the matchers
        # asked dozens of times a document; for the largest (the agencies', once a document) it costs 0.1 s to build.
        implementation = ahocorasick_rs.Implementation.DFA if len(normalized) <= _LARGEST_DFA else None
        self._automaton = ahocorasick_rs.AhoCorasick(
            normalized, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest, implementation=implementation
        )
        # The first word of every phrase: asking whether a phrase starts at one place reads one word first.
        self._first_words = {_FIRST_WORD.match(p).group() for p in normalized if _FIRST_WORD.match(p)}
        self._longest = max((len(p) for p in normalized), default=0)
        # The last text searched whole by find_in, with the automaton's matches in it (before the word-boundary
        # check) and where they start: (text, starts, matches). One tuple, replaced whole.
        self._whole: tuple[str, list[int], list[tuple[int, int, int]]] | None = None

    def _norm(self, text: str, once: bool = False) -> str:
        """Lower case (and without tone marks, when asked), one character for one: offsets stay true. A text read
        once (a few characters at a position) is not kept in lowered's cache."""
        if self._ignore_marks:
            return text.translate(self._table)
        low = lowered_once(text) if once else lowered(text)
        if not self._mixed_tones or not _OLD_TONE_LOW.search(low):
            return low
        # A long name may mix the two placings ("Ủy ban Văn hoá"): the text is read with its marks placed the new way.
        return _OLD_TONE_LOW.sub(_new_placing, low)

    def at(self, text: str, pos: int) -> Hit | None:
        """The phrase that starts exactly at pos, if any (offsets relative to pos)."""
        word = _FIRST_WORD.match(self._norm(text[pos : pos + 24], once=True))
        if word is None or word.group() not in self._first_words:
            return None
        hits = self.find(text[pos : pos + self._longest + 1], once=True)
        return hits[0] if hits and hits[0].start == 0 else None

    def find_in(self, text: str, start: int, end: int) -> list[Hit]:
        """find(text[start:end]), offsets relative to start. The readers ask sentence by sentence: the whole text is
        searched once and each sentence takes the matches inside it, the same matches a search of the sentence
        alone finds (the text is lowered letter by letter, the automaton reads leftmost-longest) unless a match
        runs across the sentence's edge and so may have hidden one inside: then the sentence is searched alone."""
        whole = self._whole
        if whole is None or whole[0] is not text:
            matches = self._automaton.find_matches_as_indexes(self._norm(text))
            whole = self._whole = (text, [m[1] for m in matches], matches)
        _, starts, matches = whole
        first = bisect_left(starts, start)
        past = bisect_left(starts, end, first)
        if (first > 0 and matches[first - 1][2] > start) or (past > first and matches[past - 1][2] > end):
            return self.find(text[start:end])
        hits = []
        for index, m_start, m_end in matches[first:past]:
            before = text[m_start - 1] if m_start > start else " "
            after = text[m_end] if m_end < end else " "
            if before.isalnum() or after.isalnum():
                continue
            hits.append(Hit(self._keys[index], m_start - start, m_end - start))
        return hits

    def find(self, text: str, *, once: bool = False) -> list[Hit]:
        lowered = self._norm(text, once)
        hits = []
        for index, start, end in self._automaton.find_matches_as_indexes(lowered):
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum():
                continue
            hits.append(Hit(self._keys[index], start, end))
        return hits

"""Provinces and countries named in the text, in every spelling the gazetteer knows."""

from __future__ import annotations

from functools import cache

from ingest.extract.models import PlaceMention
from ingest.gazetteer import Gazetteer, PhraseMatcher, load_gazetteer
from ingest.sentences import Sentence, sentence_at


@cache
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    g = load_gazetteer()
    return _province_matcher(g), _country_matcher(g)


def province_matcher() -> PhraseMatcher:
    """Every spelling of every province, for readers that need to know where a province name starts."""
    return _matchers()[0]


def _province_matcher(g: Gazetteer) -> PhraseMatcher:
    phrases: dict[str, str] = {}
    for p in g.provinces.values():
        for spelling in (p.name, *p.aliases):
            phrases.setdefault(spelling, p.id)
        if p.country == "LA":
            phrases.setdefault(p.name_en, p.id)
    return PhraseMatcher(phrases)


def _country_matcher(g: Gazetteer) -> PhraseMatcher:
    phrases: dict[str, str] = {}
    for c in g.countries.values():
        for spelling in (c.name, *c.aliases):
            phrases.setdefault(spelling, c.id)
    return PhraseMatcher(phrases)


def _is_proper(text: str, start: int) -> bool:
    """Place names are capitalised: "Hòa Bình" is a province, "hòa bình" is peace."""
    first = text[start]
    return first.isupper() or text[start : start + 5].lower() in {"tỉnh ", "nước "}


def find_provinces(text: str, sentences: list[Sentence]) -> list[PlaceMention]:
    provinces, _ = _matchers()
    return [
        PlaceMention(
            node_id=h.key,
            text=text[h.start : h.end],
            start=h.start,
            end=h.end,
            sentence=sentence_at(sentences, h.start).index,
        )
        for h in provinces.find(text)
        if _is_proper(text, h.start)
    ]


def find_countries(text: str, sentences: list[Sentence]) -> list[PlaceMention]:
    _, countries = _matchers()
    return [
        PlaceMention(
            node_id=h.key,
            text=text[h.start : h.end],
            start=h.start,
            end=h.end,
            sentence=sentence_at(sentences, h.start).index,
        )
        for h in countries.find(text)
        if _is_proper(text, h.start)
    ]

"""The extraction's word lists (titles, honorifics, cue words, topics), loaded once from ingest/lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from graph.schema import AgreementType, EventType
from ingest.lexicon import read_table


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    name_en: str
    phrases: tuple[str, ...]


class PhraseIndex:
    """Which of a set of lower-case phrases starts at a position of a text, on word boundaries, longest first.

    Phrases are indexed by their first word, so a look-up reads one word and tries only the few phrases that
    begin with it: the body-name reader asks at every word it meets."""

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for phrase in {p.strip().lower() for p in phrases if p.strip()}:
            by_first.setdefault(phrase.split()[0], []).append(phrase)
        self._by_first = {word: sorted(group, key=len, reverse=True) for word, group in by_first.items()}

    def __contains__(self, phrase: str) -> bool:
        return phrase.lower() in self._by_first.get(phrase.lower().split()[0] if phrase.strip() else "", ())

    def at(self, text: str, pos: int) -> str | None:
        word = _WORD.match(text, pos)
        if word is None:
            return None
        group = self._by_first.get(word.group().lower())
        if not group:
            return None
        lowered = text[pos : pos + 48].lower()
        for phrase in group:
            if lowered.startswith(phrase) and not lowered[len(phrase) : len(phrase) + 1].isalnum():
                return phrase
        return None


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Lexicons:
    titles: dict[str, str]  # title -> scope
    honorifics: tuple[str, ...]
    abbreviations: dict[str, str]
    surnames: frozenset[str]
    event_cues: dict[str, EventType]
    agreement_cues: dict[str, AgreementType]
    topics: tuple[Topic, ...]
    boundaries: dict[str, str]  # closed-class word -> its class: what ends a body's name
    boundary_index: PhraseIndex
    body_heads: dict[str, str]  # head word -> the kind of body it names
    field_words: PhraseIndex  # lower-case words bodies are named after
    sentence_openers: frozenset[str]
    sentence_leads: tuple[str, ...]  # capitalised phrases that open a sentence and never go on with one
    stop_bodies: tuple[str, ...]
    place_lookalikes: tuple[str, ...]  # longer names holding a province's name: "Điện Biên Phủ", "Thái Bình Dương"


@cache
def load_lexicons() -> Lexicons:
    return Lexicons(
        titles={r["title"]: r["scope"] for r in read_table("titles.tsv")},
        honorifics=tuple(r["honorific"] for r in read_table("honorifics.tsv")),
        abbreviations={r["abbreviation"]: r["expansion"] for r in read_table("abbreviations.tsv")},
        surnames=frozenset(r["surname"] for r in read_table("surnames.tsv")),
        event_cues={r["cue"]: EventType(r["event_type"]) for r in read_table("event_cues.tsv")},
        agreement_cues={r["cue"]: AgreementType(r["agreement_type"]) for r in read_table("agreement_cues.tsv")},
        topics=tuple(
            Topic(id=r["id"], name=r["name"], name_en=r["name_en"], phrases=tuple(r["phrases"].split("|")))
            for r in read_table("topics.tsv")
        ),
        boundaries=(boundaries := {r["word"]: r["class"] for r in read_table("boundaries.tsv")}),
        boundary_index=PhraseIndex(boundaries),
        body_heads={r["head"]: r["org_type"] for r in read_table("body_heads.tsv")},
        field_words=PhraseIndex(r["phrase"] for r in read_table("field_words.tsv")),
        sentence_openers=frozenset(r["word"] for r in read_table("sentence_openers.tsv")),
        sentence_leads=tuple(r["phrase"] for r in read_table("sentence_leads.tsv")),
        stop_bodies=tuple(r["name"] for r in read_table("stop_bodies.tsv")),
        place_lookalikes=tuple(r["name"] for r in read_table("place_lookalikes.tsv")),
    )

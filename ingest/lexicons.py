"""The extraction's word lists (titles, honorifics, cue words, topics), loaded once from ingest/lexicon."""

from __future__ import annotations

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
        boundaries={r["word"]: r["class"] for r in read_table("boundaries.tsv")},
    )

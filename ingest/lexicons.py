"""The extraction's word lists (titles, honorifics, cue words, topics), loaded once from ingest/lexicon."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from graph.schema import AgreementType, EventType


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("ingest.lexicon").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


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


@cache
def load_lexicons() -> Lexicons:
    return Lexicons(
        titles={r["title"]: r["scope"] for r in _rows("titles.tsv")},
        honorifics=tuple(r["honorific"] for r in _rows("honorifics.tsv")),
        abbreviations={r["abbreviation"]: r["expansion"] for r in _rows("abbreviations.tsv")},
        surnames=frozenset(r["surname"] for r in _rows("surnames.tsv")),
        event_cues={r["cue"]: EventType(r["event_type"]) for r in _rows("event_cues.tsv")},
        agreement_cues={r["cue"]: AgreementType(r["agreement_type"]) for r in _rows("agreement_cues.tsv")},
        topics=tuple(
            Topic(id=r["id"], name=r["name"], name_en=r["name_en"], phrases=tuple(r["phrases"].split("|")))
            for r in _rows("topics.tsv")
        ),
    )

"""Persons and bodies: gold records merged across documents into entities, and graph nodes matched to them.

Merging: a record joins the first entity it shares a spelling with (GOLD.md's "variants" carry other
documents' spellings for that purpose); a record with an explicit `key` joins only the entity with the
same key. Bodies of two different countries never merge, nor match.

Matching a node: an exact spelling in common with an entity (the first such entity, in gold order) wins;
else the entity whose spelling is most alike, when the likeness reaches the threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from evaluation.gold import GoldEntity
from evaluation.names import body_core, similarity, squash

# How alike (difflib ratio) a node's spelling must be to an entity's: a Lao name spelt two ways
# ("Sontisouk" / "Santisouk") passes, two Vietnamese names one letter apart mostly do not.
PERSON_THRESHOLD = 0.9
BODY_THRESHOLD = 0.88


@dataclass
class Entity:
    """One real person or body, as the gold files name it in every document."""

    keys: set[str]  # the spellings, in the comparison form of its kind
    country: str | None
    key: str | None
    records: list[tuple[str, GoldEntity]] = field(default_factory=list)  # (doc, record)

    @property
    def name(self) -> str:
        return self.records[0][1].name

    @property
    def docs(self) -> list[str]:
        return sorted({doc for doc, _ in self.records})


@dataclass
class EntityIndex:
    """Gold entities of one kind, and how to find the one a name denotes."""

    comparable: Callable[[str], str]  # a spelling in the form this kind compares
    countries_apart: bool  # bodies: another country is another body, whatever the name
    threshold: float
    entities: list[Entity] = field(default_factory=list)

    def _apart(self, a: str | None, b: str | None) -> bool:
        return self.countries_apart and bool(a) and bool(b) and a != b

    def add(self, doc: str, record: GoldEntity) -> None:
        keys = {self.comparable(s) for s in record.spellings() if s} - {""}
        for entity in self.entities:
            if self._apart(entity.country, record.country):
                continue
            if record.key and entity.key and record.key != entity.key:
                continue  # "Ban Hợp tác quốc tế" of two academies: one name, two bodies
            if (record.key and record.key == entity.key) or entity.keys & keys:
                entity.keys |= keys
                entity.records.append((doc, record))
                return
        # an entity keeps the country and key of its first record
        self.entities.append(Entity(keys, record.country, record.key, [(doc, record)]))

    def find(self, spellings: Iterable[str], country: str | None = None, key: str | None = None) -> int | None:
        """The index of the entity these spellings name, or None."""
        if key:
            for index, entity in enumerate(self.entities):
                if entity.key == key:
                    return index
        keys = {self.comparable(s) for s in spellings if s}
        best, best_likeness = None, 0.0
        for index, entity in enumerate(self.entities):
            if self._apart(entity.country, country):
                continue
            if keys & entity.keys:
                return index
            likeness = max((similarity(a, b) for a in keys for b in entity.keys), default=0.0)
            if likeness > best_likeness:
                best, best_likeness = index, likeness
        return best if best_likeness >= self.threshold else None


def person_index(records: Iterable[tuple[str, GoldEntity]]) -> EntityIndex:
    index = EntityIndex(comparable=squash, countries_apart=False, threshold=PERSON_THRESHOLD)
    for doc, record in records:
        index.add(doc, record)
    return index


def body_index(records: Iterable[tuple[str, GoldEntity]]) -> EntityIndex:
    index = EntityIndex(comparable=body_core, countries_apart=True, threshold=BODY_THRESHOLD)
    for doc, record in records:
        index.add(doc, record)
    return index

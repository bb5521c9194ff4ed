"""Everything the sentence-level readers share about one document: its mentions, located by sentence."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ingest.extract.dates import DateMention, Period
from ingest.extract.models import PlaceMention
from ingest.extract.orgs import FoundOrg
from ingest.extract.persons import FoundPerson
from ingest.extract.places import named_as_neighbour, where_someone_is_from
from ingest.sentences import Sentence

_AN_ITEM = re.compile(r"\s*[*•+–-]\s")


@dataclass
class DocContext:
    text: str
    sentences: list[Sentence]
    orgs: list[FoundOrg]
    persons: list[FoundPerson]
    provinces: list[PlaceMention]
    countries: list[PlaceMention]
    dates: list[DateMention]
    periods: list[Period]
    _by_sentence: dict[str, dict[int, list]] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return self.sentences[-1].index if self.sentences else 0

    def _group(self, name: str, items: list) -> dict[int, list]:
        if name not in self._by_sentence:
            grouped: dict[int, list] = defaultdict(list)
            for item in items:
                grouped[self.sentence_of(item.start)].append(item)
            self._by_sentence[name] = grouped
        return self._by_sentence[name]

    def orgs_in(self, index: int) -> list[FoundOrg]:
        return self._group("orgs", self.orgs).get(index, [])

    def persons_in(self, index: int) -> list[FoundPerson]:
        return self._group("persons", self.persons).get(index, [])

    def provinces_in(self, index: int) -> list[PlaceMention]:
        return self._group("provinces", self.provinces).get(index, [])

    def countries_in(self, index: int) -> list[PlaceMention]:
        return self._group("countries", self.countries).get(index, [])

    def dates_in(self, index: int) -> list[DateMention]:
        return self._group("dates", self.dates).get(index, [])

    def periods_in(self, index: int) -> list[Period]:
        return self._group("periods", self.periods).get(index, [])

    def free_provinces_in(self, index: int) -> list[PlaceMention]:
        """Provinces named in a sentence on their own, not as part of a body's name."""
        return [
            p
            for p in self.provinces_in(index)
            if not p.aside and not any(o.start <= p.start < o.end for o in self.orgs)
        ]

    def recent_provinces(self, index: int, back: int = 2) -> list[str]:
        """Provinces named in this sentence and the few before it, nearest last: what "ba tỉnh bạn" or
        "hai tỉnh" points back to."""
        found: list[str] = []
        first = max(0, index - back)
        # (not past the start of an item of a digest: "* Ngày 15/10, đoàn tỉnh A ... với các tỉnh Bắc Lào" points back
        # to none of the items above it)
        first = max([first, *(i for i in range(first, index + 1) if _AN_ITEM.match(self.sentences[i].text))])
        for i in range(first, index + 1):
            for place in self.provinces_in(i):
                if where_someone_is_from(self.text, place.start) or named_as_neighbour(self.text, place.start):
                    continue  # "sinh viên đến từ các tỉnh A, B", "giáp hai tỉnh A và B": not what "hai tỉnh" means
                if place.node_id in found:
                    found.remove(place.node_id)
                found.append(place.node_id)
        return found

    def sentence_text(self, index: int) -> str:
        return self.sentences[index].text

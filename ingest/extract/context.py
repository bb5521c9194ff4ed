"""Everything the sentence-level readers share about one document: its mentions, located by sentence."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.extract.dates import DateMention, Period
from ingest.extract.models import PlaceMention
from ingest.extract.orgs import FoundOrg
from ingest.extract.persons import FoundPerson
from ingest.extract.places import named_as_neighbour, province_country, where_someone_is_from
from ingest.sentences import Sentence

_BULLET_MARK = r"[*•+–-]\s"
_AN_ITEM = re.compile(r"\s*" + _BULLET_MARK)
_BULLET = re.compile(_BULLET_MARK + r"\s*")
# What ends a told line; a digest's item title ends on none of them.
_STOPPED = (".", "!", "?", ":", ";", "…", '"', "”", ")")
# Words by which a page calls itself a digest, above its first item.
_A_DIGEST = re.compile(
    r"\b(?:tin tổng hợp|điểm tin|bản tin|tin vắn|tin ngắn|tin đối ngoại|tin đáng chú ý|tuần qua|trong tuần)\b",
    re.IGNORECASE,
)
# Where an item title's province opens: after its bullet and its "Tỉnh"; a photo's caption or credit is no title.
_TITLE_OPENER = re.compile(rf"(?:{_BULLET_MARK}\s*)?(?:(?:Tỉnh|Thành phố|TP\.?|Thủ đô)\s+)?")
_CAPTION = re.compile(r"\s*\(?Ảnh\b|.*\(Ảnh\b", re.IGNORECASE)


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
    _titles: list[int] | None = None

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

    def home_province(self, country: str | None = None, besides: str | None = None, ahead: float = 3) -> str | None:
        """The page's own province (of a country, when given; other than `besides`): the one the page names most,
        `ahead` times as often as any other ("Phó Chủ tịch UBND tỉnh", "đoàn công tác của tỉnh" on a page about it
        need not name it)."""
        counts = Counter(
            p.node_id
            for p in self.provinces
            if p.node_id != besides and (country is None or province_country(p.node_id) == country)
        )
        top = counts.most_common(2)
        if not top or len(top) == 2 and top[0][1] < ahead * top[1][1]:
            return None
        return top[0][0]

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

    def item_titles(self) -> list[int]:
        """The title lines of a digest's items ("Sơn La - Luông Pha-bang: Chuyển giao ...", then the item's story):
        lines without a stop between told paragraphs, in a page that calls itself a digest ("Tin tổng hợp ...",
        "Điểm tin ...", "Bản tin ... tuần qua") and whose titles open on two provinces or more. An article's own
        subheadings ("Hội đàm với tỉnh A", "Sê Kông: Hỗ trợ toàn diện" in a year's review) are parts of one story:
        none of those."""
        if self._titles is None and _A_DIGEST.search(self.text) is None:
            self._titles = []  # (most pages call themselves no digest: nothing to read)
        if self._titles is None:
            told = [_a_told_line(s.text) for s in self.sentences]
            titles = [
                s.index
                for s in self.sentences[1:-1]
                if _an_item_title(s.text) and any(told[: s.index]) and told[s.index + 1]
            ]
            subjects = {subject for i in titles if (subject := self._opening_province(i)) is not None}
            said = titles and _A_DIGEST.search(self.text, 0, self.sentences[titles[0]].start) is not None
            self._titles = titles if said and len(subjects) >= 2 else []
        return self._titles

    def _opening_province(self, index: int) -> str | None:
        start = self.sentences[index].start
        opening = _TITLE_OPENER.match(self.text, start).end()
        return next((p.node_id for p in self.provinces_in(index) if p.start == opening), None)

    def item_of(self, index: int) -> int:
        """Which of a digest's items a sentence tells (0 before the first item's title, and in any other article)."""
        titles = self.item_titles()
        return sum(title <= index for title in titles) if titles else 0

    def in_the_lead(self, told: Iterable[int]) -> bool:
        """Some of the sentences that tell a thing come before a digest's first item (its headline and lead)."""
        return not self.item_titles() or any(self.item_of(i) == 0 for i in told)

    def in_its_item(self, told: Iterable[int], index: int) -> bool:
        """Some of the sentences that tell a thing are in the digest item the sentence at `index` tells."""
        if not self.item_titles():
            return True
        item = self.item_of(index)
        return any(self.item_of(i) == item for i in told)

    def sentence_text(self, index: int) -> str:
        return self.sentences[index].text


def _an_item_title(line: str) -> bool:
    line = (
        line[bullet.end() :] if (bullet := _BULLET.match(line)) else line
    )  # ("• Đà Nẵng tập huấn ...": a title set off by a bullet too)
    return (
        line[:1].isupper() and not line.endswith(_STOPPED) and 3 <= len(line.split()) <= 20 and not _CAPTION.match(line)
    )


def _a_told_line(line: str) -> bool:
    return line.endswith(_STOPPED) and len(line.split()) >= 8

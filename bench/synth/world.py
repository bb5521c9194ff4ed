"""Who exists and what happens: provinces and bodies from our gazetteer, officials who hold posts for terms,
and meetings between the two countries' provinces and ministries over 2008–2026.

Real archives are lopsided, and so is this world: border provinces meet their twinned Lao provinces far
more often than an inland province meets anyone, and a few ministries meet every year. Officials keep a
post for a term, so the same names recur across meetings and years.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.synth.people import lao_name, vietnamese_name, vietnamese_surnames
from ingest.lexicon import read_table

FIRST_YEAR, LAST_YEAR = 2008, 2026
REORGANISED = date(2025, 7, 1)  # Vietnam's merged provinces act under their successors from here on
TERM_YEARS = 5
EVENT_KINDS = ("visit", "talks", "workshop", "signing", "reception", "online", "review")
_KIND_WEIGHTS = (5, 3, 3, 3, 2, 2, 2)


@dataclass(frozen=True)
class Province:
    id: str
    country: str
    name: str
    place_type: str  # province, city, capital
    borders_laos: bool
    merged_into: str | None

    @property
    def called(self) -> str:
        """The name as a sentence writes it: "tỉnh Nghệ An", "thành phố Đà Nẵng", "Thủ đô Viêng Chăn"."""
        if self.name.lower().startswith(("tỉnh ", "thành phố ", "thủ đô ")):
            return self.name
        word = {"city": "thành phố", "capital": "Thủ đô"}.get(self.place_type, "tỉnh")
        return f"{word} {self.name}"


@dataclass(frozen=True)
class Body:
    name: str  # as written in full
    short: str  # as written the second time
    country: str
    province: Province | None  # None for a national body
    titles: tuple[str, str]  # its head's and a deputy's title
    seat: str = ""  # what a title is "of" when not the body itself: a Lao governor is "Tỉnh trưởng tỉnh X"


@dataclass(frozen=True)
class Official:
    name: str
    title: str  # written before the body: "Giám đốc", "Phó Tỉnh trưởng"
    body: Body
    since: int
    until: int

    def styled(self) -> str:
        """ "ông Nguyễn Văn An, Giám đốc Sở Khoa học và Công nghệ tỉnh Nghệ An" """
        return f"ông {self.name}, {self.title} {self.body.seat or self.body.name}"


@dataclass(frozen=True)
class Side:
    """One country's side of a meeting: the body that acts, its province (if local) and who came."""

    body: Body
    province: Province | None
    officials: tuple[Official, ...]


@dataclass(frozen=True)
class Agreement:
    kind: str  # "Biên bản ghi nhớ", "Thỏa thuận hợp tác", "Kế hoạch hợp tác"
    period: tuple[int, int]
    ordinal: int | None


@dataclass(frozen=True)
class Meeting:
    number: int
    kind: str
    day: date
    days: int  # how long it lasted
    vn: Side
    la: Side
    host: str  # "VN" or "LA": where it took place
    topics: tuple[str, ...]
    agreement: Agreement | None
    reports: int  # how many articles report it


@dataclass
class World:
    provinces: dict[str, Province]
    topics: list[tuple[str, list[str]]]  # (name, phrases)
    posts: dict[tuple[str, str], list[Official]] = field(default_factory=dict)  # (body, title) -> holders

    def successor(self, province: Province, day: date) -> Province:
        if day >= REORGANISED and province.merged_into and province.merged_into in self.provinces:
            return self.provinces[province.merged_into]
        return province


def _provinces() -> dict[str, Province]:
    return {
        row["id"]: Province(
            id=row["id"],
            country=row["country"],
            name=row["name"],
            place_type=row["province_type"],
            borders_laos=row["borders_laos"] == "yes",
            merged_into=row["merged_into"] or None,
        )
        for row in read_table("provinces.tsv")
    }


def _topics() -> list[tuple[str, list[str]]]:
    return [(row["name"], row["phrases"].split("|")) for row in read_table("topics.tsv")]


# Local bodies of science and technology; Laos renamed its provincial departments in 2021 and 2023.
def _local_body(province: Province, day: date) -> Body:
    if province.country == "VN":
        name = f"Sở Khoa học và Công nghệ {province.called}"
        return Body(name, f"Sở KH&CN {province.name}", "VN", province, _DEPARTMENT)
    field_name = "Khoa học và Công nghệ" if day.year < 2021 else "Công nghệ và Truyền thông"
    return Body(f"Sở {field_name} {province.called}", f"Sở {field_name} {province.name}", "LA", province, _DEPARTMENT)


def _government(province: Province) -> Body:
    if province.country == "VN":
        return Body(f"UBND {province.called}", f"UBND {province.name}", "VN", province, ("Chủ tịch", "Phó Chủ tịch"))
    titles = ("Tỉnh trưởng", "Phó Tỉnh trưởng")
    return Body(f"chính quyền {province.called}", f"tỉnh {province.name}", "LA", province, titles, province.called)


_DEPARTMENT = ("Giám đốc", "Phó Giám đốc")
_MINISTRY = ("Bộ trưởng", "Thứ trưởng")
_NATIONAL_VN = (
    Body("Bộ Khoa học và Công nghệ", "Bộ KH&CN", "VN", None, _MINISTRY),
    Body("Bộ Thông tin và Truyền thông", "Bộ TT&TT", "VN", None, _MINISTRY),
    Body(
        short="Viện Hàn lâm",
        name="Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
        country="VN",
        province=None,
        titles=("Chủ tịch", "Phó Chủ tịch"),
    ),
)
_NATIONAL_LA = (
    Body("Bộ Khoa học và Công nghệ Lào", "Bộ KH&CN Lào", "LA", None, _MINISTRY),
    Body("Bộ Công nghệ và Truyền thông Lào", "Bộ CN&TT Lào", "LA", None, _MINISTRY),
)


class WorldBuilder:
    """Draws the world from one random generator; every choice goes through it, so a seed fixes it all."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.world = World(_provinces(), _topics())
        self._surnames = vietnamese_surnames()
        vn = [p for p in self.world.provinces.values() if p.country == "VN"]
        la = sorted((p for p in self.world.provinces.values() if p.country == "LA"), key=lambda p: p.id)
        # Each border province is twinned with one to three Lao provinces; inland ones with at most one.
        self.pairs: list[tuple[Province, Province]] = []
        self.pair_weights: list[float] = []
        for province in sorted(vn, key=lambda p: p.id):
            twins = set(rng.sample(la, rng.choice((1, 2, 3)) if province.borders_laos else rng.choice((0, 1))))
            for partner in la:
                weight = (8.0 if province.borders_laos else 1.0) * (12.0 if partner in twins else 1.0)
                self.pairs.append((province, partner))
                self.pair_weights.append(weight)

    def holder(self, body: Body, title: str, year: int) -> Official:
        """Who held this post in that year: posts change hands every term, at a year drawn per post."""
        holders = self.world.posts.setdefault((body.name, title), [])
        for official in holders:
            if official.since <= year <= official.until:
                return official
        start = FIRST_YEAR - self.rng.randrange(TERM_YEARS) if not holders else holders[-1].until + 1
        while start + TERM_YEARS - 1 < year:
            start += TERM_YEARS
        name = vietnamese_name(self.rng, self._surnames) if body.country == "VN" else lao_name(self.rng)
        official = Official(name, title, body, start, start + TERM_YEARS - 1)
        holders.append(official)
        return official

    def _side(self, body: Body, year: int) -> Side:
        count = self.rng.choice((1, 1, 2))
        return Side(body, body.province, tuple(self.holder(body, t, year) for t in body.titles[:count]))

    def _day(self) -> date:
        # Cooperation news grows over the years: later years are likelier.
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        year = self.rng.choices(years, weights=[1 + (y - FIRST_YEAR) / 4 for y in years])[0]
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365 if year < LAST_YEAR else 330))

    def meeting(self, number: int) -> Meeting:
        rng = self.rng
        kind = rng.choices(EVENT_KINDS, weights=_KIND_WEIGHTS)[0]
        day = self._day()
        if rng.random() < 0.15:  # between ministries
            vn_body, la_body = rng.choice(_NATIONAL_VN), rng.choice(_NATIONAL_LA)
            vn, la = self._side(vn_body, day.year), self._side(la_body, day.year)
        else:
            vn_province, la_province = rng.choices(self.pairs, weights=self.pair_weights)[0]
            vn_province = self.world.successor(vn_province, day)
            level = rng.choice(("department", "department", "government"))
            make = _local_body if level == "department" else lambda p, _d: _government(p)
            vn_body, la_body = make(vn_province, day), make(la_province, day)
            vn, la = self._side(vn_body, day.year), self._side(la_body, day.year)
        agreement = None
        if kind == "signing" or (kind in ("visit", "talks") and rng.random() < 0.2):
            start = day.year + rng.choice((0, 1))
            agreement = Agreement(
                rng.choice(("Biên bản ghi nhớ", "Biên bản ghi nhớ", "Thỏa thuận hợp tác", "Kế hoạch hợp tác")),
                (start, start + rng.choice((2, 3, 4, 5))),
                rng.choice((None, None, 2, 3, 4)),
            )
        topics = tuple(rng.sample([name for name, _ in self.world.topics], rng.choice((1, 2, 3))))
        reports = 1 + min(int(rng.expovariate(1.0)), 4)  # one report most often, up to five
        days = 1 if kind in ("online", "reception", "signing") else rng.choice((1, 2, 3))
        return Meeting(number, kind, day, days, vn, la, rng.choice(("VN", "LA")), topics, agreement, reports)

"""Extraction quality: the graph an ingest builds, scored against the gold annotations (`vilao eval`).

`evaluate(gold_dir, corpus_dirs, store=None)` finds the article `<doc>.txt` of every gold file `<doc>.json`
in the corpus folders (gold files without an article are listed in `missing_articles`, not scored),
ingests those articles with `ingest.pipeline.ingest` into `store` (by default a fresh embedded store in a
temporary folder) and scores the whole resulting graph with `score(gold, store)`; pass an empty store.
Precision, recall and F1 are reported per category: persons, organizations, provinces, events,
agreements, participations (person-event) and partnerships (province pairs).

Names
-----
Names compare by key: `graph.names.fold` (case- and diacritics-insensitive, đ = d), then runs of spaces,
dashes and punctuation collapsed to one space and spaces around "&" dropped ("Lào - Việt Nam" =
"Lào – Việt Nam", "KH & CN" = "KH&CN"). A gold record's spellings are its name and variants; a node's
spellings are its name, aliases, name_en and (organizations) abbreviation. "Countries conflict" means
both sides name a country and they differ.

Gold records, merged across documents
-------------------------------------
Each gold file describes one document; records are merged across documents (never two records of one
document) into the best-scoring compatible cluster, documents taken in sorted order:
- persons: spelling keys intersect, or rapidfuzz ratio >= 90 of folded full names (two words or more)
  when countries do not conflict (typos of Lao names: "Santisouk" / "Sontisouk Simmalavong").
- organizations: spelling keys intersect; or keys equal after removing a trailing "Việt Nam" / "Lào"
  when both countries are given and equal; or a gold name cut short with "…" is a prefix of the other's
  key. Never when countries conflict (the Lao "Bộ Khoa học và Công nghệ Lào" stays apart from Vietnam's).
- provinces: by the province they resolve to (the store's Province nodes by name, name_en, aliases; then
  the gazetteer; "tỉnh", "thành phố", "thủ đô" prefixes ignored), else by spelling key. A name that
  resolves to no province stays a gold item (and stays unmatched unless a node has that spelling).
- events: start dates equal and (a type in common or a participant in common); or dates of compatible
  precision ("2023-04" / "2023-04-10") with a type and a participant in common; or one date null with a
  day/month in its date_note equal to the other's ("11/12" / "2023-12-11") and a participant in common.
  Events without any date or day/month are not merged. The merged event keeps the most precise date, all
  types, the union of participants.
- agreements: dates compatible (as for events, date_note day/month included) or the same period, and
  when both list parties at least min(2, the smaller party count) parties in common, else the same type.
- participants, parties, signers and partnership ends are resolved to the merged entities above (by the
  document's own records first, then by key across all clusters).

Predicted sets (read from the store)
------------------------------------
persons = Person nodes; organizations = Organization nodes; provinces = Province nodes that are actors:
the target of HELD_IN or BASED_IN, the source of PARTICIPATED_IN or PARTY_TO, or an end of PARTNERS_WITH
(not those only mentioned, nor those present only as a MERGED_INTO successor or through IN_COUNTRY);
events = Event nodes (participants: sources of PARTICIPATED_IN); agreements = Agreement nodes (parties:
sources of PARTY_TO; signers: sources of SIGNED); participations = distinct (Person, Event) pairs of
PARTICIPATED_IN; partnerships = distinct unordered Province pairs of PARTNERS_WITH.

Matching gold to predicted
--------------------------
One-to-one, greedy by score (ties: gold order, then node id), so a node satisfies at most one gold record.
- person: a spelling key in common (whatever the countries), or rapidfuzz ratio >= 90 of folded full
  names when countries do not conflict.
- organization: a spelling key in common; or keys equal after removing a trailing "Việt Nam" / "Lào" when
  both countries are given and equal; or the gold name cut with "…" is a prefix. Never when countries
  conflict.
- province: the node the gold name resolves to (by id); an unresolved gold name by spelling key.
- event: when the gold side has a date (or a day/month in date_note) and the node has a date: the dates
  are compatible (equal, or one a precision prefix of the other: "2023-04" vs "2023-04-10"; a gold with
  only a date_note matches a node date with that day/month, and that year if the note gives one), and
  the type is one of the gold types OR at least one participant is in common (a visit reported as a
  working_session is still the meeting). When either side has no date at all: same type AND at least
  one participant in common.
- agreement: when both sides have a date (gold date_note day/month included) or both have a period: the
  dates are compatible or the periods equal, and at least one party in common when both list parties.
  Otherwise (no date/period to compare): at least two parties in common, or identical signers.
- participation: the person matches (person rule) and the event matches (event rule).
- partnership: both provinces match (province rule), in either order.
A participant/party/signer is "in common" when the gold entity matches (by its kind's rule) one of the
node's participants/parties/signers.

Scores
------
tp = matched pairs, fp = predicted - tp, fn = gold - tp; precision = tp / predicted, recall = tp / gold;
a 0/0 counts as 1.0 only when gold and predicted are both empty (else 0.0).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, Field
from rapidfuzz import fuzz
from rich.console import Console
from rich.table import Table

from graph.names import fold
from graph.schema import EdgeType, Node, NodeKind, kind_of_id
from graph.store import GraphStore

CATEGORIES: tuple[str, ...] = (
    "persons",
    "organizations",
    "provinces",
    "events",
    "agreements",
    "participations",
    "partnerships",
)

# The targets on seeds + dev: metric -> minimum.
TARGETS: dict[str, dict[str, float]] = {
    "persons": {"f1": 0.90},
    "organizations": {"f1": 0.90},
    "provinces": {"f1": 0.90},
    "events": {"f1": 0.85},
    "agreements": {"f1": 0.85},
    "participations": {"f1": 0.85},
    "partnerships": {"precision": 1.0, "recall": 0.90},
}

FUZZY_PERSON = 90.0

# -- names ----------------------------------------------------------------------------------------

_PUNCT = re.compile(r"[\s\-‐‑‒–—―_.,;:!?()\[\]{}\"'“”‘’«»/\\]+")
_AMP = re.compile(r"\s*&\s*")
_COUNTRY_TAIL = re.compile(r" (?:viet nam|lao)$")
_PLACE_HEAD = re.compile(r"^(?:tinh|thanh pho|tp|thu do) ")
_ELLIPSIS = ("…", "...")


def name_key(text: str) -> str:
    """fold() plus punctuation-insensitive spacing: the form every name comparison uses."""
    return _AMP.sub("&", _PUNCT.sub(" ", fold(text))).strip()


def _strip_country(key: str) -> str | None:
    stripped = _COUNTRY_TAIL.sub("", key)
    return stripped if stripped != key and stripped else None


def _full_names(keys: Iterable[str]) -> set[str]:
    return {k for k in keys if len(k.split()) >= 2}


def _conflict(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


def _short_doc(doc: str) -> str:
    return doc.split("_", 1)[0]


# -- dates ----------------------------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_PERIOD = re.compile(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")

DayMonth = tuple[int, int, int | None]  # day, month, year when the note gives it


def date_relation(a: str | None, b: str | None) -> str | None:
    """ "exact", "prefix" (one is the other at a coarser precision: 2023-04 / 2023-04-10) or None."""
    if not a or not b:
        return None
    if a == b:
        return "exact"
    if not (_ISO.match(a) and _ISO.match(b)):
        return None
    pa, pb = a.split("-"), b.split("-")
    n = min(len(pa), len(pb))
    return "prefix" if pa[:n] == pb[:n] else None


def parse_day_months(note: str | None) -> set[DayMonth]:
    """Day/month pairs written in a date_note: "20/7", "chiều 1/10", "10-11/4/2023", "13-15/04"."""
    found: set[DayMonth] = set()
    for m in _DAY_MONTH.finditer(note or ""):
        first, last, month = int(m.group(1)), int(m.group(2) or m.group(1)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        if not 1 <= month <= 12 or not 1 <= first <= last <= 31:
            continue
        found.update((day, month, year) for day in range(first, last + 1))
    return found


def _day_month_of(date: str | None) -> DayMonth | None:
    if not date or not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
        return None
    year, month, day = (int(x) for x in date.split("-"))
    return day, month, year


def day_month_matches(notes: set[DayMonth], date: str | None) -> bool:
    dm = _day_month_of(date)
    if dm is None:
        return False
    day, month, year = dm
    return any(d == day and m == month and (y is None or y == year) for d, m, y in notes)


def _notes_meet(gold: Any, notes: set[DayMonth]) -> bool:
    """A node's yearless day meets the gold's day: its date's day/month or its own note."""
    days = {(d, m) for d, m, _ in notes}
    if gold.date and _day_month_of(gold.date) is not None:
        day = _day_month_of(gold.date)
        return (day[0], day[1]) in days
    return bool(days & {(d, m) for d, m, _ in gold.day_months})


def _parse_period(value: Any) -> tuple[str, str] | None:
    if isinstance(value, list | tuple) and len(value) == 2 and all(value):
        return str(value[0])[:4], str(value[1])[:4]
    if isinstance(value, str) and (m := _PERIOD.match(value)):
        return m.group(1), m.group(2)
    return None


# -- the report -----------------------------------------------------------------------------------


def _ratio(num: int, den: int, both_empty: bool) -> float:
    if den:
        return num / den
    return 1.0 if both_empty else 0.0


class CategoryScore(BaseModel):
    category: str
    gold: int
    predicted: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    matched: list[tuple[str, str]] = Field(default_factory=list)  # (gold, predicted)
    unmatched_gold: list[str] = Field(default_factory=list)
    unmatched_predicted: list[str] = Field(default_factory=list)

    @classmethod
    def build(
        cls,
        category: str,
        gold: list[str],
        predicted: list[str],
        pairs: list[tuple[int, int]],
    ) -> CategoryScore:
        tp = len(pairs)
        both_empty = not gold and not predicted
        precision = _ratio(tp, len(predicted), both_empty)
        recall = _ratio(tp, len(gold), both_empty)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0  # 1.0 when both empty
        gold_hit = {g for g, _ in pairs}
        pred_hit = {p for _, p in pairs}
        return cls(
            category=category,
            gold=len(gold),
            predicted=len(predicted),
            tp=tp,
            fp=len(predicted) - tp,
            fn=len(gold) - tp,
            precision=precision,
            recall=recall,
            f1=f1,
            matched=sorted((gold[g], predicted[p]) for g, p in pairs),
            unmatched_gold=sorted(gold[i] for i in range(len(gold)) if i not in gold_hit),
            unmatched_predicted=sorted(predicted[i] for i in range(len(predicted)) if i not in pred_hit),
        )

    def shortfalls(self) -> list[str]:
        """The targets this category misses, as readable lines ("events f1 0.41 < 0.85")."""
        return [
            f"{self.category} {metric} {getattr(self, metric):.2f} < {minimum:.2f}"
            for metric, minimum in TARGETS.get(self.category, {}).items()
            if getattr(self, metric) < minimum - 1e-9
        ]

    def target_text(self) -> str:
        parts = []
        for metric, minimum in TARGETS.get(self.category, {}).items():
            label = {"f1": "F1", "precision": "P", "recall": "R"}[metric]
            parts.append(f"{label} = {minimum:.2f}" if minimum >= 1.0 else f"{label} ≥ {minimum:.2f}")
        return ", ".join(parts)


_HEADERS = ("Category", "Gold", "Predicted", "TP", "FP", "FN", "Precision", "Recall", "F1", "Target", "Met")


class EvalReport(BaseModel):
    documents: list[str] = Field(default_factory=list)  # gold docs scored
    missing_articles: list[str] = Field(default_factory=list)  # gold docs whose article was not found
    ingest_failures: list[str] = Field(default_factory=list)
    categories: dict[str, CategoryScore] = Field(default_factory=dict)

    def __getitem__(self, category: str) -> CategoryScore:
        return self.categories[category]

    def shortfalls(self) -> list[str]:
        return [line for c in self.categories.values() for line in c.shortfalls()]

    def _rows(self) -> list[list[str]]:
        rows = []
        for c in self.categories.values():
            rows.append(
                [
                    c.category,
                    str(c.gold),
                    str(c.predicted),
                    str(c.tp),
                    str(c.fp),
                    str(c.fn),
                    f"{c.precision:.2f}",
                    f"{c.recall:.2f}",
                    f"{c.f1:.2f}",
                    c.target_text(),
                    "yes" if not c.shortfalls() else "no",
                ]
            )
        return rows

    def table(self) -> Table:
        table = Table(title=f"Extraction quality on {len(self.documents)} annotated documents")
        for i, header in enumerate(_HEADERS):
            table.add_column(header, justify="left" if i in (0, 9) else "right")
        for row in self._rows():
            style = "green" if row[-1] == "yes" else "red"
            table.add_row(*row, style=style)
        return table

    def to_text(self, width: int = 120) -> str:
        """The table as plain text (no colour), for logs."""
        console = Console(width=width, record=True, color_system=None, force_terminal=False)
        with console.capture() as capture:
            console.print(self.table())
        return capture.get()

    def to_markdown(self) -> str:
        lines = [
            "| " + " | ".join(_HEADERS) + " |",
            "|" + "|".join(":---" if i in (0, 9) else "---:" for i in range(len(_HEADERS))) + "|",
        ]
        lines += ["| " + " | ".join(row) + " |" for row in self._rows()]
        lines.append("")
        lines.append(f"Scored on {len(self.documents)} annotated documents.")
        if self.missing_articles:
            lines.append(f"Gold files without their article (not scored): {', '.join(self.missing_articles)}.")
        if self.ingest_failures:
            lines.append(f"Articles that failed to ingest: {'; '.join(self.ingest_failures)}.")
        return "\n".join(lines) + "\n"


# -- gold -----------------------------------------------------------------------------------------


@dataclass(eq=False)
class GoldEntity:
    kind: str  # "person", "org", "province"
    name: str
    country: str | None
    spellings: set[str]
    prefixes: set[str] = field(default_factory=set)  # keys of names cut short with "…"
    province_id: str | None = None
    docs: set[str] = field(default_factory=set)
    counted: bool = True  # False for a name that only a reference used (not in the doc's own lists)

    @property
    def full(self) -> set[str]:
        return _full_names(self.spellings)

    def absorb(self, other: GoldEntity) -> None:
        self.spellings |= other.spellings
        self.prefixes |= other.prefixes
        self.docs |= other.docs
        self.country = self.country or other.country
        self.province_id = self.province_id or other.province_id

    def label(self) -> str:
        return f"{self.name} [{', '.join(sorted(_short_doc(d) for d in self.docs))}]"


def _entity(kind: str, name: str, variants: Iterable[str], country: str | None, doc: str) -> GoldEntity:
    spellings, prefixes = set(), set()
    for spelling in (name, *variants):
        text = spelling.strip()
        if text.endswith(_ELLIPSIS):
            cut = name_key(text.rstrip(".…"))
            if cut:
                prefixes.add(cut)
        elif key := name_key(text):
            spellings.add(key)
    return GoldEntity(kind, name, country or None, spellings, prefixes, docs={doc})


@dataclass(eq=False)
class GoldEvent:
    types: set[str]
    date: str | None
    end_date: str | None
    day_months: set[DayMonth]
    participants: set[GoldEntity]
    docs: set[str]
    members: list[GoldEvent] = field(default_factory=list)

    def absorb(self, other: GoldEvent) -> None:
        self.members.append(other)
        self.types |= other.types
        if other.date and (not self.date or len(other.date) > len(self.date)):
            self.date, self.end_date = other.date, other.end_date or self.end_date
        self.day_months |= other.day_months
        self.participants |= other.participants
        self.docs |= other.docs

    def label(self) -> str:
        when = self.date or ("~" + ",".join(f"{d}/{m}" for d, m, _ in sorted(self.day_months)) or "undated")
        who = ", ".join(sorted(p.name for p in self.participants)[:3])
        return f"{'/'.join(sorted(self.types))} {when} ({who}) [{', '.join(sorted(map(_short_doc, self.docs)))}]"


@dataclass(eq=False)
class GoldAgreement:
    types: set[str]
    date: str | None
    period: tuple[str, str] | None
    day_months: set[DayMonth]
    parties: set[GoldEntity]
    signers: set[GoldEntity]
    docs: set[str]
    members: list[GoldAgreement] = field(default_factory=list)

    def absorb(self, other: GoldAgreement) -> None:
        self.members.append(other)
        self.types |= other.types
        if other.date and (not self.date or len(other.date) > len(self.date)):
            self.date = other.date
        self.period = self.period or other.period
        self.day_months |= other.day_months
        self.parties |= other.parties
        self.signers |= other.signers
        self.docs |= other.docs

    def label(self) -> str:
        when = self.date or (f"{self.period[0]}-{self.period[1]}" if self.period else "undated")
        who = " + ".join(sorted(p.name for p in self.parties)[:3])
        return f"{'/'.join(sorted(self.types))} {when} ({who}) [{', '.join(sorted(map(_short_doc, self.docs)))}]"


@dataclass
class Gold:
    persons: list[GoldEntity]
    organizations: list[GoldEntity]
    provinces: list[GoldEntity]
    events: list[GoldEvent]
    agreements: list[GoldAgreement]
    participations: list[tuple[GoldEntity, GoldEvent]]
    partnerships: list[tuple[GoldEntity, GoldEntity, set[str]]]  # the two provinces, the documents saying so


class ProvinceIndex:
    """Gold province names to province ids: the store's Province nodes first, then the gazetteer."""

    def __init__(self, nodes: Iterable[Node]) -> None:
        self._by_key: dict[str, str] = {}
        nodes = list(nodes)
        for spellings in (
            lambda n: [n.name],
            lambda n: [n.name_en] if n.name_en else [],
            lambda n: n.aliases,
        ):
            for node in nodes:
                for spelling in spellings(node):
                    self._by_key.setdefault(name_key(spelling), node.id)

    def resolve(self, name: str) -> str | None:
        key = name_key(name)
        bare = _PLACE_HEAD.sub("", key)
        for candidate in (key, bare):
            if candidate in self._by_key:
                return self._by_key[candidate]
        return _gazetteer_province(name) or (_gazetteer_province(bare) if bare != key else None)


def _gazetteer_province(name: str) -> str | None:
    try:
        from ingest.gazetteer import load_gazetteer

        province = load_gazetteer().province_by_name(name)
    except Exception:  # the gazetteer is a convenience here; scoring works without it
        return None
    return province.id if province else None


# entity vs entity (merging gold across documents) --------------------------------------------------


def _fuzzy(a: Iterable[str], b: Iterable[str]) -> float:
    return max((fuzz.ratio(x, y) for x in a for y in b), default=0.0)


def _same_entity(a: GoldEntity, b: GoldEntity) -> float | None:
    if a.kind != b.kind:
        return None
    if a.kind == "province":
        if a.province_id and b.province_id:
            return 3.0 if a.province_id == b.province_id else None
        return 2.0 if a.spellings & b.spellings else None
    if a.kind == "person":
        if a.spellings & b.spellings:
            return 2.0
        if not _conflict(a.country, b.country):
            ratio = _fuzzy(a.full, b.full)
            if ratio >= FUZZY_PERSON:
                return ratio / 100
        return None
    # organizations
    if _conflict(a.country, b.country):
        return None
    if a.spellings & b.spellings:
        return 2.0
    if a.country and a.country == b.country:
        sa = {s for k in a.spellings if (s := _strip_country(k))} | a.spellings
        sb = {s for k in b.spellings if (s := _strip_country(k))} | b.spellings
        if sa & sb:
            return 1.5
    if any(k.startswith(p) for p in a.prefixes for k in b.spellings) or any(
        k.startswith(p) for p in b.prefixes for k in a.spellings
    ):
        return 1.2
    return None


def _same_event(a: GoldEvent, b: GoldEvent) -> float | None:
    common = len(a.participants & b.participants)
    typed = bool(a.types & b.types)
    if a.date and b.date:
        relation = date_relation(a.date, b.date)
        if relation == "exact" and (typed or common):
            return 3.0 + typed + 0.1 * common
        if relation == "prefix" and typed and common:
            return 2.0 + 0.1 * common
        return None
    if a.date and day_month_matches(b.day_months, a.date) and common:
        return 2.5 + typed + 0.1 * common
    if b.date and day_month_matches(a.day_months, b.date) and common:
        return 2.5 + typed + 0.1 * common
    if (
        not a.date
        and not b.date
        and {(d, m) for d, m, _ in a.day_months} & {(d, m) for d, m, _ in b.day_months}
        and common
    ):
        return 2.0 + typed + 0.1 * common
    return None


def _same_agreement(a: GoldAgreement, b: GoldAgreement) -> float | None:
    relation = date_relation(a.date, b.date)
    timed = (
        relation is not None
        or (a.period is not None and a.period == b.period)
        or (a.date is not None and day_month_matches(b.day_months, a.date))
        or (b.date is not None and day_month_matches(a.day_months, b.date))
    )
    if not timed:
        return None
    if a.parties and b.parties:
        common = len(a.parties & b.parties)
        if common < min(2, len(a.parties), len(b.parties)):
            return None
        return 2.0 + (relation == "exact") + 0.1 * common
    return 1.0 + (relation == "exact") if a.types & b.types else None


T = TypeVar("T")


def _cluster(records: list[tuple[str, T]], same: Callable[[T, T], float | None]) -> list[T]:
    """Merge (doc, record) pairs across documents into clusters: each record joins the best compatible
    cluster that holds no record of its own document, else starts one. Returns each record's cluster in
    order (clusters are the first record of each, grown by absorb)."""
    clusters: list[tuple[T, list[T], set[str]]] = []
    owner: list[T] = []
    for doc, record in records:
        best: tuple[float, int] | None = None
        for index, (_, members, docs) in enumerate(clusters):
            if doc in docs:
                continue
            fit = max((s for m in members if (s := same(record, m)) is not None), default=None)
            if fit is not None and (best is None or fit > best[0]):
                best = (fit, index)
        if best is None:
            clusters.append((record, [record], {doc}))
            owner.append(record)
        else:
            head, members, docs = clusters[best[1]]
            members.append(record)
            docs.add(doc)
            owner.append(head)
    return owner


def _copy_entity(e: GoldEntity) -> GoldEntity:
    return GoldEntity(e.kind, e.name, e.country, set(e.spellings), set(e.prefixes), e.province_id, set(e.docs))


def build_gold(documents: Sequence[dict[str, Any]], provinces: ProvinceIndex) -> Gold:
    """Merge per-document gold records across documents (see the module docstring)."""
    documents = sorted(documents, key=lambda d: str(d["doc"]))
    local: dict[str, dict[str, list[tuple[str, GoldEntity]]]] = {}  # doc -> kind -> [(name, entity)]
    for gold in documents:
        doc = str(gold["doc"])
        kinds: dict[str, list[tuple[str, GoldEntity]]] = {"person": [], "org": [], "province": []}
        for p in gold.get("persons") or []:
            kinds["person"].append(
                (p["name"], _entity("person", p["name"], p.get("variants") or [], p.get("country"), doc))
            )
        for o in gold.get("organizations") or []:
            kinds["org"].append((o["name"], _entity("org", o["name"], o.get("variants") or [], o.get("country"), doc)))
        for v in gold.get("provinces") or []:
            entity = _entity("province", v["name"], v.get("variants") or [], v.get("country"), doc)
            entity.province_id = provinces.resolve(v["name"])
            kinds["province"].append((v["name"], entity))
        local[doc] = kinds

    clusters: dict[str, list[GoldEntity]] = {}
    cluster_of: dict[int, GoldEntity] = {}
    for kind in ("person", "org", "province"):
        records = [(doc, _copy_entity(e)) for doc, kinds in local.items() for _, e in kinds[kind]]
        originals = [e for kinds in local.values() for _, e in kinds[kind]]
        owners = _cluster(records, _same_entity)
        heads: list[GoldEntity] = []
        for (_, record), head, original in zip(records, owners, originals, strict=True):
            if head is not record:
                head.absorb(record)
            elif head not in heads:
                heads.append(head)
            cluster_of[id(original)] = head
        clusters[kind] = heads

    def resolve(doc: str, name: str, kinds: Sequence[str]) -> GoldEntity:
        key = name_key(name)
        for kind in kinds:  # the document's own records, by name as written, then by spelling
            for written, entity in local[doc][kind]:
                if written == name:
                    return cluster_of[id(entity)]
        for kind in kinds:
            for _, entity in local[doc][kind]:
                if key in entity.spellings:
                    return cluster_of[id(entity)]
        for kind in kinds:  # any merged record with that spelling
            for head in clusters[kind]:
                if key in head.spellings:
                    return head
        province_id = provinces.resolve(name) if "province" in kinds else None
        if province_id:
            for head in clusters["province"]:
                if head.province_id == province_id:
                    return head
        kind = "province" if province_id else kinds[0]
        adhoc = _entity(kind, name, [], None, doc)
        adhoc.province_id, adhoc.counted = province_id, False
        return adhoc

    actor_kinds = ("person", "org", "province")
    events: list[tuple[str, GoldEvent]] = []
    agreements: list[tuple[str, GoldAgreement]] = []
    pairs: list[tuple[GoldEntity, GoldEntity, set[str]]] = []
    for gold in documents:
        doc = str(gold["doc"])
        for e in gold.get("events") or []:
            events.append(
                (
                    doc,
                    GoldEvent(
                        types={str(e.get("type") or "other")},
                        date=e.get("date") or None,
                        end_date=e.get("end_date") or None,
                        day_months=parse_day_months(e.get("date_note")),
                        participants={resolve(doc, n, actor_kinds) for n in e.get("participants") or []},
                        docs={doc},
                    ),
                )
            )
        for a in gold.get("agreements") or []:
            agreements.append(
                (
                    doc,
                    GoldAgreement(
                        types={str(a.get("type") or "other")},
                        date=a.get("date") or None,
                        period=_parse_period(a.get("period")),
                        day_months=parse_day_months(a.get("date_note")),
                        parties={resolve(doc, n, ("org", "province", "person")) for n in a.get("parties") or []},
                        signers={resolve(doc, n, ("person",)) for n in a.get("signers") or []},
                        docs={doc},
                    ),
                )
            )
        for pair in gold.get("partnerships") or []:
            if len(pair) != 2:
                continue
            a_end, b_end = (resolve(doc, n, ("province",)) for n in pair)
            if a_end is b_end:
                continue
            for x, y, docs in pairs:
                if {a_end, b_end} == {x, y}:
                    docs.add(doc)
                    break
            else:
                pairs.append((a_end, b_end, {doc}))

    event_heads = _heads(events, _same_event, GoldEvent.absorb)
    agreement_heads = _heads(agreements, _same_agreement, GoldAgreement.absorb)
    participations: list[tuple[GoldEntity, GoldEvent]] = []
    for event in event_heads:
        for person in sorted((p for p in event.participants if p.kind == "person"), key=lambda p: p.name):
            participations.append((person, event))
    return Gold(
        persons=clusters["person"],
        organizations=clusters["org"],
        provinces=clusters["province"],
        events=event_heads,
        agreements=agreement_heads,
        participations=participations,
        partnerships=pairs,
    )


def _heads(
    records: list[tuple[str, T]], same: Callable[[T, T], float | None], absorb: Callable[[T, T], None]
) -> list[T]:
    owners = _cluster(records, same)
    heads: list[T] = []
    for (_, record), head in zip(records, owners, strict=True):
        if head is record:
            heads.append(head)
        else:
            absorb(head, record)
    return heads


# -- predicted ------------------------------------------------------------------------------------


def _text(node: Node, key: str) -> str | None:
    value = node.props.get(key)
    return str(value) if value else None


@dataclass
class PredEvent:
    node: Node
    participants: set[str]

    @property
    def type(self) -> str | None:
        return _text(self.node, "event_type")

    @property
    def date(self) -> str | None:
        return _text(self.node, "date")

    @property
    def day_months(self) -> set[DayMonth]:
        """A yearless day the node keeps as written ("1/10"), when its year could not be known."""
        return parse_day_months(str(self.node.props.get("date_note") or "")) if not self.date else set()

    def label(self) -> str:
        return f"{self.type or '?'} {self.date or 'undated'} [{self.node.id}]"


@dataclass
class PredAgreement:
    node: Node
    parties: set[str]
    signers: set[str]

    @property
    def type(self) -> str | None:
        return _text(self.node, "agreement_type")

    @property
    def date(self) -> str | None:
        return _text(self.node, "date")

    @property
    def period(self) -> tuple[str, str] | None:
        start, end = self.node.props.get("period_start"), self.node.props.get("period_end")
        return (str(start)[:4], str(end)[:4]) if start and end else None

    def label(self) -> str:
        when = self.date or (f"{self.period[0]}-{self.period[1]}" if self.period else "undated")
        return f"{self.type or '?'} {when} [{self.node.id}]"


@dataclass
class Predicted:
    nodes: dict[str, Node]
    persons: list[Node]
    organizations: list[Node]
    provinces: list[Node]
    events: list[PredEvent]
    agreements: list[PredAgreement]
    participations: list[tuple[Node, PredEvent]]
    partnerships: list[tuple[Node, Node]]


def read_predicted(store: GraphStore) -> Predicted:
    kinds = [NodeKind.PERSON, NodeKind.ORGANIZATION, NodeKind.PROVINCE, NodeKind.EVENT, NodeKind.AGREEMENT]
    nodes = {n.id: n for n in store.nodes(kinds)}
    by_kind: dict[NodeKind, list[Node]] = defaultdict(list)
    for node in nodes.values():
        by_kind[node.kind].append(node)

    actors: set[str] = set()
    participants: dict[str, set[str]] = defaultdict(set)
    parties: dict[str, set[str]] = defaultdict(set)
    signers: dict[str, set[str]] = defaultdict(set)
    person_event: set[tuple[str, str]] = set()
    partner_pairs: set[frozenset[str]] = set()
    wanted = [
        EdgeType.HELD_IN,
        EdgeType.BASED_IN,
        EdgeType.PARTICIPATED_IN,
        EdgeType.PARTY_TO,
        EdgeType.SIGNED,
        EdgeType.PARTNERS_WITH,
    ]
    for edge in store.edges(wanted):
        if edge.type in (EdgeType.HELD_IN, EdgeType.BASED_IN):
            actors.add(edge.target)
        elif edge.type is EdgeType.PARTICIPATED_IN:
            actors.add(edge.source)
            participants[edge.target].add(edge.source)
            if _kind(edge.source) is NodeKind.PERSON and _kind(edge.target) is NodeKind.EVENT:
                person_event.add((edge.source, edge.target))
        elif edge.type is EdgeType.PARTY_TO:
            actors.add(edge.source)
            parties[edge.target].add(edge.source)
        elif edge.type is EdgeType.SIGNED:
            signers[edge.target].add(edge.source)
        elif edge.type is EdgeType.PARTNERS_WITH:
            actors.update((edge.source, edge.target))
            ends = (_kind(edge.source), _kind(edge.target))
            if ends == (NodeKind.PROVINCE, NodeKind.PROVINCE) and edge.source != edge.target:
                partner_pairs.add(frozenset((edge.source, edge.target)))

    events = {n.id: PredEvent(n, participants.get(n.id, set())) for n in by_kind[NodeKind.EVENT]}
    agreements = [
        PredAgreement(n, parties.get(n.id, set()), signers.get(n.id, set())) for n in by_kind[NodeKind.AGREEMENT]
    ]
    return Predicted(
        nodes=nodes,
        persons=by_kind[NodeKind.PERSON],
        organizations=by_kind[NodeKind.ORGANIZATION],
        provinces=[n for n in by_kind[NodeKind.PROVINCE] if n.id in actors],
        events=list(events.values()),
        agreements=agreements,
        participations=[(nodes[p], events[e]) for p, e in sorted(person_event) if p in nodes and e in events],
        partnerships=[
            (nodes[a], nodes[b])
            for a, b in sorted(tuple(sorted(pair)) for pair in partner_pairs)
            if a in nodes and b in nodes
        ],
    )


def _kind(node_id: str) -> NodeKind | None:
    try:
        return kind_of_id(node_id)
    except ValueError:
        return None


# -- matching -------------------------------------------------------------------------------------


class Matcher:
    """Scores of gold records against graph nodes; None means "not the same thing"."""

    KIND_OF_NODE = {NodeKind.PERSON: "person", NodeKind.ORGANIZATION: "org", NodeKind.PROVINCE: "province"}

    def __init__(self, predicted: Predicted) -> None:
        self.predicted = predicted
        self._keys: dict[str, set[str]] = {}
        self._entity_cache: dict[tuple[int, str], float | None] = {}

    def node_keys(self, node: Node) -> set[str]:
        if node.id not in self._keys:
            spellings = [node.name, *node.aliases]
            if node.name_en:
                spellings.append(node.name_en)
            abbreviation = node.props.get("abbreviation")
            if isinstance(abbreviation, str):
                spellings.append(abbreviation)
            self._keys[node.id] = {k for s in spellings if (k := name_key(s))}
        return self._keys[node.id]

    def entity(self, gold: GoldEntity, node: Node) -> float | None:
        cache_key = (id(gold), node.id)
        if cache_key not in self._entity_cache:
            self._entity_cache[cache_key] = self._entity(gold, node)
        return self._entity_cache[cache_key]

    def _entity(self, gold: GoldEntity, node: Node) -> float | None:
        if self.KIND_OF_NODE.get(node.kind) != gold.kind:
            return None
        keys = self.node_keys(node)
        agree = 0.1 if gold.country and gold.country == node.country else 0.0
        if gold.kind == "province":
            if gold.province_id:
                return 3.0 if node.id == gold.province_id else None
            return 2.0 if gold.spellings & keys else None
        if gold.kind == "person":
            if name_key(gold.name) == name_key(node.name):
                return 3.0 + agree
            if gold.spellings & keys:
                return 2.0 + agree
            if not _conflict(gold.country, node.country):
                ratio = _fuzzy(gold.full, _full_names(keys))
                if ratio >= FUZZY_PERSON:
                    return ratio / 100 + agree
            return None
        # organizations
        if _conflict(gold.country, node.country):
            return None
        if name_key(gold.name) == name_key(node.name):
            return 3.0 + agree
        if gold.spellings & keys:
            return 2.0 + agree
        if gold.country and gold.country == node.country:
            stripped_gold = {s for k in gold.spellings if (s := _strip_country(k))} | gold.spellings
            stripped_node = {s for k in keys if (s := _strip_country(k))} | keys
            if stripped_gold & stripped_node:
                return 1.5 + agree
        if any(k.startswith(p) for p in gold.prefixes for k in keys):
            return 1.2 + agree
        return None

    def common(self, gold: Iterable[GoldEntity], node_ids: Iterable[str]) -> int:
        """How many gold entities match one of these nodes."""
        nodes = [self.predicted.nodes[i] for i in node_ids if i in self.predicted.nodes]
        return sum(1 for g in gold if any(self.entity(g, n) is not None for n in nodes))

    def event(self, gold: GoldEvent, pred: PredEvent) -> float | None:
        common = self.common(gold.participants, pred.participants)
        typed = pred.type in gold.types
        if (gold.date or gold.day_months) and pred.date:
            if gold.date:
                relation = date_relation(gold.date, pred.date)
                if relation is None:
                    return None
                dated = 1.0 if relation == "exact" else 0.5
            elif day_month_matches(gold.day_months, pred.date):
                dated = 0.8
            else:
                return None
            if not (typed or common):
                return None
        elif pred.day_months and _notes_meet(gold, pred.day_months):
            if not (typed or common):
                return None
            dated = 0.6
        else:
            if not (typed and common):
                return None
            dated = 0.0
        return 1.0 + dated + 0.5 * typed + 0.1 * common

    def agreement(self, gold: GoldAgreement, pred: PredAgreement) -> float | None:
        common = self.common(gold.parties, pred.parties)
        signed = self.common(gold.signers, pred.signers)
        gold_dated = bool(gold.date or gold.day_months)
        comparable = (gold_dated and pred.date is not None) or (gold.period is not None and pred.period is not None)
        if comparable:
            relation = date_relation(gold.date, pred.date)
            by_note = not gold.date and day_month_matches(gold.day_months, pred.date)
            same_period = gold.period is not None and gold.period == pred.period
            if not (relation or by_note or same_period):
                return None
            if gold.parties and pred.parties and common < 1:
                return None
            score = 1.0 + (0.5 if relation == "exact" else 0.3 if relation or by_note else 0.0) + 0.5 * same_period
        else:
            same_signers = bool(gold.signers) and signed == len(gold.signers) == len(pred.signers)
            if not (common >= 2 or same_signers):
                return None
            score = 1.0
        return score + 0.2 * common + 0.1 * signed + 0.2 * (pred.type in gold.types)


def assign(n_gold: int, n_pred: int, score: Callable[[int, int], float | None]) -> list[tuple[int, int]]:
    """One-to-one matching, greedy by score (ties: gold order, then predicted order)."""
    candidates = [(s, g, p) for g in range(n_gold) for p in range(n_pred) if (s := score(g, p)) is not None]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _node_label(node: Node) -> str:
    return f"{node.name} [{node.id}]"


def score(gold_documents: Sequence[dict[str, Any]], store: GraphStore) -> EvalReport:
    """Score the graph in `store` against gold records (one dict per document, as in tests/gold)."""
    predicted = read_predicted(store)
    province_nodes = list(store.nodes([NodeKind.PROVINCE]))
    gold = build_gold(gold_documents, ProvinceIndex(province_nodes))
    m = Matcher(predicted)
    results: dict[str, CategoryScore] = {}

    def category(name: str, golds: list, preds: list, fn: Callable, gold_label: Callable, pred_label: Callable) -> None:
        cache = {(g, p): fn(golds[g], preds[p]) for g in range(len(golds)) for p in range(len(preds))}
        pairs = assign(len(golds), len(preds), lambda g, p: cache[(g, p)])
        results[name] = CategoryScore.build(name, [gold_label(x) for x in golds], [pred_label(x) for x in preds], pairs)

    entity_label = GoldEntity.label
    category("persons", gold.persons, predicted.persons, m.entity, entity_label, _node_label)
    category("organizations", gold.organizations, predicted.organizations, m.entity, entity_label, _node_label)
    category("provinces", gold.provinces, predicted.provinces, m.entity, entity_label, _node_label)
    category("events", gold.events, predicted.events, m.event, GoldEvent.label, PredEvent.label)
    category("agreements", gold.agreements, predicted.agreements, m.agreement, GoldAgreement.label, PredAgreement.label)

    event_scores: dict[tuple[int, int], float | None] = {}

    def participation(g: tuple[GoldEntity, GoldEvent], p: tuple[Node, PredEvent]) -> float | None:
        person = m.entity(g[0], p[0])
        if person is None:
            return None
        key = (id(g[1]), id(p[1]))
        if key not in event_scores:
            event_scores[key] = m.event(g[1], p[1])
        event = event_scores[key]
        return None if event is None else person + event

    category(
        "participations",
        gold.participations,
        predicted.participations,
        participation,
        lambda g: f"{g[0].name} @ {g[1].label()}",
        lambda p: f"{p[0].name} @ {p[1].label()}",
    )

    def partnership(g: tuple[GoldEntity, GoldEntity, set[str]], p: tuple[Node, Node]) -> float | None:
        best = None
        for x, y in ((p[0], p[1]), (p[1], p[0])):
            a, b = m.entity(g[0], x), m.entity(g[1], y)
            if a is not None and b is not None and (best is None or a + b > best):
                best = a + b
        return best

    category(
        "partnerships",
        gold.partnerships,
        predicted.partnerships,
        partnership,
        lambda g: f"{g[0].name} – {g[1].name} [{', '.join(sorted(map(_short_doc, g[2])))}]",
        lambda p: f"{p[0].name} – {p[1].name}",
    )
    return EvalReport(documents=sorted(str(d["doc"]) for d in gold_documents), categories=results)


# -- files ----------------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Every `<doc>.json` in gold_dir (its "doc" defaults to the file's stem)."""
    documents = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.setdefault("doc", path.stem)
        documents.append(data)
    return documents


def find_articles(docs: Iterable[str], corpus_dirs: Sequence[Path]) -> dict[str, Path]:
    """Each doc's `<doc>.txt`: directly in a corpus folder, else anywhere below one (first folder wins)."""
    found: dict[str, Path] = {}
    for doc in docs:
        for folder in corpus_dirs:
            direct = folder / f"{doc}.txt"
            if direct.is_file():
                found[doc] = direct
                break
            below = sorted(folder.rglob(f"{doc}.txt")) if folder.is_dir() else []
            if below:
                found[doc] = below[0]
                break
    return found


def evaluate(gold_dir: Path, corpus_dirs: list[Path], store: GraphStore | None = None) -> EvalReport:
    """Ingest the articles the gold describes into `store` (default: a fresh temporary embedded store)
    and score the resulting graph against the gold, merged across documents."""
    from ingest.pipeline import ingest  # the pipeline is heavy; keep `import ingest.evaluation` light

    gold = load_gold(Path(gold_dir))
    articles = find_articles([str(d["doc"]) for d in gold], [Path(p) for p in corpus_dirs])
    if not articles:
        raise FileNotFoundError(
            f"none of the {len(gold)} gold files in {gold_dir} has its article (<doc>.txt) in "
            + ", ".join(str(p) for p in corpus_dirs)
        )
    scored = [d for d in gold if str(d["doc"]) in articles]
    missing = sorted(str(d["doc"]) for d in gold if str(d["doc"]) not in articles)

    def run(target: GraphStore) -> EvalReport:
        ingested = ingest([str(articles[str(d["doc"])]) for d in scored], target)
        report = score(scored, target)
        report.missing_articles = missing
        report.ingest_failures = [f"{r.origin}: {r.reason}" for r in ingested.failures]
        return report

    if store is not None:
        return run(store)
    from graph.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="vilao-eval-", ignore_cleanup_errors=True) as folder:
        fresh = EmbeddedStore(Path(folder) / "store")
        try:
            return run(fresh)
        finally:
            fresh.close()

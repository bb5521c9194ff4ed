"""Events and agreements: gold records merged across documents, and graph nodes matched to them.

A record is compared through the entities it names (persons, bodies, provinces: `Ref`s) and its date.
Two documents' records are one meeting (or one agreement) when their dates fit, they name someone in
common, and they either name two in common or are of the same kind. A node matches the first unmatched
merged record whose date it fits and with which it shares a participant (when the record names any).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import networkx as nx

from evaluation.export import ExportNode
from evaluation.gold import GoldMeeting

# What a record or a node is linked to: ("p", person entity), ("o", body entity), ("v", province code).
Ref = tuple[str, int | str]


def dates_fit(node_date: str | None, gold_date: str | None) -> bool:
    """An ISO date fits another at the coarser precision of the two: "2023-04" fits "2023-04-10", "2023"
    fits both. No gold date fits anything; a gold date is not fitted by no date."""
    node, gold = node_date or "", gold_date or ""
    if not gold:
        return True
    if not node:
        return False
    shared = min(len(node), len(gold))
    return shared >= 4 and node[:shared] == gold[:shared]


# "11/12", "sáng 19.2", then "11-12": a day and a month not followed by more of a date ("10-11/4/2023"
# is a range and gives none). ingest's date reader reads that range, but merging must follow the
# yardstick, which reads only these shapes.
_DAY_MONTH = tuple(re.compile(r"\b(\d{1,2})" + separator + r"(\d{1,2})\b(?![/.-]\d)") for separator in ("[/.]", "-"))


def day_and_month(date: str | None, note: str | None) -> str | None:
    """The day and month ("MM-DD") of a full date, else the first a date note writes; None when neither."""
    if date and len(date) >= 10:
        return date[5:10]
    for pattern in _DAY_MONTH:
        for m in pattern.finditer(note or ""):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12:
                return f"{month:02d}-{day:02d}"
    return None


@dataclass
class MergedRecord:
    """One meeting or agreement as all the documents that report it describe it."""

    date: str | None
    period: str | None
    note: str | None
    type: str | None
    key: str | None
    refs: set[Ref]
    docs: set[str] = field(default_factory=set)

    def absorbs(self, doc: str, record: GoldMeeting, refs: set[Ref]) -> bool:
        """Take a record of another document into this one, if it reports the same thing."""
        if doc in self.docs:
            return False  # one document's two records are two things
        if record.key or self.key:
            if record.key != self.key:
                return False
            self.refs |= refs
            self.docs.add(doc)
            return True
        shared = len(self.refs & refs)
        if not (self._same_day(record) and shared and (shared >= 2 or self.type == record.type)):
            return False
        self.refs |= refs
        self.docs.add(doc)
        if record.date and len(record.date) > len(self.date or ""):
            self.date = record.date  # the most precise date any document gives
        return True

    def _same_day(self, record: GoldMeeting) -> bool:
        if record.date and self.date:
            return dates_fit(record.date, self.date) or dates_fit(self.date, record.date)
        # without two dates, only the same written day and month merges: two undated meetings of the
        # same people are as likely two as one
        mine, theirs = day_and_month(self.date, self.note), day_and_month(record.date, record.date_note)
        return bool(mine and theirs and mine == theirs)

    def accepts(self, node: ExportNode, node_refs: set[Ref]) -> bool:
        """Whether a graph node can be this record: its date fits, and it shares a participant."""
        if not dates_fit(node.date, self.date):
            return False
        if self.date is None and self.period:
            # an agreement known by its period alone: the node's period must start the same year
            start = (node.period_start or "")[:4]
            if not start or start != self.period[:4]:
                return False
        return not self.refs or bool(self.refs & node_refs)


def merge_records(
    records: Iterable[tuple[str, GoldMeeting]], refs_of: Callable[[str, GoldMeeting], set[Ref]]
) -> list[MergedRecord]:
    """Gold records of every document, merged: each joins the first earlier record it reports again."""
    merged: list[MergedRecord] = []
    for doc, record in records:
        refs = refs_of(doc, record)
        if not any(m.absorbs(doc, record, refs) for m in merged):
            merged.append(
                MergedRecord(
                    date=record.date,
                    period=record.period,
                    note=record.date_note,
                    type=record.type,
                    key=record.key,
                    refs=refs,
                    docs={doc},
                )
            )
    return merged


@dataclass
class RecordMatch:
    node: ExportNode
    record: int  # index into the merged records
    node_refs: set[Ref]


def match_nodes(
    nodes: Iterable[ExportNode], merged: list[MergedRecord], refs_of: Callable[[str], set[Ref]]
) -> list[RecordMatch]:
    """Each node, in export order, takes the first merged record still free that accepts it."""
    taken: set[int] = set()
    matches = []
    for node in nodes:
        node_refs = refs_of(node.id)
        for index, record in enumerate(merged):
            if index not in taken and record.accepts(node, node_refs):
                taken.add(index)
                matches.append(RecordMatch(node, index, node_refs))
                break
    return matches


def match_within_articles(
    nodes: Iterable[ExportNode],
    merged: list[MergedRecord],
    refs_of: Callable[[str], set[Ref]],
    articles_of: dict[str, set[str]],
) -> list[RecordMatch]:
    """As many nodes as can be matched, each to a record it is accepted by and that some article of the node
    reports, the same kind and the most shared names preferred: the pairing the yardstick would make if it
    kept every article's meetings to themselves and did not take the first fit in export order."""
    graph = nx.Graph()
    refs: dict[str, set[Ref]] = {}
    by_id: dict[str, ExportNode] = {}
    for node in nodes:
        refs[node.id], by_id[node.id] = refs_of(node.id), node
        for index, record in enumerate(merged):
            if articles_of.get(node.id, set()) & record.docs and record.accepts(node, refs[node.id]):
                same_kind = (node.event_type or node.agreement_type) == record.type
                weight = 1000 + 10 * same_kind + len(record.refs & refs[node.id])
                graph.add_edge(("node", node.id), ("record", index), weight=weight)
    pairs = (sorted(pair) for pair in nx.max_weight_matching(graph, maxcardinality=True))
    return sorted(
        (RecordMatch(by_id[node], record, refs[node]) for (_, node), (_, record) in pairs),
        key=lambda m: m.record,
    )

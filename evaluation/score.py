"""Score a graph export against gold files, category by category, by the yardstick's rules
(../shared/eval/score.py, re-stated here in the product's own terms; `tests/evaluation` checks that the
two agree).

- persons, organizations: each node is matched to a gold entity (entities.py). A node that matches an
  entity another node already matched is a false positive: a missed merge costs precision.
- provinces: every Province node, coded by the first of its names that is a known province; gold
  provinces coded alike.
- partnerships: unordered pairs of province codes, PARTNERS_WITH edges against gold pairs.
- events, agreements: merged gold records against Event / Agreement nodes (meetings.py).
- participations: (person, event) pairs. The gold side counts every person of every merged event; the
  graph side every PARTICIPATED_IN edge from a Person; a hit needs the event matched and the person
  matched and named by the gold event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from evaluation.articles import articles_of
from evaluation.entities import Entity, EntityIndex, body_index, person_index
from evaluation.export import ExportGraph, ExportNode
from evaluation.gold import GoldDocument, GoldEntity, GoldMeeting
from evaluation.meetings import MergedRecord, RecordMatch, Ref, match_nodes, match_within_articles, merge_records
from evaluation.places import is_known, place_code, province_code

CATEGORIES: tuple[str, ...] = (
    "persons",
    "organizations",
    "provinces",
    "partnerships",
    "events",
    "agreements",
    "participations",
)


@dataclass
class Tally:
    """One category's counts and what lies behind them (for --errors)."""

    gold: int
    predicted: int
    tp: int
    missed: list[str] = field(default_factory=list)  # gold items no node matched
    invented: list[str] = field(default_factory=list)  # nodes that match nothing in the gold
    repeated: list[str] = field(default_factory=list)  # nodes that match what another node matched

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.tp / self.predicted
        return 0.0 if self.gold else 1.0

    @property
    def recall(self) -> float:
        # nothing to find is found in full, even by a graph that found other things (its precision is 0)
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class _Gold:
    persons: EntityIndex
    bodies: EntityIndex
    body_of: dict[tuple[str, str], GoldEntity]  # (doc, a spelling) -> the body record it names there

    def refs(self, doc: str, names: Sequence[str]) -> set[Ref]:
        """The entities a gold event or agreement names: a person, else a body (of the country the
        document gives it), else a province."""
        found: set[Ref] = set()
        for name in names:
            person = self.persons.find([name])
            if person is not None:
                found.add(("p", person))
                continue
            record = self.body_of.get((doc, name))
            body = self.bodies.find([name], record.country if record else None, record.key if record else None)
            if body is not None:
                found.add(("o", body))
                continue
            code = province_code(name)
            if code:
                found.add(("v", code))
        return found


def _read_gold(documents: Sequence[GoldDocument]) -> _Gold:
    body_of = {}
    for d in documents:
        for body in d.organizations:
            for spelling in body.spellings():
                body_of[(d.doc, spelling)] = body  # a later record with the same spelling wins
    return _Gold(
        persons=person_index((d.doc, p) for d in documents for p in d.persons),
        bodies=body_index((d.doc, o) for d in documents for o in d.organizations),
        body_of=body_of,
    )


def _label(node: ExportNode) -> str:
    country = f" [{node.country}]" if node.country else ""
    return f"{node.name}{country} ({node.id})"


def _entity_label(entity: Entity) -> str:
    country = f" [{entity.country}]" if entity.country else ""
    return f"{entity.name}{country} ({', '.join(entity.docs)})"


def _match_entities(nodes: list[ExportNode], index: EntityIndex, by_country: bool) -> tuple[dict[str, int], Tally]:
    matched: dict[str, int] = {}
    found: set[int] = set()
    tally = Tally(gold=len(index.entities), predicted=len(nodes), tp=0)
    for node in nodes:
        entity = index.find(node.spellings(), node.country if by_country else None)
        if entity is None:
            tally.invented.append(_label(node))
            continue
        matched[node.id] = entity
        if entity in found:
            tally.repeated.append(f"{_label(node)} = {index.entities[entity].name}")
        found.add(entity)
    tally.tp = len(found)
    tally.missed = [_entity_label(e) for i, e in enumerate(index.entities) if i not in found]
    return matched, tally


def _node_code(node: ExportNode) -> str:
    """A Province node's code: that of the first of its names that is a known province."""
    return next((c for name in node.spellings() if (c := province_code(name))), None) or place_code(node.name or "")


@dataclass
class Scorecard:
    tallies: dict[str, Tally]

    def __getitem__(self, category: str) -> Tally:
        return self.tallies[category]


def score(export: ExportGraph, documents: Sequence[GoldDocument], within_articles: bool = False) -> Scorecard:
    """Every category's counts for this export against these gold documents (in file-name order).

    within_articles: meetings and agreements are paired within the articles that report them, as many as can
    be (meetings.match_within_articles), not each with the first fit of any article in export order as the
    yardstick pairs them. A diagnosis of what the yardstick's pairing costs, not the yardstick."""
    gold = _read_gold(documents)
    tallies: dict[str, Tally] = {}

    persons = export.of_kind("Person")
    person_of, tallies["persons"] = _match_entities(persons, gold.persons, by_country=False)
    body_of, tallies["organizations"] = _match_entities(export.of_kind("Organization"), gold.bodies, by_country=True)

    code_of = {node.id: _node_code(node) for node in export.of_kind("Province")}
    tallies["provinces"] = _provinces(documents, code_of)
    tallies["partnerships"] = _partnerships(documents, export, code_of)

    def node_refs(node_id: str) -> set[Ref]:
        refs: set[Ref] = set()
        for other in export.neighbours.get(node_id, ()):
            if other in person_of:
                refs.add(("p", person_of[other]))
            elif other in body_of:
                refs.add(("o", body_of[other]))
            elif other in code_of and is_known(code_of[other]):
                refs.add(("v", code_of[other]))
        return refs

    def event_refs(doc: str, record: GoldMeeting) -> set[Ref]:
        return gold.refs(doc, [*record.participants, *record.signers])

    def agreement_refs(doc: str, record: GoldMeeting) -> set[Ref]:
        return gold.refs(doc, [*record.parties, *record.signers])

    def pair(nodes: list[ExportNode], merged: list[MergedRecord]) -> list[RecordMatch]:
        if within_articles:
            return match_within_articles(nodes, merged, node_refs, articles)
        return match_nodes(nodes, merged, node_refs)

    articles = articles_of(export) if within_articles else {}
    events = merge_records(((d.doc, e) for d in documents for e in d.events), event_refs)
    event_nodes = export.of_kind("Event")
    event_matches = pair(event_nodes, events)
    tallies["events"] = _meeting_tally(event_nodes, events, event_matches)
    agreements = merge_records(((d.doc, a) for d in documents for a in d.agreements), agreement_refs)
    agreement_nodes = export.of_kind("Agreement")
    tallies["agreements"] = _meeting_tally(agreement_nodes, agreements, pair(agreement_nodes, agreements))
    tallies["participations"] = _participations(export, persons, person_of, gold.persons, events, event_matches)
    return Scorecard({c: tallies[c] for c in CATEGORIES})


def _provinces(documents: Sequence[GoldDocument], code_of: dict[str, str]) -> Tally:
    gold = {place_code(p.name) for d in documents for p in d.provinces}
    seen: set[str] = set()
    tally = Tally(gold=len(gold), predicted=len(code_of), tp=0)
    for node_id, code in code_of.items():
        if code not in gold:
            tally.invented.append(f"{code} ({node_id})")
        elif code in seen:
            tally.repeated.append(f"{code} ({node_id})")
        seen.add(code)
    tally.tp = len(gold & seen)
    tally.missed = sorted(gold - seen)
    return tally


def _partnerships(documents: Sequence[GoldDocument], export: ExportGraph, code_of: dict[str, str]) -> Tally:
    gold: dict[frozenset[str], str] = {}
    for d in documents:
        for a, b in d.partnerships:
            gold.setdefault(frozenset((place_code(a), place_code(b))), d.doc)
    found: set[frozenset[str]] = set()
    for edge in export.edges_of("PARTNERS_WITH"):
        a, b = code_of.get(edge.source or ""), code_of.get(edge.target or "")
        if a and b and a != b:
            found.add(frozenset((a, b)))
    return Tally(
        gold=len(gold),
        predicted=len(found),
        tp=len(found & gold.keys()),
        missed=sorted(f"{' – '.join(sorted(pair))} ({doc})" for pair, doc in gold.items() if pair not in found),
        invented=sorted(" – ".join(sorted(pair)) for pair in found - gold.keys()),
    )


def _record_label(record: MergedRecord) -> str:
    when = record.date or (f"~{record.note}" if record.note else record.period or "undated")
    return f"{record.type or '?'} {when} ({', '.join(sorted(record.docs))})"


def _node_record_label(node: ExportNode) -> str:
    kind = node.event_type or node.agreement_type or "?"
    return f"{kind} {node.date or 'undated'} {(node.name or '')[:80]} ({node.id})"


def _meeting_tally(nodes: list[ExportNode], merged: list[MergedRecord], matches: list[RecordMatch]) -> Tally:
    matched_nodes = {m.node.id for m in matches}
    matched_records = {m.record for m in matches}
    return Tally(
        gold=len(merged),
        predicted=len(nodes),
        tp=len(matches),
        missed=[_record_label(r) for i, r in enumerate(merged) if i not in matched_records],
        invented=[_node_record_label(n) for n in nodes if n.id not in matched_nodes],
    )


def _participations(
    export: ExportGraph,
    persons: list[ExportNode],
    person_of: dict[str, int],
    people_index: EntityIndex,
    events: list[MergedRecord],
    matches: list[RecordMatch],
) -> Tally:
    def people(record: int) -> set[tuple[int, Ref]]:
        return {(record, ref) for ref in events[record].refs if ref[0] == "p"}

    gold_all: set[tuple[int, Ref]] = set().union(*(people(i) for i in range(len(events))))
    gold_reachable: set[tuple[int, Ref]] = set().union(*(people(m.record) for m in matches))
    record_of = {m.node.id: m.record for m in matches}
    names = {p.id: p.name or p.id for p in persons}
    edges: dict[tuple[str, str], tuple[int, Ref] | None] = {}
    for edge in export.edges_of("PARTICIPATED_IN"):
        if edge.source not in names:
            continue
        pair = None
        if edge.target in record_of and edge.source in person_of:
            pair = (record_of[edge.target], ("p", person_of[edge.source]))
        edges[(edge.source, edge.target or "")] = pair
    found: set[tuple[int, Ref]] = set()
    invented, repeated = [], []
    for (source, target), pair in edges.items():
        label = f"{names[source]} @ {target}"
        if pair not in gold_reachable:
            invented.append(label)
        elif pair in found:
            repeated.append(label)  # a second node of one person at one meeting
        else:
            found.add(pair)

    def gold_label(pair: tuple[int, Ref]) -> str:
        return f"{people_index.entities[int(pair[1][1])].name} @ {_record_label(events[pair[0]])}"

    return Tally(
        gold=len(gold_all),
        predicted=len(edges),
        tp=len(found),
        missed=sorted(gold_label(pair) for pair in gold_all - found),
        invented=sorted(invented),
        repeated=sorted(repeated),
    )

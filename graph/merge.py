"""How two records of one node or one edge become one.

Every rule here is commutative and associative, so ingesting documents in any order yields the same
graph. The rules per property are declared in graph.schema (PROP_MERGE); the embedded store folds its
records with them on reading, and graph.cypher states the same rules in Cypher for Neo4j.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Protocol

from graph.schema import PROP_MERGE, Edge, Merge, Node, PropValue


def _marks(text: str) -> int:
    """How many diacritics a spelling keeps: the fuller Vietnamese spelling makes the better display name."""
    return sum(1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)  # the same names come back in every batch: ministries, provinces, officials
def name_rank(name: str) -> str:
    """Orders spellings of one name, best last: more diacritics, then longer, then by the text itself.

    A string, so Neo4j can compare it as Python does: fixed-width counts, then the name."""
    return f"{_marks(name):04d}{len(name):05d}{name}"


def merge_value(rule: Merge, a: PropValue, b: PropValue) -> PropValue:
    if a is None:
        return b
    if b is None or a == b:
        return a
    if rule is Merge.UNION or isinstance(a, list) or isinstance(b, list):
        return sorted(set(_as_list(a)) | set(_as_list(b)))
    if rule is Merge.EARLIEST:
        return min(a, b)  # type: ignore[type-var]
    if rule is Merge.FULLER and isinstance(a, str) and isinstance(b, str):
        return max(a, b, key=lambda s: (len(s), s))
    return max(a, b)  # type: ignore[type-var]


def _as_list(value: PropValue) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def merge_props(a: dict[str, PropValue], b: dict[str, PropValue]) -> dict[str, PropValue]:
    return {
        key: merge_value(PROP_MERGE.get(key, Merge.FULLER), a.get(key), b.get(key)) for key in sorted(set(a) | set(b))
    }


def fold_props(records: list[dict[str, PropValue]]) -> dict[str, PropValue]:
    """merge_props over every record at once, with the same result: a list property is gathered into one set
    and sorted once, where merging pair by pair sorted the growing union again for every record (a partnership
    reported by a hundred articles folded a hundred `via` lists)."""
    if len(records) == 1:
        return merge_props({}, records[0])
    folded: dict[str, PropValue] = {}
    for key in sorted({k for record in records for k in record}):
        rule = PROP_MERGE.get(key, Merge.FULLER)
        values = [v for record in records if (v := record.get(key)) is not None]  # None merges as nothing
        if not values:
            folded[key] = None
        elif rule is Merge.UNION or any(isinstance(v, list) for v in values):
            # Pair by pair, equal values stay as they are; any two that differ become the sorted union.
            same = all(v == values[0] for v in values)
            folded[key] = values[0] if same else sorted({x for v in values for x in _as_list(v)})
        else:
            value = values[0]
            for other in values[1:]:
                value = merge_value(rule, value, other)
            folded[key] = value
    return folded


class NodeLike(Protocol):
    """A node's fields, as graph.schema.Node and the write path's plain graph.records.NodeRecord hold them."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> list[str]: ...
    @property
    def country(self) -> str | None: ...
    @property
    def name_en(self) -> str | None: ...
    @property
    def props(self) -> dict[str, PropValue]: ...


def settled_repeat(a: NodeLike, b: NodeLike) -> bool:
    """What the merge would build anew: a settled record merged with itself (the common repeat)."""
    if a.id != b.id:
        raise ValueError(f"cannot merge {a.id} with {b.id}")
    return a == b and a.name not in a.aliases and a.aliases == sorted(set(a.aliases))


def merged_fields(a: NodeLike, b: NodeLike) -> dict[str, Any]:
    """Two records' name, aliases, country, name_en and props, merged."""
    name = max(a.name, b.name, key=name_rank)
    return {
        "name": name,
        "aliases": sorted((set(a.aliases) | set(b.aliases) | {a.name, b.name}) - {name}),
        "country": merge_value(Merge.FULLER, a.country, b.country),
        "name_en": merge_value(Merge.FULLER, a.name_en, b.name_en),
        "props": merge_props(a.props, b.props),
    }


def merge_nodes(a: Node, b: Node) -> Node:
    """Two records of a node as one. Each was checked when it was built or written, and merging them keeps the
    validators' normal form (a property test holds it), so the merge is not checked again: an answer reading a few
    hundred nodes merges their records hundreds of times."""
    if settled_repeat(a, b):
        return a
    return Node.stored(a.id, a.kind, **merged_fields(a, b))


def merge_edges(a: Edge, b: Edge) -> Edge:
    if a.key != b.key:
        raise ValueError(f"cannot merge {a.key} with {b.key}")
    return Edge(
        source=a.source,
        target=a.target,
        type=a.type,
        props=merge_props(a.props, b.props),
        evidence=[*a.evidence, *b.evidence],
    )


def fold_nodes(nodes: Iterable[Node]) -> dict[str, Node]:
    folded: dict[str, Node] = {}
    for node in nodes:
        seen = folded.get(node.id)
        folded[node.id] = node if seen is None else merge_nodes(seen, node)
    return folded


def fold_edges(edges: Iterable[Edge]) -> dict[str, Edge]:
    folded: dict[str, Edge] = {}
    for edge in edges:
        seen = folded.get(edge.key)
        folded[edge.key] = edge if seen is None else merge_edges(seen, edge)
    return folded

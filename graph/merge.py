"""How two records of one node or one edge become one.

Every rule here is commutative and associative, so ingesting documents in any order yields the same
graph, and both stores share these rules instead of each writing its own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from graph.schema import Edge, Node, PropValue

# first_* keep the earliest value, last_* the latest; list values are unions.
_EARLIEST = {"first_date", "first_reported", "date_inferred"}
_LATEST = {"last_date", "last_reported"}


def _marks(text: str) -> int:
    """How many diacritics a spelling keeps: the fuller Vietnamese spelling makes the better display name."""
    return sum(1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch))


def _name_rank(name: str) -> tuple[int, int, str]:
    return (_marks(name), len(name), name)


def _pick(a: PropValue, b: PropValue) -> PropValue:
    if a is None:
        return b
    if b is None or a == b:
        return a
    if isinstance(a, list) or isinstance(b, list):
        return sorted(set(_as_list(a)) | set(_as_list(b)))
    if isinstance(a, str) and isinstance(b, str):
        # A date written more precisely (2023-12-11 over 2023-12) is worth more; then a fixed order.
        return max(a, b, key=lambda s: (len(s), s))
    return max(a, b, key=repr)


def _as_list(value: PropValue) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def merge_props(a: dict[str, PropValue], b: dict[str, PropValue]) -> dict[str, PropValue]:
    merged: dict[str, PropValue] = {}
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x is not None and y is not None and key in _EARLIEST:
            merged[key] = min(x, y)  # type: ignore[type-var]
        elif x is not None and y is not None and key in _LATEST:
            merged[key] = max(x, y)  # type: ignore[type-var]
        else:
            merged[key] = _pick(x, y)
    return merged


def merge_nodes(a: Node, b: Node) -> Node:
    if a.id != b.id:
        raise ValueError(f"cannot merge {a.id} with {b.id}")
    name = max(a.name, b.name, key=_name_rank)
    aliases = sorted((set(a.aliases) | set(b.aliases) | {a.name, b.name}) - {name})
    return Node(
        id=a.id,
        kind=a.kind,
        name=name,
        aliases=aliases,
        country=_pick(a.country, b.country),  # type: ignore[arg-type]
        name_en=_pick(a.name_en, b.name_en),  # type: ignore[arg-type]
        props=merge_props(a.props, b.props),
    )


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

"""The shortest chain of relations between two entities, each step with the sentences that support it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from graph.schema import EdgeType, Link, PropValue
from graph.store import GraphStore
from queries.network import TIES
from queries.records import QUOTES_SHOWN, Cited, NodeRef, cited
from queries.resolve import NameIndex, resolve_ref

MAX_LENGTH = 6  # longer chains say little about how two entities relate


class PathStep(Cited):
    node: NodeRef  # where the step starts
    next: NodeRef  # where it arrives
    type: EdgeType
    direction: Literal["out", "in"]  # out: the edge runs from node to next
    props: dict[str, PropValue]


class PathResult(BaseModel):
    source: NodeRef
    target: NodeRef
    found: bool
    length: int | None = None
    steps: list[PathStep]


# node -> (the neighbour it was reached from, the edge between them), per side of the search
_Parents = dict[str, tuple[str, Link] | None]


def path(store: GraphStore, source: str, target: str, *, names: NameIndex | None = None) -> PathResult:
    """The shortest path (at most MAX_LENGTH relations, mentions in documents not counted) between two
    entities given by id or name, with the evidence of every step."""
    start = resolve_ref(store, source, names=names)
    goal = resolve_ref(store, target, names=names)
    ends = NodeRef.of(start), NodeRef.of(goal)
    walked = _shortest(store, start.id, goal.id)
    if walked is None:
        return PathResult(source=ends[0], target=ends[1], found=False, steps=[])
    # The walk read ends only; the steps' properties and first quotes are read for the chain alone.
    by_key = {e.key: e for e in store.edges_by_key([link.key for _, _, link in walked], evidence_limit=QUOTES_SHOWN)}
    chain = [(a, b, by_key[link.key]) for a, b, link in walked]
    refs = {n.id: NodeRef.of(n) for n in store.get_nodes({n for step in chain for n in step[:2]})}
    steps = [
        PathStep(
            node=refs[a],
            next=refs[b],
            type=edge.type,
            direction="out" if edge.source == a else "in",
            props=edge.props,
            **cited([edge]),
        )
        for a, b, edge in chain
    ]
    return PathResult(source=ends[0], target=ends[1], found=True, length=len(steps), steps=steps)


def _shortest(store: GraphStore, start: str, goal: str) -> list[tuple[str, str, Link]] | None:
    """Breadth first from both ends at once, a whole layer at a time; ties go to the smallest ids."""
    if start == goal:
        return []
    parents: tuple[_Parents, _Parents] = ({start: None}, {goal: None})
    depth: tuple[dict[str, int], dict[str, int]] = ({start: 0}, {goal: 0})
    frontiers = ([start], [goal])
    walked = 0  # the layers both sides have taken together
    while frontiers[0] and frontiers[1] and walked < MAX_LENGTH:
        walked += 1
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        ours, mine = parents[side], depth[side]
        current = set(frontiers[side])
        layer: list[str] = []
        for edge in store.links(current, TIES):
            for a, b in ((edge.source, edge.target), (edge.target, edge.source)):
                if a in current and b not in ours:
                    ours[b], mine[b] = (a, edge), mine[a] + 1
                    layer.append(b)
        frontiers = (sorted(layer), frontiers[1]) if side == 0 else (frontiers[0], sorted(layer))
        meets = [n for n in layer if n in parents[1 - side]]
        if meets:
            middle = min(meets, key=lambda n: (depth[0][n] + depth[1][n], n))
            return _walk(parents[0], middle, forward=True) + _walk(parents[1], middle, forward=False)
    return None


def _walk(parents: _Parents, middle: str, forward: bool) -> list[tuple[str, str, Link]]:
    """The steps from a side's end to the middle (forward) or from the middle to that end."""
    steps: list[tuple[str, str, Link]] = []
    node = middle
    while (parent := parents[node]) is not None:
        previous, edge = parent
        steps.append((previous, node, edge) if forward else (node, previous, edge))
        node = previous
    return steps[::-1] if forward else steps

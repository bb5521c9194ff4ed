"""The network page's view: the neighbourhood of a focus (or the best-connected part of the whole graph),
filtered by kind and period, capped at a number of nodes with a flag when the cap cuts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel

from graph.names import fold
from graph.schema import Edge, EdgeType, Link, Node, NodeKind, PropValue
from graph.store import GraphStore
from queries.dates import within
from queries.network import RELATIONS
from queries.records import QUOTES_SHOWN, Cited, NodeRef, cited
from queries.resolve import NAMED_KINDS, NameIndex, resolve_ref

DATED_KINDS = (NodeKind.EVENT, NodeKind.AGREEMENT)
_KIND_ORDER = {kind: i for i, kind in enumerate(NodeKind)}


class GraphNode(BaseModel):
    id: str
    kind: NodeKind
    name: str
    country: str | None = None
    date: str | None = None
    depth: int | None = None  # steps from the focus
    identity: str | None = None  # the rule that made the reports of it one node (graph.schema's `identity`)


class GraphEdge(Cited):
    source: str
    target: str
    type: EdgeType
    props: dict[str, PropValue]


class Subgraph(BaseModel):
    focus: NodeRef | None = None
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool  # the node cap left nodes out
    limit: int


class _View:
    def __init__(self, kinds: Iterable[NodeKind] | None, since: str | None, until: str | None) -> None:
        self.kinds = frozenset(kinds or NAMED_KINDS)
        self.since, self.until = since, until
        # Documents join the view through their mentions only when they are asked for.
        self.links = RELATIONS | ({EdgeType.MENTIONED_IN} if NodeKind.DOCUMENT in self.kinds else set())

    def keeps(self, node: Node) -> bool:
        if node.kind not in self.kinds:
            return False
        if node.kind in DATED_KINDS:
            date = node.props.get("date")
            return within(None if date is None else str(date), self.since, self.until)
        return True


def _ends(edge: Edge | Link) -> tuple[tuple[str, str], tuple[str, str]]:
    return (edge.source, edge.target), (edge.target, edge.source)


def _order(node: Node) -> tuple[int, str, str]:
    return (_KIND_ORDER[node.kind], fold(node.name), node.id)


def subgraph(
    store: GraphStore,
    focus: str | None = None,
    depth: int = 2,
    kinds: Iterable[NodeKind] | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 300,
    *,
    names: NameIndex | None = None,
) -> Subgraph:
    """Nodes and edges for the network page: around a focus up to depth steps, or the best-connected nodes;
    only the kinds asked for; events and agreements dated within [since, until]; at most limit nodes."""
    view = _View(kinds, since, until)
    if focus is None:
        kept, depths, truncated = _whole(store, view, limit)
        focus_ref = None
    else:
        start = resolve_ref(store, focus, names=names)
        kept, depths, truncated = _around(store, view, start, depth, limit)
        focus_ref = NodeRef.of(start)
    ids = set(kept)
    # The edges among the kept nodes, found from their ends first: most edges of a hub lead out of the view.
    inside = {link.key for link in store.links(ids, view.links) if link.source in ids and link.target in ids}
    edges = store.edges_by_key(inside, evidence_limit=QUOTES_SHOWN)
    return Subgraph(
        focus=focus_ref,
        nodes=[
            GraphNode(
                id=n.id,
                kind=n.kind,
                name=n.name,
                country=n.country,
                date=None if n.props.get("date") is None else str(n.props["date"]),
                depth=depths.get(n.id),
                identity=None if n.props.get("identity") is None else str(n.props["identity"]),
            )
            for n in kept.values()
        ],
        edges=[GraphEdge(source=e.source, target=e.target, type=e.type, props=e.props, **cited([e])) for e in edges],
        truncated=truncated,
        limit=limit,
    )


def _around(
    store: GraphStore, view: _View, start: Node, depth: int, limit: int
) -> tuple[dict[str, Node], dict[str, int], bool]:
    """Breadth first from the focus, walking only through nodes the view keeps; nearer nodes win the cap."""
    kept, depths = {start.id: start}, {start.id: 0}
    frontier = [start.id]
    for step in range(1, depth + 1):
        if not frontier:
            break
        ends = set(frontier)
        reached = {b for link in store.links(ends, view.links) for a, b in _ends(link) if a in ends} - set(kept)
        layer = sorted((n for n in store.get_nodes(reached) if view.keeps(n)), key=_order)
        room = limit - len(kept)
        for node in layer[:room]:
            kept[node.id], depths[node.id] = node, step
        if len(layer) > room:
            return kept, depths, True
        frontier = [n.id for n in layer]
    return kept, depths, False


def _whole(store: GraphStore, view: _View, limit: int) -> tuple[dict[str, Node], dict[str, int], bool]:
    """Without a focus: the nodes the view keeps, the best-connected first."""
    nodes = {n.id: n for n in store.nodes(view.kinds) if view.keeps(n)}
    degree: Counter[str] = Counter()
    for link in store.links(nodes, view.links):
        if link.source in nodes and link.target in nodes:
            degree[link.source] += 1
            degree[link.target] += 1
    ranked = sorted(nodes.values(), key=lambda n: (-degree[n.id], *_order(n)))
    return {n.id: n for n in ranked[:limit]}, {}, len(ranked) > limit

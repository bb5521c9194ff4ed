"""The most connected officials, bodies and provinces, by degree and by betweenness (networkx)."""

from __future__ import annotations

import networkx as nx
from pydantic import BaseModel

from graph.names import fold
from graph.schema import ID_PREFIX, NodeKind
from graph.store import GraphStore
from queries.network import TIES
from queries.records import NodeRef

RANKED_KINDS = (NodeKind.PERSON, NodeKind.ORGANIZATION, NodeKind.PROVINCE)
EXACT_UP_TO = 2000  # nodes; above, betweenness is estimated from a fixed sample of sources
SAMPLE = 500


class Ranked(BaseModel):
    node: NodeRef
    degree: int  # distinct neighbours
    betweenness: float  # normalized, 0..1


class KindRanking(BaseModel):
    kind: NodeKind
    by_degree: list[Ranked]
    by_betweenness: list[Ranked]


class Rankings(BaseModel):
    nodes: int
    edges: int
    sampled: bool  # betweenness estimated from a sample of sources
    kinds: list[KindRanking]


def rankings(store: GraphStore, limit: int = 10) -> Rankings:
    """Per kind (officials, bodies, provinces), the best-connected nodes by degree and by betweenness."""
    graph = nx.Graph()
    for edge in store.edges(TIES, evidence_limit=1):
        graph.add_edge(edge.source, edge.target)
    sampled = graph.number_of_nodes() > EXACT_UP_TO
    between = nx.betweenness_centrality(graph, k=SAMPLE if sampled else None, seed=0)
    prefixes = {ID_PREFIX[kind] for kind in RANKED_KINDS}
    candidates = [n for n in graph.nodes if n.split(":", 1)[0] in prefixes]
    nodes = {n.id: n for n in store.get_nodes(candidates)}
    kinds: list[KindRanking] = []
    for kind in RANKED_KINDS:
        ranked = [
            Ranked(node=NodeRef.of(node), degree=graph.degree[node.id], betweenness=round(between[node.id], 6))
            for node in nodes.values()
            if node.kind is kind
        ]
        ranked.sort(key=lambda r: (fold(r.node.name), r.node.id))
        kinds.append(
            KindRanking(
                kind=kind,
                by_degree=sorted(ranked, key=lambda r: -r.degree)[:limit],
                by_betweenness=sorted(ranked, key=lambda r: -r.betweenness)[:limit],
            )
        )
    return Rankings(nodes=graph.number_of_nodes(), edges=graph.number_of_edges(), sampled=sampled, kinds=kinds)

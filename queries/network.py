"""What counts as a relation between two entities when walking the graph (paths, the network page, rankings)."""

from __future__ import annotations

from graph.schema import Edge, EdgeType

# A mention is where a fact was read, not a relation; a province's country is geography, and walked, it
# would join every two provinces of a country in two steps and make the country the hub of every path.
RELATIONS: frozenset[EdgeType] = frozenset(EdgeType) - {EdgeType.MENTIONED_IN, EdgeType.IN_COUNTRY}
# A shared topic is a theme, not a tie: two meetings about digital transformation are not thereby linked,
# so paths and rankings walk actors' ties only (the network page still shows topics, as a kind to filter).
TIES: frozenset[EdgeType] = RELATIONS - {EdgeType.HAS_TOPIC}


def other_end(edge: Edge, node_id: str) -> str:
    return edge.target if edge.source == node_id else edge.source

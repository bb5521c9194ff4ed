"""The one contract every store keeps; the rest of the code sees only this protocol."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from graph.schema import ApplyResult, Edge, EdgeType, GraphDelta, Node, NodeKind, StoreCounts


@runtime_checkable
class GraphStore(Protocol):
    kind: str  # "embedded" or "neo4j"

    def apply(self, deltas: Sequence[GraphDelta]) -> list[ApplyResult]:
        """Merge documents' deltas; idempotent. Each delta lands whole or not at all."""
        ...

    def has_document(self, doc_id: str) -> bool: ...

    def get_node(self, node_id: str) -> Node | None: ...

    def get_nodes(self, node_ids: Iterable[str]) -> list[Node]: ...

    def nodes(self, kinds: Iterable[NodeKind] | None = None) -> Iterator[Node]: ...

    def edges(self, types: Iterable[EdgeType] | None = None) -> Iterator[Edge]: ...

    def edges_of(self, node_ids: Iterable[str], types: Iterable[EdgeType] | None = None) -> list[Edge]:
        """Edges with either end in node_ids."""
        ...

    def counts(self) -> StoreCounts: ...

    def close(self) -> None: ...

"""The one contract every store keeps; the rest of the code sees only this protocol."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

from graph.records import DeltaRecords, PreparedDelta
from graph.schema import (
    ApplyResult,
    DocumentPage,
    Edge,
    EdgeType,
    EvidencePage,
    GraphDelta,
    Link,
    Node,
    NodeKind,
    PropValue,
    ReferenceData,
    StoreCounts,
)


@runtime_checkable
class GraphStore(Protocol):
    kind: str  # "embedded" or "neo4j"

    def apply(self, deltas: Sequence[GraphDelta | DeltaRecords | PreparedDelta]) -> list[ApplyResult]:
        """Merge documents' deltas (validated models, ingest's plain records, or what preparer() made of them);
        idempotent. Each delta lands whole or not at all."""
        ...

    def preparer(self) -> Callable[[DeltaRecords], PreparedDelta]:
        """A pure function, at a module's top level so that worker processes can run it, from a document's delta
        to the form this store writes fastest: ingest's workers prepare what the one writer then only writes."""
        ...

    def write_reference(self, reference: ReferenceData) -> bool:
        """Hold this reference data (replacing an older version); False when the store already held it."""
        ...

    def has_document(self, doc_id: str) -> bool:
        """Whether an article with this id was ingested (the reference data's source is none)."""
        ...

    def get_node(self, node_id: str) -> Node | None:
        """The node with this id, reference data included (a quote's source document, say)."""
        ...

    def get_nodes(self, node_ids: Iterable[str]) -> list[Node]: ...

    def props_of(self, node_ids: Iterable[str], names: Iterable[str]) -> dict[str, dict[str, PropValue]]:
        """Some properties of these nodes, as get_nodes gives them (merged by their rules; an absent one None),
        without the rest: a date for each of a thousand meetings, not the meetings. Unknown ids are left out."""
        ...

    # The graph's reading: nodes articles named, and edges between them.

    def nodes(self, kinds: Iterable[NodeKind] | None = None) -> Iterator[Node]: ...

    def held_nodes(self, kinds: Iterable[NodeKind]) -> Iterator[Node]:
        """Every node of these kinds the store holds, reference data no article named included: all provinces
        of a country, say, whether the news has named them or not."""
        ...

    # With evidence_limit, an edge carries only the first evidence_limit lines of its evidence (in document
    # order: doc_id, start, end) and evidence_total, the number it has: answers cost what they show.

    def edges(
        self, types: Iterable[EdgeType] | None = None, *, evidence_limit: int | None = None
    ) -> Iterator[Edge]: ...

    def edges_of(
        self, node_ids: Iterable[str], types: Iterable[EdgeType] | None = None, *, evidence_limit: int | None = None
    ) -> list[Edge]:
        """Edges with either end in node_ids, of the given types (filtered in the store)."""
        ...

    def edges_by_key(self, keys: Iterable[str], *, evidence_limit: int | None = None, props: bool = True) -> list[Edge]:
        """The edges with these keys (Edge.key, Link.key), ordered by key; unknown keys are left out. With
        props=False, of their properties only the one their key names (Link.qualifying_props): an answer that
        cites edges for their quotes alone need not have their records merged."""
        ...

    def partnerships_of(self, node_ids: Iterable[str], *, evidence_limit: int | None = None) -> list[Edge]:
        """The PARTNERS_WITH edges with either end in node_ids, as edges_of gives them, but of their properties only
        first_date and last_date: what an answer showing partnerships reads of them (the embedded store keeps the
        two merged as records are written; a busy partnership has hundreds of records to fold)."""
        ...

    def links(self, node_ids: Iterable[str], types: Iterable[EdgeType]) -> list[Link]:
        """The edges with either end in node_ids, of these types, as ends and qualifier only, ordered by key."""
        ...

    def common_targets(
        self, ours: Iterable[str], theirs: Iterable[str], types: Iterable[EdgeType]
    ) -> list[tuple[str, str]]:
        """(one of theirs, target) for each target that node and a node of ours both have an edge of these types
        to (out of them, each edge shown in the graph's reading), ordered: the meetings two sides both took part
        in, found in the store without reading everyone else who took part in them."""
        ...

    def partnership_items(self, subject: str, partners: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(partner, item, its date, its end date) for every agreement and meeting behind the subject's partnership
        (a PARTNERS_WITH edge) with each of the partners, ordered: the items both sides (each node with the bodies
        BASED_IN it) have a PARTY_TO or PARTICIPATED_IN edge to, and those the partnership names (its `via`); the
        dates merged as props_of gives them, an item no record names left out. What a partners answer counts,
        read in one go (the embedded store keeps it as records are written)."""
        ...

    def evidence(
        self, keys: Iterable[str], *, doc_id: str | None = None, offset: int = 0, limit: int | None = None
    ) -> EvidencePage:
        """The evidence lines of the edges with these keys (optionally only those quoting one document), in
        document order, from offset."""
        ...

    def document_page(self, offset: int, limit: int) -> DocumentPage:
        """Documents newest first (undated last, equal dates by id), without their text."""
        ...

    def reading(self) -> AbstractContextManager[None]:
        """Within it, this thread's reads share one read transaction: (embedded) one snapshot of the store for an
        answer's reads, (Neo4j, read committed) one session and transaction for them instead of one each. Nested,
        the outer one holds."""
        ...

    def revision(self) -> str:
        """A token that changes whenever a write adds to the store; cheap whatever the store's size, for caches."""
        ...

    def counts(self) -> StoreCounts: ...

    def close(self) -> None: ...

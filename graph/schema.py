"""The graph's vocabulary: node kinds, edge types, evidence, and the delta ingest hands to a store.

Declared once here; stores, exporters, queries and the API all read these names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class NodeKind(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PROVINCE = "Province"
    COUNTRY = "Country"
    EVENT = "Event"
    AGREEMENT = "Agreement"
    DOCUMENT = "Document"
    TOPIC = "Topic"


class EdgeType(StrEnum):
    HOLDS_POSITION = "HOLDS_POSITION"
    PART_OF = "PART_OF"
    BASED_IN = "BASED_IN"
    IN_COUNTRY = "IN_COUNTRY"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    PARTY_TO = "PARTY_TO"
    SIGNED = "SIGNED"
    HELD_IN = "HELD_IN"
    SIGNED_AT = "SIGNED_AT"
    PARTNERS_WITH = "PARTNERS_WITH"
    MERGED_INTO = "MERGED_INTO"
    MENTIONED_IN = "MENTIONED_IN"
    HAS_TOPIC = "HAS_TOPIC"


class EventType(StrEnum):
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    TALKS = "talks"
    VISIT = "visit"
    WORKING_SESSION = "working_session"
    RECEPTION = "reception"
    FORUM = "forum"
    SIGNING = "signing"
    ONLINE_MEETING = "online_meeting"
    OTHER = "other"


class AgreementType(StrEnum):
    MOU = "mou"
    AGREEMENT = "agreement"
    PLAN = "plan"
    PROTOCOL = "protocol"
    OTHER = "other"


class Role(StrEnum):
    HOST = "host"
    GUEST = "guest"
    CO_CHAIR = "co_chair"
    HEAD_OF_DELEGATION = "head_of_delegation"
    ATTENDEE = "attendee"
    WITNESS = "witness"


# The id prefix tells a node's kind, so an edge row can be routed to labels without a lookup.
ID_PREFIX: dict[NodeKind, str] = {
    NodeKind.PERSON: "person",
    NodeKind.ORGANIZATION: "org",
    NodeKind.PROVINCE: "province",
    NodeKind.COUNTRY: "country",
    NodeKind.EVENT: "event",
    NodeKind.AGREEMENT: "agreement",
    NodeKind.DOCUMENT: "doc",
    NodeKind.TOPIC: "topic",
}
KIND_OF_PREFIX: dict[str, NodeKind] = {prefix: kind for kind, prefix in ID_PREFIX.items()}

# Properties each kind may carry beyond id, kind, name, aliases, country and name_en.
NODE_PROPS: dict[NodeKind, frozenset[str]] = {
    # "identity": the rule that makes two reports one node (why two articles' mentions were merged).
    NodeKind.PERSON: frozenset({"name_key", "identity"}),
    NodeKind.ORGANIZATION: frozenset({"org_type", "abbreviation", "note", "identity"}),
    NodeKind.PROVINCE: frozenset({"iso_code", "status_2025", "province_type", "borders_laos", "merged_into"}),
    NodeKind.COUNTRY: frozenset(),
    NodeKind.EVENT: frozenset(
        {"event_type", "date", "end_date", "date_inferred", "date_note", "location", "title", "identity"}
    ),
    NodeKind.AGREEMENT: frozenset(
        {
            "agreement_type",
            "date",
            "date_inferred",
            "date_note",
            "period_start",
            "period_end",
            "ordinal",
            "title",
            "identity",
        }
    ),
    NodeKind.DOCUMENT: frozenset({"url", "source", "published", "text", "chars", "path"}),
    NodeKind.TOPIC: frozenset(),
}

# Properties each edge type may carry.
EDGE_PROPS: dict[EdgeType, frozenset[str]] = {
    EdgeType.HOLDS_POSITION: frozenset({"title", "first_reported", "last_reported"}),
    EdgeType.PARTICIPATED_IN: frozenset({"role"}),
    EdgeType.PARTNERS_WITH: frozenset({"first_date", "last_date", "via", "basis", "count"}),
    EdgeType.MERGED_INTO: frozenset({"date"}),
    EdgeType.PART_OF: frozenset(),
    EdgeType.BASED_IN: frozenset(),
    EdgeType.IN_COUNTRY: frozenset(),
    EdgeType.PARTY_TO: frozenset(),
    EdgeType.SIGNED: frozenset(),
    EdgeType.HELD_IN: frozenset(),
    EdgeType.SIGNED_AT: frozenset(),
    EdgeType.MENTIONED_IN: frozenset(),
    EdgeType.HAS_TOPIC: frozenset(),
}


class Merge(StrEnum):
    """How two records' values of one property become one; graph.merge and graph.cypher both follow it."""

    EARLIEST = "earliest"  # the smaller: a first date; date_inferred (false, a written year, wins)
    LATEST = "latest"  # the greater: a last date
    UNION = "union"  # lists: every value either record holds
    FULLER = "fuller"  # text: the longer (a date written more precisely, 2023-12-11 over 2023-12), then the greater
    GREATEST = "greatest"  # numbers: the greater
    DERIVED = "derived"  # computed from the others (an edge's count is the length of its via)


# Properties whose records merge other than by Merge.FULLER.
_MERGE_RULES: dict[str, Merge] = {
    "date_inferred": Merge.EARLIEST,
    "first_date": Merge.EARLIEST,
    "first_reported": Merge.EARLIEST,
    "last_date": Merge.LATEST,
    "last_reported": Merge.LATEST,
    "via": Merge.UNION,
    "basis": Merge.UNION,
    "chars": Merge.GREATEST,
    "count": Merge.DERIVED,
}
# What each derived property is the length of.
DERIVED_FROM: dict[str, str] = {"count": "via"}
# The merge rule of every node and edge property, by name (one name means one thing on every kind).
PROP_MERGE: dict[str, Merge] = {
    name: _MERGE_RULES.get(name, Merge.FULLER)
    for props in (*NODE_PROPS.values(), *EDGE_PROPS.values())
    for name in sorted(props)
}

# Which edge property distinguishes two parallel edges of one type between the same nodes.
EDGE_QUALIFIER: dict[EdgeType, str] = {
    EdgeType.HOLDS_POSITION: "title",
    EdgeType.PARTICIPATED_IN: "role",
}

_BODIES = frozenset({NodeKind.ORGANIZATION})
_ACTORS = frozenset({NodeKind.PERSON, NodeKind.ORGANIZATION, NodeKind.PROVINCE})
_PARTIES = frozenset({NodeKind.ORGANIZATION, NodeKind.PROVINCE, NodeKind.COUNTRY})
_PLACES = frozenset({NodeKind.PROVINCE, NodeKind.COUNTRY})
# Which kinds each edge type joins: (sources, targets).
EDGE_ENDS: dict[EdgeType, tuple[frozenset[NodeKind], frozenset[NodeKind]]] = {
    EdgeType.HOLDS_POSITION: (frozenset({NodeKind.PERSON}), _BODIES),
    EdgeType.PART_OF: (_BODIES, _BODIES),
    EdgeType.BASED_IN: (_BODIES, _PLACES),
    EdgeType.IN_COUNTRY: (frozenset({NodeKind.PROVINCE}), frozenset({NodeKind.COUNTRY})),
    EdgeType.PARTICIPATED_IN: (_ACTORS, frozenset({NodeKind.EVENT})),
    EdgeType.PARTY_TO: (_PARTIES, frozenset({NodeKind.AGREEMENT})),
    EdgeType.SIGNED: (frozenset({NodeKind.PERSON}), frozenset({NodeKind.AGREEMENT})),
    EdgeType.HELD_IN: (frozenset({NodeKind.EVENT}), _PLACES),
    EdgeType.SIGNED_AT: (frozenset({NodeKind.AGREEMENT}), frozenset({NodeKind.EVENT})),
    EdgeType.PARTNERS_WITH: (
        frozenset({NodeKind.PROVINCE, NodeKind.ORGANIZATION}),
        frozenset({NodeKind.PROVINCE, NodeKind.ORGANIZATION}),
    ),
    EdgeType.MERGED_INTO: (frozenset({NodeKind.PROVINCE}), frozenset({NodeKind.PROVINCE})),
    EdgeType.MENTIONED_IN: (frozenset(NodeKind) - {NodeKind.DOCUMENT}, frozenset({NodeKind.DOCUMENT})),
    EdgeType.HAS_TOPIC: (frozenset({NodeKind.EVENT, NodeKind.AGREEMENT}), frozenset({NodeKind.TOPIC})),
}

PropValue = str | int | float | bool | None | list[str]


def kind_of_id(node_id: str) -> NodeKind:
    prefix = node_id.split(":", 1)[0]
    try:
        return KIND_OF_PREFIX[prefix]
    except KeyError:
        raise ValueError(f"node id {node_id!r} has no known kind prefix") from None


def edge_props(value: dict[str, PropValue]) -> dict[str, PropValue]:
    """An edge's properties in normal form (see node_props), derived ones computed."""
    props = node_props(value)
    for derived, of in DERIVED_FROM.items():
        if isinstance(props.get(of), list):
            props[derived] = len(props[of])  # type: ignore[arg-type]  # derived, so every record agrees
    return props


def node_props(props: dict[str, PropValue]) -> dict[str, PropValue]:
    """An absent property and a None one are the same, and a list merged by union is a set, held sorted;
    both stores then read back the same record."""
    return {
        k: sorted(set(v)) if isinstance(v, list) and PROP_MERGE.get(k) is Merge.UNION else v
        for k, v in sorted(props.items())
        if v is not None
    }


def check_node(node_id: str, kind: NodeKind, props: dict[str, PropValue]) -> None:
    """The node rules every writer keeps (the pydantic Node, and ingest's plain records): its id names its kind,
    and it carries only its kind's properties."""
    if kind_of_id(node_id) is not kind:
        raise ValueError(f"id {node_id!r} does not belong to kind {kind}")
    unknown = props.keys() - NODE_PROPS[kind]
    if unknown:
        raise ValueError(f"{kind} does not take properties {sorted(unknown)}")


def check_edge(source: str, target: str, edge_type: EdgeType, props: dict[str, PropValue]) -> None:
    """The edge rules every writer keeps: it joins kinds its type may join and carries only its type's properties."""
    sources, targets = EDGE_ENDS[edge_type]
    if kind_of_id(source) not in sources or kind_of_id(target) not in targets:
        raise ValueError(f"{edge_type} cannot join {source} to {target}")
    unknown = props.keys() - EDGE_PROPS[edge_type]
    if unknown:
        raise ValueError(f"{edge_type} does not take properties {sorted(unknown)}")


def edge_qualifier(edge_type: EdgeType, props: dict[str, PropValue]) -> str:
    key = EDGE_QUALIFIER.get(edge_type)
    value = props.get(key) if key else None
    return str(value) if value else ""


def edge_key(source: str, edge_type: EdgeType, target: str, props: dict[str, PropValue]) -> str:
    """Deterministic identity: parallel edges differ only by their qualifier."""
    qualifier = edge_qualifier(edge_type, props)
    tail = f":{qualifier}" if qualifier else ""
    return f"{source}|{edge_type.value}{tail}|{target}"


_Model = TypeVar("_Model", bound=BaseModel)


def _stored(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """cls.model_construct(**values) for values that give every field (none aliased, no extra, nothing private): the
    same instance, its four attributes set at once. model_construct looks up each field's aliases and default by
    name, which cost more than the rest of reading a record back (an answer reads thousands); the contract test
    holds the two equal."""
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


class Evidence(BaseModel):
    """One sentence of one document's cleaned text that supports an edge."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end precedes start")
        return self

    @property
    def sort_key(self) -> tuple[str, int, int]:
        return (self.doc_id, self.start, self.end)

    @classmethod
    def stored(cls, doc_id: str, quote: str, start: int, end: int) -> Evidence:
        """A line as a store reads it back: checked when it was written, so not checked again (reads build
        thousands of them per answer)."""
        return _stored(cls, {"doc_id": doc_id, "quote": quote, "start": start, "end": end})


class Node(BaseModel):
    id: str
    kind: NodeKind
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    name_en: str | None = None
    props: dict[str, PropValue] = Field(default_factory=dict)

    @field_validator("props")
    @classmethod
    def _no_empty_props(cls, value: dict[str, PropValue]) -> dict[str, PropValue]:
        return node_props(value)

    @classmethod
    def stored(
        cls,
        id: str,
        kind: NodeKind,
        name: str,
        aliases: list[str],
        country: str | None,
        name_en: str | None,
        props: dict[str, PropValue],
    ) -> Node:
        """A node as a store reads it back: validated when written, so only put in the validators' normal form."""
        values = {"id": id, "kind": kind, "name": name, "aliases": aliases, "country": country, "name_en": name_en}
        return _stored(cls, {**values, "props": node_props(props)})

    @model_validator(mode="after")
    def _id_and_props_fit_kind(self) -> Node:
        check_node(self.id, self.kind, self.props)
        return self

    def flat(self) -> dict[str, Any]:
        """The node as one flat record: the export format and the Neo4j property map."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
            "name_en": self.name_en,
            **self.props,
        }

    @classmethod
    def from_flat(cls, record: dict[str, Any]) -> Node:
        core = {"id", "kind", "name", "aliases", "country", "name_en"}
        props = {k: v for k, v in record.items() if k not in core and v is not None}
        return cls(
            id=record["id"],
            kind=NodeKind(record["kind"]),
            name=record["name"],
            aliases=list(record.get("aliases") or []),
            country=record.get("country"),
            name_en=record.get("name_en"),
            props=props,
        )


class Edge(BaseModel):
    source: str
    target: str
    type: EdgeType
    props: dict[str, PropValue] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(min_length=1)
    # Set when a store was asked for the first lines only: how many lines the edge has in all. Never exported.
    evidence_total: int | None = Field(default=None, exclude=True)

    @field_validator("props")
    @classmethod
    def _no_empty_props(cls, value: dict[str, PropValue]) -> dict[str, PropValue]:
        return edge_props(value)

    @field_validator("evidence")
    @classmethod
    def _evidence_sorted_unique(cls, value: list[Evidence]) -> list[Evidence]:
        return sorted(set(value), key=lambda e: e.sort_key)

    @classmethod
    def stored(
        cls,
        source: str,
        target: str,
        type: EdgeType,
        props: dict[str, PropValue],
        evidence: list[Evidence],
        evidence_total: int | None = None,
    ) -> Edge:
        """An edge as a store reads it back: validated when written, so only put in the validators' normal
        form (props without empties, evidence sorted and unique), not checked again: reads build thousands."""
        return _stored(
            cls,
            {
                "source": source,
                "target": target,
                "type": type,
                "props": edge_props(props),
                "evidence": cls._evidence_sorted_unique(evidence),
                "evidence_total": evidence_total,
            },
        )

    @model_validator(mode="after")
    def _ends_and_props_fit_type(self) -> Edge:
        check_edge(self.source, self.target, self.type, self.props)
        return self

    @property
    def qualifier(self) -> str:
        return edge_qualifier(self.type, self.props)

    @property
    def key(self) -> str:
        return edge_key(self.source, self.type, self.target, self.props)

    @property
    def doc_ids(self) -> list[str]:
        return sorted({e.doc_id for e in self.evidence})


class GraphDelta(BaseModel):
    """What one document adds to the graph: its Document node, the nodes it names, the edges it supports."""

    doc_id: str
    nodes: list[Node]
    edges: list[Edge]

    @model_validator(mode="after")
    def _edges_join_known_nodes(self) -> GraphDelta:
        known = {n.id for n in self.nodes}
        for edge in self.edges:
            for end in (edge.source, edge.target):
                if end not in known:
                    raise ValueError(f"edge {edge.key} names node {end!r} missing from the delta")
        return self


class ReferenceData(BaseModel):
    """Facts no article states (a province's country, a body's seat, the 2025 mergers) and the nodes they join.

    A store holds them from its creation (or its upgrade to a newer version of them). Their nodes enter the
    graph's reading (nodes, edges, counts, exports) only once an article names them, and their edges once
    both ends are in; until then they are reference data only. Their evidence cites `source`, the document
    the reference data is written as, which is never an article.
    """

    source: Node
    nodes: list[Node]
    edges: list[Edge]

    @model_validator(mode="after")
    def _edges_join_known_nodes(self) -> ReferenceData:
        if self.source.kind is not NodeKind.DOCUMENT:
            raise ValueError("the reference data's source is a Document")
        known = {n.id for n in self.nodes}
        for edge in self.edges:
            if edge.source not in known or edge.target not in known:
                raise ValueError(f"reference edge {edge.key} names a node missing from the reference data")
            if {e.doc_id for e in edge.evidence} != {self.source.id}:
                raise ValueError(f"reference edge {edge.key} cites something other than {self.source.id}")
        return self

    @property
    def version(self) -> str:
        """A digest of the whole reference data: a store rewrites its reference data when this changes."""
        return hashlib.sha256(self.model_dump_json().encode("utf-8")).hexdigest()[:16]


class ApplyResult(BaseModel):
    doc_id: str
    new_document: bool
    nodes_added: int
    edges_added: int
    new_nodes: list[str] = Field(default_factory=list, description="ids of the nodes this document brought in")


def batch_results(documents: Iterable[tuple[str, Iterable[str], Iterable[str]]], seen: set[str]) -> list[ApplyResult]:
    """What each document of a batch (its id, and its delta's node ids and edge keys) brought: new what neither the
    store held (`seen`, node ids and edge keys, which never meet: a key joins two ids with '|') nor an earlier
    document of the batch did."""
    seen = set(seen)
    results: list[ApplyResult] = []
    for doc_id, node_ids, edge_keys in documents:
        nodes = set(node_ids)
        edges = set(edge_keys)
        new_nodes = nodes - seen
        results.append(
            ApplyResult(
                doc_id=doc_id,
                new_document=doc_id not in seen,
                nodes_added=len(new_nodes),
                edges_added=len(edges - seen),
                new_nodes=sorted(new_nodes),
            )
        )
        seen |= nodes | edges
    return results


class Link(NamedTuple):
    """An edge's ends, type and qualifier (a role, a title) only: what walking the graph needs, read without
    properties or evidence. A plain tuple: answers read thousands of them."""

    source: str
    type: EdgeType
    target: str
    qualifier: str

    @property
    def key(self) -> str:
        tail = f":{self.qualifier}" if self.qualifier else ""
        return f"{self.source}|{self.type.value}{tail}|{self.target}"

    def qualifying_props(self) -> dict[str, PropValue]:
        """The one property the edge's key names (a role, a title), as the edge holds it; none for the rest."""
        name = EDGE_QUALIFIER.get(self.type)
        return {name: self.qualifier} if name and self.qualifier else {}

    @classmethod
    def of_key(cls, key: str) -> Link:
        """From an edge key, "source|TYPE[:qualifier]|target" (Edge.key)."""
        source, middle, target = key.split("|")
        edge_type, qualifier = _type_and_qualifier(middle)
        return cls(source, edge_type, target, qualifier)


@lru_cache(maxsize=1 << 14)  # a few types and roles, and the titles: walks parse thousands of keys with them
def _type_and_qualifier(middle: str) -> tuple[EdgeType, str]:
    name, _, qualifier = middle.partition(":")
    return EdgeType(name), qualifier


class KeyedEvidence(BaseModel):
    """An evidence line with the key of the edge it supports."""

    key: str
    evidence: Evidence


class EvidencePage(BaseModel):
    """Some of the evidence lines of some edges, in document order, and how many there are in all."""

    total: int
    lines: list[KeyedEvidence]


class DocumentPage(BaseModel):
    """A page of documents, newest first, without their bodies, and how many the store holds."""

    total: int
    documents: list[Node]


class StoreCounts(BaseModel):
    nodes: dict[str, int]
    edges: dict[str, int]

    @property
    def total_nodes(self) -> int:
        return sum(self.nodes.values())

    @property
    def total_edges(self) -> int:
        return sum(self.edges.values())

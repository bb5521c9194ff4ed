"""One entity as it stands in the graph: the node, every edge it has, the other end and the evidence of each."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from graph.schema import EdgeType, Node, NodeKind, PropValue
from graph.store import GraphStore
from queries.network import other_end
from queries.records import QUOTES_SHOWN, Cited, NodeRef, cited
from queries.resolve import NameIndex, resolve_ref


class NodeDetail(BaseModel):
    id: str
    kind: NodeKind
    name: str
    aliases: list[str]
    country: str | None = None
    name_en: str | None = None
    props: dict[str, PropValue]

    @classmethod
    def of(cls, node: Node) -> NodeDetail:
        # A document's body is served, with its evidence marked, by the documents question.
        props = {k: v for k, v in node.props.items() if not (node.kind is NodeKind.DOCUMENT and k == "text")}
        return cls(
            id=node.id,
            kind=node.kind,
            name=node.name,
            aliases=node.aliases,
            country=node.country,
            name_en=node.name_en,
            props=props,
        )


class LinkedEdge(Cited):
    type: EdgeType
    direction: Literal["out", "in"]  # out: the entity is the edge's source
    other: NodeRef
    props: dict[str, PropValue]


class Identity(BaseModel):
    """Why the reports of one entity are one node: the rule its id was made by, the key the reports agreed on,
    and the reports themselves (each article and how many of its sentences name it)."""

    rule: str  # e.g. "one meeting: the same date, kind and provinces taking part"
    key: str  # what the reports share under that rule: date, kind and provinces; a name's skeleton; ...
    documents: list[NodeRef]
    mentions: int  # sentences naming it, over all documents
    merged: bool  # built from more than one mention or article


class Entity(BaseModel):
    node: NodeDetail
    edges: list[LinkedEdge]
    identity: Identity | None = None  # None for places, countries, topics, documents: the gazetteer's own


def _identity(node: Node, edges: list[LinkedEdge]) -> Identity | None:
    rule = node.props.get("identity")
    if not rule:
        return None
    mentions = [e for e in edges if e.type is EdgeType.MENTIONED_IN and e.direction == "out"]
    count = sum(e.evidence_total for e in mentions)
    key = node.props.get("name_key") or node.id.split(":", 1)[-1]
    return Identity(
        rule=str(rule),
        key=str(key),
        documents=sorted((e.other for e in mentions), key=lambda r: r.id),
        mentions=count,
        merged=len(mentions) > 1 or count > 1,
    )


def entity(store: GraphStore, ref: str, *, names: NameIndex | None = None) -> Entity:
    """A node (by id or name) with all its edges, the node at the other end of each, and their evidence."""
    node = resolve_ref(store, ref, names=names)
    edges = store.edges_of([node.id], evidence_limit=QUOTES_SHOWN)
    others = {n.id: NodeRef.of(n) for n in store.get_nodes(other_end(e, node.id) for e in edges)}
    linked = [
        LinkedEdge(
            type=e.type,
            direction="out" if e.source == node.id else "in",
            other=others[other_end(e, node.id)],
            props=e.props,
            **cited([e]),
        )
        for e in edges
        if other_end(e, node.id) in others
    ]
    linked.sort(key=lambda e: (e.type.value, e.direction, e.other.name, e.other.id, str(e.props)))
    return Entity(node=NodeDetail.of(node), edges=linked, identity=_identity(node, linked))

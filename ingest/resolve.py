"""Link an Extraction to canonical graph nodes and build its delta.

Places and national bodies resolve through the gazetteer; people through the PersonDirectory (which
knows who is already in the store); events and agreements through ids made from what identifies them
(date, type, parties), so two articles about one meeting land on one node.
"""

from __future__ import annotations

from collections import defaultdict

from graph.schema import EdgeType, GraphDelta, Node, NodeKind
from ingest.delta import DeltaBuilder
from ingest.extract.models import Extraction
from ingest.gazetteer import Gazetteer, load_gazetteer


def province_node(g: Gazetteer, province_id: str) -> Node:
    p = g.provinces[province_id]
    return Node(
        id=p.id,
        kind=NodeKind.PROVINCE,
        name=p.name,
        aliases=sorted(set(p.aliases)),
        country=p.country,
        name_en=p.name_en,
        props={
            "iso_code": p.id.split(":", 1)[1] if p.country == "LA" else None,
            "status_2025": p.status_2025 or None,
            "province_type": p.province_type,
            "borders_laos": p.borders_laos or None,
        },
    )


def country_node(g: Gazetteer, country_id: str) -> Node:
    c = g.countries[country_id]
    return Node(
        id=c.id,
        kind=NodeKind.COUNTRY,
        name=c.name,
        aliases=sorted(c.aliases),
        country=c.code,
        name_en=c.name_en,
    )


def add_province(builder: DeltaBuilder, province_id: str) -> None:
    """A province comes with its country and, if it was merged in 2025, its successor."""
    g = builder.gazetteer
    p = g.provinces[province_id]
    builder.add_node(province_node(g, province_id))
    country_id = f"country:{p.country}"
    builder.add_node(country_node(g, country_id))
    builder.add_gazetteer_edge(p.id, country_id, EdgeType.IN_COUNTRY, f"in:{p.id}")
    if p.merged_into:
        add_province(builder, p.merged_into)
        builder.add_gazetteer_edge(p.id, p.merged_into, EdgeType.MERGED_INTO, f"merged:{p.id}")


def resolve(extraction: Extraction) -> GraphDelta:
    g = load_gazetteer()
    builder = DeltaBuilder(extraction.doc, extraction.sentences, g)
    doc_id = extraction.doc.doc_id

    mentions: dict[str, set[int]] = defaultdict(set)
    for place in extraction.provinces:
        add_province(builder, place.node_id)
        mentions[place.node_id].add(place.sentence)
    for place in extraction.countries:
        builder.add_node(country_node(g, place.node_id))
        mentions[place.node_id].add(place.sentence)
    for node_id, sentences in mentions.items():
        builder.add_edge(node_id, doc_id, EdgeType.MENTIONED_IN, sentences)
    return builder.build()

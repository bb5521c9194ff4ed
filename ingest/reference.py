"""The reference data a store holds from its creation: the gazetteer's places, national bodies and their facts.

A province's country, a 2025 merger, a national body's country and parent body are facts no article states;
they cite the gazetteer's own sentences (`doc:gazetteer`), and a store writes them once rather than every
document carrying them again.
"""

from __future__ import annotations

from functools import cache

from graph.schema import Edge, EdgeType, Evidence, Node, NodeKind, ReferenceData
from ingest.gazetteer import GAZETTEER_DOC_ID, Agency, Gazetteer, load_gazetteer
from ingest.resolve import country_node, province_node

GAZETTEER_TITLE = "Danh mục địa danh và cơ quan của vilao"


def agency_node(agency: Agency) -> Node:
    return Node(
        id=agency.id,
        kind=NodeKind.ORGANIZATION,
        name=agency.name,
        aliases=sorted(agency.aliases),
        country=agency.country,
        name_en=agency.name_en,
        props={"org_type": agency.org_type},
    )


def _fact(g: Gazetteer, source: str, target: str, edge_type: EdgeType, statement: str) -> Edge:
    quote, start, end = g.sentence(statement)
    return Edge(
        source=source,
        target=target,
        type=edge_type,
        evidence=[Evidence(doc_id=GAZETTEER_DOC_ID, quote=quote, start=start, end=end)],
    )


@cache
def reference_data() -> ReferenceData:
    g = load_gazetteer()
    nodes = [country_node(g, c) for c in sorted(g.countries)]
    nodes += [province_node(g, p) for p in sorted(g.provinces)]
    nodes += [agency_node(a) for _, a in sorted(g.agencies.items())]
    edges: list[Edge] = []
    for p in g.provinces.values():
        edges.append(_fact(g, p.id, f"country:{p.country}", EdgeType.IN_COUNTRY, f"in:{p.id}"))
        if p.merged_into:
            edges.append(_fact(g, p.id, p.merged_into, EdgeType.MERGED_INTO, f"merged:{p.id}"))
    for a in g.agencies.values():
        if a.country is not None:  # an international body is based in no one country
            edges.append(_fact(g, a.id, f"country:{a.country}", EdgeType.BASED_IN, f"in:{a.id}"))
        if a.part_of:
            edges.append(_fact(g, a.id, a.part_of, EdgeType.PART_OF, f"part:{a.id}"))
    source = Node(
        id=GAZETTEER_DOC_ID,
        kind=NodeKind.DOCUMENT,
        name=GAZETTEER_TITLE,
        props={"source": "vilao", "text": g.text, "chars": len(g.text)},
    )
    return ReferenceData(source=source, nodes=nodes, edges=sorted(edges, key=lambda e: e.key))

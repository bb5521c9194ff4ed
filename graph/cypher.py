"""Cypher text, built by pure functions so it can be read and tested as strings.

Labels and relationship types are spliced in only from the schema's enums (never from user text);
every value travels as a parameter.
"""

from __future__ import annotations

from graph.schema import EdgeType, NodeKind

# Edge properties that belong to storage, not to the schema's edge props.
EDGE_KEY = "key"
EDGE_EVIDENCE = "evidence_json"
EDGE_DOC_IDS = "doc_ids"
EDGE_RESERVED = frozenset({EDGE_KEY, EDGE_EVIDENCE, EDGE_DOC_IDS})
# Node properties that belong to storage: reference data no article has named yet, and (on the reference
# data's source document) the version of the reference data the store holds.
NODE_REFERENCE_ONLY = "reference_only"
NODE_REFERENCE_VERSION = "reference_version"
NODE_RESERVED = frozenset({NODE_REFERENCE_ONLY, NODE_REFERENCE_VERSION})
_SHOWN = f"a.{NODE_REFERENCE_ONLY} IS NULL AND b.{NODE_REFERENCE_ONLY} IS NULL"


def constraint_queries() -> list[str]:
    return [
        f"CREATE CONSTRAINT {kind.value.lower()}_id IF NOT EXISTS FOR (n:{kind.value}) REQUIRE n.id IS UNIQUE"
        for kind in NodeKind
    ] + [
        f"CREATE INDEX {edge_type.value.lower()}_key IF NOT EXISTS FOR ()-[r:{edge_type.value}]-() ON (r.{EDGE_KEY})"
        for edge_type in EdgeType
    ]


def read_nodes_query(kind: NodeKind) -> str:
    return f"MATCH (n:{kind.value}) WHERE n.id IN $ids RETURN properties(n) AS n"


def all_nodes_query(kind: NodeKind) -> str:
    return f"MATCH (n:{kind.value}) WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN properties(n) AS n ORDER BY n.id"


def shown_document_query() -> str:
    return f"MATCH (n:Document {{id: $id}}) WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN n.id AS id"


def reference_version_query() -> str:
    return f"MATCH (n:Document {{id: $id}}) RETURN n.{NODE_REFERENCE_VERSION} AS version"


def upsert_nodes_query(kind: NodeKind) -> str:
    # SET n = row replaces every property: the row is already the merged record.
    return f"UNWIND $rows AS row MERGE (n:{kind.value} {{id: row.id}}) SET n = row"


def read_edges_by_key_query(source: NodeKind, edge_type: EdgeType) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{source.value} {{id: row.source}})"
        f"-[r:{edge_type.value} {{{EDGE_KEY}: row.key}}]->(b) "
        "RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props"
    )


def upsert_edges_query(source: NodeKind, edge_type: EdgeType, target: NodeKind) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{source.value} {{id: row.source}}) "
        f"MATCH (b:{target.value} {{id: row.target}}) "
        f"MERGE (a)-[r:{edge_type.value} {{{EDGE_KEY}: row.key}}]->(b) SET r = row.props"
    )


def all_edges_query(edge_type: EdgeType) -> str:
    return (
        f"MATCH (a)-[r:{edge_type.value}]->(b) WHERE {_SHOWN} "
        "RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props "
        f"ORDER BY r.{EDGE_KEY}"
    )


def edges_of_kind_query(kind: NodeKind) -> str:
    return (
        f"UNWIND $ids AS id MATCH (a:{kind.value} {{id: id}})-[r]-(b) WHERE {_SHOWN} "
        "RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, "
        "properties(r) AS props"
    )


def count_nodes_query() -> str:
    return f"MATCH (n) WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN labels(n)[0] AS kind, count(*) AS n"


def count_edges_query() -> str:
    return f"MATCH (a)-[r]->(b) WHERE {_SHOWN} RETURN type(r) AS type, count(*) AS n"

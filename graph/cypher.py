"""Cypher text, built by pure functions so it can be read and tested as strings.

Labels and relationship types are spliced in only from the schema's enums (never from user text);
every value travels as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.schema import DERIVED_FROM, EDGE_PROPS, NODE_PROPS, PROP_MERGE, EdgeType, Merge, NodeKind

# Edge properties that belong to storage, not to the schema's edge props. Evidence is a list of lines, each one
# JSON array [doc_id, start, end, quote]; a write adds the lines the relationship lacks (a list union in
# Cypher, under the relationship's write lock), so concurrent writers keep each other's lines.
EDGE_KEY = "key"
EDGE_EVIDENCE = "evidence"
EDGE_EVIDENCE_BEFORE_LINES = "evidence_json"  # stores written before evidence lines: one JSON list
EDGE_DOC_IDS = "doc_ids"
EDGE_RESERVED = frozenset({EDGE_KEY, EDGE_EVIDENCE, EDGE_EVIDENCE_BEFORE_LINES, EDGE_DOC_IDS})
# Node properties that belong to storage: reference data no article has named yet, (on the reference data's
# source document) the version of the reference data the store holds, and the rank of the display name
# (graph.merge.name_rank) so Cypher picks the name Python would.
NODE_REFERENCE_ONLY = "reference_only"
NODE_REFERENCE_VERSION = "reference_version"
NODE_NAME_RANK = "name_rank"
NODE_RESERVED = frozenset({NODE_REFERENCE_ONLY, NODE_REFERENCE_VERSION, NODE_NAME_RANK})
# The write statements find every record through a unique index whatever the graph holds, so a plan made once
# stays right: Neo4j's re-planning as the graph grows (their merging SET items take it ~0.2-0.5 s a statement to
# plan, against ~0.02 s for a bare MERGE) would only find the same plan again.
KEEP_PLAN = "CYPHER replan=skip"
_SHOWN = f"a.{NODE_REFERENCE_ONLY} IS NULL AND b.{NODE_REFERENCE_ONLY} IS NULL"


def show_constraints_query() -> str:
    return "SHOW CONSTRAINTS YIELD name"


def schema_queries() -> list[tuple[str, str]]:
    """(constraint name, the queries that make it): unique ids on every label and unique keys on every
    relationship type, so MERGE locks what it matches. Stores from before the unique keys indexed them; that
    index gives way to the constraint's own."""
    return [
        (
            f"{kind.value.lower()}_id",
            f"CREATE CONSTRAINT {kind.value.lower()}_id IF NOT EXISTS FOR (n:{kind.value}) REQUIRE n.id IS UNIQUE",
        )
        for kind in NodeKind
    ] + [
        (name, query)
        for edge_type in EdgeType
        for name in [f"{edge_type.value.lower()}_key_unique"]
        for query in (
            f"DROP INDEX {edge_type.value.lower()}_key IF EXISTS",
            f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR ()-[r:{edge_type.value}]-() REQUIRE r.{EDGE_KEY} IS UNIQUE",
        )
    ]


def merge_expression(rule: Merge, old: str, new: str) -> str:
    """The Cypher for graph.merge.merge_value: `old` is the stored value, `new` the written one (either null)."""
    if rule is Merge.UNION:
        added = f"[x IN {new} WHERE NOT x IN coalesce({old}, [])]"
        return f"CASE WHEN {new} IS NULL THEN {old} ELSE coalesce({old}, []) + {added} END"
    better = {
        Merge.EARLIEST: f"{new} < {old}",
        Merge.LATEST: f"{new} > {old}",
        Merge.GREATEST: f"{new} > {old}",
        Merge.FULLER: f"size({new}) > size({old}) OR (size({new}) = size({old}) AND {new} > {old})",
    }[rule]
    return f"CASE WHEN {new} IS NULL THEN {old} WHEN {old} IS NULL OR {better} THEN {new} ELSE {old} END"


def _set_props(var: str, names: Iterable[str]) -> str:
    return ", ".join(
        f"{var}.{name} = {merge_expression(PROP_MERGE.get(name, Merge.FULLER), f'{var}.{name}', f'row.props.{name}')}"
        for name in sorted(names)
        if PROP_MERGE.get(name) is not Merge.DERIVED
    )


def upsert_nodes_query(kind: NodeKind, *, reference: bool = False) -> str:
    """Merge node rows into the graph, every property by its rule, in the database.

    A node this write creates takes the row as it stands. On a node held already, the first SET item reads
    the node in its own right-hand side, so Neo4j takes the node's write lock before reading it: no other
    transaction changes it until this one ends. Every item reads only the values held before this write.
    An article's write brings a reference node into the graph (reference_only set to null removes it); reference
    data marks the nodes it creates.
    """
    better = f"row.name_rank > coalesce(n.{NODE_NAME_RANK}, '')"
    spellings = (
        "reduce(acc = [], y IN coalesce(n.aliases, []) + [n.name, row.name] + row.aliases | "
        "CASE WHEN y IS NULL OR y IN acc THEN acc ELSE acc + y END)"
    )
    created = (
        f"n += row.props, n.kind = '{kind.value}', n.name = row.name, n.{NODE_NAME_RANK} = row.name_rank, "
        "n.aliases = row.aliases" + (f", n.{NODE_REFERENCE_ONLY} = true" if reference else "")
    )
    matched = (
        f"n.aliases = [x IN {spellings} WHERE x <> CASE WHEN {better} THEN row.name ELSE n.name END], "
        f"n.name = CASE WHEN {better} THEN row.name ELSE n.name END, "
        f"n.{NODE_NAME_RANK} = CASE WHEN {better} THEN row.name_rank ELSE n.{NODE_NAME_RANK} END, "
        + _set_props("n", ("country", "name_en", *NODE_PROPS[kind]))
        + ("" if reference else f", n.{NODE_REFERENCE_ONLY} = null")
    )
    merge = f"UNWIND $rows AS row MERGE (n:{kind.value} {{id: row.id}})"
    return f"{KEEP_PLAN} {merge} ON CREATE SET {created} ON MATCH SET {matched}"


def ids_param(kind: NodeKind) -> str:
    """The parameter holding the ids of one label's nodes, in the statements that read every label at once."""
    return f"{kind.value.lower()}_ids"


def keys_param(edge_type: EdgeType) -> str:
    """The parameter holding the keys of one type's relationships, in the statements that read every type at once."""
    return f"{edge_type.value.lower()}_keys"


def _each_label(branch: str) -> str:
    """One subquery with a branch per label, each given its own ids ($<label>_ids; `{label}` in the branch):
    nodes of every kind looked up through their labels' unique indexes in one statement, one round trip where a
    statement per label was one each. One text whatever the ids (absent labels get an empty list), so Neo4j plans
    it once."""
    branches = (branch.replace("{label}", kind.value).replace("{ids}", f"${ids_param(kind)}") for kind in NodeKind)
    return "CALL () { " + " UNION ALL ".join(branches) + " }"


def _each_type(branch: str) -> str:
    """As _each_label, a branch per relationship type, each given its own keys ($<type>_keys; `{type}`)."""
    branches = (
        branch.replace("{type}", edge_type.value).replace("{keys}", f"${keys_param(edge_type)}")
        for edge_type in EdgeType
    )
    return "CALL () { " + " UNION ALL ".join(branches) + " }"


def held_query() -> str:
    """Which of a batch's node ids and relationship keys the graph holds already (reference data only does not
    count), in one round trip before the batch writes: a branch per label and per relationship type, each found
    through its unique index. One text for every batch (absent labels get an empty list), so Neo4j plans it once;
    asked apart from the writes, which then need no read of their own before the MERGE (that read made Neo4j
    buffer every row of the write)."""
    nodes = [
        f"UNWIND ${ids_param(kind)} AS id MATCH (n:{kind.value} {{id: id}}) "
        f"WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN id"
        for kind in NodeKind
    ]
    edges = [
        f"UNWIND ${keys_param(edge_type)} AS id MATCH ()-[:{edge_type.value} {{{EDGE_KEY}: id}}]->() RETURN id"
        for edge_type in EdgeType
    ]
    # One record holding every id: the driver decodes one list faster than thousands of records.
    return f"{KEEP_PLAN} CALL () {{ " + " UNION ALL ".join(nodes + edges) + " } RETURN collect(id) AS held"


_NODES_BY_ID = _each_label("UNWIND {ids} AS id MATCH (n:{label} {id: id}) RETURN n")


def read_nodes_query() -> str:
    """The nodes of every label by id ($<label>_ids), as one list in one record (see _edges_collected)."""
    return f"{_NODES_BY_ID} RETURN collect(properties(n)) AS nodes"


def props_of_query() -> str:
    """The id and the properties named in $names of each node by id ($<label>_ids), as one list of lists in one
    record."""
    return f"{_NODES_BY_ID} RETURN collect([n.id] + [name IN $names | n[name]]) AS rows"


def all_nodes_query(kind: NodeKind) -> str:
    return f"MATCH (n:{kind.value}) WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN properties(n) AS n ORDER BY n.id"


def every_node_query(kind: NodeKind) -> str:
    """Every node of the kind, reference data no article named included."""
    return f"MATCH (n:{kind.value}) RETURN properties(n) AS n ORDER BY n.id"


def shown_document_query() -> str:
    return f"MATCH (n:Document {{id: $id}}) WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN n.id AS id"


def mark_reference_source_query() -> str:
    return f"MATCH (n:Document {{id: $id}}) SET n.{NODE_REFERENCE_ONLY} = true, n.{NODE_REFERENCE_VERSION} = $version"


def reference_version_query() -> str:
    return f"MATCH (n:Document {{id: $id}}) RETURN n.{NODE_REFERENCE_VERSION} AS version"


def upsert_edges_query(source: NodeKind, edge_type: EdgeType, target: NodeKind) -> str:
    """Merge edge rows: a new relationship takes the row; on one held already, evidence lines and document ids
    are list unions (under its write lock, as for nodes) and properties follow their rules."""
    names = EDGE_PROPS[edge_type]
    created = f"r += row.props, r.{EDGE_EVIDENCE} = row.evidence, r.{EDGE_DOC_IDS} = row.doc_ids"
    # A derived count is the size of the merged list, computed in the same SET (a SET of its own after the MERGE
    # would read what the MERGE wrote, and Neo4j would buffer every row between them).
    derived = [
        f"r.{name} = size({merge_expression(Merge.UNION, f'r.{of}', f'row.props.{of}')})"
        for name, of in DERIVED_FROM.items()
        if name in names
    ]
    matched = ", ".join(
        [
            f"r.{EDGE_EVIDENCE} = {merge_expression(Merge.UNION, f'r.{EDGE_EVIDENCE}', 'row.evidence')}",
            f"r.{EDGE_DOC_IDS} = {merge_expression(Merge.UNION, f'r.{EDGE_DOC_IDS}', 'row.doc_ids')}",
            *([_set_props("r", names)] if _set_props("r", names) else []),
            *derived,
        ]
    )
    return (
        f"{KEEP_PLAN} UNWIND $rows AS row MATCH (a:{source.value} {{id: row.source}}) "
        f"MATCH (b:{target.value} {{id: row.target}}) "
        f"MERGE (a)-[r:{edge_type.value} {{{EDGE_KEY}: row.key}}]->(b) "
        f"ON CREATE SET {created} ON MATCH SET {matched}"
    )


# The first $limit lines of a relationship's evidence in document order (doc_id, start, end: the first three
# fields of each JSON line), and how many it has; the rest stays in the database.
_EVIDENCE_TOTAL = f"size(r.{EDGE_EVIDENCE})"
_EVIDENCE_LINES = (
    f"COLLECT {{ UNWIND r.{EDGE_EVIDENCE} AS line WITH line, split(line, ', ') AS parts "
    "ORDER BY parts[0], toInteger(parts[1]), toInteger(parts[2]) LIMIT $limit RETURN line }"
)
_ENDS = {"source": "startNode(r).id", "target": "endNode(r).id", "type": "type(r)"}


def _edge_fields(paged: bool) -> dict[str, str]:
    """What is read of each relationship: its ends and type, and its properties with all its evidence, or without
    the evidence and document ids but with the first lines and their total."""
    if not paged:
        return {**_ENDS, "props": "properties(r)"}
    props = f"r {{.*, {EDGE_EVIDENCE}: null, {EDGE_DOC_IDS}: null}}"
    return {**_ENDS, "props": props, "evidence_total": _EVIDENCE_TOTAL, "lines": _EVIDENCE_LINES}


def _edge_return(paged: bool) -> str:
    return "RETURN " + ", ".join(f"{value} AS {name}" for name, value in _edge_fields(paged).items())


def _edges_collected(paged: bool) -> str:
    """Every relationship found as one map in one list of one record: the driver decodes one record of a
    thousand maps many times faster than a thousand records (each a Bolt message of its own)."""
    fields = ", ".join(f"{name}: {value}" for name, value in _edge_fields(paged).items())
    return f"RETURN collect({{{fields}}}) AS edges"


def _types(edge_types: Iterable[EdgeType] | None) -> str:
    """A relationship pattern's types (from the schema's enum only), so the database expands only those."""
    return "" if edge_types is None else ":" + "|".join(sorted(t.value for t in edge_types))


def all_edges_query(edge_type: EdgeType, *, paged: bool = False) -> str:
    return f"MATCH (a)-[r:{edge_type.value}]->(b) WHERE {_SHOWN} {_edge_return(paged)} ORDER BY r.{EDGE_KEY}"


def _touching(edge_types: Iterable[EdgeType] | None) -> str:
    """The relationships of these types with either end among the nodes given by id ($<label>_ids), as `r`
    (once per end found: a relationship between two of them comes twice)."""
    pattern = "(a:{label} {id: id})-[r" + _types(edge_types) + "]-(b)"
    return _each_label(f"UNWIND {{ids}} AS id MATCH {pattern} WHERE {_SHOWN} RETURN r")


def edges_of_query(edge_types: Iterable[EdgeType] | None = None, *, paged: bool = False) -> str:
    return f"{_touching(edge_types)} " + _edges_collected(paged)


def edges_by_key_query(*, paged: bool = False) -> str:
    """Relationships of every type by key ($<type>_keys), each through its type's unique index on the key."""
    by_key = f"MATCH (a)-[r:{{type}} {{{EDGE_KEY}: key}}]->(b) WHERE {_SHOWN}"
    return _each_type(f"UNWIND {{keys}} AS key {by_key} RETURN r") + " " + _edges_collected(paged)


def links_query(edge_types: Iterable[EdgeType]) -> str:
    return f"{_touching(edge_types)} RETURN collect(DISTINCT r.{EDGE_KEY}) AS keys"


def common_targets_query(edge_types: Iterable[EdgeType]) -> str:
    """(one of $theirs, target) for each target it and one of ours (given by id, $<label>_ids) both have a
    relationship of these types to, as one list in one record: the database walks from ours, never from every
    other taker."""
    types = _types(edge_types)
    return (
        _each_label("UNWIND {ids} AS id MATCH (a:{label} {id: id}) RETURN a")
        + f" MATCH (a)-[{types}]->(b) WHERE {_SHOWN} "
        # A MATCH of its own, so the second relationship may be the first: a node on both sides shares its own.
        f"MATCH (b)<-[{types}]-(c) WHERE c.id IN $theirs AND c.{NODE_REFERENCE_ONLY} IS NULL "
        "RETURN collect(DISTINCT [c.id, b.id]) AS pairs"
    )


def partnership_items_query(kind: NodeKind) -> str:
    """What stands behind each partnership of $subject (of this kind) with one of $partners, in one statement (it
    was four round trips: the partnerships, the sides, the common items, their dates), as one record: `vias`,
    [partner, its partnership's via] of each; `acting`, [body, partner] for each partner and each organization
    BASED_IN it (a body may act for several); `shared`, [body, item, date, end date] for each agreement or meeting
    one of those bodies and the subject (or a body BASED_IN it) both take part in; `named`, [item, date, end date]
    of each agreement or meeting a via names. No record when the subject has none of those partnerships."""
    takes = _types([EdgeType.PARTICIPATED_IN, EdgeType.PARTY_TO])
    based = f"[:{EdgeType.BASED_IN.value}]"
    shown = f"{NODE_REFERENCE_ONLY} IS NULL"

    def acting_for(side: str, member: str) -> str:
        """The side and the organizations BASED_IN it, one `member` a row."""
        return (
            f"CALL ({side}) {{ RETURN {side} AS {member} "
            f"UNION MATCH ({member}:{NodeKind.ORGANIZATION.value})-{based}->({side}) WHERE {member}.{shown} "
            f"RETURN {member} }}"
        )

    named = "CASE WHEN v[1] IS NULL THEN [] WHEN v[1] IS :: LIST<ANY> THEN v[1] ELSE [v[1]] END"
    item_by_id = " UNION ".join(
        f"MATCH (n:{k.value} {{id: id}}) RETURN n" for k in (NodeKind.AGREEMENT, NodeKind.EVENT)
    )
    return (
        f"MATCH (s:{kind.value} {{id: $subject}})-[r:{EdgeType.PARTNERS_WITH.value}]-(b) "
        f"WHERE b.id IN $partners AND b.id <> s.id AND s.{shown} AND b.{shown} "
        "WITH s, collect(DISTINCT b) AS partners, collect([b.id, r.via]) AS vias "
        f"CALL (partners) {{ UNWIND partners AS p {acting_for('p', 'm')} RETURN collect([m.id, p.id]) AS acting }} "
        f"CALL (s, acting) {{ WITH s, [x IN acting | x[0]] AS theirs {acting_for('s', 'a')} "
        f"MATCH (a)-[{takes}]->(item) WHERE item.{shown} AND (item:Event OR item:Agreement) "
        # A MATCH of its own, so the second relationship may be the first: a node on both sides shares its own.
        f"MATCH (item)<-[{takes}]-(c) WHERE c.id IN theirs AND c.{shown} "
        "RETURN collect(DISTINCT [c.id, item.id, item.date, item.end_date]) AS shared } "
        f"CALL (vias) {{ UNWIND vias AS v UNWIND {named} AS via WITH DISTINCT toString(via) AS id "
        f"CALL (id) {{ {item_by_id} }} RETURN collect([n.id, n.date, n.end_date]) AS named }} "
        "RETURN vias, acting, shared, named"
    )


def evidence_query(edge_type: EdgeType) -> str:
    """The evidence lines of relationships of one type by key (through the unique index on the key), with
    their keys, optionally only lines of one document ($doc: the line's opening, '["<doc id>"')."""
    return (
        f"UNWIND $keys AS key MATCH ()-[r:{edge_type.value} {{{EDGE_KEY}: key}}]->() "
        f"UNWIND r.{EDGE_EVIDENCE} AS line WITH key, line, split(line, ', ') AS parts "
        "WHERE $doc IS NULL OR parts[0] = $doc RETURN key, line"
    )


def document_page_query() -> str:
    """Documents newest first, undated last, equal dates by id; summaries only (the text stays)."""
    return (
        f"MATCH (n:Document) WHERE n.{NODE_REFERENCE_ONLY} IS NULL "
        "WITH n ORDER BY n.published IS NULL, n.published DESC, n.id SKIP $offset LIMIT $limit "
        "RETURN n {.*, text: null} AS n"
    )


def revision_query() -> str:
    """Node and relationship totals from Neo4j's count store (constant time): every document adds to them. One
    query, not two: the service asks it on every request (app/cache.py), and each query was a round trip."""
    return (
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }"
        " RETURN nodes, relationships"
    )


def index_queries() -> list[tuple[str, str]]:
    """(index name, the query that makes it): what reads look up besides ids and keys."""
    return [("document_published", "CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published)")]


def count_nodes_query() -> str:
    return f"MATCH (n) WHERE n.{NODE_REFERENCE_ONLY} IS NULL RETURN labels(n)[0] AS kind, count(*) AS n"


def count_edges_query() -> str:
    return f"MATCH (a)-[r]->(b) WHERE {_SHOWN} RETURN type(r) AS type, count(*) AS n"

"""The embedded store's partnership summary: which agreements and meetings stand behind each partnership, with
their dates, kept by SQLite as records are written, so a partners answer reads the rows it counts instead of
joining every item both sides' bodies took part in (hundreds per busy province at 10,000 documents).
Each write costs what it adds: a participation adds its sides' rows and asks which partnerships of theirs the
item's other sides make (a few index reads); a new partnership intersects its two sides' items (two index ranges
in item order).

What it holds is what queries.partners would work out from the records (the contract test holds the two equal):
an item is behind the partnership of A and B (a PARTNERS_WITH edge between them) when A's side (A and the
bodies BASED_IN it) and B's side both have a PARTY_TO or PARTICIPATED_IN edge to it, or when the partnership
names it in its `via`. Triggers declared here keep five tables as rows are inserted:

- `side_members (side, member)`: each province and body stands for itself, and a province (or body) for each body
  BASED_IN it;
- `side_items (side, item)`: the items each side's members took part in (one row or two per participation);
- `partnership_pairs (a, b)`: both orders of every partnership;
- `partnership_items (subject, partner, item)`: both orders of every item behind a partnership;
- `item_dates (id, date, end_date)`: each agreement's and meeting's dates merged over its records as
  graph.merge merges them (Merge.FULLER: the longer, then the greater).

And, apart (`keep_partnership_spans`, a version of its own, so code that keeps only the tables above leaves it be):

- `partnership_spans (key, source, target, first_date, last_date)`: each partnership edge's first and last date
  merged over its records (Merge.EARLIEST, Merge.LATEST): a busy pair is reported by hundreds of articles, each a
  record, and an answer showing the partnership read and folded them all for two dates.

Every table is a set (INSERT OR IGNORE) or a merge that is commutative and idempotent, and a trigger runs only for
a row the store did not hold, inside the writer's transaction: the same document twice adds nothing, and two
writers (one transaction at a time, whatever the process) end with what one writer gives. Articles' records only
(reference = 0): reference data holds no PARTY_TO, PARTICIPATED_IN or PARTNERS_WITH edge, and its BASED_IN edges
seat bodies in countries, which no partnership is of (tests/contract holds the reference data to that). A store
made before these tables (or by an older layout of them) is filled from its records once, when it is opened.
"""

from __future__ import annotations

import sqlite3

# Bump when the tables or the triggers change: a store holding another version is filled anew when opened.
VERSION = "1"
_META_KEY = "partnership_items"
_TAKES = "('PARTY_TO', 'PARTICIPATED_IN')"
_SIDES = "('Province', 'Organization')"
_ITEMS = "('Event', 'Agreement')"


def _fuller(old: str, new: str) -> str:
    """graph.merge.merge_value under Merge.FULLER for text: the longer, then the greater; None merges as nothing."""
    return (
        f"CASE WHEN {new} IS NULL THEN {old} WHEN {old} IS NULL OR length({new}) > length({old}) "
        f"OR (length({new}) = length({old}) AND {new} > {old}) THEN {new} ELSE {old} END"
    )


def _earliest(old: str, new: str) -> str:
    """merge_value under Merge.EARLIEST for text (None merges as nothing; SQLite's two-argument min() gives NULL)."""
    return f"CASE WHEN {new} IS NULL THEN {old} WHEN {old} IS NULL OR {new} < {old} THEN {new} ELSE {old} END"


def _latest(old: str, new: str) -> str:
    """merge_value under Merge.LATEST for text."""
    return f"CASE WHEN {new} IS NULL THEN {old} WHEN {old} IS NULL OR {new} > {old} THEN {new} ELSE {old} END"


def _kind_of(node_id: str, prefix: str) -> str:
    """Whether an id has this kind's prefix, as a range of text: a function (substr, LIKE) in a trigger's WHEN made
    every edge record written cost 15 µs more, a comparison nothing measurable."""
    return f"({node_id} >= '{prefix}:' AND {node_id} < '{prefix};')"


_TABLES = """
CREATE TABLE IF NOT EXISTS side_members (side TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (side, member))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS side_members_member ON side_members(member, side);
CREATE TABLE IF NOT EXISTS side_items (side TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (side, item)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS side_items_item ON side_items(item, side);
CREATE TABLE IF NOT EXISTS partnership_pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS partnership_items (
    subject TEXT NOT NULL, partner TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (subject, partner, item)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_dates (id TEXT PRIMARY KEY, date TEXT, end_date TEXT) WITHOUT ROWID;
"""
_TRIGGER_NAMES = (
    "partnership_item_dates",
    "partnership_side_self",
    "partnership_side_member",
    "partnership_member_items",
    "partnership_taker_items",
    "partnership_side_item",
    "partnership_pair",
    "partnership_pair_items",
)
_DROP = "".join(f"DROP TRIGGER IF EXISTS {name};\n" for name in _TRIGGER_NAMES) + "".join(
    f"DROP TABLE IF EXISTS {table};\n"
    for table in ("side_members", "side_items", "partnership_pairs", "partnership_items", "item_dates")
)


def _both_orders(select: str) -> str:
    """Insert each (a, b, item) the select gives, and (b, a, item): a partnership is behind either side's answer."""
    return (
        f"INSERT OR IGNORE INTO partnership_items (subject, partner, item) SELECT a, b, item FROM ({select}); "
        f"INSERT OR IGNORE INTO partnership_items (subject, partner, item) SELECT b, a, item FROM ({select});"
    )


def _common_items(a: str, b: str) -> str:
    """(a, b, item) for each item both sides took part in: two ranges of side_items' key, intersected."""
    return (
        f"SELECT {a} AS a, {b} AS b, item FROM (SELECT item FROM side_items WHERE side = {a} "
        f"INTERSECT SELECT item FROM side_items WHERE side = {b})"
    )


_DATE = "NEW.record ->> '$.props.date'"
_END_DATE = "NEW.record ->> '$.props.end_date'"
_TRIGGERS = f"""
CREATE TRIGGER partnership_item_dates AFTER INSERT ON node_records WHEN NEW.kind IN {_ITEMS} BEGIN
    INSERT INTO item_dates (id, date, end_date) VALUES (NEW.id, {_DATE}, {_END_DATE})
    ON CONFLICT (id) DO UPDATE SET date = {_fuller("date", "excluded.date")},
        end_date = {_fuller("end_date", "excluded.end_date")};
END;
CREATE TRIGGER partnership_side_self AFTER INSERT ON node_records WHEN NEW.kind IN {_SIDES} BEGIN
    INSERT OR IGNORE INTO side_members (side, member) VALUES (NEW.id, NEW.id);
END;
CREATE TRIGGER partnership_side_member AFTER INSERT ON edge_records
WHEN NEW.type = 'BASED_IN' AND NEW.reference = 0 AND {_kind_of("NEW.source", "org")}
    AND ({_kind_of("NEW.target", "province")} OR {_kind_of("NEW.target", "org")}) BEGIN
    INSERT OR IGNORE INTO side_members (side, member) VALUES (NEW.target, NEW.source);
END;
CREATE TRIGGER partnership_member_items AFTER INSERT ON side_members BEGIN
    INSERT OR IGNORE INTO side_items (side, item)
    SELECT NEW.side, target FROM edge_records WHERE source = NEW.member AND type IN {_TAKES} AND reference = 0;
END;
CREATE TRIGGER partnership_taker_items AFTER INSERT ON edge_records
WHEN NEW.type IN {_TAKES} AND NEW.reference = 0 BEGIN
    INSERT OR IGNORE INTO side_items (side, item) SELECT side, NEW.target FROM side_members WHERE member = NEW.source;
END;
CREATE TRIGGER partnership_side_item AFTER INSERT ON side_items BEGIN
    {
    _both_orders(
        "SELECT NEW.side AS a, other.side AS b, NEW.item AS item FROM side_items other "
        "JOIN partnership_pairs p ON p.a = NEW.side AND p.b = other.side WHERE other.item = NEW.item"
    )
}
END;
CREATE TRIGGER partnership_pair AFTER INSERT ON edge_records
WHEN NEW.type = 'PARTNERS_WITH' AND NEW.reference = 0 AND NEW.source <> NEW.target BEGIN
    INSERT OR IGNORE INTO partnership_pairs (a, b) VALUES (NEW.source, NEW.target), (NEW.target, NEW.source);
    {
    _both_orders(
        "SELECT NEW.source AS a, NEW.target AS b, value AS item FROM json_each(NEW.props, '$.via') "
        "WHERE value IS NOT NULL"
    )
}
END;
CREATE TRIGGER partnership_pair_items AFTER INSERT ON partnership_pairs WHEN NEW.a < NEW.b BEGIN
    {_both_orders(_common_items("NEW.a", "NEW.b"))}
END;
"""

# Filling a store's tables from the records it holds: the same rows the triggers would have added one by one.
_FILL = f"""
INSERT INTO item_dates (id, date, end_date)
SELECT id, record ->> '$.props.date', record ->> '$.props.end_date' FROM node_records WHERE kind IN {_ITEMS}
ORDER BY rowid
ON CONFLICT (id) DO UPDATE SET date = {_fuller("date", "excluded.date")},
    end_date = {_fuller("end_date", "excluded.end_date")};
INSERT OR IGNORE INTO side_members (side, member) SELECT id, id FROM node_records WHERE kind IN {_SIDES};
INSERT OR IGNORE INTO side_members (side, member)
SELECT target, source FROM edge_records WHERE type = 'BASED_IN' AND reference = 0 AND {_kind_of("source", "org")}
    AND ({_kind_of("target", "province")} OR {_kind_of("target", "org")});
INSERT OR IGNORE INTO side_items (side, item)
SELECT m.side, o.target FROM side_members m
JOIN edge_records o ON o.source = m.member AND o.type IN {_TAKES} AND o.reference = 0;
INSERT OR IGNORE INTO partnership_pairs (a, b)
SELECT source, target FROM edge_records WHERE type = 'PARTNERS_WITH' AND reference = 0 AND source <> target
UNION SELECT target, source FROM edge_records WHERE type = 'PARTNERS_WITH' AND reference = 0 AND source <> target;
INSERT OR IGNORE INTO partnership_items (subject, partner, item)
SELECT e.source, e.target, v.value FROM edge_records e, json_each(e.props, '$.via') v
WHERE e.type = 'PARTNERS_WITH' AND e.reference = 0 AND e.source <> e.target AND v.value IS NOT NULL
UNION SELECT e.target, e.source, v.value FROM edge_records e, json_each(e.props, '$.via') v
WHERE e.type = 'PARTNERS_WITH' AND e.reference = 0 AND e.source <> e.target AND v.value IS NOT NULL;
INSERT OR IGNORE INTO partnership_items (subject, partner, item)
SELECT p.a, p.b, mine.item FROM partnership_pairs p
JOIN side_items mine ON mine.side = p.a
JOIN side_items theirs ON theirs.side = p.b AND theirs.item = mine.item;
"""

# What a partners answer reads: every item behind the subject's partnerships with the partners asked about (a JSON
# array), with its dates; an item no record names (a `via` to nowhere) is left out, as props_of leaves it.
_ITEMS_BEHIND = (
    "SELECT p.partner, p.item, d.date, d.end_date FROM partnership_items p JOIN item_dates d ON d.id = p.item "
    "WHERE p.subject = ? AND p.partner IN (SELECT value FROM json_each(?)) ORDER BY p.partner, p.item"
)


# Each partnership edge's dates, merged over its records. Text compares as Python compares it (SQLite's BINARY
# collation orders UTF-8 as code points), so min and max are merge_value's. A partnership (a partners answer's
# edges) never comes from reference data, which holds none.
SPANS_VERSION = "1"
_SPANS_META_KEY = "partnership_spans"
_PARTNERSHIP_RECORD = "{0}type = 'PARTNERS_WITH' AND {0}reference = 0"
_SPANS_TABLE = """
DROP TRIGGER IF EXISTS partnership_span;
DROP TABLE IF EXISTS partnership_spans;
CREATE TABLE partnership_spans (
    key TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, first_date, last_date
) WITHOUT ROWID;
CREATE INDEX partnership_spans_source ON partnership_spans(source);
CREATE INDEX partnership_spans_target ON partnership_spans(target);
"""


def _merge_span(values: str) -> str:
    """Insert a record's dates, or merge them into the key's."""
    return (
        f"INSERT INTO partnership_spans (key, source, target, first_date, last_date) {values} "
        f"ON CONFLICT (key) DO UPDATE SET first_date = {_earliest('first_date', 'excluded.first_date')}, "
        f"last_date = {_latest('last_date', 'excluded.last_date')}"
    )


_NEW_DATES = "NEW.props ->> '$.first_date', NEW.props ->> '$.last_date'"
_SPANS_TRIGGER = f"""
CREATE TRIGGER partnership_span AFTER INSERT ON edge_records WHEN {_PARTNERSHIP_RECORD.format("NEW.")} BEGIN
    {_merge_span("VALUES (NEW.key, NEW.source, NEW.target, " + _NEW_DATES + ")")};
END"""
_SPANS_FILL = _merge_span(
    "SELECT key, source, target, props ->> '$.first_date', props ->> '$.last_date' FROM edge_records "
    f"WHERE {_PARTNERSHIP_RECORD.format('')} ORDER BY rowid"
)
# The partnerships with an end among the nodes (a JSON array): each half walks one end's index.
_SPANS_AT = (
    "SELECT key, source, target, first_date, last_date FROM partnership_spans "
    "WHERE source IN (SELECT value FROM json_each(?1)) "
    "UNION SELECT key, source, target, first_date, last_date FROM partnership_spans "
    "WHERE target IN (SELECT value FROM json_each(?1)) ORDER BY key"
)


def keep_partnership_spans(db: sqlite3.Connection) -> None:
    """Declare partnership_spans and its trigger on the writer's connection, filled from the records a store holds
    when it has none of this version; as keep_partnership_items, the first process to take the write lock fills."""
    if _held_version(db, _SPANS_META_KEY) == SPANS_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        if _held_version(db, _SPANS_META_KEY) != SPANS_VERSION:
            for statement in _SPANS_TABLE.split(";\n"):
                if statement.strip():
                    db.execute(statement)
            db.execute(_SPANS_FILL)
            db.execute(_SPANS_TRIGGER)
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_SPANS_META_KEY, SPANS_VERSION))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def spans_at(db: sqlite3.Connection, nodes_json: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """(key, source, target, first date, last date) of each partnership with an end among the nodes, by key."""
    return [(k, s, t, f, last) for k, s, t, f, last in db.execute(_SPANS_AT, (nodes_json,))]


def keep_partnership_items(db: sqlite3.Connection) -> None:
    """Declare the tables and triggers on the writer's connection, filling them from the records a store holds when
    it has none of this version (a store made before them). Several processes may open one store at once: the one
    that takes the write lock first fills it, the others find it done."""
    if _held_version(db, _META_KEY) == VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        if _held_version(db, _META_KEY) != VERSION:
            for statement in (_DROP + _TABLES + _FILL).split(";\n"):
                if statement.strip():
                    db.execute(statement)
            for trigger in _TRIGGERS.split("\nEND;\n"):  # a trigger's END stands on a line of its own
                if trigger.strip():
                    db.execute(trigger + "\nEND;")
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_META_KEY, VERSION))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _held_version(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def items_behind(
    db: sqlite3.Connection, subject: str, partners_json: str
) -> list[tuple[str, str, str | None, str | None]]:
    return [(p, i, d, e) for p, i, d, e in db.execute(_ITEMS_BEHIND, (subject, partners_json))]

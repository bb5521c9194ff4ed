"""Small gold documents and graph exports written for the tests: invented people and meetings, plain dicts
in the shapes of GOLD.md and of `vilao export --format json`."""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]


def gold_doc(doc: str, **records: Any) -> Record:
    base: Record = {
        "doc": doc,
        "date_hint": None,
        "persons": [],
        "organizations": [],
        "provinces": [],
        "events": [],
        "agreements": [],
        "partnerships": [],
    }
    return base | records


def person(name: str, *variants: str, country: str = "VN") -> Record:
    return {"name": name, "variants": list(variants), "country": country}


def body(name: str, *variants: str, country: str | None = "VN", key: str | None = None) -> Record:
    record: Record = {"name": name, "variants": list(variants), "country": country}
    return record | ({"key": key} if key else {})


def province(name: str, country: str = "VN") -> Record:
    return {"name": name, "country": country}


def meeting(kind: str, date: str | None, *who: str, note: str | None = None, key: str | None = None) -> Record:
    record: Record = {"type": kind, "date": date, "date_note": note, "participants": list(who)}
    return record | ({"key": key} if key else {})


def pact(kind: str, date: str | None, parties: list[str], signers: list[str] = (), period: str | None = None) -> Record:
    return {"type": kind, "date": date, "period": period, "parties": parties, "signers": list(signers)}


def node(node_id: str, kind: str, name: str, *aliases: str, country: str | None = None, **props: Any) -> Record:
    return {"id": node_id, "kind": kind, "name": name, "aliases": list(aliases), "country": country, **props}


def edge(source: str, target: str, edge_type: str) -> Record:
    return {"source": source, "target": target, "type": edge_type, "evidence": [{"doc_id": "doc:t", "quote": "..."}]}


def export(nodes: list[Record], edges: list[Record] = ()) -> Record:
    return {"nodes": list(nodes), "edges": list(edges)}

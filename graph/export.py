"""The store's graph in the export formats: DESIGN's JSON, GraphML for Gephi, CSV for neo4j-admin import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from graph.schema import Edge, EdgeType, Node, NodeKind
from graph.store import GraphStore

# neo4j-admin import reads one logical line per record; document bodies (with newlines) stay in JSON.
_CSV_SKIP = {"text"}
_ARRAY_DELIMITER = ";"


def to_json(store: GraphStore) -> dict[str, Any]:
    edges = list(store.edges())
    nodes = [
        _without_none(n.flat()) | {"aliases": n.aliases, "country": n.country}
        for n in in_reading_order(list(store.nodes()), edges)
    ]
    return {
        "nodes": nodes,
        "edges": [
            {
                "source": e.source,
                "target": e.target,
                "type": e.type.value,
                **{k: v for k, v in e.props.items() if v is not None},
                "evidence": [ev.model_dump() for ev in e.evidence],
            }
            for e in edges
        ],
    }


# Kinds whose records are told in the articles' own order: what happened, and what was signed.
_TOLD = frozenset({NodeKind.EVENT, NodeKind.AGREEMENT})


def in_reading_order(nodes: list[Node], edges: list[Edge]) -> list[Node]:
    """Meetings and agreements in the order the archive tells them: by the first article reporting each (articles
    in the order of their origins, as a folder lists them), then by the sentence, then by where in it the item is
    named (three agreements listed in one sentence come in the order listed); the rest stay as the store lists
    them. A reader going through the export meets each meeting beside the article that reports it, and a
    scorer that pairs the graph's meetings with an annotator's in turn (../shared/eval/score.py does) meets them
    in the annotator's order rather than in the order of their ids."""
    origin = {
        n.id: str(n.props.get("path") or n.props.get("url") or n.id) for n in nodes if n.kind == NodeKind.DOCUMENT
    }
    named = {n.id: str(n.props.get("title") or n.name or "") for n in nodes if n.kind in _TOLD}
    first: dict[str, tuple[str, int, int]] = {}
    for edge in edges:
        if edge.type != EdgeType.MENTIONED_IN or edge.target not in origin or edge.source not in named:
            continue
        for line in edge.evidence:
            at = line.quote.find(named[edge.source]) if named[edge.source] else -1
            told = (origin[edge.target], line.start, at if at >= 0 else len(line.quote))
            if edge.source not in first or told < first[edge.source]:
                first[edge.source] = told
    kinds = {kind: rank for rank, kind in enumerate(dict.fromkeys(n.kind for n in nodes))}
    unreported = (chr(0x10FFFF), 0, 0)

    def place(item: tuple[int, Node]) -> tuple[int, tuple[str, int, int], int]:
        index, node = item
        return kinds[node.kind], first.get(node.id, unreported), index

    return [node for _, node in sorted(enumerate(nodes), key=place)]


def _without_none(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


def to_graphml(store: GraphStore) -> str:
    graph = nx.MultiDiGraph()
    for node in store.nodes():
        graph.add_node(
            node.id,
            **{k: _scalar(v) for k, v in node.flat().items() if v is not None and k != "id"},
            label=node.name,
        )
    for edge in store.edges():
        graph.add_edge(
            edge.source,
            edge.target,
            key=edge.key,
            type=edge.type.value,
            evidence=json.dumps([e.model_dump() for e in edge.evidence], ensure_ascii=False),
            **{k: _scalar(v) for k, v in edge.props.items() if v is not None},
        )
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def _scalar(value: Any) -> Any:
    return "|".join(map(str, value)) if isinstance(value, list) else value


def write_csv(store: GraphStore, folder: Path) -> tuple[Path, Path]:
    """nodes.csv and edges.csv with neo4j-admin's header format (id:ID, :LABEL, :START_ID, :END_ID, :TYPE)."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes = [n.flat() for n in store.nodes()]
    node_columns = _columns(nodes, skip={"id", "kind", *_CSV_SKIP})
    nodes_path = folder / "nodes.csv"
    with nodes_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id:ID", ":LABEL", *(_header(c, t) for c, t in node_columns)])
        for n in nodes:
            writer.writerow([n["id"], n["kind"], *(_cell(n.get(c)) for c, _ in node_columns)])

    edges = [
        {
            "source": e.source,
            "target": e.target,
            "type": e.type.value,
            "key": e.key,
            "evidence_json": json.dumps([x.model_dump() for x in e.evidence], ensure_ascii=False),
            "doc_ids": e.doc_ids,
            **e.props,
        }
        for e in store.edges()
    ]
    edge_columns = _columns(edges, skip={"source", "target", "type"})
    edges_path = folder / "edges.csv"
    with edges_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([":START_ID", ":END_ID", ":TYPE", *(_header(c, t) for c, t in edge_columns)])
        for e in edges:
            writer.writerow([e["source"], e["target"], e["type"], *(_cell(e.get(c)) for c, _ in edge_columns)])
    return nodes_path, edges_path


def _columns(records: list[dict[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    types: dict[str, str] = {}
    for record in records:
        for key, value in record.items():
            if key in skip or value is None:
                continue
            kind = (
                "string[]"
                if isinstance(value, list)
                else "boolean"
                if isinstance(value, bool)
                else "long"
                if isinstance(value, int)
                else "double"
                if isinstance(value, float)
                else "string"
            )
            types.setdefault(key, kind)
    return sorted(types.items())


def _header(column: str, kind: str) -> str:
    return column if kind == "string" else f"{column}:{kind}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return _ARRAY_DELIMITER.join(str(v).replace(_ARRAY_DELIMITER, ",") for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\n", " ")

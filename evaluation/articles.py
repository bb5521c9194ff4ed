"""Which articles stand behind each node of an export: the documents its edges' evidence quotes.

The yardstick pairs a graph's meetings with gold meetings of any article (meetings.match_nodes); pairing them
only within the articles they come from (meetings.match_within_articles) needs to know those articles.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath

from evaluation.export import ExportGraph


def _doc_name(path: str | None, name: str | None) -> str:
    """An article's name as gold files give it: its file's name without the suffix."""
    return PurePath(path).stem if path else (name or "")


def articles_of(export: ExportGraph) -> dict[str, set[str]]:
    """Node id -> the articles (gold `doc` names) quoted as evidence for any edge at the node."""
    names = {n.id: _doc_name((n.model_extra or {}).get("path"), n.name) for n in export.of_kind("Document")}
    found: dict[str, set[str]] = defaultdict(set)
    for edge in export.edges:
        for line in (edge.model_extra or {}).get("evidence") or []:
            doc = names.get(line.get("doc_id", "")) if isinstance(line, dict) else None
            if doc:
                found[edge.source or ""].add(doc)
                found[edge.target or ""].add(doc)
    return found

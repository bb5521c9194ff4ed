"""Search: which nodes a text names, ranked, forgiving case, diacritics, aliases and typos."""

from __future__ import annotations

from pydantic import BaseModel

from graph.schema import NodeKind
from graph.store import GraphStore
from queries.resolve import Match, NameIndex


class SearchResult(BaseModel):
    query: str
    kind: NodeKind | None = None
    matches: list[Match]


def search(
    store: GraphStore, text: str, kind: NodeKind | None = None, limit: int = 20, *, names: NameIndex | None = None
) -> SearchResult:
    """Nodes whose name, alias or English name resembles the text, best first; optionally of one kind."""
    index = names or NameIndex.build(store)
    return SearchResult(query=text, kind=kind, matches=index.search(text, [kind] if kind else None, limit))

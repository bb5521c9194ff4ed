"""The analysts' questions, one module each, asked through the GraphStore protocol only.

QUERIES names every question with its function and its typed result; the CLI and the HTTP API serve them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from queries.documents import DocumentList, DocumentText, document, documents
from queries.engagements import Engagements, engagements
from queries.entity import Entity, entity
from queries.evidence import EvidenceList, evidence
from queries.gaps import Gaps, gaps
from queries.pair import Pair, pair
from queries.partners import Partners, partners_of
from queries.partnerships import PartnershipMatrix, partnerships
from queries.path import PathResult, path
from queries.rankings import Rankings, rankings
from queries.search import SearchResult, search
from queries.stats import Stats, stats
from queries.subgraph import Subgraph, subgraph

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Question(Generic[R]):
    name: str
    function: Callable[..., R]
    result: type[R]

    @property
    def summary(self) -> str:
        """The first sentence of the function's docstring: what the question answers."""
        return " ".join((self.function.__doc__ or "").split()).split(". ")[0]


QUERIES: dict[str, Question[Any]] = {
    q.name: q
    for q in (
        Question("search", search, SearchResult),
        Question("entity", entity, Entity),
        Question("partners", partners_of, Partners),
        Question("partnerships", partnerships, PartnershipMatrix),
        Question("pair", pair, Pair),
        Question("gaps", gaps, Gaps),
        Question("engagements", engagements, Engagements),
        Question("graph", subgraph, Subgraph),
        Question("path", path, PathResult),
        Question("documents", documents, DocumentList),
        Question("document", document, DocumentText),
        Question("evidence", evidence, EvidenceList),
        Question("stats", stats, Stats),
        Question("rankings", rankings, Rankings),
    )
}

__all__ = ["QUERIES", "Question"]

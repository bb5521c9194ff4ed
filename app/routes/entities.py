"""Finding things: search by name, and one entity with its edges and their evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.deps import NamesDep, StoreDep
from app.errors import error_responses
from graph.schema import NodeKind
from queries.entity import Entity, entity
from queries.evidence import EvidenceList, evidence
from queries.search import SearchResult, search

router = APIRouter(prefix="/api", tags=["entities"])

Ref = Annotated[str, Path(description="an id (person:huynh-thanh-dat) or a name, spelled any way search accepts")]


@router.get("/search", response_model=SearchResult)
def search_route(
    store: StoreDep,
    names: NamesDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name, an alias, part of one, or a typo")],
    kind: Annotated[NodeKind | None, Query(description="only nodes of this kind")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchResult:
    """Nodes whose name or alias resembles q, forgiving case, diacritics and typos, best first."""
    return search(store, q, kind, limit, names=names)


@router.get("/entities/{ref:path}", response_model=Entity, responses=error_responses(404, 409))
def entity_route(store: StoreDep, names: NamesDep, ref: Ref) -> Entity:
    """The node, all its edges with the node at the other end, and the evidence of each edge."""
    return entity(store, ref, names=names)


@router.get("/evidence", response_model=EvidenceList)
def evidence_route(
    store: StoreDep,
    edge: Annotated[list[str], Query(min_length=1, max_length=50, description="edge keys, as answers' evidence_edges")],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EvidenceList:
    """Every sentence behind some edges, in document order, a page at a time: answers show the first few."""
    return evidence(store, edge, offset, limit)

"""The store at a glance: counts, and the best-connected officials, bodies and provinces."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import StoreDep
from queries.rankings import Rankings, rankings
from queries.stats import Stats, stats

router = APIRouter(prefix="/api", tags=["stats"])


@router.get("/stats", response_model=Stats)
def stats_route(store: StoreDep) -> Stats:
    """Nodes by kind, edges by type, and events, agreements and documents by year."""
    return stats(store)


@router.get("/rankings", response_model=Rankings)
def rankings_route(store: StoreDep, limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Rankings:
    """Per kind, the most connected officials, bodies and provinces by degree and by betweenness."""
    return rankings(store, limit)

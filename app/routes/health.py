from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.deps import StoreDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    store: str
    nodes: dict[str, int]
    edges: dict[str, int]


@router.get("/healthz", response_model=Health)
def healthz(store: StoreDep) -> Health:
    counts = store.counts()
    return Health(status="ok", store=store.kind, nodes=counts.nodes, edges=counts.edges)

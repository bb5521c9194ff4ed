"""The network: the subgraph the browser page draws, and the shortest path between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import NamesDep, SettingsDep, StoreDep
from app.errors import error_responses
from graph.errors import BadInput
from graph.schema import NodeKind
from queries.path import PathResult, path
from queries.subgraph import Subgraph, subgraph

router = APIRouter(prefix="/api", tags=["network"])

IsoDate = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD")]
_KINDS = {kind.value.lower(): kind for kind in NodeKind}


def parse_kinds(text: str | None) -> list[NodeKind] | None:
    """ "Person,Province" (any case) to node kinds; empty means every kind but documents."""
    words = [w.strip().lower() for w in (text or "").split(",") if w.strip()]
    unknown = [w for w in words if w not in _KINDS]
    if unknown:
        raise BadInput(f"unknown kinds {unknown}; kinds are {', '.join(k.value for k in NodeKind)}")
    return [_KINDS[w] for w in words] or None


@router.get("/graph", response_model=Subgraph, responses=error_responses(400, 404, 409))
def graph_route(
    store: StoreDep,
    settings: SettingsDep,
    names: NamesDep,
    focus: Annotated[str | None, Query(description="id or name of the node to start from")] = None,
    depth: Annotated[int, Query(ge=0, le=5)] = 2,
    kinds: Annotated[str | None, Query(description="comma-separated node kinds, e.g. Person,Province")] = None,
    since: IsoDate = None,
    until: IsoDate = None,
    limit: Annotated[int | None, Query(ge=1, description="most nodes; capped by the service's setting")] = None,
) -> Subgraph:
    """Nodes and edges for the network page: around focus (or the best connected), filtered, capped."""
    cap = min(limit or settings.graph_node_cap, settings.graph_node_cap)
    return subgraph(store, focus, depth, parse_kinds(kinds), since, until, cap, names=names)


@router.get("/path", response_model=PathResult, responses=error_responses(404, 409))
def path_route(
    store: StoreDep,
    names: NamesDep,
    source: Annotated[str, Query(alias="from", min_length=1, description="id or name")],
    target: Annotated[str, Query(alias="to", min_length=1, description="id or name")],
) -> PathResult:
    """The shortest chain of relations between two entities, with the evidence of every step."""
    return path(store, source, target, names=names)

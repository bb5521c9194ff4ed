"""An official's engagements over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.deps import NamesDep, StoreDep
from app.errors import error_responses
from app.routes.network import IsoDate
from queries.engagements import Engagements, engagements

router = APIRouter(prefix="/api", tags=["people"])


@router.get("/people/{ref:path}/engagements", response_model=Engagements, responses=error_responses(404, 409))
def engagements_route(
    store: StoreDep,
    names: NamesDep,
    ref: Annotated[str, Path(description="a person: id or name")],
    since: IsoDate = None,
    until: IsoDate = None,
) -> Engagements:
    """A timeline, oldest first: meetings with role and counterparts, agreements signed, positions held."""
    return engagements(store, ref, since, until, names=names)

"""Who partners whom: a province's (or a body's) partners, and the matrix of partnering provinces."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from app.deps import NamesDep, StoreDep
from app.errors import error_responses
from queries.partners import Partners, partners_of
from queries.partnerships import PartnershipMatrix, matrix_csv, partnerships

router = APIRouter(prefix="/api", tags=["partnerships"])

Country = Annotated[str, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. VN or LA")]


@router.get("/provinces/{ref:path}/partners", response_model=Partners, responses=error_responses(404, 409))
def partners_route(
    store: StoreDep,
    names: NamesDep,
    ref: Annotated[str, Path(description="a province or a body: id or name")],
    country: Annotated[
        str | None, Query(pattern="^[A-Za-z]{2}$", description="only partners in this country, e.g. LA")
    ] = None,
) -> Partners:
    """The counterparts of a province or a body, newest first, with the agreements and meetings behind each."""
    return partners_of(store, ref, country, names=names)


@router.get(
    "/partnerships",
    response_model=PartnershipMatrix,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
def partnerships_route(
    store: StoreDep,
    a: Country = "VN",
    b: Country = "LA",
    merged: Annotated[bool, Query(description="count provinces merged in 2025 under their successor")] = False,
    format: Annotated[Literal["json", "csv"], Query(description="csv: one line per partnering pair")] = "json",
) -> PartnershipMatrix | Response:
    """Provinces of country a by provinces of country b, each partnering pair with counts and its date span."""
    matrix = partnerships(store, a, b, merged)
    if format == "csv":
        return Response(matrix_csv(matrix), media_type="text/csv; charset=utf-8")
    return matrix

"""Who partners whom: a province's (or a body's) partners, and the matrix of partnering provinces."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from app.deps import NamesDep, StoreDep
from app.errors import error_responses
from app.routes.network import IsoDate
from queries.gaps import Gaps, gaps
from queries.pair import Pair, pair
from queries.partners import ITEMS_SHOWN, Partners, partners_of
from queries.partnerships import PartnershipMatrix, matrix_csv, partnerships

router = APIRouter(prefix="/api", tags=["partnerships"])

Country = Annotated[str, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. VN or LA")]
Merged = Annotated[bool, Query(description="count provinces merged in 2025 under their successor")]
Topic = Annotated[str | None, Query(description="only agreements and meetings on this topic: id or name")]


@router.get("/provinces/{ref:path}/partners", response_model=Partners, responses=error_responses(404, 409))
def partners_route(
    store: StoreDep,
    names: NamesDep,
    ref: Annotated[str, Path(description="a province or a body: id or name")],
    country: Annotated[
        str | None, Query(pattern="^[A-Za-z]{2}$", description="only partners in this country, e.g. LA")
    ] = None,
    items: Annotated[
        int, Query(ge=0, le=1000, description="most agreements and meetings listed per partner; 0: the totals alone")
    ] = ITEMS_SHOWN,
    offset: Annotated[
        int, Query(ge=0, description="skip this many of the newest agreements and meetings: the next page")
    ] = 0,
    partner: Annotated[
        str | None, Query(min_length=1, description="only the partnership with this partner: id or name")
    ] = None,
) -> Partners:
    """The counterparts of a province or a body, newest first, with the newest agreements and meetings behind
    each (`items` of each, from `offset`) and how many there are in all."""
    return partners_of(store, ref, country, items, offset=offset, partner=partner, names=names)


@router.get(
    "/partnerships",
    response_model=PartnershipMatrix,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}, **error_responses(404, 409)},
)
def partnerships_route(
    store: StoreDep,
    names: NamesDep,
    a: Country = "VN",
    b: Country = "LA",
    merged: Merged = False,
    format: Annotated[Literal["json", "csv"], Query(description="csv: one line per partnering pair")] = "json",
    topic: Topic = None,
    since: IsoDate = None,
    until: IsoDate = None,
) -> PartnershipMatrix | Response:
    """Provinces of country a by provinces of country b, each partnering pair with counts and its date span."""
    matrix = partnerships(store, a, b, merged, topic, since, until, names=names)
    if format == "csv":
        return Response(matrix_csv(matrix), media_type="text/csv; charset=utf-8")
    return matrix


@router.get("/partnerships/pair", response_model=Pair, responses=error_responses(404, 409))
def pair_route(
    store: StoreDep,
    names: NamesDep,
    row: Annotated[str, Query(min_length=1, description="a province: id or name")],
    column: Annotated[str, Query(min_length=1, description="a province of the other country: id or name")],
    merged: Merged = False,
    topic: Topic = None,
    since: IsoDate = None,
    until: IsoDate = None,
) -> Pair:
    """One cell of the matrix opened: the agreements and meetings that tie two provinces, with their evidence."""
    return pair(store, row, column, merged, topic, since, until, names=names)


@router.get("/gaps", response_model=Gaps)
def gaps_route(
    store: StoreDep,
    quiet_since: Annotated[
        str | None, Query(pattern=r"^\d{4}$", description="a year: partnerships with nothing since are gone quiet")
    ] = None,
    merged: Merged = False,
) -> Gaps:
    """Vietnamese border provinces with no Lao partner, Lao provinces with no Vietnamese partner, and
    partnerships gone quiet."""
    return gaps(store, quiet_since, merged)

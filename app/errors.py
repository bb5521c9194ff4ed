"""The one place where domain errors become HTTP responses."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from graph.errors import Ambiguous, BadInput, NotFound, StoreUnavailable, VilaoError


class Unauthorized(VilaoError):
    """The request needs the API token and did not carry it."""


class TooLarge(BadInput):
    """The document is over the size the service accepts."""


# BadInput is 400, not 422: 422 is FastAPI's own answer to a request that breaks the declared schema.
STATUS: dict[type[VilaoError], int] = {
    NotFound: 404,
    Ambiguous: 409,
    TooLarge: 413,
    BadInput: 400,
    Unauthorized: 401,
    StoreUnavailable: 503,
}


class ErrorBody(BaseModel):
    detail: str
    suggestions: list[str] | None = None  # for 404: the nearest names
    candidates: list[str] | None = None  # for 409: the nodes the name may mean


def status_of(exc: VilaoError) -> int:
    for kind in type(exc).__mro__:
        if kind in STATUS:
            return STATUS[kind]
    return 500


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error answers a route documents in the OpenAPI schema, all shaped as ErrorBody."""
    return {code: {"model": ErrorBody} for code in codes}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(VilaoError)
    async def vilao_error(_: Request, exc: VilaoError) -> JSONResponse:
        body = ErrorBody(detail=str(exc))
        if isinstance(exc, NotFound):
            body.suggestions = exc.suggestions
        if isinstance(exc, Ambiguous):
            body.candidates = exc.candidates
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
        return JSONResponse(status_code=status_of(exc), content=body.model_dump(exclude_none=True), headers=headers)

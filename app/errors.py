"""The one place where domain errors become HTTP responses."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from graph.errors import Ambiguous, BadInput, NotFound, StoreUnavailable, VilaoError

STATUS: dict[type[VilaoError], int] = {NotFound: 404, Ambiguous: 409, BadInput: 422, StoreUnavailable: 503}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(VilaoError)
    async def vilao_error(_: Request, exc: VilaoError) -> JSONResponse:
        body: dict[str, object] = {"detail": str(exc)}
        if isinstance(exc, NotFound):
            body["suggestions"] = exc.suggestions
        if isinstance(exc, Ambiguous):
            body["candidates"] = exc.candidates
        return JSONResponse(status_code=STATUS.get(type(exc), 500), content=body)

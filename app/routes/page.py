"""The network page at `/`, and the files it loads from `/static/…`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import FileResponse, HTMLResponse

from app.viz import ASSETS, PAGE_POLICY, served_page
from graph.errors import NotFound

router = APIRouter(tags=["page"])


@router.get("/", response_class=HTMLResponse)
def network_page() -> HTMLResponse:
    """The network page: search a name, explore its neighbourhood, read the evidence of every link."""
    return HTMLResponse(served_page(), headers={"Content-Security-Policy": PAGE_POLICY})


@router.get("/static/{name}", include_in_schema=False)
def static_file(name: Annotated[str, Path()]) -> FileResponse:
    """The page's script and style, and vis-network as pyvis ships it."""
    if name not in ASSETS:
        raise NotFound(f"no static file {name!r}")
    path, media_type = ASSETS[name]
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "no-cache"})

"""Build the FastAPI app: a factory, so tests and `vilao serve` each make their own."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from threading import Lock

from fastapi import FastAPI

from app import cache
from app.errors import install_error_handlers
from app.routes import documents, entities, health, network, page, partnerships, people, stats
from app.settings import Settings
from queries.resolve import NameIndexCache

# The cyclic collector's thresholds while serving: a partners answer at 10k documents allocates a few hundred
# thousand short-lived objects, which at CPython's default (a young collection every 700) set off collections
# that walked the name index's hundred thousand long-lived objects again and again: a fifth of the answer's CPU.
# Answers make few reference cycles, so collecting the young every 20,000 allocations holds little more memory.
_COLLECTOR_THRESHOLDS = (20_000, 10, 10)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = settings.open_store()
        gc.set_threshold(*_COLLECTOR_THRESHOLDS)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="vilao",
        version="0.1.0",
        lifespan=lifespan,
        description="Vietnam–Laos cooperation in science, technology and innovation, as a graph.",
    )
    app.state.settings = settings
    app.state.names = NameIndexCache()
    app.state.write_lock = Lock()
    install_error_handlers(app)
    cache.install(app, settings.answer_cache_mb * 1024 * 1024)
    for area in (health, entities, partnerships, people, network, documents, stats, page):
        app.include_router(area.router)
    return app

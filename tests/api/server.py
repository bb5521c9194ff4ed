"""A real vilao HTTP server for tests: uvicorn serving create_app(settings) on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from app.main import create_app
from app.settings import Settings
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.neo4j_user import neo4j_store
from tests.queries.world import load_world


@contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """Run the app in a background thread until the block ends; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="vilao-test-server")
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the test server did not start for store {settings.store}")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def prepared_store(kind: str, folder: Path, neo4j_uri: str | None, *, with_world: bool = True) -> str:
    """A store holding the test world (or nothing), closed again; returns the setting that opens it."""
    graph: GraphStore
    if kind == "embedded":
        target = str(folder / "store")
        graph = EmbeddedStore(Path(target))
    else:
        assert neo4j_uri is not None
        target = neo4j_uri
        neo4j = neo4j_store(neo4j_uri)
        neo4j.clear()
        graph = neo4j
    try:
        if with_world:
            load_world(graph)
    finally:
        graph.close()
    return target

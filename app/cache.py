"""Answers kept per state of the store: the same GET on the same graph is the same bytes.

Writes only add to a store and every write changes its revision (graph.store.GraphStore.revision, an index
lookup or a count-store read), so an answer kept under the revision it was asked at is exact until the next
write, and a write makes every kept answer unreachable at once: nothing to invalidate. Analysts ask the same
questions of the same busy provinces again and again (and the page asks its graph and matrix on every load),
which is what the cache is for; a question asked once still costs what it costs.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import VilaoError
from graph.store import GraphStore

# Only the API's answers: the page and its static files are files already, the health check must ask the store.
_CACHED_PREFIX = "/api/"

Key = tuple[str, str, bytes]
_REVISION_THREADS = 8


class _Answer:
    __slots__ = ("start", "body")

    def __init__(self, start: Message, body: bytes) -> None:
        self.start = start
        self.body = body

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.start.get("headers", []))


class AnswerCache:
    """The most recently used answers, up to max_bytes of them; threads share it."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._answers: OrderedDict[Key, _Answer] = OrderedDict()
        self._bytes = 0
        self._revision: str | None = None
        self._lock = Lock()

    def get(self, key: Key) -> _Answer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: Key, answer: _Answer) -> None:
        if answer.size > self.max_bytes:
            return
        with self._lock:
            if key[0] != self._revision:
                # Answers of an older revision are never asked again: drop them rather than wait for the LRU.
                self._answers.clear()
                self._bytes = 0
                self._revision = key[0]
            old = self._answers.pop(key, None)
            self._bytes += answer.size - (old.size if old else 0)
            self._answers[key] = answer
            while self._bytes > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._bytes -= dropped.size

    def __len__(self) -> int:
        return len(self._answers)


class CachedAnswers:
    """ASGI middleware: a GET under /api/ answered with 200 is kept under (revision, path, query) and replayed."""

    def __init__(self, app: ASGIApp, cache: AnswerCache, store: Callable[[], GraphStore]) -> None:
        self.app = app
        self.cache = cache
        self.store = store
        # Threads of their own for the revision: in the shared pool a replay waited behind every answer being
        # built (forty at once under fifty clients), though it needs one index lookup or one round trip.
        self.limiter = anyio.CapacityLimiter(_REVISION_THREADS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(_CACHED_PREFIX):
            await self.app(scope, receive, send)
            return
        try:
            # A thread of its own: on Neo4j the revision is a round trip, which must not hold the event loop.
            revision = await anyio.to_thread.run_sync(self.store().revision, limiter=self.limiter)
        except VilaoError:
            await self.app(scope, receive, send)  # the route answers the store's trouble as it always does
            return
        key: Key = (revision, scope["path"], scope.get("query_string", b""))
        held = self.cache.get(key)
        if held is not None:
            await send(held.start)
            await send({"type": "http.response.body", "body": held.body})
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start is not None and start["status"] == 200:
                    self.cache.put(key, _Answer(start, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, keep)


def install(app: Any, max_bytes: int) -> None:
    """Cache the app's answers in up to max_bytes (0: no cache)."""
    if max_bytes > 0:
        app.add_middleware(CachedAnswers, cache=AnswerCache(max_bytes), store=lambda: app.state.store)

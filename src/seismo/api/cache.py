"""Whole-response cache for reads: one answer per (data version, path, query string).

Every GET of the API and the dashboard is a pure function of the stored data and the
URL, so between two writes the same URL gets the same bytes. The key starts with the
store's ``data_version()``, read before the route runs: a write moves the version on,
so no answer is served after the write that made it stale (an entry can at most hold
data newer than its key, which no request asks for after the write). Only complete
200 answers up to ``max_entry_bytes`` are kept, in an LRU bounded by ``max_bytes``.
``X-Seismo-Cache: hit|miss`` says which it was.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from seismo.store import Store

CACHE_HEADER = b"x-seismo-cache"
UNCACHED_PREFIXES = ("/static", "/docs", "/openapi.json")


@dataclass(frozen=True)
class CachedResponse:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseLRU:
    """Thread-safe LRU bounded by the total size of the bodies it holds."""

    def __init__(self, max_bytes: int, max_entry_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self._items: OrderedDict[tuple[object, ...], CachedResponse] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> CachedResponse | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], response: CachedResponse) -> None:
        if len(response.body) > self.max_entry_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old.body)
            self._items[key] = response
            self._size += len(response.body)
            while self._size > self.max_bytes and self._items:
                _, evicted = self._items.popitem(last=False)
                self._size -= len(evicted.body)


class ResponseCacheMiddleware:
    """Serve repeated GETs from memory while the stored data has not changed."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_entry_bytes: int = 2 * 1024 * 1024) -> None:
        self.app = app
        self.lru = ResponseLRU(max_bytes, max_entry_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        reader: Store = scope["app"].state.reader
        # a read-only store's version is read once; a writable one's is a query, off the event loop
        version = reader.data_version() if reader.frozen else await run_in_threadpool(reader.data_version)
        key = (
            version,
            scope["method"],
            scope["path"],
            scope.get("query_string", b""),
        )
        cached = self.lru.get(key)
        if cached is not None:
            await _replay(cached, send)
            return
        await self._fill(key, scope, receive, send)

    @staticmethod
    def _cacheable(scope: Scope) -> bool:
        return (
            scope["type"] == "http"
            and scope["method"] in ("GET", "HEAD")
            and not scope["path"].startswith(UNCACHED_PREFIXES)
        )

    async def _fill(self, key: tuple[object, ...], scope: Scope, receive: Receive, send: Send) -> None:
        """Run the route, passing its answer on as it comes and keeping a copy of a 200."""
        start: Message | None = None
        chunks: list[bytes] = []
        keep = True

        async def capture(message: Message) -> None:
            nonlocal start, keep
            if message["type"] == "http.response.start":
                start = message
                keep = message["status"] == 200
                message = {**message, "headers": [*message.get("headers", []), (CACHE_HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start is not None:
                    headers = list(start.get("headers", []))
                    self.lru.put(key, CachedResponse(start["status"], headers, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)


async def _replay(cached: CachedResponse, send: Send) -> None:
    headers = [*cached.headers, (CACHE_HEADER, b"hit")]
    await send({"type": "http.response.start", "status": cached.status, "headers": headers})
    await send({"type": "http.response.body", "body": cached.body})

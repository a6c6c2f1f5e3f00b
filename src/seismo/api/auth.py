"""Who may write: the API key check and a per-client token bucket on writes.

The key comes from ``Settings.api_key`` (env ``SEISMO_API_KEY``) and is compared in
constant time (``hmac.compare_digest``). Without a configured key the server is
read-only: every write is refused with 403, whatever the request carries.
"""

from __future__ import annotations

import hmac
import math
import threading
import time
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from seismo.api.errors import ApiError

bearer_scheme = HTTPBearer(auto_error=False, description="Authorization: Bearer KEY")
header_scheme = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: KEY")

Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]
HeaderKey = Annotated[str | None, Depends(header_scheme)]


def check_key(configured: str | None, given: str | None) -> None:
    """403 when the server is read-only, 401 when the key is missing or wrong."""
    if not configured:
        raise ApiError(
            403,
            "This server is read-only",
            ["no API key is configured on the server (set SEISMO_API_KEY to allow writes)"],
        )
    if not given or not hmac.compare_digest(given.encode(), configured.encode()):
        raise ApiError(
            401,
            "Missing or invalid API key",
            ["send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'"],
            headers={"WWW-Authenticate": "Bearer"},
        )


class RateLimiter:
    """Token buckets per client: ``burst`` requests at once, refilled at ``rate`` per second."""

    MAX_CLIENTS = 10_000

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, last update)
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """Spend one token: 0.0 if allowed, else the seconds until one is available."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                return (1.0 - tokens) / self.rate
            self._buckets[client] = (tokens - 1.0, now)
            self._forget_idle(now)
            return 0.0

    def _forget_idle(self, now: float) -> None:
        """Bound memory: drop buckets that have refilled completely (they equal a new one)."""
        if len(self._buckets) <= self.MAX_CLIENTS:
            return
        full_after = self.burst / self.rate
        self._buckets = {c: b for c, b in self._buckets.items() if now - b[1] < full_after}


def client_id(request: Request) -> str:
    """The peer address; proxy headers are not trusted (they are set by the client)."""
    return request.client.host if request.client else "unknown"


def authorize_write(request: Request, bearer: Bearer, header_key: HeaderKey) -> None:
    """Dependency for write routes: rate limit first (it also slows key guessing), then the key."""
    limiter: RateLimiter = request.app.state.write_limiter
    wait = limiter.take(client_id(request))
    if wait > 0:
        raise ApiError(
            429,
            "Too many write requests",
            [f"retry in {math.ceil(wait)} s"],
            headers={"Retry-After": str(math.ceil(wait))},
        )
    given = bearer.credentials if bearer is not None else header_key
    check_key(request.app.state.settings.api_key, given)


WriteAccess = Depends(authorize_write)

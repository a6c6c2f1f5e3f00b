"""One pure-ASGI middleware for what every response needs, errors included.

- Security headers on every response (a strict CSP without inline scripts,
  nosniff, no framing, no referrer leaks).
- A request body limit: a too-large ``Content-Length`` is refused before the body
  is read (413); a chunked body is counted while it streams and cut off at the limit.
- A last-resort catch: an exception that escapes the app becomes the canonical
  500 body (with the same headers) and is logged; no stack trace is sent. An
  ``error_page`` hook may answer it instead (the dashboard's HTML error page for
  its pages, ``web.errors.page_error``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from seismo.api.errors import ApiError, error_body

log = logging.getLogger("seismo.api")

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)
_SECURITY_NAMES = {name for name, _ in SECURITY_HEADERS}


# (scope, status, error, errors) -> a response to send instead of the JSON body, or None
ErrorPage = Callable[[Scope, int, str, list[str]], Response | None]


class BodyTooLarge(ApiError):
    """Raised while streaming a body past the limit; handled like any ApiError (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, "Request body too large", [f"the limit is {limit} bytes"])


class GuardMiddleware:
    """Security headers, body limit and the last-resort 500, for every HTTP request."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, error_page: ErrorPage | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.error_page = error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = with_security_headers(message)
            await send(message)

        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await _send_error(
                send_with_headers,
                413,
                "Request body too large",
                [f"the limit is {self.max_body_bytes} bytes"],
            )
            return
        try:
            await self.app(scope, self._limited(receive), send_with_headers)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            errors = ["the error was logged on the server"]
            page = self.error_page(scope, 500, "Internal server error", errors) if self.error_page else None
            if page is not None:
                await page(scope, receive, send_with_headers)
            else:
                await _send_error(send_with_headers, 500, "Internal server error", errors)

    def _limited(self, receive: Receive) -> Receive:
        """``receive`` that raises BodyTooLarge once the streamed body passes the limit."""
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        return limited


def with_security_headers(message: Message) -> Message:
    """The response-start message with our headers replacing any of the same name."""
    headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _SECURITY_NAMES]
    return {**message, "headers": [*headers, *SECURITY_HEADERS]}


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_error(send: Send, status: int, error: str, errors: list[str]) -> None:
    body = json.dumps(error_body(status, error, errors)).encode()
    headers: list[Any] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    if status == 413:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})

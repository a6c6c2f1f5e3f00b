"""HTML error pages for the dashboard's pages; every other URL keeps the JSON error body.

``install_html_errors`` wraps the app's error handlers (``api.errors``): the JSON handler
still decides the status, message, details and headers (one error shape), and a request
for a page (not ``/api/...``, ``/static/...``, ``/openapi.json``, a ``.json`` twin or a ``.csv`` or
``.parquet`` download) gets them rendered as HTML with the site's header and search box.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Scope

from seismo.api.errors import error_body

Handler = Callable[[Request, Exception], Awaitable[Response]]
DATA_PREFIXES = ("/api/", "/static/", "/openapi.json", "/docs/")
_KEPT_HEADERS = ("allow", "retry-after")


def is_page(path: str) -> bool:
    """Whether ``path`` is a dashboard page (HTML) rather than data: JSON, a file (``/events.csv``,
    ``/events.xml``: anything whose last segment has an extension), the API or a static file."""
    last = path.rsplit("/", 1)[-1]
    return path != "/api" and not path.startswith(DATA_PREFIXES) and "." not in last


def install_html_errors(app: FastAPI) -> None:
    """Answer errors of page requests in HTML (call after ``api.errors.install_error_handlers``)."""
    for exc_class, handler in list(app.exception_handlers.items()):
        app.exception_handlers[exc_class] = _html_for_pages(handler)


def _html_for_pages(handler: Handler) -> Handler:
    async def handle(request: Request, exc: Exception) -> Response:
        response = await handler(request, exc)
        if not is_page(request.url.path):
            return response
        return html_error(request, response)

    return handle


def html_error(request: Request, response: Response) -> HTMLResponse:
    """The JSON error ``response`` as an HTML page with the same status and headers that matter."""
    from seismo.web.views import templates  # the views import the API, which imports this module's users

    body: dict[str, Any] = json.loads(bytes(response.body))
    headers = {k: v for k, v in response.headers.items() if k.lower() in _KEPT_HEADERS}
    context = {"status": response.status_code, "error": body.get("error", ""), "errors": body.get("errors", []),
               "json_url": None}  # fmt: skip
    page: HTMLResponse = templates.TemplateResponse(
        request, "error.html", context, status_code=response.status_code, headers=headers
    )
    return page


def page_error(scope: Scope, status: int, error: str, errors: list[str]) -> Response | None:
    """The last-resort error (``api.middleware.GuardMiddleware``) as an HTML page, for page requests."""
    if scope.get("type") != "http" or not is_page(scope.get("path", "")):
        return None
    return html_error(Request(scope), JSONResponse(error_body(status, error, errors), status_code=status))

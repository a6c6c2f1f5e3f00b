"""The one error body and the handlers that turn every failure into it.

datasette's ``error_body`` pattern: every error the server sends, whatever raised it
(an unknown route, a wrong method, a failed validation, a body too large, a rate
limit, a store failure or a bug), has the same JSON shape::

    {"ok": false, "error": "one line", "errors": ["detail", ...], "status": 404}

and no stack trace ever leaves the process (bugs are logged server-side).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from seismo.errors import SeismoError

log = logging.getLogger("seismo.api")

# Library error codes as HTTP statuses; "try again later" rather than "the server is broken"
# for a locked store or story events being rebuilt. Other codes are server errors.
_STATUS_BY_CODE = {"S001": 503, "A003": 503, "A001": 404, "A002": 422, "A004": 422, "A008": 422}
_BAD_INPUT_PREFIXES = ("I",)


class ErrorBody(BaseModel):
    """The JSON body of every error response (documented on every route)."""

    ok: bool = False
    error: str
    errors: list[str]
    status: int


class ApiError(StarletteHTTPException):
    """Raise from routes for an expected failure; ``errors`` lists details for the user."""

    def __init__(
        self,
        status: int,
        error: str,
        errors: Sequence[str] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=error, headers=dict(headers or {}))
        self.errors = list(errors)


def error_body(status: int, error: str, errors: Sequence[str] = ()) -> dict[str, Any]:
    """The only place the error shape is built."""
    return {"ok": False, "error": error, "errors": list(errors) or [error], "status": status}


def error_response(
    status: int,
    error: str,
    errors: Sequence[str] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """A JSONResponse carrying ``error_body``."""
    return JSONResponse(error_body(status, error, errors), status_code=status, headers=headers)


def reason(status: int) -> str:
    """The standard phrase for a status code ("Not Found")."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail else reason(status)
    errors = getattr(exc, "errors", None) or [detail]
    headers = dict(exc.headers or {})
    if status == 404 and detail == reason(404):
        detail = f"Not found: {request.url.path}"
        errors = [detail]
    if status == 405:
        allowed = allowed_methods(request, headers.get("Allow", ""))
        headers["Allow"] = ", ".join(allowed)
        errors = [f"{request.method} is not allowed here; use {' or '.join(allowed)}"]
    return error_response(status, detail, errors, headers)


def allowed_methods(request: Request, starlette_allow: str = "") -> list[str]:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods = {m.strip() for m in starlette_allow.split(",") if m.strip()}
    path = request.url.path
    for route in _flat_routes(request.app.routes):
        regex, route_methods = getattr(route, "path_regex", None), getattr(route, "methods", None)
        if regex is not None and route_methods and regex.match(path):
            methods |= set(route_methods)
    return sorted(methods)


def _flat_routes(routes: Iterable[Any]) -> Iterator[Any]:
    """Routes of included routers too (FastAPI keeps them behind an include wrapper)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _flat_routes(inner.routes)
        else:
            yield route


def _location(loc: Sequence[Any]) -> str:
    """("query", "limit") -> "query.limit"; the "body" prefix is kept so the user knows where."""
    return ".".join(str(part) for part in loc)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [f"{_location(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()]
    return error_response(422, "Invalid request parameters", errors or ["invalid request"])


async def _seismo_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SeismoError)
    status = _STATUS_BY_CODE.get(exc.code)
    if status == 503:
        return error_response(503, str(exc), headers={"Retry-After": "5"})
    if status is not None:
        return error_response(status, str(exc))
    if exc.code.startswith(_BAD_INPUT_PREFIXES):
        return error_response(400, str(exc))
    log.error("store or pipeline error on %s: %s", request.url.path, exc)
    return error_response(500, str(exc))


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(500, "Internal server error", ["the error was logged on the server"])


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to ``error_body``."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(SeismoError, _seismo_error)
    app.add_exception_handler(Exception, _server_error)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting the error body for ``statuses``."""
    return {s: {"model": ErrorBody, "description": reason(s)} for s in statuses}

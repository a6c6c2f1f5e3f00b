"""One error shape for every error on every route, security headers on every response."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import LiveServer, assert_error, assert_security_headers, serve

from seismo.config import Settings
from seismo.server import create_app

pytestmark = pytest.mark.serial

# Every GET route with a request that must fail validation (422).
INVALID = [
    "/api/events?limit=0",
    "/api/events?limit=1001",
    "/api/events?since=yesterday",
    "/api/events?format=xml",
    "/api/events?all_modalities=maybe",
    "/api/events?date_precision=publshed",
    "/api/documents?limit=-1",
    "/api/stories?country=RUSSIA",
    "/api/dyads?limit=500",
    "/api/timeseries?interval=month",
    "/api/timeseries?by=planet",
    "/api/alerts?since=2024-13-01",
    "/.json?interval=year",
    "/dyad/RUS-UKR.json?raw=perhaps",
    "/country/RUS.json?until=no",
    "/events.json?page=0",
    "/events.csv?since=2024-02-30",
    "/stories.parquet?country=RUSSIA",
    "/documents.json?q=%21%21",
    "/map.json?type=1abc",
    "/events.xml",
]
NOT_FOUND = [
    "/api/nope",
    "/api/events/no-such-event",
    "/api/documents/no-such-doc",
    "/event/no-such-event.json",
    "/document/no-such-doc.json",
    "/static/nope.js",
    "/nope.json",
]
# Dashboard pages answer the same errors as HTML pages (issue 14: not raw JSON).
PAGE_ERRORS = [
    ("/?type=1abc", 422), ("/dyad/RUSUKR", 422), ("/country/RUSSIA", 422), ("/events?since=yesterday", 422),
    ("/events?page=0", 422), ("/stories?actor=%25", 422), ("/documents?q=%21", 422), ("/map?country=RUSSIA", 422),
    ("/nope", 404), ("/event/no-such-event", 404), ("/document/no-such-doc", 404), ("/dyad", 404),
]  # fmt: skip


@pytest.mark.parametrize("path", INVALID)
def test_validation_errors_have_the_error_shape(client: httpx.Client, path: str) -> None:
    assert_error(client.get(path), 422)


@pytest.mark.parametrize("path", NOT_FOUND)
def test_not_found_has_the_error_shape(client: httpx.Client, path: str) -> None:
    assert_error(client.get(path), 404)


@pytest.mark.parametrize(("path", "status"), PAGE_ERRORS)
def test_page_errors_are_html_pages(client: httpx.Client, path: str, status: int) -> None:
    response = client.get(path)
    assert_html_error(response, status)


def assert_html_error(response: httpx.Response, status: int) -> str:
    """An error page: the status, HTML with the site's header, the message and no stack trace."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert f'<h1 id="error-status">{status}: ' in page
    assert 'id="error-details"' in page and 'action="/events"' in page  # the details, and the search box
    assert "Traceback" not in page and "<script" not in page
    assert_security_headers(response)
    return page


@pytest.mark.parametrize(
    ("method", "path"),
    [("DELETE", "/api/events"), ("PUT", "/api/documents"), ("POST", "/api/health"), ("POST", "/events.json")],
)  # fmt: skip
def test_wrong_method_is_405_with_the_error_shape(
    client: httpx.Client, method: str, path: str
) -> None:
    response = client.request(method, path)
    assert_error(response, 405)
    assert response.headers.get("allow")


@pytest.mark.parametrize(("method", "path"), [("PATCH", "/"), ("POST", "/event/ev-a1"), ("DELETE", "/events")])
def test_wrong_method_on_a_page_is_an_html_405(client: httpx.Client, method: str, path: str) -> None:
    response = client.request(method, path)
    assert "GET" in assert_html_error(response, 405)
    assert "GET" in response.headers["allow"]


def test_malformed_json_body_is_422(client: httpx.Client) -> None:
    response = client.post(
        "/api/documents", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_error(response, 422)


@pytest.mark.parametrize(
    "path",
    ["/api/health", "/api/events", "/api/events?format=csv", "/", "/dyad/RUS-UKR",
     "/event/ev-a1", "/static/app.js", "/static/vendor/chart.umd.min.js", "/openapi.json",
     "/docs"],
)  # fmt: skip
def test_security_headers_on_successful_responses(client: httpx.Client, path: str) -> None:
    response = client.get(path, headers={"Origin": "https://evil.example"})
    assert response.status_code == 200
    assert_security_headers(response)


def test_cors_is_off_by_default(client: httpx.Client) -> None:
    preflight = client.options(
        "/api/events",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    assert preflight.status_code in (400, 405)


class BrokenStore:
    """A store whose every read fails: the server must answer 500 with the error shape."""

    read_only = True

    def __getattr__(self, name: str) -> object:
        def fail(*args: object, **kwargs: object) -> object:
            raise RuntimeError("secret internal detail /etc/passwd")

        return fail

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = Settings(db=tmp_path_factory.mktemp("broken") / "x.duckdb")
    app = create_app(settings, store=BrokenStore())  # type: ignore[arg-type]
    with LiveServer(app) as live:
        yield live


@pytest.mark.parametrize(
    "path",
    ["/api/health", "/api/events", "/api/events/ev-a1", "/api/documents", "/api/documents/x",
     "/api/stories", "/api/dyads", "/api/timeseries", "/api/alerts", "/.json",
     "/country/RUS.json", "/events.json", "/events.csv", "/map.json"],
)  # fmt: skip
def test_server_errors_have_the_error_shape_and_no_details(broken: LiveServer, path: str) -> None:
    response = httpx.get(broken.url + path, timeout=30)
    body = assert_error(response, 500)
    assert "secret" not in response.text and "passwd" not in response.text
    assert body["error"] == "Internal server error"


@pytest.mark.parametrize("path", ["/", "/dyad/RUS-UKR", "/event/ev-a1", "/events", "/documents", "/map"])
def test_server_errors_on_pages_are_html_without_details(broken: LiveServer, path: str) -> None:
    response = httpx.get(broken.url + path, timeout=30)
    page = assert_html_error(response, 500)
    assert "secret" not in page and "passwd" not in page
    assert "Internal server error" in page


def test_body_limit_is_413_before_reading(tmp_path: Path) -> None:
    from api_helpers import build_store

    with serve(build_store(tmp_path / "db.duckdb"), api_key="k", max_body_bytes=1000) as live:
        big = b'{"documents": [{"text": "' + b"x" * 5000 + b'"}]}'
        headers = {"X-API-Key": "k", "content-type": "application/json"}
        response = httpx.post(live.url + "/api/documents", content=big, headers=headers)
        assert_error(response, 413)

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while streaming
            yield b'{"documents": [{"text": "'
            for _ in range(10):
                yield b"y" * 500
            yield b'"}]}'

        response = httpx.post(live.url + "/api/documents", content=chunks(), headers=headers)
        assert_error(response, 413)

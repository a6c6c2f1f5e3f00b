"""Hostile users against a real server: what ``tests/api`` and ``tests/web`` do not cover yet.

Those suites test the key (401/403), the write rate limit, the body limit, security headers,
CORS preflight, the error shape with no stack trace, SQL injection in every parameter,
stored XSS in Chromium and schemathesis. Here: every HTML page has no inline script, event
handler or ``javascript:`` URL (so the CSP can forbid them), the CSP has no unsafe source,
CORS when configured allows only its origin and only reads, the key comparison is
constant-time, malformed requests never produce a 5xx or a traceback, and a read-only
server leaves the database file byte-for-byte unchanged whatever is sent to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from api_helpers import LiveServer

from seismo.api import auth
from seismo.config import Settings
from seismo.models import Actor, Article, CodedDocument, Event, Evidence
from seismo.server import ServerOptions, create_app
from seismo.store import Store

pytestmark = pytest.mark.serial

SCRIPT = "<script>alert(1)</script>"
TEXT = f"Russia accused Ukraine {SCRIPT} of shelling on Monday. <img src=x onerror=alert(2)>"
KEY = "server-key-0123456789abcdef"


def _store(path: Path) -> Path:
    sentence = TEXT.split(". ")[0] + "."
    article = Article(doc_id="doc-1", text=TEXT, title=f"T {SCRIPT}", outlet="O <b onmouseover=x>",
                      url="javascript:alert(3)", published=dt.date(2024, 3, 5))  # fmt: skip
    event = Event(
        event_id="ev-1", doc_id="doc-1", type="ACCUSE", quad_class=3, goldstein=-2.0,
        source=Actor(name="Russia", code="RUS", country="RUS"),
        target=Actor(name="Ukraine", code="UKR", country="UKR"), date=dt.date(2024, 3, 4),
        date_precision="day", evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
    )  # fmt: skip
    with Store.open(path) as store:
        store.add_documents([CodedDocument(article=article, events=[event])])
    return path


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    db = _store(tmp_path_factory.mktemp("srv") / "s.duckdb")
    Store.open(db).close()
    from seismo.server import open_server_store

    open_server_store(Settings(db=db)).close()  # build the story tables before hashing
    with LiveServer(create_app(Settings(db=db))) as live:
        yield live, db


PAGES = ["/", "/?type=ACCUSE", "/dyad/RUS-UKR", "/country/RUS", "/event/ev-1", "/docs"]


class _Audit(HTMLParser):
    """Collects what a strict CSP would block or what could run a stranger's script."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if tag == "script":
            self._in_script = True
            if "src" not in names:
                self.problems.append("inline <script>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name == "style":
                self.problems.append(f"<{tag} style=...> (blocked by style-src 'self')")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                ("javascript:", "data:text/html")
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.problems.append("inline script code")


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_handler_or_javascript_url(served: tuple[LiveServer, Path], path: str) -> None:
    live, _ = served
    response = httpx.get(live.url + path)
    assert response.status_code == 200
    audit = _Audit()
    audit.feed(response.text)
    assert audit.problems == []
    csp = response.headers["content-security-policy"]
    for unsafe in ("unsafe-inline", "unsafe-eval", "unsafe-hashes", "*", "http:", "https:"):
        assert unsafe not in csp.split(), (unsafe, csp)
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


MALFORMED = [
    "/event/%ff%fe%00", "/api/events?since=9999-99-99", "/api/events?limit=" + "9" * 40,
    "/api/events?actor=" + "A" * 20_000, "/api/events?type=%00%01", "/dyad/%E2%80%AE-UKR",
    "/country/%C0%AF", "/api/events?cursor=" + "x" * 5000, "/api/timeseries?interval=day&by=",
    "/api/events?since=2024-01-01&since=2025-01-01", "/..%2f..%2fetc%2fpasswd",
    "/static/..%2f..%2fapi%2fauth.py", "/static/%2e%2e/app.py", "/api/events/" + "e" * 3000,
]  # fmt: skip


@pytest.mark.parametrize("path", MALFORMED)
def test_malformed_requests_never_5xx_or_leak(served: tuple[LiveServer, Path], path: str) -> None:
    live, _ = served
    response = httpx.get(live.url + path)
    assert response.status_code < 500, response.text[:300]
    for leak in ("Traceback", 'File "', "/work/", "site-packages", "duckdb."):
        assert leak not in response.text, leak


@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT"])
def test_unused_methods_are_405(served: tuple[LiveServer, Path], method: str) -> None:
    live, _ = served
    response = httpx.request(method, live.url + "/api/events")
    assert response.status_code == 405
    assert "access-control-allow-origin" not in response.headers


def test_read_only_server_leaves_the_file_unchanged(served: tuple[LiveServer, Path]) -> None:
    live, db = served
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    doc = {"documents": [{"text": "Russia accused Ukraine of shelling on Monday."}]}
    for headers in ({}, {"X-API-Key": KEY}, {"Authorization": f"Bearer {KEY}"},
                    {"X-HTTP-Method-Override": "POST"}):  # fmt: skip
        assert httpx.post(live.url + "/api/documents", json=doc, headers=headers).status_code in (
            401, 403, 429)  # fmt: skip
        httpx.get(live.url + "/api/documents", headers=headers)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_configured_cors_allows_only_its_origin_and_only_reads(tmp_path: Path) -> None:
    db = _store(tmp_path / "c.duckdb")
    options = ServerOptions(cors_origins=["https://dash.example"])
    with LiveServer(create_app(Settings(db=db, api_key=KEY), options)) as live:
        ok = httpx.get(live.url + "/api/events", headers={"Origin": "https://dash.example"})
        assert ok.headers.get("access-control-allow-origin") == "https://dash.example"
        evil = httpx.get(live.url + "/api/events", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in evil.headers
        preflight = httpx.options(
            live.url + "/api/documents",
            headers={"Origin": "https://dash.example", "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "x-api-key"},
        )  # fmt: skip
        assert preflight.status_code >= 400
        assert "POST" not in preflight.headers.get("access-control-allow-methods", "")


def test_key_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = auth.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    auth.check_key(KEY, KEY)
    with pytest.raises(auth.ApiError):
        auth.check_key(KEY, KEY[:-1] + "x")
    with pytest.raises(auth.ApiError):
        auth.check_key(KEY, "")  # refused before comparing: an empty key is never valid
    assert calls == [(KEY.encode(), KEY.encode()), ((KEY[:-1] + "x").encode(), KEY.encode())]

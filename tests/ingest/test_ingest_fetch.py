"""URL fetching: address checks on every hop, redirects, size cap, content types.

Most tests use ``httpx.MockTransport`` and a fake resolver (no network). The
``serial`` tests start a real ``http.server`` on 127.0.0.1, which only
``allow_private`` may reach.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest
from ingest_helpers import only_article, only_rejection

from seismo.config import Settings
from seismo.ingest import Fetcher, read_inputs
from seismo.ingest.fetch import is_public_address, kind_for
from seismo.models import Article, Rejection

PUBLIC_IP = "93.184.216.34"
HTML = (
    b"<html><head><title>Talks Resume</title></head><body><article><p>"
    + b"Negotiators met again in Geneva on Monday to discuss the border. " * 5
    + b"</p></article></body></html>"
)
TEXT = b"Talks Resume\nFebruary 15, 2022\n\nNegotiators met again in Geneva."
JSON = b'[{"text": "Negotiators met.", "id": "j1"}, {"text": "Troops moved.", "id": "j2"}]'
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item>'
    b"<title>A</title><link>http://x.example/a</link><description>Troops moved.</description>"
    b"</item></channel></rss>"
)

Handler = Callable[[httpx.Request], httpx.Response]


def fake_resolve(table: dict[str, str]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"unknown host {host}")
        return [table[host]]

    return resolve


def mock_fetcher(
    settings: Settings, handler: Handler, hosts: dict[str, str] | None = None
) -> Fetcher:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return Fetcher(
        settings, client=client, resolve=fake_resolve(hosts or {"news.example": PUBLIC_IP})
    )


def fetch_all(urls: list[str], settings: Settings, fetcher: Fetcher) -> list[Article | Rejection]:
    with fetcher:
        return list(read_inputs(urls, settings, fetcher=fetcher))


@pytest.mark.parametrize(
    ("address", "public"),
    [
        (PUBLIC_IP, True),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    ("content_type", "body", "kind"),
    [
        ("text/html; charset=utf-8", b"x", "html"),
        ("application/rss+xml", b"x", "feed"),
        ("text/xml", b"<rss></rss>", "feed"),
        ("application/xml", b"<html><body>x</body></html>", "html"),
        ("application/json", b"{}", "json"),
        ("application/x-ndjson", b"{}", "jsonl"),
        ("text/plain", b"{}", "text"),
        ("application/octet-stream", b"<!doctype html><p>x", "html"),
        ("", b"plain words", "text"),
    ],
)
def test_kind_for_content_type(content_type: str, body: bytes, kind: str) -> None:
    assert kind_for(content_type, body) == kind


def test_fetch_html_with_mock_transport(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "news.example"
        return httpx.Response(200, content=HTML, headers={"content-type": "text/html"})

    fetcher = mock_fetcher(settings, handler)
    doc = only_article(fetch_all(["https://news.example/talks"], settings, fetcher))
    assert doc.title == "Talks Resume"
    assert doc.url == "https://news.example/talks"
    assert doc.source == "https://news.example/talks"


def test_redirect_to_metadata_address_is_refused(settings: Settings) -> None:
    contacted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        contacted.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data/"})

    fetcher = mock_fetcher(settings, handler)
    result = only_rejection(fetch_all(["https://news.example/a"], settings, fetcher), "I011")
    assert result.source == "https://news.example/a"
    assert "redirected to http://169.254.169.254/latest/meta-data/" in result.reason
    assert contacted == ["https://news.example/a"]  # the private hop was never contacted


def test_redirect_to_host_resolving_private_is_refused(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"location": "http://intranet.example/admin"})

    hosts = {"news.example": PUBLIC_IP, "intranet.example": "10.0.0.5"}
    fetcher = mock_fetcher(settings, handler, hosts)
    only_rejection(fetch_all(["https://news.example/a"], settings, fetcher), "I011")


def test_public_redirects_are_followed_and_relative_locations_resolved(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, content=TEXT, headers={"content-type": "text/plain"})

    doc = only_article(
        fetch_all(["http://news.example/old"], settings, mock_fetcher(settings, handler))
    )
    assert doc.url == "http://news.example/new"
    assert doc.published == dt.date(2022, 2, 15)
    assert doc.source == "http://news.example/old"


def test_too_many_redirects(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/loop"})

    result = only_rejection(
        fetch_all(["http://news.example/loop"], settings, mock_fetcher(settings, handler)), "I012"
    )
    assert "more than 5 redirects" in result.reason


@pytest.mark.parametrize(
    ("response", "detail"),
    [
        (httpx.Response(404), "HTTP 404"),
        (httpx.Response(503), "HTTP 503"),
        (httpx.Response(302), "redirect without a Location header"),
    ],
)
def test_http_errors(settings: Settings, response: httpx.Response, detail: str) -> None:
    fetcher = mock_fetcher(settings, lambda request: response)
    result = only_rejection(fetch_all(["http://news.example/x"], settings, fetcher), "I012")
    assert detail in result.reason


def test_transport_errors_become_rejections(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    result = only_rejection(
        fetch_all(["http://news.example/x"], settings, mock_fetcher(settings, handler)), "I012"
    )
    assert "connection refused" in result.reason


@pytest.mark.parametrize(
    "url",
    ["ftp://news.example/x", "file:///etc/passwd", "http:///nohost", "https://unknown.example/"],
)
def test_unfetchable_urls(settings: Settings, url: str) -> None:
    fetcher = mock_fetcher(settings, lambda request: httpx.Response(200, content=HTML))
    results = fetch_all([url], settings, fetcher)
    assert len(results) == 1
    assert isinstance(results[0], Rejection)
    assert results[0].code in {"I001", "I012"}


def test_declared_size_over_limit(settings: Settings) -> None:
    settings.max_input_bytes = 1000
    fetcher = mock_fetcher(settings, lambda r: httpx.Response(200, content=b"x" * 5000))
    result = only_rejection(fetch_all(["http://news.example/big"], settings, fetcher), "I005")
    assert "5000 bytes; limit 1000 bytes" in result.reason


def test_streamed_size_over_limit(settings: Settings) -> None:
    settings.max_input_bytes = 1000
    produced: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):  # 1 MB if read to the end
            produced.append(1)
            yield b"x" * 1000

    fetcher = mock_fetcher(settings, lambda r: httpx.Response(200, content=chunks()))
    result = only_rejection(fetch_all(["http://news.example/big"], settings, fetcher), "I005")
    assert "more than 1000 bytes" in result.reason
    assert len(produced) < 10  # the download was abandoned, not completed


def test_charset_declared_by_server(settings: Settings) -> None:
    body = "Talks\n\nTalks resumed at the café.".encode("latin-1")
    fetcher = mock_fetcher(
        settings,
        lambda r: httpx.Response(
            200, content=body, headers={"content-type": "text/plain; charset=iso-8859-1"}
        ),
    )
    doc = only_article(fetch_all(["http://news.example/t"], settings, fetcher))
    assert doc.text == "Talks resumed at the café."


# --- a real server on 127.0.0.1 ------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {
        "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML),
        "/story": (200, {"Content-Type": "text/plain"}, TEXT),
        "/records.json": (200, {"Content-Type": "application/json"}, JSON),
        "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS),
        "/redirect": (302, {"Location": "/article.html"}, b""),
        "/missing": (404, {"Content-Type": "text/plain"}, b"not found"),
    }

    def do_GET(self) -> None:
        if self.path == "/big":
            self._stream_big()
            return
        if self.path == "/slow":
            time.sleep(1.0)
        status, headers, body = self.routes.get(self.path, self.routes["/missing"])
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream_big(self) -> None:
        """No Content-Length: the client must count what it reads."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(200):
                self.wfile.write(b"x" * 10_000)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def private_ok(settings: Settings) -> Settings:
    settings.allow_private = True
    return settings


@pytest.mark.serial
def test_real_server_html_text_json_feed(server: str, private_ok: Settings) -> None:
    urls = [f"{server}/article.html", f"{server}/story", f"{server}/records.json", f"{server}/feed"]
    results = list(read_inputs(urls, private_ok))
    assert all(isinstance(r, Article) for r in results), results
    html_doc, text_doc, json_1, json_2, feed_doc = results
    assert isinstance(html_doc, Article) and html_doc.title == "Talks Resume"
    assert isinstance(text_doc, Article) and text_doc.url == f"{server}/story"
    assert text_doc.published == dt.date(2022, 2, 15)
    assert [getattr(r, "doc_id", None) for r in (json_1, json_2)] == ["j1", "j2"]
    assert json_1.source == f"{server}/records.json[0]"
    assert getattr(json_1, "url", "") is None  # a record list's URL is not the article's
    assert isinstance(feed_doc, Article) and feed_doc.outlet == "Desk"


@pytest.mark.serial
def test_real_server_refused_without_allow_private(server: str, settings: Settings) -> None:
    result = only_rejection(list(read_inputs([f"{server}/article.html"], settings)), "I011")
    assert "--allow-private" in result.reason
    port = server.rsplit(":", 1)[1]
    for host in ("localhost", "2130706433", "127.1", "[::ffff:127.0.0.1]"):
        url = f"http://{host}:{port}/story"
        only_rejection(list(read_inputs([url], settings)), "I011")


@pytest.mark.serial
def test_real_server_redirect_and_errors(server: str, private_ok: Settings) -> None:
    doc = only_article(list(read_inputs([f"{server}/redirect"], private_ok)))
    assert doc.url == f"{server}/article.html"
    assert (
        "HTTP 404"
        in only_rejection(list(read_inputs([f"{server}/missing"], private_ok)), "I012").reason
    )


@pytest.mark.serial
def test_real_server_size_cap(server: str, private_ok: Settings) -> None:
    private_ok.max_input_bytes = 50_000
    result = only_rejection(list(read_inputs([f"{server}/big"], private_ok)), "I005")
    assert "more than 50000 bytes" in result.reason


@pytest.mark.serial
def test_real_server_timeout(server: str, private_ok: Settings) -> None:
    private_ok.fetch_timeout = 0.2
    result = only_rejection(list(read_inputs([f"{server}/slow"], private_ok)), "I012")
    assert "timed out" in result.reason

"""SSRF: URL ingest never contacts a private, loopback, link-local or metadata address.

Adds to ``tests/ingest/test_ingest_fetch.py`` the cases it lacks: address literals of every
blocked kind (IPv6 loopback, ULA, IPv4-mapped, CGNAT, benchmarking, cloud metadata on IPv4 and
IPv6), DNS answers that are private, mixed or empty from an injected resolver, redirects
to IPv6 loopback and to non-HTTP schemes, and number forms of 127.0.0.1 that the system
resolver understands (``0x7f000001``, ``0177.0.0.1``). A transport records every request,
so each test also proves the refused host was never contacted; ``allow_private`` opts in.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from seismo.config import Settings
from seismo.ingest import Fetcher, read_inputs
from seismo.models import Article, Rejection

PUBLIC = "93.184.216.34"
PAGE = b"Talks Resume\n\nNegotiators met again in Geneva on Monday to discuss the border."


class Recorder:
    """A MockTransport handler that serves PAGE and remembers what was requested."""

    def __init__(self, redirect_to: str | None = None) -> None:
        self.redirect_to = redirect_to
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(str(request.url))
        if self.redirect_to and request.url.path == "/start":
            return httpx.Response(302, headers={"location": self.redirect_to})
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/plain"})


def resolver(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"unknown host {host}")
        return table[host]

    return resolve


def fetch(url: str, handler: Recorder, hosts: dict[str, list[str]] | None = None,
          allow_private: bool = False) -> Article | Rejection:  # fmt: skip
    settings = Settings(allow_private=allow_private, published=None)
    client = httpx.Client(transport=httpx.MockTransport(handler))
    table = {"news.example": [PUBLIC], **(hosts or {})}
    with Fetcher(settings, client=client, resolve=resolver(table)) as fetcher:
        (result,) = read_inputs([url], settings, fetcher=fetcher)
    return result


BLOCKED_LITERALS = [
    "http://127.0.0.1/", "http://127.255.255.254/", "http://[::1]/", "http://[::1]:8080/x",
    "http://[0:0:0:0:0:0:0:1]/", "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/", "http://100.100.100.200/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/", "http://[::ffff:10.0.0.1]/", "http://10.0.0.1/",
    "http://172.31.255.255/", "http://192.168.0.1/", "http://[fe80::1]/", "http://[fc00::1]/",
    "http://0.0.0.0/", "http://[::]/", "http://100.64.0.1/", "http://198.18.0.1/",
    "http://224.0.0.251/", "http://255.255.255.255/",
]  # fmt: skip


@pytest.mark.parametrize("url", BLOCKED_LITERALS)
def test_blocked_address_literals_are_refused_uncontacted(url: str) -> None:
    handler = Recorder()
    result = fetch(url, handler)
    assert isinstance(result, Rejection) and result.code == "I011", result
    assert "--allow-private" in result.reason
    assert handler.seen == []


@pytest.mark.parametrize(
    "answer",
    [["10.1.2.3"], ["169.254.169.254"], ["::1"], ["fd12:3456::1"], ["::ffff:127.0.0.1"],
     [PUBLIC, "10.0.0.7"], ["2606:4700::1111", "fe80::1"], []],
)  # fmt: skip
def test_dns_answers_with_any_private_address_are_refused(answer: list[str]) -> None:
    handler = Recorder()
    result = fetch("https://rebind.example/story", handler, {"rebind.example": answer})
    assert isinstance(result, Rejection) and result.code == "I011", result
    assert handler.seen == []


@pytest.mark.parametrize(
    ("location", "code"),
    [("http://[::1]/admin", "I011"), ("http://metadata.example/computeMetadata/v1/", "I011"),
     ("http://[::ffff:7f00:1]/", "I011"), ("file:///etc/passwd", "I012"), ("gopher://news.example/", "I012")],
)  # fmt: skip
def test_redirects_to_blocked_targets_are_refused_before_contact(location: str, code: str) -> None:
    handler = Recorder(redirect_to=location)
    hosts = {"metadata.example": ["169.254.169.254"]}
    result = fetch("https://news.example/start", handler, hosts)
    assert isinstance(result, Rejection) and result.code == code, result
    assert handler.seen == ["https://news.example/start"]


@pytest.mark.parametrize("host", ["0x7f000001", "0177.0.0.1", "2130706433", "127.1", "localhost"])
def test_number_forms_of_loopback_resolve_to_loopback_and_are_refused(host: str) -> None:
    """The system resolver (no network: these are numeric or /etc/hosts) turns them into 127.0.0.1."""
    settings = Settings(published=None)
    handler = Recorder()
    client = httpx.Client(transport=httpx.MockTransport(handler))
    with Fetcher(settings, client=client) as fetcher:
        (result,) = read_inputs([f"http://{host}:9/x"], settings, fetcher=fetcher)
    assert isinstance(result, Rejection) and result.code in ("I011", "I012"), result
    assert handler.seen == []


def test_allow_private_is_the_opt_in() -> None:
    handler = Recorder()
    result = fetch("http://[::1]/story", handler, allow_private=True)
    assert isinstance(result, Article), result
    assert handler.seen == ["http://[::1]/story"]

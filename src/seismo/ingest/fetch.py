"""Fetching URLs safely: address checks on every hop, a size cap, a deadline.

seismo may run as a service that fetches URLs its users type, so a URL must
not become a way to reach the machine's own network (SSRF): each hop's host is
resolved and refused when any address is private, loopback, link-local
(169.254.169.254, the cloud metadata service), reserved, multicast or
unspecified, unless ``settings.allow_private``. Redirects are followed by hand
(at most ``MAX_REDIRECTS``) so that each target is checked before it is
contacted. Bodies are streamed and abandoned past ``settings.max_input_bytes``.

Residual risk: httpx resolves the host again when it connects, so a DNS
server that answers differently within milliseconds (DNS rebinding) is not
stopped here; run untrusted fetching behind an egress firewall.

The ``httpx.Client`` and the resolver are injectable, so tests use
``httpx.MockTransport`` and a fake resolver and never touch the network.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import httpx

from seismo.config import Settings
from seismo.ingest.files import Kind, sniff
from seismo.ingest.reject import reject, too_large
from seismo.models import Rejection

MAX_REDIRECTS = 5
USER_AGENT = "seismo-ingest (news event coder)"

Resolver = Callable[[str, int], list[str]]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
_JSONL_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl",
                "application/x-jsonlines", "application/jsonlines")  # fmt: skip


@dataclass(frozen=True)
class Fetched:
    """A downloaded body and what the server said it is."""

    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None


def resolve_host(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (the system resolver, as the connection will use)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address; IPv4-mapped IPv6 is judged as IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    blocked = (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
        or ip.is_multicast or ip.is_unspecified
    )  # fmt: skip
    return ip.is_global and not blocked


class Fetcher:
    """Downloads URLs under the rules above; one instance can serve many URLs."""

    def __init__(
        self,
        settings: Settings,
        client: httpx.Client | None = None,
        resolve: Resolver = resolve_host,
    ) -> None:
        self.settings = settings
        self.resolve = resolve
        self._owns_client = client is None
        self.client = client or httpx.Client(
            timeout=settings.fetch_timeout,
            headers={"User-Agent": USER_AGENT},
            trust_env=False,  # a proxy from the environment would bypass the address checks
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the client if this Fetcher created it."""
        if self._owns_client:
            self.client.close()

    def fetch(self, url: str) -> Fetched | Rejection:
        """Download ``url``, following and checking up to MAX_REDIRECTS redirects."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            refusal = self.check_url(current, source=url)
            if refusal is not None:
                return refusal
            try:
                with self.client.stream("GET", current, follow_redirects=False) as response:
                    if not response.is_redirect:
                        return self._read(response, url)
                    location = response.headers.get("location")
                    if not location:
                        return reject("I012", url, detail="redirect without a Location header")
                    current = str(response.url.join(location))
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                return reject("I012", url, detail=_describe(exc))
        return reject("I012", url, detail=f"more than {MAX_REDIRECTS} redirects")

    def check_url(self, url: str, source: str) -> Rejection | None:
        """Refuse non-HTTP schemes and, unless allowed, hosts with non-public addresses."""
        label = source if url == source else f"{source} (redirected to {url})"
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            return reject("I012", source, label=label, detail=f"invalid URL: {exc}")
        if parsed.scheme not in ("http", "https") or not parsed.host:
            return reject("I012", source, label=label, detail="only http(s) URLs can be fetched")
        if self.settings.allow_private:
            return None
        try:
            addresses = self._addresses(parsed)
        except (OSError, UnicodeError) as exc:
            return reject("I012", source, label=label, detail=f"cannot resolve host: {exc}")
        if not addresses or not all(is_public_address(a) for a in addresses):
            return reject("I011", source, label=label)
        return None

    def _addresses(self, url: httpx.URL) -> list[str]:
        """The host itself when it is an IP literal, else what the resolver returns."""
        try:
            return [str(ipaddress.ip_address(url.host))]
        except ValueError:
            port = url.port or (443 if url.scheme == "https" else 80)
            return self.resolve(url.host, port)

    def _read(self, response: httpx.Response, source: str) -> Fetched | Rejection:
        """Stream the body under the size cap and the overall deadline."""
        if response.status_code >= 400:
            return reject("I012", source, detail=f"HTTP {response.status_code}")
        limit = self.settings.max_input_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return too_large(source, int(declared), limit, self.settings.max_document_chars)
        deadline = time.monotonic() + self.settings.fetch_timeout
        chunks: list[bytes] = []
        received = 0
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > limit:
                return too_large(source, f"more than {limit}", limit, self.settings.max_document_chars)
            if time.monotonic() > deadline:
                return reject("I012", source, detail="timed out while downloading")
            chunks.append(chunk)
        content_type = response.headers.get("content-type", "")
        return Fetched(str(response.url), b"".join(chunks), content_type, response.charset_encoding)


def kind_for(content_type: str, data: bytes) -> Kind:
    """The format a server announced, checked against the bytes where types are vague."""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in _FEED_TYPES:
        return "feed"
    if mime in _XML_TYPES:
        return "html" if sniff(data) == "html" else "feed"
    if mime == "application/json" or mime.endswith("+json"):
        return "json"
    if mime in _JSONL_TYPES:
        return "jsonl"
    if mime == "text/plain":
        return "text"
    return sniff(data)


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    return str(exc) or type(exc).__name__

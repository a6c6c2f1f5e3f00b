"""Stage 1, ingest: files, directories, stdin and URLs -> Article | Rejection.

``read_inputs`` is the one entry point the CLI and API call. It never raises
for bad input: every document that cannot be read becomes a ``Rejection``
whose ``reason`` is a coded one-line message (``Errors.I001``..``I017``), so
``seismo query rejections`` can say why each input was dropped.

Dispatch::

    "-"            -> stdin, format sniffed
    http(s)://...  -> Fetcher (address checks, size cap) -> format by content type
    directory      -> files with a known extension, recursive, sorted, hidden skipped
    file           -> format by extension, sniffed when the extension is unknown
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from seismo.config import Settings
from seismo.ingest.feeds import parse_feed
from seismo.ingest.fetch import Fetcher, kind_for
from seismo.ingest.files import (
    Kind,
    check_bytes,
    decode,
    kind_of,
    read_file,
    read_stdin,
    sniff,
    walk,
)
from seismo.ingest.html import parse_html
from seismo.ingest.records import parse_json_records
from seismo.ingest.reject import too_large
from seismo.ingest.text import parse_text, site_of
from seismo.models import Article, Rejection

__all__ = [
    "Fetcher",
    "parse_bytes",
    "parse_feed",
    "parse_html",
    "parse_json_records",
    "parse_text",
    "read_inputs",
]

Result = Article | Rejection


def read_inputs(
    inputs: Iterable[str], settings: Settings, *, fetcher: Fetcher | None = None
) -> Iterator[Result]:
    """Yield one Article or Rejection per document found in ``inputs``, in order.

    ``fetcher`` lets callers (and tests) supply an ``httpx`` client or resolver;
    by default one is created on the first URL and closed at the end.
    """
    owned: Fetcher | None = None
    try:
        for item in inputs:
            if item == "-":
                yield from _read_stdin(settings)
            elif item.lower().startswith(("http://", "https://")):
                if fetcher is None:
                    fetcher = owned = Fetcher(settings)
                yield from _read_url(item, settings, fetcher)
            else:
                yield from _read_path(Path(item), settings)
    finally:
        if owned is not None:
            owned.close()


def parse_bytes(
    data: bytes,
    source: str,
    kind: Kind,
    settings: Settings,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Result]:
    """Check raw bytes (empty, binary, encoding) and parse them as ``kind``.

    ``charset`` is what a server declared; without one, text must be UTF-8.
    """
    problem = check_bytes(data, source)
    if problem is not None:
        yield problem
        return
    if kind == "html":  # decoded by its declared charset, not blindly as UTF-8
        yield parse_html(data, source, settings, url=url, charset=charset)
        return
    if kind == "feed":
        yield from parse_feed(data, source, settings)
        return
    if kind == "text" and len(data) > settings.max_text_file_bytes:  # one article: the character limit
        yield too_large(source, len(data), settings.max_text_file_bytes, settings.max_document_chars,
                        one_article=True)
        return
    text = decode(data, source, _python_encoding(charset))
    if isinstance(text, Rejection):
        yield text
    elif kind in ("json", "jsonl"):
        yield from parse_json_records(text, source, settings, lines=kind == "jsonl")
    else:
        yield parse_text(text, source, settings)


def _read_path(path: Path, settings: Settings) -> Iterator[Result]:
    if path.is_dir():
        for child in walk(path):
            yield from _read_file(child, settings)
    else:
        yield from _read_file(path, settings)


def _read_file(path: Path, settings: Settings) -> Iterator[Result]:
    data = read_file(path, settings)
    if isinstance(data, Rejection):
        yield data
        return
    yield from parse_bytes(data, str(path), kind_of(path, data), settings)


def _read_stdin(settings: Settings) -> Iterator[Result]:
    data = read_stdin(settings)
    if isinstance(data, Rejection):
        yield data
        return
    yield from parse_bytes(data, "stdin", sniff(data), settings)


def _read_url(url: str, settings: Settings, fetcher: Fetcher) -> Iterator[Result]:
    fetched = fetcher.fetch(url)
    if isinstance(fetched, Rejection):
        yield fetched
        return
    kind = kind_for(fetched.content_type, fetched.content)
    results = parse_bytes(
        fetched.content, url, kind, settings, url=fetched.url, charset=fetched.charset
    )
    for result in results:
        # A page or text is the article at that URL; a feed or record list is not.
        if kind in ("html", "text") and isinstance(result, Article) and result.url is None:
            outlet = result.outlet or site_of(fetched.url)
            result = result.model_copy(update={"url": fetched.url, "outlet": outlet})
        yield result


def _python_encoding(charset: str | None) -> str:
    """The codec for a declared charset; UTF-8 (BOM dropped) when none or UTF-8 is declared."""
    if charset is None or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return "utf-8-sig"
    return charset

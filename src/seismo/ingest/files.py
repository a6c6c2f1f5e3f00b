"""Reading inputs from disk and stdin: walking, size, binary and encoding checks, sniffing.

Every check happens on bytes before any parser sees them, so a bad file gets a
precise coded Rejection (I001-I005) instead of a parser's traceback. The size
limit is checked with ``stat`` before reading, so a 10 GB file is never loaded.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from seismo.config import Settings
from seismo.ingest.reject import reject, too_large
from seismo.models import Rejection

Kind = Literal["text", "html", "json", "jsonl", "feed"]

EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}  # fmt: skip

SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.1
# Control characters that plain text legitimately contains: tab, newlines, form feed, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def walk(path: Path) -> Iterator[Path]:
    """Files under ``path`` with a known extension, in sorted order; hidden ones skipped.

    Symlinked directories are not followed (no cycles); the order is the same
    on every machine, so re-runs produce the same document sequence.
    """
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(root, name)
            if not name.startswith(".") and candidate.suffix.lower() in EXTENSIONS:
                yield candidate


def read_file(path: Path, settings: Settings) -> bytes | Rejection:
    """The file's bytes, or a Rejection when it is missing, unreadable or too large."""
    source = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or /dev/zero would block or never end
            return reject("I015", source, detail="not a regular file")
        size = info.st_size
        one_article = EXTENSIONS.get(path.suffix.lower()) == "text"
        limit = settings.max_text_file_bytes if one_article else settings.max_input_bytes
        if size > limit:
            return too_large(source, size, limit, settings.max_document_chars, one_article=one_article)
        return path.read_bytes()
    except FileNotFoundError:
        return reject("I001", source)
    except OSError as exc:
        return reject("I015", source, detail=exc.strerror or type(exc).__name__)


def read_stdin(settings: Settings) -> bytes | Rejection:
    """All of stdin as bytes, stopping at the size limit (stdin cannot be stat'ed)."""
    if sys.stdin is None:  # no stdin at all (a detached process)
        return reject("I015", "stdin", detail="stdin is closed")
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    limit = settings.max_input_bytes
    extra = 0
    if stream is None:  # a text stream (tests, embedding): re-encode what it holds
        data = sys.stdin.read().encode("utf-8", errors="surrogatepass")
    else:
        data = stream.read(limit + 1)
        extra = _drain(stream) if len(data) > limit else 0
    if len(data) > limit:
        return too_large("stdin", len(data) + extra, limit, settings.max_document_chars)
    return data


def _drain(stream: BinaryIO) -> int:
    """Read and discard the rest of a stream, returning how many bytes it held."""
    total = 0
    while chunk := stream.read(1 << 20):
        total += len(chunk)
    return total


def check_bytes(data: bytes, source: str) -> Rejection | None:
    """Reject empty and binary content; None when the bytes may be text."""
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        return reject("I002", source)
    head = data[:SNIFF_BYTES]
    if head.startswith(_UTF16_BOMS):
        return reject("I004", source, detail="UTF-16 byte order mark")
    if b"\x00" in head:
        return reject("I003", source, detail="contains NUL bytes")
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    ratio = controls / len(head)
    if ratio > MAX_CONTROL_RATIO:
        return reject("I003", source, detail=f"{ratio:.0%} control characters")
    return None


def decode(data: bytes, source: str, encoding: str = "utf-8-sig") -> str | Rejection:
    """Decode strictly; seismo does not guess encodings (a wrong guess corrupts text silently)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        detail = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        return reject("I004", source, detail=detail)
    except LookupError:
        return reject("I004", source, detail=f"unknown encoding {encoding!r}")


def kind_of(path: Path, data: bytes) -> Kind:
    """The format by extension, or by sniffing the content when the extension is unknown."""
    return EXTENSIONS.get(path.suffix.lower()) or sniff(data)


def sniff(data: bytes) -> Kind:
    """Guess the format from the first bytes: HTML, feed, JSON / JSON Lines, else text."""
    head = data[:SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<"):
        # A feed's items may carry HTML, so feed tags win; "<html" after a prolog is a page.
        if any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        return "html" if b"<html" in head else "text"
    if head.startswith((b"{", b"[")):
        return _sniff_json(data)
    return "text"


def _sniff_json(data: bytes) -> Kind:
    """JSON if the whole parses, JSON Lines if the first line does; else plain text."""
    try:
        json.loads(data)
        return "json"
    except ValueError:
        pass
    first = data.lstrip().split(b"\n", 1)[0]
    try:
        json.loads(first)
    except ValueError:
        return "text"
    return "jsonl"

"""Pathological inputs, one by one: huge, deep, long, binary, compressed, control characters, RTL.

Each must be refused with its coded reason or processed within a time limit and a
memory bound; none may crash ingest. Memory is measured with ``tracemalloc`` (Python
allocations) around the call.
"""

from __future__ import annotations

import gzip
import io
import json
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import seismo, time_limit

from seismo.config import Settings
from seismo.ingest import parse_bytes, parse_feed, parse_html, parse_text, read_inputs
from seismo.models import Article, CodedDocument, Rejection
from seismo.store import Store

MB = 1024 * 1024
SETTINGS = Settings(published=None)
ENGLISH = "The army said it moved troops to the border on Monday, officials told reporters."


@contextmanager
def measured(limit_s: float) -> Iterator[dict[str, float]]:
    """Time limit (hard, SIGALRM) plus the peak of Python allocations in MB."""
    stats: dict[str, float] = {}
    tracemalloc.start()
    started = time.monotonic()
    try:
        with time_limit(limit_s):
            yield stats
    finally:
        stats["seconds"] = time.monotonic() - started
        stats["peak_mb"] = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()


def only(results: list[Article | Rejection]) -> Article | Rejection:
    assert len(results) == 1, results
    return results[0]


def test_50_mb_single_line_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "one-line.txt"
    with big.open("wb") as f:
        f.write(b"word " * (10 * MB))  # 50 MB, no newline
    with measured(2) as stats:
        result = only(list(read_inputs([str(big)], SETTINGS)))
    assert isinstance(result, Rejection) and result.code == "I005", result
    # a plain-text file is one article: 300,000 characters are at most 1,200,000 bytes (issue 14)
    assert "52428800 bytes; limit 1200000 bytes for a plain-text file" in result.reason
    assert stats["peak_mb"] < 1, stats  # refused by its size, before a byte is read


@pytest.mark.serial
def test_50_mb_single_line_through_the_cli_and_stdin_is_one_line_i005(tmp_path: Path) -> None:
    big = tmp_path / "one-line.txt"
    big.write_bytes(b"x" * (50 * MB))
    db = str(tmp_path / "s.duckdb")
    for args, data in (([str(big)], None), (["-"], big.read_bytes())):
        started = time.monotonic()
        result = seismo("ingest", *args, "--db", db, "-q", input=data, timeout=60)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "I005" in lines[0], result.stderr[:500]
        assert time.monotonic() - started < 30


def test_text_under_the_byte_limit_but_too_long_to_code_is_i017() -> None:
    line = ENGLISH.replace(".", ",") * (15 * MB // len(ENGLISH))  # one 15 MB line
    with measured(10) as stats:
        result = parse_text(line, "long.txt", SETTINGS)
    assert isinstance(result, Rejection) and result.code == "I017", result
    assert stats["seconds"] < 10


def test_100k_short_sentences_are_cleaned_in_time_and_bounded_memory() -> None:
    text = "".join(f"The army said it moved {i} troops to the border. " for i in range(100_000))
    roomy = Settings(published=None, max_document_chars=len(text) + 1)
    with measured(15) as stats:
        result = parse_text(text, "many.txt", roomy)
    assert isinstance(result, Article), result
    assert result.text == text.strip()
    assert stats["peak_mb"] < 40 * len(text) / MB, stats
    refused = parse_text(text, "many.txt", SETTINGS)  # the default limit protects spaCy
    assert isinstance(refused, Rejection) and refused.code == "I017"


def test_deeply_nested_html_is_refused_or_read_in_time() -> None:
    inner = f"<p>{ENGLISH}</p>"
    page = "<html><body>" + "<div>" * 10_000 + inner + "</div>" * 10_000 + "</body></html>"
    with measured(10):
        result = parse_html(page.encode(), "deep.html", SETTINGS)
    assert isinstance(result, Article | Rejection)
    assert isinstance(result, Article) or result.code == "I008", result
    summary = ("&lt;div&gt;" * 10_000) + ENGLISH + ("&lt;/div&gt;" * 10_000)
    feed = (f"<rss><channel><item><title>Deep</title><description>{summary}</description>"
            "</item></channel></rss>").encode()  # fmt: skip
    with measured(10):
        (entry,) = parse_feed(feed, "deep.xml", SETTINGS)
    assert isinstance(entry, Article) or entry.code in ("I016", "I014"), entry


def _bytes_of(kind: str) -> Callable[[], bytes]:
    cases: dict[str, Callable[[], bytes]] = {
        "nul": lambda: (ENGLISH + "\x00 and more").encode(),
        "controls": lambda: bytes(range(1, 32)) * 20 + ENGLISH.encode(),
        "utf16": lambda: ENGLISH.encode("utf-16"),
    }
    return cases[kind]


@pytest.mark.parametrize(("kind", "code"), [("nul", "I003"), ("controls", "I003"), ("utf16", "I004")])
def test_binary_looking_bytes_are_refused(kind: str, code: str) -> None:
    for fmt in ("text", "html", "json", "jsonl", "feed"):
        result = only(list(parse_bytes(_bytes_of(kind)(), "x", fmt, SETTINGS)))  # type: ignore[arg-type]
        assert isinstance(result, Rejection) and result.code == code, (fmt, result)


@pytest.mark.parametrize(
    "text",
    [f"{ENGLISH}\x1b[31m and the escape stayed.", f"{ENGLISH}\u202e.gnirts desrever a\u202c",
     f"\u200f{ENGLISH} \u2067\u0645\u0631\u062d\u0628\u0627\u2069 was quoted."],
)  # fmt: skip
def test_control_and_bidi_characters_in_english_text_are_kept_verbatim(text: str) -> None:
    result = parse_text(text, "t.txt", SETTINGS)
    assert isinstance(result, Article), result
    assert result.text == text.strip()


def test_right_to_left_text_is_not_english() -> None:
    arabic = "\u0642\u0627\u0644 \u0627\u0644\u062c\u064a\u0634 \u0625\u0646\u0647 " * 40
    hebrew = "\u05d4\u05e6\u05d1\u05d0 \u05d0\u05de\u05e8 \u05e9\u05d4\u05d5\u05d0 " * 40
    for text in (arabic, hebrew):
        result = parse_text(text, "rtl.txt", SETTINGS)
        assert isinstance(result, Rejection) and result.code == "I009"


def test_nul_inside_a_json_string_is_kept_and_stored_exactly() -> None:
    text = f"{ENGLISH} A NUL \u0000 sits here."
    (article,) = parse_bytes(json.dumps({"text": text}).encode(), "r.json", "json", SETTINGS)
    assert isinstance(article, Article) and "\x00" in article.text
    with Store.open(":memory:") as store:
        store.add_documents([CodedDocument(article=article)])
        assert store.document(article.doc_id) == article


def _gzip() -> bytes:
    return gzip.compress(((ENGLISH + "\n") * 1000).encode())


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", b"\0" * (20 * MB))  # 20 MB of zeros in ~20 KB
    return buffer.getvalue()


@pytest.mark.parametrize("name, make", [("story.txt.gz", _gzip), ("bomb.zip", _zip_bomb)])
def test_compressed_input_is_never_decompressed(tmp_path: Path, name: str, make: Any) -> None:
    """seismo reads no compressed formats: given by name it is binary, in a directory skipped."""
    path = tmp_path / "in" / name
    path.parent.mkdir()
    path.write_bytes(make())
    with measured(5) as stats:
        result = only(list(read_inputs([str(path)], SETTINGS)))
        assert isinstance(result, Rejection) and result.code == "I003", result
        assert list(read_inputs([str(path.parent)], SETTINGS)) == []
    assert stats["peak_mb"] < 5

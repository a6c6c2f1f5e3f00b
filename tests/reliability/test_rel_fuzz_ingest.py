"""Fuzzing every ingest parser with Hypothesis: no exception, no hang, bounded output.

Each target gets generated inputs of two kinds: arbitrary Unicode / bytes, and inputs
assembled from the fragments its rules look for (datelines, dates, tags, JSON values,
feed elements), which reach much deeper than random text. A parser must return
Articles or coded Rejections, never raise; each case runs under a hard time limit
(SIGALRM, so even a regular expression that backtracks for ever is stopped) and the
process's peak memory may not grow by more than ``RSS_GROWTH_MB`` during a target.

The cases are derandomized (the same ones in every CI run); set ``SEISMO_FUZZ_RANDOM=1``
to explore new ones and ``SEISMO_FUZZ_SCALE=10`` to run ten times as many.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import FUZZ_COUNTS, max_rss_mb, time_limit

from seismo.config import Settings
from seismo.ingest import parse_bytes, parse_feed, parse_html, parse_json_records, parse_text
from seismo.ingest.dateline import Dateline, match_dateline
from seismo.ingest.dates import parse_date, parse_date_line
from seismo.models import Article, Rejection

SCALE = float(os.environ.get("SEISMO_FUZZ_SCALE", "1"))
RSS_GROWTH_MB = 300
HARD_LIMIT_S = 5.0
SETTINGS = Settings(published=None)

# Warm up lazy imports (trafilatura, feedparser) so the first case is not timed with them.
parse_html(b"<html><body><p>Warm up.</p></body></html>", "warm", SETTINGS)
list(parse_feed(b"<rss><channel><item><description>Warm up.</description></item></channel></rss>", "w", SETTINGS))


def fuzz(n: int, deadline_ms: int = 1000) -> Callable[[Any], Any]:
    """Hypothesis settings for ``n`` cases, each under a deadline (checked after it returns)."""
    return settings(
        max_examples=max(1, int(n * SCALE)),
        deadline=timedelta(milliseconds=deadline_ms),
        derandomize=not os.environ.get("SEISMO_FUZZ_RANDOM"),
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def run_target(name: str, target: Callable[[], None], expected: int) -> None:
    """Run a @given target, then check it ran its cases without growing memory much."""
    before_cases, before_rss = FUZZ_COUNTS.get(name, 0), max_rss_mb()
    target()
    ran = FUZZ_COUNTS.get(name, 0) - before_cases
    assert ran >= 0.9 * expected * SCALE, f"{name}: only {ran} cases ran"
    assert max_rss_mb() - before_rss < RSS_GROWTH_MB, f"{name}: memory grew past the bound"


def count(name: str) -> None:
    FUZZ_COUNTS[name] = FUZZ_COUNTS.get(name, 0) + 1


def check_results(results: list[Article | Rejection], size: int) -> None:
    """Only Articles and coded Rejections; article text never larger than its input."""
    for result in results:
        assert isinstance(result, Article | Rejection), type(result)
        if isinstance(result, Rejection):
            assert result.code.startswith("I") and result.reason.startswith(result.code)
            assert "\n" not in result.reason.strip() or len(result.reason) < 10_000
        else:
            assert result.text.strip() and result.doc_id
            assert len(result.text) <= size + 100


# -- strategies -----------------------------------------------------------------------------

ANY_TEXT = st.text(max_size=600)  # every code point except surrogates: controls, NUL, RTL...
SPECIAL = st.sampled_from(
    ["\x00", "\u202e", "\u202d", "\u200f", "\u200b", "\ufeff", "\r", "\r\n", "\t", "\x0b",
     "\x1b", "\u2028", "\u2029", "\U0001f600", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd",
     "e\u0301", "\ud7ff", "\ufffe", "\uffff"]
)  # fmt: skip
ENGLISH = st.sampled_from(
    ["Russian forces shelled Kharkiv on Monday, killing three people, officials said.",
     "The president met the foreign minister in Geneva on Tuesday to discuss the border.",
     "Troops withdrew from the area after talks that lasted until late in the evening."]
)  # fmt: skip
DATELINE_BITS = st.sampled_from(
    ["KYIV", "NEW", "YORK", "ST.", "WASHINGTON", "D.C.", "Kyiv", " ", "  ", "\t", "\n", "(",
     ")", "(Reuters)", "(AP)", "Reuters", "-", "--", "\u2014", "\u2013", ",", ", Ukraine",
     "Feb", "Feb.", "February", "15", "2022", "'", "\u2019", ".", "A", "AA", "CNN", "The",
     "\"", "\u201c"]
)  # fmt: skip
DATE_BITS = st.sampled_from(
    ["Published:", "Updated on", "Mon,", "Tuesday,", "15", "1st", "Feb", "Feb.", "February",
     "Sept", "2022", "0000", "9999", "99999999999999999999", "-", "/", ".", ",", ":", " ",
     "10:30", "AM", "GMT", "+0000", "+9999", "T", "Z", "2024-02-30", "2024-03-05T10:00:00Z",
     "at", "|"]
)  # fmt: skip


def joined(parts: st.SearchStrategy[str], max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(parts, max_size=max_size).map("".join)


MIXED = joined(st.one_of(ENGLISH, SPECIAL, DATELINE_BITS, DATE_BITS, st.text(max_size=20)))
LINES = st.lists(st.one_of(MIXED, ENGLISH, ANY_TEXT), max_size=12).map("\n".join)

# -- plain text -----------------------------------------------------------------------------


@fuzz(2500)
@given(st.one_of(ANY_TEXT, LINES, MIXED))
def _fuzz_parse_text(raw: str) -> None:
    count("parse_text")
    with time_limit(HARD_LIMIT_S):
        result = parse_text(raw, "fuzz.txt", SETTINGS)
    check_results([result], len(raw))


def test_fuzz_parse_text() -> None:
    run_target("parse_text", _fuzz_parse_text, 2500)


# -- raw bytes through the same checks a file gets ---------------------------------------------

KINDS = st.sampled_from(["text", "html", "json", "jsonl", "feed"])
BYTES = st.one_of(
    st.binary(max_size=400),
    LINES.map(lambda s: s.encode("utf-8")),
    st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x1f\x8b\x08", b"PK\x03\x04", b""]),
              st.binary(max_size=200)).map(b"".join),
)  # fmt: skip


@fuzz(1000)
@given(BYTES, KINDS, st.sampled_from([None, "utf-8", "latin-1", "x-unknown", "utf-16", "cp1252"]))
def _fuzz_parse_bytes(data: bytes, kind: Any, charset: str | None) -> None:
    count("parse_bytes")
    with time_limit(HARD_LIMIT_S):
        results = list(parse_bytes(data, "fuzz", kind, SETTINGS, charset=charset))
    assert results
    check_results(results, len(data) * 4)


def test_fuzz_parse_bytes() -> None:
    run_target("parse_bytes", _fuzz_parse_bytes, 1000)


# -- HTML -----------------------------------------------------------------------------------

TAGS = st.sampled_from(
    ["<html>", "</html>", "<body>", "<article>", "</article>", "<p>", "</p>", "<div>", "</div>",
     "<br>", "<script>alert(1)</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[",
     "]]>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<title>", "</title>",
     "<meta charset='", "'>", "<meta property='article:published_time' content='",
     "<h1>", "</h1>", "<table><tr><td>", "<", ">", "\"", "<?xml version='1.0'?>", "<!DOCTYPE html>"]
)  # fmt: skip
HTML = joined(st.one_of(TAGS, ENGLISH, SPECIAL, st.text(max_size=30)), max_size=60)


@fuzz(500, deadline_ms=3000)
@given(st.one_of(HTML, ANY_TEXT), st.booleans())
def _fuzz_parse_html(page: str, as_bytes: bool) -> None:
    count("parse_html")
    data: bytes | str = page.encode("utf-8") if as_bytes else page
    with time_limit(HARD_LIMIT_S * 2):
        result = parse_html(data, "fuzz.html", SETTINGS, url="https://news.example/a")
    check_results([result], len(page))


def test_fuzz_parse_html() -> None:
    run_target("parse_html", _fuzz_parse_html, 500)


# -- JSON and JSON Lines --------------------------------------------------------------------

JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), ANY_TEXT, ENGLISH)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)  # fmt: skip
RECORD = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(ENGLISH, ANY_TEXT, JSON_VALUE, LINES),
        "title": JSON_VALUE, "url": JSON_VALUE, "outlet": JSON_VALUE, "id": JSON_VALUE,
        "published": st.one_of(joined(DATE_BITS, 8), JSON_VALUE),
    },
)  # fmt: skip
JSON_DOC = st.one_of(
    RECORD.map(json.dumps),
    st.lists(RECORD, max_size=4).map(json.dumps),
    JSON_VALUE.map(json.dumps),
    ANY_TEXT,
    st.lists(st.one_of(RECORD.map(json.dumps), ANY_TEXT), max_size=5).map("\n".join),
)


@fuzz(1200)
@given(JSON_DOC)
def _fuzz_parse_json(raw: str) -> None:
    count("parse_json_records")
    with time_limit(HARD_LIMIT_S):
        results = list(parse_json_records(raw, "fuzz.json", SETTINGS, lines=False))
    assert results
    check_results(results, len(raw))


@fuzz(1200)
@given(JSON_DOC)
def _fuzz_parse_jsonl(raw: str) -> None:
    count("parse_json_records(lines)")
    with time_limit(HARD_LIMIT_S):
        results = list(parse_json_records(raw, "fuzz.jsonl", SETTINGS, lines=True))
    check_results(results, len(raw))


def test_fuzz_parse_json_records() -> None:
    run_target("parse_json_records", _fuzz_parse_json, 1200)
    run_target("parse_json_records(lines)", _fuzz_parse_jsonl, 1200)


# -- RSS and Atom ---------------------------------------------------------------------------

FIELD = st.one_of(ENGLISH, HTML, ANY_TEXT, joined(DATE_BITS, 10)).map(lambda s: s.replace("]]>", ""))


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    """An RSS or Atom document with generated titles, dates and (HTML) bodies."""
    atom = draw(st.booleans())
    items = []
    for _ in range(draw(st.integers(0, 3))):
        title, date, body = draw(FIELD), draw(FIELD), draw(FIELD)
        wrap = draw(st.sampled_from(["cdata", "escaped", "raw"]))
        if wrap == "cdata":
            body = f"<![CDATA[{body}]]>"
        elif wrap == "escaped":
            body = body.replace("&", "&amp;").replace("<", "&lt;")
        if atom:
            items.append(f"<entry><title>{title}</title><updated>{date}</updated>"
                         f"<content type='html'>{body}</content></entry>")  # fmt: skip
        else:
            items.append(f"<item><title>{title}</title><pubDate>{date}</pubDate>"
                         f"<description>{body}</description></item>")  # fmt: skip
    head = draw(
        st.sampled_from(["<?xml version='1.0' encoding='utf-8'?>", "", "<?xml version='1.0' encoding='x-nope'?>"])
    )
    if atom:
        doc = f"{head}<feed xmlns='http://www.w3.org/2005/Atom'><title>{draw(FIELD)}</title>{''.join(items)}</feed>"
    else:
        doc = f"{head}<rss version='2.0'><channel><title>{draw(FIELD)}</title>{''.join(items)}</channel></rss>"
    return doc.encode("utf-8")  # fmt: skip


@fuzz(700, deadline_ms=2000)
@given(st.one_of(feeds(), st.binary(max_size=300)))
def _fuzz_parse_feed(data: bytes) -> None:
    count("parse_feed")
    with time_limit(HARD_LIMIT_S):
        results = list(parse_feed(data, "fuzz.xml", SETTINGS))
    assert results
    check_results(results, len(data))


def test_fuzz_parse_feed() -> None:
    run_target("parse_feed", _fuzz_parse_feed, 700)


# -- datelines and publication dates --------------------------------------------------------


@fuzz(2000)
@given(st.one_of(joined(DATELINE_BITS, 30), MIXED, ANY_TEXT))
def _fuzz_dateline(paragraph: str) -> None:
    count("match_dateline")
    with time_limit(HARD_LIMIT_S):
        found = match_dateline(paragraph)
    if found is not None:
        assert isinstance(found, Dateline)
        assert 0 < found.end < len(paragraph.rstrip()) + 1
        assert found.month is None or 1 <= found.month <= 12


def test_fuzz_dateline() -> None:
    run_target("match_dateline", _fuzz_dateline, 2000)


@fuzz(1500)
@given(st.one_of(joined(DATE_BITS, 12), ANY_TEXT, MIXED))
def _fuzz_publication_dates(value: str) -> None:
    count("parse_date")
    with time_limit(HARD_LIMIT_S):
        parse_date(value)
        parse_date_line(value)


def test_fuzz_publication_dates() -> None:
    run_target("parse_date", _fuzz_publication_dates, 1500)


# -- explicit regressions found by the fuzzers ------------------------------------------------


@pytest.mark.parametrize(
    "date",
    ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"],
)
def test_feed_dates_outside_the_calendar_are_i013(date: str) -> None:
    """feedparser shifts these into year 0 or 10000; that used to raise ValueError."""
    feed = (
        f"<rss><channel><title>T</title><item><title>A</title><pubDate>{date}</pubDate>"
        "<description>Troops moved to the border on Monday, officials said.</description>"
        "</item></channel></rss>"
    ).encode()
    (result,) = parse_feed(feed, "f.xml", SETTINGS)
    assert isinstance(result, Rejection) and result.code == "I013"


@pytest.mark.parametrize(
    "value",
    ["Mon, 01 Jan 999999999999999999999 00:00:00 GMT",
     "Mon, 99999999999999999999 Jan 2024 00:00:00 GMT"],
)  # fmt: skip
def test_rfc2822_dates_with_huge_numbers_are_invalid_not_a_crash(value: str) -> None:
    """email.utils raised OverflowError; a JSON record's date is now rejected (I013)."""
    assert parse_date(value) is None
    record = json.dumps({"text": "Troops moved to the border, officials said.", "published": value})
    (result,) = parse_json_records(record, "r.json", SETTINGS)
    assert isinstance(result, Rejection) and result.code == "I013"


@pytest.mark.parametrize("control", ["\x1b", "\x0b", "\x0c", "\x01", "\ufffe", "\uffff"])
def test_feed_html_with_control_characters_is_read(control: str) -> None:
    """lxml raised ValueError when html_to_text put breaks next to a control character."""
    body = f"&lt;p&gt;Troops moved to the border on Monday.&lt;/p&gt;{control} Officials said so."
    feed = (
        f"<rss><channel><title>T</title><item><title>A</title><description>{body}</description></item></channel></rss>"
    ).encode()
    (result,) = parse_feed(feed, "f.xml", SETTINGS)
    assert isinstance(result, Article), result
    assert result.text.startswith("Troops moved to the border on Monday.")

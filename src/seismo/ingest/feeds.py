"""RSS and Atom feeds -> one Article per entry, via feedparser.

The feed's title is the outlet of its entries; an entry's full content is
preferred to its summary; HTML in either is reduced to plain paragraphs.
feedparser flags malformed XML with ``bozo`` but still returns what it could
read, so a broken feed is only rejected (I010) when no entry survived.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from seismo.config import Settings
from seismo.ingest.dates import parse_date
from seismo.ingest.html import html_to_text
from seismo.ingest.reject import reject
from seismo.ingest.text import Meta, build_article
from seismo.models import Article, Rejection

Result = Article | Rejection


def parse_feed(data: bytes, source: str, settings: Settings) -> Iterator[Result]:
    """Parse feed bytes; entries are named ``source[index]`` in their Rejections."""
    try:
        # Bytes, never str: feedparser treats a str as a URL or file name to open.
        parsed = feedparser.parse(bytes(data))
    except Exception as exc:  # feedparser must not crash ingest on a hostile document
        yield reject("I010", source, detail=type(exc).__name__)
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield reject("I010", source, detail=str(problem) if problem else "no entries")
        return
    outlet = _plain(parsed.feed.get("title_detail")) or None
    for index, entry in enumerate(parsed.entries):
        yield parse_entry(entry, f"{source}[{index}]", settings, outlet)


def parse_entry(entry: Any, source: str, settings: Settings, outlet: str | None) -> Result:
    """One feed entry -> Article; I016 without text, I013 with an unreadable date."""
    text = _entry_text(entry)
    if not text.strip():
        return reject("I016", source)
    published, raw_date = _entry_date(entry)
    if raw_date is not None and published is None:
        return reject("I013", source, value=raw_date)
    meta = Meta(
        title=_plain(entry.get("title_detail")) or None,
        url=entry.get("link") or None,
        outlet=outlet,
        published=published,
    )
    return build_article(text, source, settings, meta)


def _entry_text(entry: Any) -> str:
    """The longest content block, else the summary, as plain text."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        return _plain(max(contents, key=lambda c: len(c["value"])))
    return _plain(entry.get("summary_detail"))


def _plain(detail: Any) -> str:
    """Text of a feedparser text construct, stripping HTML when its type says HTML."""
    if not detail or not detail.get("value"):
        return ""
    value: str = detail["value"]
    if "html" in (detail.get("type") or ""):
        return html_to_text(value)
    return value.strip()


def _entry_date(entry: Any) -> tuple[dt.date | None, str | None]:
    """(date, the raw string it came from); the raw string is None when the entry has no date."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed is not None:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday), raw
            except (ValueError, OverflowError):  # year 0 or 10000 once the zone is applied
                return None, raw
        return parse_date(raw), raw
    return None, None

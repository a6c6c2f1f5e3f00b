"""JSON and JSON Lines records -> Articles.

A record is an object with a required ``text`` and optional ``title``,
``url``, ``published``, ``outlet`` and ``id``. Each record succeeds or fails
on its own: one bad line in a JSON Lines file costs that line only, and its
Rejection names it as ``file:line`` (``file[index]`` inside a JSON list).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from seismo.config import Settings
from seismo.ingest.dates import parse_date
from seismo.ingest.reject import reject
from seismo.ingest.text import Meta, build_article
from seismo.models import Article, Rejection

Result = Article | Rejection


def parse_json_records(
    raw: str, source: str, settings: Settings, lines: bool = False
) -> Iterator[Result]:
    """Parse a JSON document (one object or a list) or, with ``lines``, JSON Lines."""
    if lines:
        yield from _parse_lines(raw, source, settings)
        return
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _first_line_parses(raw):  # JSON Lines named .json
            yield from _parse_lines(raw, source, settings)
        else:
            yield reject("I006", source, detail=_describe(exc))
        return
    if isinstance(data, list):
        if not data:  # nothing to ingest is worth saying, not a silent no-op
            yield reject("I002", source)
        for index, item in enumerate(data):
            yield parse_record(item, f"{source}[{index}]", settings)
    else:
        yield parse_record(data, source, settings)


def _parse_lines(raw: str, source: str, settings: Settings) -> Iterator[Result]:
    """One record per non-blank line; a malformed line is rejected and the rest go on."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield reject("I006", where, detail=_describe(exc))
            continue
        yield parse_record(data, where, settings)


def parse_record(data: Any, source: str, settings: Settings) -> Result:
    """One decoded JSON value -> Article, or the reason it is not one."""
    if not isinstance(data, dict):
        return reject("I006", source, detail=f"expected an object, got {type(data).__name__}")
    if "text" not in data or data["text"] is None:
        return reject("I007", source)
    text = data["text"]
    if not isinstance(text, str) or not text.strip():
        return reject("I018", source, kind=_kind_of(text))
    published, bad = _published(data.get("published"))
    if bad:
        return reject("I013", source, value=data.get("published"))
    meta = Meta(
        title=_string(data.get("title")),
        url=_string(data.get("url")),
        outlet=_string(data.get("outlet")),
        published=published,
        doc_id=_string(data.get("id")),
    )
    return build_article(text, source, settings, meta)


def _kind_of(value: Any) -> str:
    """How a wrong ``text`` value reads in a message: "a number (12345)", "an empty string"."""
    if isinstance(value, str):
        return "an empty string" if not value else "only whitespace"
    if isinstance(value, bool):
        return f"a boolean ({json.dumps(value)})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)


def _published(value: Any) -> tuple[dt.date | None, bool]:
    """(date or None, invalid?): a given but unreadable date is an error, never None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, False
    date = parse_date(value) if isinstance(value, str) else None
    return date, date is None


def _string(value: Any) -> str | None:
    """Strings as given, numbers (ids) as text, anything else ignored."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def _first_line_parses(raw: str) -> bool:
    try:
        json.loads(raw.lstrip().split("\n", 1)[0])
    except json.JSONDecodeError:
        return False
    return True


def _describe(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"

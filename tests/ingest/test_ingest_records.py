"""JSON and JSON Lines records: fields, ids, dates, and per-record failures."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import GERMAN, only_article, only_rejection

from seismo.config import Settings
from seismo.ingest import parse_json_records, read_inputs
from seismo.models import Article, Rejection

Writer = Callable[[str, str | bytes], Path]


def read(path: Path, settings: Settings) -> list[Article | Rejection]:
    return list(read_inputs([str(path)], settings))


def test_single_object(settings: Settings, write: Writer) -> None:
    record = {
        "id": "doc-1",
        "title": "Troops Pull Back",
        "text": "KYIV (Reuters) - Some troops moved.\n\nTalks resumed.",
        "url": "https://example.com/a",
        "published": "2022-02-15",
        "outlet": "Example News",
        "extra": "ignored",
    }
    path = write("one.json", json.dumps(record))
    doc = only_article(read(path, settings))
    assert doc.doc_id == "doc-1"
    assert doc.content_hash == Article.hash_text("Some troops moved.\n\nTalks resumed.")
    assert doc.text == "Some troops moved.\n\nTalks resumed."
    assert (doc.title, doc.url, doc.outlet) == (
        "Troops Pull Back",
        "https://example.com/a",
        "Example News",
    )
    assert (doc.published, doc.dateline, doc.source) == (dt.date(2022, 2, 15), "KYIV", str(path))


def test_record_text_keeps_its_first_line(settings: Settings) -> None:
    [doc] = parse_json_records('{"text": "Troops moved.\\nMore."}', "r.json", settings)
    assert isinstance(doc, Article)
    assert (doc.title, doc.text) == (None, "Troops moved.\nMore.")


def test_list_of_objects_with_index_sources(settings: Settings, write: Writer) -> None:
    records = [{"text": "Troops moved."}, {"title": "No text"}, {"text": "Talks.", "id": 7}]
    path = write("many.json", json.dumps(records))
    results = read(path, settings)
    assert [r.source for r in results] == [f"{path}[0]", f"{path}[1]", f"{path}[2]"]
    assert isinstance(results[0], Article)
    assert results[0].doc_id == Article.hash_text("Troops moved.")
    assert isinstance(results[1], Rejection)
    assert results[1].reason == f"I007 {path}[1]: JSON record has no 'text' field"
    assert isinstance(results[2], Article)
    assert results[2].doc_id == "7"


@pytest.mark.parametrize(
    ("text", "code", "says"),
    [(None, "I007", "no 'text' field"), ("", "I018", "is an empty string"), ("   ", "I018", "is only whitespace"),
     (12345, "I018", "is a number (12345), not a string"), (["a"], "I018", "is a list, not a string")],
)  # fmt: skip
def test_records_without_usable_text_say_what_is_wrong(settings: Settings, text: object, code: str, says: str) -> None:
    """Issue 14: `"text": 12345` is a text that is not a string, not a missing 'text' field."""
    [result] = parse_json_records(json.dumps({"text": text}), "r.json", settings)
    assert isinstance(result, Rejection)
    assert result.code == code
    assert says in result.reason


def test_malformed_json(settings: Settings, write: Writer) -> None:
    path = write("bad.json", '{"text": "Troops moved.",}')
    result = only_rejection(read(path, settings), "I006")
    assert "malformed JSON" in result.reason
    assert "line 1" in result.reason


def test_json_lines_in_a_json_file(settings: Settings, write: Writer) -> None:
    path = write("lines.json", '{"text": "Troops moved."}\n{"text": "Talks."}\n')
    results = read(path, settings)
    assert [r.source for r in results] == [f"{path}:1", f"{path}:2"]
    assert all(isinstance(r, Article) for r in results)


def test_json_that_is_not_records(settings: Settings, write: Writer) -> None:
    only_rejection(read(write("n.json", "42"), settings), "I006")
    results = read(write("s.json", '["a", {"text": "Troops moved."}]'), settings)
    assert isinstance(results[0], Rejection)
    assert results[0].code == "I006"
    assert isinstance(results[1], Article)


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_with_one_bad_line(settings: Settings, write: Writer, suffix: str) -> None:
    lines = [
        json.dumps({"text": "Troops moved.", "id": "a"}),
        '{"text": "broken',
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Talks resumed.", "id": "b"}),
    ]
    path = write(f"feed{suffix}", "\n".join(lines) + "\n")
    results = read(path, settings)
    assert [r.source for r in results] == [f"{path}:1", f"{path}:2", f"{path}:4", f"{path}:5"]
    assert [r.code if isinstance(r, Rejection) else r.doc_id for r in results] == [
        "a",
        "I006",
        "I007",
        "b",
    ]
    assert results[1].reason.startswith(f"I006 {path}:2: malformed JSON (")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-15", dt.date(2022, 2, 15)),
        ("2022-02-15T23:10:00+02:00", dt.date(2022, 2, 15)),
        ("2022-02-15T09:30:00Z", dt.date(2022, 2, 15)),
        ("Tue, 15 Feb 2022 10:00:00 GMT", dt.date(2022, 2, 15)),
        ("February 15, 2022", dt.date(2022, 2, 15)),
        (None, None),
        ("", None),
    ],
)
def test_record_dates(settings: Settings, value: str | None, expected: dt.date | None) -> None:
    [doc] = parse_json_records(json.dumps({"text": "x y", "published": value}), "r", settings)
    assert isinstance(doc, Article)
    assert doc.published == expected


@pytest.mark.parametrize("value", ["yesterday", "15/02/2022x", "2022-13-45", 20220215, True])
def test_invalid_record_dates_are_rejected(settings: Settings, value: object) -> None:
    [result] = parse_json_records(json.dumps({"text": "x", "published": value}), "r:3", settings)
    assert isinstance(result, Rejection)
    assert result.code == "I013"
    assert result.reason.startswith(f"I013 r:3: invalid published date {value!r}")


def test_record_defaults_from_settings(settings: Settings) -> None:
    settings.outlet = "Default"
    settings.published = dt.date(2021, 1, 1)
    [doc] = parse_json_records('{"text": "Troops moved."}', "r", settings)
    assert isinstance(doc, Article)
    assert (doc.outlet, doc.published) == ("Default", dt.date(2021, 1, 1))


def test_non_english_record(settings: Settings) -> None:
    [result] = parse_json_records(json.dumps({"text": GERMAN}), "r", settings)
    assert isinstance(result, Rejection)
    assert result.code == "I009"


def test_invalid_utf8_json(settings: Settings, write: Writer) -> None:
    only_rejection(read(write("l.jsonl", b'{"text": "caf\xe9"}\n'), settings), "I004")


def test_empty_list_is_reported(settings: Settings, write: Writer) -> None:
    only_rejection(read(write("none.json", "[]"), settings), "I002")


@pytest.mark.parametrize(
    ("record", "outlet"),
    [({"url": "https://www.reuters.com/world/x"}, "reuters.com"), ({"url": "https://apnews.com/a"}, "apnews.com"),
     ({"url": "https://www.reuters.com/x", "outlet": "Reuters"}, "Reuters"), ({}, None),
     ({"url": "not a url"}, None)],
)  # fmt: skip
def test_outlet_defaults_to_the_urls_site(settings: Settings, record: dict[str, str], outlet: str | None) -> None:
    """Issue 14: a record with a URL and no outlet took no outlet at all."""
    [article] = parse_json_records(json.dumps({"text": "Troops moved to the border.", **record}), "r.json", settings)
    assert isinstance(article, Article)
    assert article.outlet == outlet

"""Hypothesis properties: ingest never raises, and kept text is verbatim input."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from seismo.config import Settings
from seismo.ingest import parse_json_records, parse_text, read_inputs
from seismo.ingest.dateline import match_dateline
from seismo.ingest.dates import parse_date, parse_date_line
from seismo.models import Article, Rejection

SETTINGS = Settings(published=None, outlet=None, allow_private=False)

# Lines that exercise the rules: datelines, dates, boilerplate, quotes, dashes, blanks.
LINES = st.one_of(
    st.sampled_from(
        [
            "",
            "   ",
            "Troops Pull Back From Border",
            "February 15, 2022",
            "Published: 15 Feb 2022",
            "(Some Outlet) — Some troops moved to the border on Tuesday.",
            "KYIV (Reuters) - The talks resumed in Geneva and they ended late.",
            "MOSCOW, Feb 15 (AP) \u2013 Officials said the units have returned.",
            "“We don\u2019t know,” the adviser said — and he left.",
            "Share this",
            "Related Posts",
            "This is a developing story and will be updated.",
            "© 2022 Publisher. All rights reserved.",
            "The president said the threat of war is not over yet, according to officials.",
        ]
    ),
    st.text(max_size=80),
)
DOCUMENTS = st.lists(LINES, max_size=25).map(lambda lines: "\n".join(lines))
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


def normalized_lines(raw: str) -> str:
    """The input as parse_text sees it: universal newlines, trailing spaces gone."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


@given(st.text())
def test_parse_text_never_raises_on_any_text(raw: str) -> None:
    result = parse_text(raw, "prop.txt", SETTINGS)
    assert isinstance(result, Article | Rejection)


@given(DOCUMENTS, NEWLINES)
def test_article_text_is_made_of_verbatim_input_lines(doc: str, newline: str) -> None:
    raw = doc.replace("\n", newline)
    result = parse_text(raw, "prop.txt", SETTINGS)
    if isinstance(result, Rejection):
        assert result.reason.startswith(result.code)
        return
    source = normalized_lines(raw)
    assert result.text == result.text.strip()
    assert "\n\n\n" not in result.text
    for line in result.text.split("\n"):
        assert line in source  # every kept line (or dateline-cut suffix) is a piece of the input
    assert result.content_hash == Article.hash_text(result.text)


@given(DOCUMENTS)
def test_paragraph_order_is_preserved(doc: str) -> None:
    result = parse_text(doc, "prop.txt", SETTINGS)
    if isinstance(result, Article):
        source = normalized_lines(doc)
        position = 0
        for line in result.text.split("\n"):
            if line:
                found = source.find(line, position)
                assert found >= 0
                position = found + len(line)


@given(st.text(max_size=200))
def test_date_and_dateline_parsers_never_raise(value: str) -> None:
    parse_date(value)
    parse_date_line(value)
    dateline = match_dateline(value)
    if dateline is not None:
        assert 0 < dateline.end < len(value)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(max_size=60), JSON_VALUES),
        "title": JSON_VALUES,
        "published": st.one_of(st.text(max_size=25), JSON_VALUES),
        "id": JSON_VALUES,
        "outlet": JSON_VALUES,
    },
)


@given(st.lists(st.one_of(RECORDS.map(json.dumps), st.text(max_size=30)), max_size=8))
def test_jsonl_gives_one_result_per_non_blank_line(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    raw = "\n".join(lines)
    results = list(parse_json_records(raw, "p.jsonl", SETTINGS, lines=True))
    expected = [line for line in raw.splitlines() if line.strip()]
    assert len(results) == len(expected)


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".json", ".jsonl", ".xml", ".bin"])
)
def test_read_inputs_never_raises_on_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        results = list(read_inputs([str(path)], SETTINGS))
    assert results  # every input yields at least one Article or Rejection
    assert all(isinstance(r, Article | Rejection) for r in results)

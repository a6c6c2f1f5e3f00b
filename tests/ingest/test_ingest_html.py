"""HTML pages through trafilatura: metadata, main text, broken and empty pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import only_article, only_rejection

from seismo.config import Settings
from seismo.ingest import parse_html, read_inputs
from seismo.ingest.html import html_to_text
from seismo.models import Article

Writer = Callable[[str, str | bytes], Path]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Troops Pull Back From Border | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Troops Pull Back From Border">
<meta property="article:published_time" content="2022-02-15T09:30:00Z">
<link rel="canonical" href="https://news.example.com/troops">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Troops Pull Back From Border</h1>
<p>KYIV (Reuters) - Some troops near the border are being pulled back and returning to their
bases after completing exercises, the Defense Ministry announced on Tuesday.</p>
<p>The move is a sign that the president may be open to de-escalating but the threat of war
is not over yet, according to officials who spoke on condition of anonymity.</p>
<p>“The units have already begun loading onto rail and road transport,” a spokesperson said
in a statement to reporters gathered outside the ministry.</p>
<p>Share this</p>
</article>
<footer>© 2022 Example News. All rights reserved.</footer>
</body></html>
"""


def test_html_page(settings: Settings, write: Writer) -> None:
    doc = only_article(list(read_inputs([str(write("page.html", PAGE))], settings)))
    assert doc.title == "Troops Pull Back From Border"
    assert doc.outlet == "Example News"  # page metadata beats the dateline's agency
    assert doc.dateline == "KYIV"
    assert doc.published == dt.date(2022, 2, 15)
    assert doc.url == "https://news.example.com/troops"
    assert doc.text.startswith("Some troops near the border")
    assert "\n\nThe move is a sign" in doc.text
    assert "“The units" in doc.text
    assert "Share this" not in doc.text
    assert "Home" not in doc.text
    assert "All rights reserved" not in doc.text


def test_html_page_without_metadata_uses_settings(settings: Settings) -> None:
    settings.outlet = "Fallback"
    settings.published = dt.date(2020, 5, 1)
    page = "<html><body><article><p>" + "Troops moved to the border again. " * 8
    page += "</p></article></body></html>"
    doc = parse_html(page.encode(), "p.html", settings)
    assert isinstance(doc, Article), doc
    assert (doc.outlet, doc.published) == ("Fallback", dt.date(2020, 5, 1))


def test_declared_charset_is_honoured(settings: Settings, write: Writer) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 talks</title></head><body>'
        "<article><p>"
        + "Talks resumed at the caf\xe9 near the border on Monday. " * 6
        + "</p></article></body></html>"
    )
    doc = only_article(
        list(read_inputs([str(write("latin.htm", page.encode("latin-1")))], settings))
    )
    assert "café" in doc.text


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body></body></html>",
        b"<!DOCTYPE html><html><head><title>Empty</title></head><body><nav></nav></body></html>",
        b"<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_pages_without_text_are_rejected(settings: Settings, write: Writer, content: bytes) -> None:
    result = only_rejection(list(read_inputs([str(write("bad.html", content))], settings)), "I008")
    assert "no article text could be extracted" in result.reason


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><div><p>Troops moved <b>to the <table><tr><td>border",
        b"<html><body><div><<<</>>></div",
        b"<!DOCTYPE html><html><head><title>x</title><body><p>a</p></html></body></head>",
        b"<html" + b"<div>" * 5000,
    ],
)
def test_broken_html_does_not_crash(settings: Settings, write: Writer, content: bytes) -> None:
    results = list(read_inputs([str(write("broken.html", content))], settings))
    assert len(results) == 1  # an Article or I008, never an exception


def test_undeclared_legacy_encoding_is_not_guessed(settings: Settings, write: Writer) -> None:
    content = (
        b"<html><body><article><p>Talks resumed at the caf\xe9 today.</p></article></body></html>"
    )
    only_rejection(list(read_inputs([str(write("legacy.html", content))], settings)), "I004")


def test_xml_declared_charset(settings: Settings) -> None:
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><article><p>'
        + "Talks resumed at the caf\xe9 near the border on Monday. " * 6
        + "</p></article></body></html>"
    )
    doc = parse_html(page.encode("latin-1"), "x.html", settings)
    assert isinstance(doc, Article), doc
    assert "café" in doc.text


def test_html_sniffed_from_unknown_extension(settings: Settings, write: Writer) -> None:
    doc = only_article(list(read_inputs([str(write("page.php", PAGE))], settings)))
    assert doc.title == "Troops Pull Back From Border"


def test_html_to_text_keeps_blocks_as_paragraphs() -> None:
    fragment = "<div>intro<p>one  two\n three</p>tail<br>after<ul><li>a</li><li>b</li></ul></div>"
    assert html_to_text(fragment) == "intro\n\none two three\n\ntail\n\nafter\n\na\n\nb"
    assert html_to_text("plain &amp; simple") == "plain & simple"
    assert html_to_text("  ") == ""

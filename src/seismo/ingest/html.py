"""HTML pages -> Article, with trafilatura doing the main-content extraction.

Pages are decoded here, by their declared charset or as UTF-8, so that a page
in an undeclared legacy encoding is rejected (I004) instead of being guessed
at. trafilatura's ``None`` (nothing extracted) becomes Rejection I008 with the
page named, rather than a silent drop.
"""

from __future__ import annotations

import logging
import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from seismo.config import Settings
from seismo.ingest.dates import parse_date
from seismo.ingest.files import SNIFF_BYTES, decode
from seismo.ingest.reject import reject
from seismo.ingest.text import Meta, build_article
from seismo.models import Article, Rejection

log = logging.getLogger(__name__)

# <meta charset="x">, <meta http-equiv=... content="text/html; charset=x">, <?xml encoding="x"?>
_META_CHARSET = re.compile(
    rb"""<(?:meta[^>]*?charset|\?xml[^>]*?encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)

# Characters XML (and so lxml) cannot hold: C0 controls but tab/newlines, surrogates, U+FFFE/F.
_XML_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "header", "footer",
)  # fmt: skip


def decode_html(data: bytes, source: str, charset: str | None = None) -> str | Rejection:
    """Decode a page by the charset it declares (HTTP header, then ``<meta>``), else UTF-8.

    A declared charset is the one encoding seismo honours besides UTF-8;
    undeclared bytes that are not UTF-8 are rejected (I004) rather than guessed.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return decode(data, source, "utf-8-sig")
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    declared = charset or (match.group(1).decode("ascii") if match else None)
    return decode(data, source, declared or "utf-8")


def parse_html(
    data: bytes | str,
    source: str,
    settings: Settings,
    url: str | None = None,
    charset: str | None = None,
) -> Article | Rejection:
    """Extract the main article from an HTML page; I008 when there is none."""
    if isinstance(data, bytes):
        decoded = decode_html(data, source, charset)
        if isinstance(decoded, Rejection):
            return decoded
        data = decoded
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_images=False
        )
    except Exception as exc:  # a third-party parser must not crash ingest on a bad page
        log.debug("trafilatura failed on %s: %r", source, exc)
        doc = None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return reject("I008", source)
    title = _clean(getattr(doc, "title", None))
    meta = Meta(
        title=title,
        url=_clean(getattr(doc, "url", None)) or url,
        outlet=_clean(getattr(doc, "sitename", None)),
        published=parse_date(getattr(doc, "date", None) or ""),
    )
    return build_article(_paragraphs(text, title), source, settings, meta)


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura puts one block per line; make blocks paragraphs and drop a repeated title."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(lines)


def _clean(value: object) -> str | None:
    """A stripped string, or None for missing / blank / non-string metadata."""
    if not isinstance(value, str):
        return None
    return value.strip() or None


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries), one paragraph per block element.

    Whitespace inside a block is collapsed as a browser would render it;
    block boundaries become blank lines.
    """
    if not fragment.strip():
        return ""
    # lxml refuses to set a tail or text holding them (ValueError), so they go first.
    fragment = _XML_CONTROLS.sub(" ", fragment)
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    for element in list(root.iter(*_BLOCK_TAGS, "br")):
        _break_around(element)
    raw = root.text_content()
    blocks = (" ".join(block.split()) for block in raw.split("\n\n"))
    return "\n\n".join(block for block in blocks if block)


def _break_around(element: lxml_html.HtmlElement) -> None:
    """Put a paragraph break before and after a block element's text."""
    element.tail = "\n\n" + (element.tail or "")
    previous, parent = element.getprevious(), element.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + "\n\n"
    elif parent is not None:
        parent.text = (parent.text or "") + "\n\n"

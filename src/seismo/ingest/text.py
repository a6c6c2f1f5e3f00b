"""Plain text -> Article: title, date line, dateline, boilerplate.

Layout assumed for a plain-text article::

    Title on the first non-empty line
    February 15, 2022                  <- optional date-only line
    KYIV (Reuters) - Body starts...    <- optional dateline, cut from the body
    ...
    Related Posts                      <- trailing boilerplate, dropped

Only whole lines are dropped and only the dateline prefix is cut from the
first paragraph (the first after leading captions, bylines and credits, which
stay in the text, marked as noise: ``noise.py``); everything else is kept
verbatim (quotes, dashes, spacing inside lines) because evidence offsets index
into ``Article.text``. Line ends are normalised to "\\n", trailing spaces
removed, and runs of blank lines collapsed to one blank line ("\\n\\n" between
paragraphs).

The other formats (HTML, JSON records, feeds) reuse ``build_article`` so that
every body gets the same cleaning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from seismo.config import Settings
from seismo.ingest.boilerplate import strip_boilerplate
from seismo.ingest.dateline import Dateline, match_dateline
from seismo.ingest.dates import date_near, parse_date_line
from seismo.ingest.language import non_english_reason
from seismo.ingest.noise import line_kind
from seismo.ingest.reject import reject
from seismo.models import Article, Rejection

MAX_TITLE_CHARS = 300  # a longer first line is a paragraph, not a title
# A headline does not end like a sentence; a lede does ("... shelled Kharkiv on Monday.").
_SENTENCE_END = re.compile(r"""[.!?…][)"'\u201d\u2019]*$""")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Meta:
    """Document metadata found before the body is cleaned (page, record or feed)."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    doc_id: str | None = None


def parse_text(raw: str, source: str, settings: Settings) -> Article | Rejection:
    """Turn a plain-text article into an Article, or say why it cannot be one."""
    text = normalize(raw)
    if not text:
        return reject("I002", source)
    title, body = split_title(text)
    published, body = take_date_line(body) if title else (None, body)
    return build_article(body, source, settings, Meta(title=title, published=published))


def normalize(raw: str) -> str:
    """Normalise line ends and blank lines without touching the text inside lines."""
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip()


def split_title(text: str) -> tuple[str | None, str]:
    """Split off the first line as the title when it looks like one.

    The first line is not a title when it is the whole document, when it is
    too long to be a headline, when it ends like a sentence (the lede of an
    untitled story: its events must be coded), when it opens with a dateline
    (a body paragraph of an untitled wire story), or when it is a caption,
    credit or byline (noise that stays in the body, marked).
    """
    first, _, rest = text.partition("\n")
    if (not rest.strip() or len(first) > MAX_TITLE_CHARS or _SENTENCE_END.search(first.strip())
            or match_dateline(first) or line_kind(first)):
        return None, text
    return first.strip(), rest


def take_date_line(body: str) -> tuple[dt.date | None, str]:
    """Read and remove a date-only line at the top of the body ("Published: Feb 15, 2022")."""
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    date = parse_date_line(first) if first.strip() else None
    if date is None:
        return None, body
    return date, rest


def clean_body(body: str) -> tuple[str, Dateline | None]:
    """Drop boilerplate lines and cut a leading dateline; returns the text and the dateline.

    The dateline is looked for in the first line that is not noise: a photo caption or a byline
    above it ("Police stand guard outside the parliament. REUTERS/Name" then "NAIROBI, Kenya (AP) —
    ...") stays in the text, marked as noise, and the dateline below it is still cut.
    """
    text = normalize(strip_boilerplate(normalize(body)))
    start = _after_leading_noise(text)
    dateline = match_dateline(text[start:])
    if dateline is not None:
        text = text[:start] + text[start + dateline.end :].lstrip()
    return text, dateline


def _after_leading_noise(text: str) -> int:
    """Offset of the first line that is neither blank nor noise (caption, credit, byline)."""
    offset = 0
    for line in text.split("\n"):
        if line.strip() and line_kind(line) is None:
            return offset
        offset += len(line) + 1
    return len(text)


def build_article(body: str, source: str, settings: Settings, meta: Meta) -> Article | Rejection:
    """Clean ``body`` and assemble the Article; the shared last step of every format."""
    text, dateline = clean_body(body)
    if not text:
        return reject("I014", source)
    if len(text) > settings.max_document_chars:  # memory bound of the NLP stage
        return reject("I017", source, chars=f"{len(text):,}", limit=f"{settings.max_document_chars:,}",
                      bytes=f"{settings.max_input_bytes:,}")
    reason = non_english_reason(text) if settings.check_language else None
    if reason is not None:
        return reject("I009", source, detail=reason)
    content_hash = Article.hash_text(text)
    return Article(
        doc_id=meta.doc_id or content_hash,
        text=text,
        title=meta.title or None,
        url=meta.url or None,
        outlet=meta.outlet or (dateline and dateline.outlet) or settings.outlet or site_of(meta.url),
        published=meta.published or _dateline_date(dateline, settings) or settings.published,
        dateline=dateline.place if dateline else None,
        source=source,
        content_hash=content_hash,
    )


def site_of(url: str | None) -> str | None:
    """The outlet a URL names when nothing else does: its host without "www." ("reuters.com")."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    return host.removeprefix("www.") or None


def _dateline_date(dateline: Dateline | None, settings: Settings) -> dt.date | None:
    """The dateline's month and day, dated by the run's default publication year.

    Without a known publication date the year is unknown, and seismo does not
    guess it from today's date.
    """
    if dateline is None or dateline.month is None or dateline.day is None:
        return None
    if settings.published is None:
        return None
    return date_near(dateline.month, dateline.day, settings.published)

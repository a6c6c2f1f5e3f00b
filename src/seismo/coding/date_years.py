"""Year-less months read in the year the text sets: 'In the 2016 election, Sanders didn't endorse her until July'.

A month without a year ("until July", "in early June", "on June 12") resolves against the publication date: the
latest such month (or the day in the publication year, docs/dates.md). When the sentence, or the paragraph before
it, first sets a past year as the frame of what it tells ("In 2016, ...", "In the 2016 presidential election,
..."), the month is that year's. Only a year put before the main clause's subject frames: a year elsewhere most
often names a noun ("left the 2015 nuclear deal in May") or an act of its own ("was elected in 2016 and took
office in January").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Span, Token

from seismo.coding.arguments import subject_of
from seismo.coding.date_rules import ResolvedDate
from seismo.coding.date_words import MONTH_NUM, alt
from seismo.coding.doc_words import doc_words

FRAME_DEPS = {"prep", "npadvmod", "advmod", "advcl"}  # "In 2016, ...", "In the 2016 election, ..."
_MONTH = re.compile(rf"\b(?:{alt(MONTH_NUM)})\b", re.I)
_RELATIVE = re.compile(r"\b(?:last|next|this|ago|year|coming|past)\b|\d{4}", re.I)


def frame_year(sent: Span, published: dt.date | None) -> tuple[Token, int] | None:
    """The past year the sentence puts before its main clause's subject, in a phrase of the main verb: its token
    and the year. None without a publication date (no year is 'past' then) or such a year."""
    if published is None:
        return None
    root = sent.root
    subject = subject_of(root)
    limit = min(root.i, min(t.i for t in subject.subtree) if subject is not None else root.i)
    words = doc_words(sent.doc)
    for i in range(sent.start, min(sent.end, limit)):
        if words.shape[i] == "dddd" and 1900 <= int(words.text[i]) < published.year and _frames(sent.doc[i], root):
            return sent.doc[i], int(words.text[i])
    return None


def _frames(token: Token, root: Token) -> bool:
    """Whether the token's phrase hangs on the main verb as an adverbial ('In the 2016 election, ...')."""
    current = token
    while current.head.i != current.i and current.head.i != root.i:
        current = current.head
    return current.head.i == root.i and current.dep_ in FRAME_DEPS


def yearless_month(text: str) -> bool:
    """'until July', 'in early June', 'on June 12': a month named without a year or a relative word."""
    return bool(_MONTH.search(text)) and not _RELATIVE.search(text)


def in_year(resolved: ResolvedDate, year: int) -> ResolvedDate:
    """The same month (or day) in ``year``; a day that year lacks (February 29) keeps the reading it had."""
    try:
        date = resolved.date.replace(year=year)
        window = None if resolved.window is None else tuple(d.replace(year=year) for d in resolved.window)
    except ValueError:
        return resolved
    return dataclasses.replace(resolved, date=date, window=window)

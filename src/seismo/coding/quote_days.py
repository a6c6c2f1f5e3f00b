"""Days told inside a quote are the speaker's: '"Today, I am asking ...," Sanders said on Monday' means Monday.

A relative day in direct speech ("today", "yesterday", "on Tuesday") counts from the day the words were spoken,
not from the day the story was published. When the text dates the speech, the reporting verb's own day in the
same sentence ('..., she said on Monday') or the day the paragraph introduced its speaker on ('Wen spoke to
reporters on Monday. "Yesterday we were attacked," he said.'), the quote's dates are read from that day. A
speech with no day of its own leaves them on the publication day: that is the only day the text gives
(docs/dates.md, "Event dates").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from spacy.tokens import Span, Token

from seismo.coding.dates import resolve_date
from seismo.coding.doc_words import doc_words
from seismo.coding.sentence import DateHit, clause_owner
from seismo.coding.speakers import OPENERS, TOGGLES, find_quotes

QUOTE_MARKS = OPENERS | TOGGLES | {"”", "''"}


def spoken_days(sent: Span, dates: list[DateHit], published: dt.date | None,
                paragraph_speech: DateHit | None, reporting: Callable[[Token], bool]) -> list[DateHit]:
    """``dates`` with those inside a quote read from the speech's day when the text dates the speech."""
    text = doc_words(sent.doc).text
    if published is None or not any(text[i] in QUOTE_MARKS for i in range(sent.start, sent.end)):
        return dates
    spans = [(q.start, q.end) for q in find_quotes(sent.doc) if q.start <= sent.end and q.end >= sent.start]
    quoted = [h for h in dates if any(a < h.token.i < b for a, b in spans)]
    if not quoted:
        return dates
    day = _speech_day(sent, [h for h in dates if h not in quoted], published, reporting) or paragraph_speech
    if day is None or day.date is None or day.date == published:
        return dates
    return [_read_from(h, day.date) if h in quoted else h for h in dates]


def _speech_day(sent: Span, outside: list[DateHit], published: dt.date,
                reporting: Callable[[Token], bool]) -> DateHit | None:
    """'..., Pelosi told the public on Thursday': the day a reporting verb of the sentence owns, if not later
    than publication."""
    reporters = {t.i for t in sent if reporting(t)}
    for hit in outside:
        owner = clause_owner(hit.token, reporters, stop_at_bounds=True) if reporters else None
        if owner is not None and owner.i in reporters and hit.precision == "day" and hit.names is None \
                and hit.date is not None and hit.date <= published:
            return hit
    return None


def _read_from(hit: DateHit, spoken: dt.date) -> DateHit:
    """The quoted expression resolved from the speech's day; an absolute date resolves as before."""
    resolved = resolve_date(hit.text, spoken)
    if resolved is None:
        return hit
    return dataclasses.replace(hit, date=resolved.date, precision=resolved.precision)

"""Per-document memos: what the coder reads from a parse once per document, not once per asker.

Several triggers of one sentence ask the same trigger-independent questions of it (where the knowledge base
names places in it, which words could be a place it does not know); a later document pass asks them again.
spaCy builds a new ``Span``/``Token`` object on every index and slice, so answering each time costs more than
the answer. A memo lives as long as its ``Doc`` (a weak key) and holds plain values only (token indices,
strings, knowledge-base records): a value that held a ``Span`` or a ``Token`` would keep its document alive.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar
from weakref import WeakKeyDictionary, ref

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

_MEMOS: WeakKeyDictionary[Doc, dict[Hashable, object]] = WeakKeyDictionary()
# The document asked last (a weak reference) and its table: the coder asks tens of thousands of times per
# document, and a ``WeakKeyDictionary`` look-up builds a new weak reference on each. One tuple, replaced whole,
# so that threads never see one document's reference with another's table.
_LAST: tuple[ref[Doc] | None, dict[Hashable, object]] = (None, {})
_MISSING = object()


def memo(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` the first time ``key`` is asked of ``doc``, the same value after (never a spaCy object)."""
    global _LAST
    last, table = _LAST
    if last is None or last() is not doc:
        found = _MEMOS.get(doc)
        table = _MEMOS[doc] = {} if found is None else found
        _LAST = (ref(doc), table)
    value = table.get(key, _MISSING)
    if value is _MISSING:
        value = table[key] = compute()
    return value  # type: ignore[return-value]


def last_memo(doc: Doc, key: Hashable) -> object | None:
    """What ``key`` holds for ``doc`` when ``doc`` is the document asked last, else None: the hottest askers
    (``doc_words``) skip building a closure for ``memo`` on that path."""
    last, table = _LAST
    return table.get(key) if last is not None and last() is doc else None


def forget(doc: Doc) -> None:
    """Drop everything read of ``doc`` so far: for a step that changes the parse in place
    (``coding.surname_forms``), so that no memo keeps the parse as it was."""
    global _LAST
    _MEMOS.pop(doc, None)
    if _LAST[0] is not None and _LAST[0]() is doc:
        _LAST = (None, {})


@dataclass(frozen=True)
class Sentence:
    """A sentence's token and character bounds (what ``Token.sent`` gives, without walking to its start)."""

    start: int
    end: int
    start_char: int
    end_char: int


def doc_text(doc: Doc) -> str:
    """The document's text, joined once (spaCy re-joins every token on each ``Doc.text``)."""
    return memo(doc, "text", lambda: doc.text)


def span_text(span: Span) -> str:
    """``span.text`` sliced from the document's text: the same string (a token's ``idx`` is its offset in
    the text), without building a ``Token`` for each word of the span."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """The document's sentences (``Doc.sents``) as bounds, in order, read once."""
    return memo(doc, "sentences", lambda: _sentences(doc))[0]


def sentence_of(token: Token) -> Sentence:
    """The bounds of the sentence that holds ``token`` (``Token.sent``), read from the parse once per document."""
    doc = token.doc
    sents, index = memo(doc, "sentences", lambda: _sentences(doc))
    return sents[index[token.i]]


def _sentences(doc: Doc) -> tuple[tuple[Sentence, ...], list[int]]:
    sents = tuple(Sentence(s.start, s.end, s.start_char, s.end_char) for s in doc.sents)
    index = [k for k, s in enumerate(sents) for _ in range(s.start, s.end)]
    return sents, index


def entities(span: Span | Doc) -> list[tuple[int, int, str]]:
    """``span.ents`` as (start, end, label) token bounds, the same entities in the same order. spaCy's
    ``Span.ents`` walks ``Doc.ents``, which builds a ``Span`` for every entity of the whole document on each
    ask: once per sentence, that is quadratic in the document's length. Here the document's are read once."""
    doc = span.doc if isinstance(span, Span) else span
    ents: tuple[tuple[int, int, str], ...] = memo(
        doc, "entities", lambda: tuple((e.start, e.end, e.label_) for e in doc.ents)
    )
    if not isinstance(span, Span):
        return list(ents)
    found = []
    for start, end, label in ents:  # Span.ents: from the span's start, up to the first entity running past its end
        if start >= span.start:
            if end > span.end:
                break
            found.append((start, end, label))
    return found

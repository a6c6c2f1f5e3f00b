"""A document's word attributes as plain lists, read once per document from the parse's arrays.

Most of the coder's sentence passes ask one or two attributes of every word ("is it a verb?", "is its lemma a
trigger?") and go on with the few words that pass. Iterating a ``Span`` builds a ``Token`` object for every word,
and each ``pos_``/``lemma_`` read looks its string up again; about twenty such passes per sentence made most of
the ``Token`` objects the coder built (issue 15). Here ``Doc.to_array`` reads the attributes of all words once,
their strings are looked up once per distinct value, and a pass builds a ``Token`` only for a word that passes.
The lists are plain values in the document's memo (``coding.doc_memo``): they never keep the document alive.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cached_property
from weakref import ref

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS, SHAPE
from spacy.parts_of_speech import NAMES
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from seismo.coding.doc_memo import last_memo, memo

VERB_POS = frozenset({"VERB", "AUX"})
_POS_NAMES = {int(k): v for k, v in NAMES.items()}  # what ``Token.pos_`` reads (unset: "")
# string hash -> string, as written and lower-cased: a hash names the same string in every document (spaCy's
# StringStore hashes the text), and a word's string is looked up once per process instead of once per document
_KNOWN: dict[bool, dict[int, str]] = {False: {}, True: {}}
_KNOWN_MAX = 100_000  # emptied when it grows past this (a long-running process reads an open vocabulary)


class Words:
    """Per word of a document (by token index): what ``Token.pos_``, ``dep_``, ``lower_``, ``lemma_.lower()``,
    ``text``, ``is_space``, ``shape_``, ``ent_type_``, ``idx`` and ``head.i`` give. Each list is read on first use."""

    def __init__(self, doc: Doc) -> None:
        self._doc = ref(doc)  # the memo's value must not keep its document alive

    def _ids(self, attr: int) -> list[int]:
        doc = self._doc()
        assert doc is not None, "read while the document is alive"
        return doc.to_array(attr).tolist() if len(doc) else []

    def _strings(self, attr: int, lowered: bool = False) -> tuple[str, ...]:
        doc = self._doc()
        assert doc is not None, "read while the document is alive"
        known, strings = _KNOWN[lowered], doc.vocab.strings
        if len(known) > _KNOWN_MAX:
            known.clear()
        ids = self._ids(attr)
        for v in set(ids).difference(known):  # each new string once, then a C-level map over the words
            known[v] = strings[v].lower() if lowered else strings[v]
        return tuple(map(known.__getitem__, ids))

    @cached_property
    def pos(self) -> tuple[str, ...]:
        return tuple([_POS_NAMES[v] for v in self._ids(POS)])

    @cached_property
    def dep(self) -> tuple[str, ...]:
        return self._strings(DEP)

    @cached_property
    def lower(self) -> tuple[str, ...]:
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> tuple[str, ...]:
        """Lower-cased, as the dictionaries are."""
        return self._strings(LEMMA, lowered=True)

    @cached_property
    def text(self) -> tuple[str, ...]:
        return self._strings(ORTH)

    @cached_property
    def space(self) -> tuple[bool, ...]:
        return tuple([bool(v) for v in self._ids(IS_SPACE)])

    @cached_property
    def shape(self) -> tuple[str, ...]:
        return self._strings(SHAPE)

    @cached_property
    def ent_type(self) -> tuple[str, ...]:
        """Each word's entity label (``Token.ent_type_``; none: "")."""
        return self._strings(ENT_TYPE)

    @cached_property
    def idx(self) -> tuple[int, ...]:
        """Each word's character offset in the text (``Token.idx``)."""
        return tuple(self._ids(IDX))

    @cached_property
    def head(self) -> tuple[int, ...]:
        """Each word's head's index (``Token.head.i``; the root its own)."""
        doc = self._doc()
        assert doc is not None, "read while the document is alive"
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []  # stored unsigned
        return tuple(i + k for i, k in enumerate(offsets))

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        """Each word's dependents' indices in order (``Token.children``: those whose head it is, itself aside)."""
        kids: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):
            if head != i:
                kids[head].append(i)
        return tuple(tuple(k) for k in kids)

    def end_char(self, i: int) -> int:
        """Where word ``i`` ends in the text (``Token.idx + len(Token.text)``)."""
        return self.idx[i] + len(self.text[i])


def doc_words(doc: Doc) -> Words:
    """The document's word attributes, read once per document. Asked ~120k times per 40 articles: the document
    asked last is answered from the memo's last table without building a closure for ``memo``."""
    words = last_memo(doc, "words")
    if words is not None:
        return words  # type: ignore[return-value]
    return memo(doc, "words", lambda: Words(doc))


def tagged(span: Span | Doc, pos: Collection[str]) -> Iterator[Token]:
    """The words of ``span`` whose part of speech is one of ``pos``, in order (a ``Token`` only for those)."""
    doc = span.doc if isinstance(span, Span) else span
    start, end = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    tags = doc_words(doc).pos
    return (doc[i] for i in range(start, end) if tags[i] in pos)


def children_with(token: Token, deps: Collection[str]) -> Iterator[Token]:
    """``token.children`` whose relation is one of ``deps``, in order, with a ``Token`` only for those: most
    readers of a word's dependents look for one or two relations (issue 15)."""
    doc = token.doc
    words = doc_words(doc)
    rel = words.dep
    return (doc[c] for c in words.children[token.i] if rel[c] in deps)


def has_child(token: Token, deps: Collection[str]) -> bool:
    """Whether ``token`` has a dependent whose relation is one of ``deps`` (``any(c.dep_ in deps for c in
    token.children)`` without a ``Token`` per dependent: the rules ask it of every verb they test, issue 15)."""
    words = doc_words(token.doc)
    rel = words.dep
    return any(rel[c] in deps for c in words.children[token.i])


def words_now(doc: Doc, attr: int, values: Collection[str] | None = None) -> list[int]:
    """The indices of the words whose ``attr`` (a spaCy attribute id) is one of the strings ``values`` (None: whose
    flag ``attr`` is set), in order, read from the parse as it is at this moment, not from the memo: the repair
    steps that change the parse in place ask before they change it, and a scan of every word of the document for
    the few a repair is about builds no ``Token`` for the others (issue 15)."""
    if not len(doc):
        return []
    column = doc.to_array(attr)
    if values is None:
        return numpy.flatnonzero(column).tolist()
    ids = numpy.array([get_string_id(v) for v in values], dtype=column.dtype)
    return numpy.flatnonzero(numpy.isin(column, ids)).tolist()

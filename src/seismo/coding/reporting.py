"""Reporting verbs ("said", "announced", "told"): where a walk up the clauses stops, and who claims what.

Modality, attribution, admissions and the sentence pass all ask the same question of a token; it lives here so
that none of them has to import another's rules for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from seismo.coding.doc_words import VERB_POS, doc_words
from seismo.coding.lexicon import Lexicon


def is_reporting(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ in VERB_POS and token.lemma_.lower() in lexicon.cue("reporting_verbs")


def reporting_words(sent: Span | Doc, lexicon: Lexicon) -> list[Token]:
    """The words of ``sent`` that ``is_reporting`` holds of, read from the document's word lists."""
    doc = sent.doc if isinstance(sent, Span) else sent
    start, end = (sent.start, sent.end) if isinstance(sent, Span) else (0, len(doc))
    cue, w = lexicon.cue("reporting_verbs"), doc_words(doc)
    pos, lemma = w.pos, w.lemma
    return [doc[i] for i in range(start, end) if pos[i] in VERB_POS and lemma[i] in cue]


@dataclass(frozen=True)
class ReportingTest:
    """``is_reporting`` with its lexicon, as the hooks that take a token test want it (``contexts``, ``speakers``);
    ``words`` lists a span's reporting words from the word lists, where a pass would test every token."""

    lexicon: Lexicon

    def __call__(self, token: Token) -> bool:
        return is_reporting(token, self.lexicon)

    def words(self, sent: Span | Doc) -> list[Token]:
        return reporting_words(sent, self.lexicon)

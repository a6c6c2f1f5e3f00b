"""Names the parser or the tagger gets wrong, read again from the running text with the knowledge base.

The small English model splits names with hyphens or diacritics ("Nouri al-Maliki", "Nguyễn Xuân Phúc"),
glues two coordinated names into one phrase ("met Bashar al-Assad and Justin Trudeau"), and tags a
one-word city as a person ("shelled Alexandria"). The knowledge base's mentions in the sentence text
say where a known person's whole name runs; ``coding.actors`` asks this module before it trusts the parse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from seismo.coding.doc_memo import doc_text, sentence_of
from seismo.coding.doc_words import doc_words
from seismo.kb import KnowledgeBase
from seismo.kb.records import Resolution

Spans = list[tuple[int, int]]


@dataclass
class RunningNames:
    """Per document: the people the knowledge base finds in each sentence (cached per sentence and date)."""

    kb: KnowledgeBase
    _people: dict[tuple[int, dt.date | None], Spans] = field(default_factory=dict)

    def text(self, doc: Doc) -> str:
        """The document's text, joined once per document (``coding.doc_memo``)."""
        return doc_text(doc)

    def people(self, token: Token, on: dt.date | None) -> Spans:
        """Character spans of the known people in the token's sentence, read as running text."""
        sent = sentence_of(token)
        key = (sent.start, on)
        if key not in self._people:
            text = doc_text(token.doc)[sent.start_char : sent.end_char]
            self._people[key] = [(sent.start_char + s, sent.start_char + e)
                                 for s, e, r in self.kb.find_actor_mentions(text, on)
                                 if r.reason.startswith("person ")]
        return self._people[key]

    def whole_name(self, token: Token, span: Span, on: dt.date | None) -> str | None:
        """A known person's whole name in the running text that holds the token, when the parsed phrase
        cuts it ('Maliki' of 'Nouri al-Maliki') or holds another name too."""
        if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", ""):
            return None
        names = self.people(token, on)
        own = next(((s, e) for s, e in names if s <= token.idx < e), None)
        if own is None:
            return None
        start, end = span.start_char, span.end_char
        others = [n for n in names if n != own and start <= n[0] and n[1] <= end]
        if own[0] < start or own[1] > end or others:
            return self.text(token.doc)[own[0]:own[1]]
        return None

    def coordinated(self, token: Token, span: Span, on: dt.date | None) -> list[tuple[Resolution, str]]:
        """'met Bashar al-Assad and Justin Trudeau' parsed as one phrase: every known person it holds when
        only 'and', 'or' or commas stand between them, with the phrase they were found in."""
        if token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
            return []
        names = [n for n in self.people(token, on) if span.start_char <= n[0] and n[1] <= span.end_char]
        text = self.text(token.doc)
        gaps = [text[a[1]:b[0]].strip(" ,") for a, b in pairwise(names)]
        if len(names) < 2 or any(g not in ("", "and", "or") for g in gaps):
            return []
        found = [self.kb.resolve_phrase(text[s:e], on) for s, e in names]
        return [(f, span.text) for f in found if f is not None]


def misread_place(token: Token) -> bool:
    """'shelled Alexandria': the tagger reads a one-word city as a person. A lone name that is acted on
    (an object, not a subject, no title or possessor in front) is read as the place the KB may know,
    unless the same word was written earlier after a given name ('John Jackson ... beat Jackson')."""
    doc = token.doc
    if token.ent_type_ != "PERSON" or token.dep_ not in ("dobj", "obj", "pobj") or any(True for _ in token.lefts) \
            or token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"):
        return False
    words = doc_words(doc)  # every earlier word is read: no Token for each (issue 15)
    texts, ents = words.text, words.ent_type
    return not any(texts[i] == token.text and i > 0 and ents[i - 1] == "PERSON" for i in range(token.i))

"""Which earlier mention a pronoun continues: 'They' the plural subject before it, 'He' the person in focus.

'War maniacs of the South Korean military made a provocation to the DPRK. They fired 36 shells ...': the
nearest group named before 'They' is the DPRK, the object; a new sentence that opens on 'They' keeps talking
about the earlier subject (the centring preference of discourse), when that subject is a group noun
(plural, or collective: 'the army ... They'), not a singular name such as a country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
GROUP_TAGS = {"NN", "NNS", "NNPS"}  # common nouns and plural names; a singular name (a country) is 'it'
PHRASE_DEPS = {"pobj", "prep", "compound", "amod", "poss"}  # "maniacs of the military": inside the subject


def opens_sentence(token: Token) -> bool:
    """The first word of a sentence, also of one the parser joined to the next ('... afternoon. They fired')."""
    before = [t for t in token.doc[max(token.i - 2, 0):token.i] if not t.is_quote and not t.is_space]
    return token.i == token.sent.start or not before or before[-1].text in (".", "!", "?")


def subject_head(token: Token) -> Token | None:
    """The subject noun whose phrase holds ``token`` (itself, or 'maniacs' for 'military' in 'maniacs of the
    military'), None when the token is in no subject."""
    current = token
    for _ in range(4):
        if current.dep_ in SUBJECT_DEPS:
            return current
        if current.dep_ not in PHRASE_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def continued_subject(token: Token, mentions: Sequence[Any], window: int) -> Any:
    """The actor of the latest group-noun subject of an earlier sentence, when ``token`` ('They') is the subject
    that opens a sentence; None otherwise (the caller falls back on the latest group named)."""
    if token.dep_ not in SUBJECT_DEPS or not opens_sentence(token):
        return None
    for mention in reversed(mentions):
        if mention.person or not token.i - window <= mention.token_i < token.i:
            continue
        head = subject_head(token.doc[mention.token_i])
        if head is not None and head.tag_ in GROUP_TAGS and head.i < token.i:
            return mention.actor
    return None


def person_antecedent(token: Token, mentions: Sequence[Any]) -> Any:
    """'He', 'him' with no person of its own sentence to take: the latest person named as a subject in the
    pronoun's paragraph. When that subject lies in an earlier paragraph and the sentence just before named
    people only as objects ('the US labeled Soleimani a terrorist. He was sanctioned again in 2011'), the
    person that sentence was about is in focus (centring: subject, then object), not a subject of a
    paragraph ago."""
    subject = next((m for m in reversed(mentions) if m.token_i < token.i and m.is_subject and m.person), None)
    if subject is not None and not _paragraph_break(token.doc, subject.token_i, token.i):
        return subject.actor
    sentences = [s for s in token.doc.sents if s.end <= token.sent.start]
    if sentences:
        previous = sentences[-1]
        people = [m for m in mentions if previous.start <= m.token_i < previous.end and m.person]
        if people and not any(m.is_subject for m in people):
            return people[0].actor
    return subject.actor if subject is not None else None


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """A line break in the text between tokens ``start`` and ``end`` (the coder's paragraph boundary)."""
    return "\n" in doc.text[doc[start].idx : doc[end].idx]

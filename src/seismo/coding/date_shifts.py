"""Dates told as a shift from another event: 'shelled Kharkiv two days after the court convicted him on Tuesday'.

The shift ("two days after") dates the clause it modifies, read from the day the anchor event (the object of
"after"/"before") names in the same sentence, else from the last day the text named before it, as other told-from
expressions are, when the text told the anchor event before ("Protesters rallied on Saturday. ... the day before
the rally"); an anchor told for the first time ("two days before the formal vote") is an event of its own whose
day the text does not give, so the shift stays unresolved. docs/dates.md ("Event dates") has the rule.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from seismo.coding.doc_words import children_with, doc_words

SHIFT_WORDS = {"after", "before"}
SHIFT_UNITS = {"day", "days", "week", "weeks", "hour", "hours", "minute", "minutes",  # hour_shifts.py
               "night", "evening", "morning"}  # "the night before the arrest"


def shift_word(sent: Span, start: int, end: int) -> Token | None:
    """The 'after'/'before' that ends a mention 'N days after' when an event follows it as its object."""
    words, base = doc_words(sent.doc), sent.start_char
    last = [i for i in range(sent.start, sent.end) if start <= words.idx[i] - base < end]
    if len(last) < 2:
        return None
    bound, unit = last[-1], last[-2]
    if words.lower[bound] not in SHIFT_WORDS or words.lower[unit] not in SHIFT_UNITS:
        return None
    return sent.doc[bound] if anchor_tokens(sent.doc[bound]) else None


def anchor_tokens(bound: Token) -> set[int]:
    """The anchor event's words: the clause 'after' introduces ('after the court convicted him on Tuesday'),
    or its object ('a day after the vote on Monday')."""
    if bound.dep_ == "mark" and bound.head.i > bound.i:
        return {t.i for t in bound.head.subtree if t.i > bound.i}
    if bound.dep_ != "prep":
        return set()
    words = {t.i for t in bound.subtree if t.i > bound.i}
    following = bound.right_edge.i + 1  # "a day after the vote on Saturday": the parser hangs "on" on the verb
    if following < len(bound.doc) and bound.doc[following].lower_ == "on" \
            and bound.doc[following].head.i == bound.head.i:
        words |= {t.i for t in bound.doc[following].subtree}
    return words


def shifted_clause(bound: Token) -> Token | None:
    """Where a shift's date goes: the clause the 'after' phrase or clause modifies, None if not a shift."""
    if bound.lower_ not in SHIFT_WORDS or bound.i == 0 or bound.nbor(-1).lower_ not in SHIFT_UNITS:
        return None
    if bound.dep_ == "mark" and bound.head.i > bound.i:
        up = bound.head.head
        if up.lower_ in SHIFT_UNITS and up.dep_ == "npadvmod" and up.head.i != up.i:
            up = up.head  # "imposed sanctions, a day after Belarus arrested X": the parser hangs the clause on "day"
        return up if up.i != bound.head.i else None
    if bound.dep_ == "prep":
        return bound.head
    return None


MIN_STEM = 4  # "meet"/"meeting", "vote"/"voted", "elect"/"election": shorter lemmas tie unrelated words


def anchor_told_before(bound: Token) -> bool:
    """Whether the text named the shift's anchor event before the shift: a noun or verb before it whose lemma
    shares its stem with the anchor's head ('the rally' after 'gathered for a rally', 'after the meeting' after
    'met', 'a day after his arrest' after 'arrested'). The last day named is that event's only then: 'The rallies
    happened two days before the formal vote' names a vote the text never told, whose day is not the last one."""
    head = _anchor_head(bound)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    return any(same_stem(t.lemma_.lower(), lemma) for t in bound.doc[: bound.i] if t.pos_ in ("NOUN", "VERB"))


def anchor_lemma(bound: Token) -> str | None:
    """The lemma of the shift's anchor event ('arrest' of 'the night before the arrest')."""
    head = _anchor_head(bound)
    return head.lemma_.lower() if head is not None else None


# the endings that make a noun of a verb (or a verb of a stem), longest first: 'demonstr-ation'/'demonstr-ate',
# 'elect-ion'/'elect', 'meet-ing'/'meet', 'protest-er'/'protest', 'vot-e'/'vot-er'
DERIVING_ENDINGS = ("ation", "ate", "ion", "ment", "ing", "er", "e")


def word_stem(lemma: str) -> str:
    """The lemma less the one ending that derives it (``DERIVING_ENDINGS``), when a stem of ``MIN_STEM`` stays."""
    return next((lemma[: -len(end)] for end in DERIVING_ENDINGS
                 if lemma.endswith(end) and len(lemma) - len(end) >= MIN_STEM), lemma)


def same_stem(a: str, b: str) -> bool:
    """Two lemmas of one word family ('election'/'elect', 'meeting'/'meet', 'demonstration'/'demonstrate'), by
    their lemmas less a deriving ending: a shared first letters ('mark'/'market', 'part'/'party') is no tie."""
    if a == b:
        return True
    stem = word_stem(a)
    return len(stem) >= MIN_STEM and stem == word_stem(b)


def _anchor_head(bound: Token) -> Token | None:
    """The anchor event's head word: the verb of the clause 'after' introduces, else the object of 'after'."""
    if bound.dep_ == "mark" and bound.head.i > bound.i:
        return bound.head
    return next(children_with(bound, ("pobj", "pcomp")), None)

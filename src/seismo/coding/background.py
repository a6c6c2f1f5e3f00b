"""Background acts: an act the text tells as before the story ('were previously convicted') has no day of its own.

Such an act never takes the paragraph's day nor the publication date: the text says it came earlier, and no
date is better than a wrong one (docs/dates.md, "Background acts"). A date the clause gives still dates it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Span, Token

from seismo.coding.clauses import IN_EVENT_PREPS
from seismo.coding.dates import resolve_date
from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import children_with, doc_words
from seismo.coding.lexicon import Lexicon
from seismo.coding.sentence import DateHit, clause_owner

BACKGROUND = "(background)"
PAST_PHRASE = ("in", "the", "past")  # "had attacked journalists in the past"; "in the past week" is a date


def background_mark(verb: Token, lexicon: Lexicon) -> Token | None:
    """The word that tells the act as before the story: an adverb of the verb from ``background_adverbs``
    (modality.yaml: 'previously', 'formerly') or an 'in the past' phrase; 'once again' is a repetition."""
    words = lexicon.cue("background_adverbs")
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words \
                and not any(c.lower_ in ("again", "more") for c in child.children) \
                and not (child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ in ("again", "more")):
            return child
        if child.dep_ == "prep" and child.lower_ == "in" and _bare_past(child):
            return child
    return None


def _bare_past(prep: Token) -> bool:
    objects = [c for c in children_with(prep, ("pobj",))]
    return len(objects) == 1 and objects[0].lower_ == "past" and \
        [t.lower_ for t in prep.subtree] == list(PAST_PHRASE)


def background_date(verb: Token, lexicon: Lexicon) -> DateHit | None:
    """A dateless hit that keeps the background word in ``date_text`` ('(background) previously')."""
    mark = background_mark(verb, lexicon)
    if mark is None:
        return None
    text = " ".join(t.text for t in mark.subtree) if mark.dep_ == "prep" else mark.text
    return DateHit(mark, f"{BACKGROUND} {text}", None, None)


HISTORY_MARKS = {"after", "before", "since"}
PERFECT = {"have", "has", "'ve", "had", "'d"}


def bound_history(verb: Token, dates: list[DateHit], published: dt.date | None) -> DateHit | None:
    """'has ruled since a coup toppled the president', 'had fled before troops seized the capital', 'ruled from 1973
    until 1990, gaining power after a coup overthrew the president': a past act in a clause bound by
    after/before/since to a clause told as history (a perfect; a clause itself behind since/after/before; one
    that names a month or year ended before publication) has no day of the story; a since-clause under a
    present ('is the first since a coup toppled ...') neither. A bound clause under a simple past or present
    ('remains in hiding after soldiers stormed the palace') may be the story's news."""
    mark = next((c for c in children_with(verb, ("mark",)) if c.lower_ in HISTORY_MARKS), None)
    if mark is None or verb.dep_ != "advcl" or not _own_past(verb):
        return None
    head = verb.head
    history = _perfect(head) or (head.dep_ == "pcomp" and head.head.lower_ in HISTORY_MARKS) \
        or (mark.lower_ == "since" and _tense(head) in PRESENT) or _names_past(head, verb, dates, published)
    return DateHit(mark, f"{BACKGROUND} {mark.text}", None, None) if history else None


def _names_past(head: Token, bound: Token, dates: list[DateHit], published: dt.date | None) -> bool:
    """'ruled Chile from 1973 until 1990, gaining power after ...': the governing clause (a participle's own clause
    too) names a month or year that ended before publication, outside the bound clause."""
    if published is None:
        return False
    heads = {head.i} | ({head.head.i} if head.tag_ == "VBG" and head.dep_ == "advcl" else set())
    inside = {t.i for t in bound.subtree}
    return any(hit.names is None and hit.date is not None and hit.token.i not in inside
               and _ended_before(hit, published) and clause_owner(hit.token, heads) is not None for hit in dates)


def _own_past(verb: Token) -> bool:
    """'a coup overthrew', 'the president was ousted', 'had fled': the clause's own tense is past."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _perfect(verb: Token) -> bool:
    """'has ruled', 'had fled', 'has been in power': the clause (or the finite clause a participle hangs on) is
    told in a perfect."""
    for token in (verb, *verb.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in PERFECT for c in token.children):
            return True
        if token.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in token.children):
            return False
    return False


def past_frame(sent: Span, dates: list[DateHit], published: dt.date | None) -> DateHit | None:
    """'Robert was killed in June 1968.': a month or year the main clause names that ended before the
    publication month turns the paragraph to the past; what it goes on to tell without a date of its own
    ('Sirhan shot him in the head') is background, not the paragraph's earlier day nor the publication date."""
    if published is None:
        return None
    for hit in dates:
        if hit.names is None and hit.date is not None and _ended_before(hit, published) \
                and clause_owner(hit.token, {sent.root.i}, stop_at_bounds=True) is not None \
                and not _in_marked_clause(hit.token, sent.root):
            return hit
    return None


FRAME_MARKS = frozenset({"after", "before", "since", "because", "as", "when", "while", "although", "though"})


def _in_marked_clause(token: Token, root: Token) -> bool:
    """'Soldiers were deployed to protect the judges, after the army was accused last year of failing ...': a year
    in a clause under a mark tells that clause's time; the main clause, and the paragraph, stay the story's."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FRAME_MARKS for c in t.children)
               for t in (token, *token.ancestors) if t.i != root.i)


def _ended_before(hit: DateHit, published: dt.date) -> bool:
    if hit.precision == "year":
        return hit.date.year < published.year
    return hit.precision == "month" and (hit.date.year, hit.date.month) < (published.year, published.month)


def in_past_frame(verb: Token, frame: DateHit | None, dates: Sequence[DateHit] = ()) -> DateHit | None:
    """The dateless background hit for an act told in a past paragraph; a present-tense clause ('says') is
    the story's own time. The act gets no date, but its people are read in the paragraph's past (``reads_on``):
    'Arafat had written him a letter' under 'visited Arafat in April 2004', published after Arafat's death,
    is the Palestinian president's letter, not a former leader's. A sentence that names a date of its own
    (``dates``: 'which he served as until 2018, resigning ...') has moved on from the frame: no reading day."""
    if frame is None or _tense(verb) in PRESENT:
        return None
    moved = any(hit.date is not None for hit in dates)
    return DateHit(frame.token, f"{BACKGROUND} {frame.text}", None, None, reads_on=None if moved else frame.date)


def reading_day(hit: DateHit | None, published: dt.date | None) -> dt.date | None:
    """The day an act's people are read on (their office that day, ``kb.person_resolution``): the act's own date,
    else the past a dateless background act is told in (``in_past_frame``), else the publication date. Only a
    date the text gives moves the reading off the publication day; an act with none stays there."""
    if hit is not None and hit.date is not None:
        return hit.date
    if hit is not None and hit.reads_on is not None and (published is None or hit.reads_on < published):
        return hit.reads_on
    return published


FINITE = {"VBD", "VBZ", "VBP", "MD"}
PRESENT = {"VBZ", "VBP"}


def _tense(verb: Token) -> str | None:
    """The tag of the first finite verb or auxiliary from the trigger up ('is host to a coalition fighting ...':
    VBZ, the participle has the tense of its clause)."""
    for token in (verb, *verb.ancestors):
        if token.tag_ in FINITE:
            return token.tag_
        aux = next((c.tag_ for c in children_with(token, ("aux", "auxpass")) if c.tag_ in FINITE), None)
        if aux is not None:
            return aux
    return None


def is_background(date_text: str | None) -> bool:
    return bool(date_text) and date_text.startswith(BACKGROUND)


def event_noun_year(verb: Token, dates: list[DateHit], published: dt.date | None) -> DateHit | None:
    """'seized power in a 2020 coup', 'was wounded during the 2006 war': an act done in or during an event that
    a past year names happened in that year (year precision), unless a date of the verb's own clause says more
    ('did not meet him until July'); a date from outside, such as the reporting verb's day, says less."""
    sent = sentence_of(verb)
    pos = doc_words(verb.doc).pos  # no Token per word: asked for every trigger
    verbs = {i for i in range(sent.start, sent.end) if pos[i] in ("VERB", "AUX")}
    if published is None or any(getattr(clause_owner(hit.token, verbs), "i", None) == verb.i for hit in dates):
        return None  # the nearest verb above a date of the sentence is the verb's own: its clause is dated
    words = doc_words(verb.doc)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in IN_EVENT_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            year = next((c for c in noun.children if c.dep_ in ("nummod", "compound", "amod")
                         and words.shape[c.i] == "dddd" and 1900 <= int(c.text) < published.year), None)
            resolved = resolve_date(year.text, published) if year is not None else None
            if resolved is not None:
                return DateHit(year, f"{prep.text} {year.text} {noun.text}", resolved.date, resolved.precision)
    return None

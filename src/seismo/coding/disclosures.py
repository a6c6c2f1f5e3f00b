"""A past act a side admits, confirms or reveals did not happen on the day it was owned up to (issue 13, "Dates").

"Iran admitted on Saturday that its military shot down the airliner", "officials confirmed that the Guards fired
two missiles", "acknowledged shooting down the jet": a disclosure verb (``disclosure_verbs`` in
``dictionaries/modality.yaml``) tells an act done before it, so neither the disclosure's day nor the paragraph's
day (which is often that same day) is the act's. The act takes the day of the same act told earlier in the story,
found by the definite noun it is done to or by ("the airliner" after "A Ukrainian airliner crashed near Tehran on
Wednesday": the main clause's day of the latest earlier sentence naming that noun, ``(same act) on Wednesday``),
else no day of the text: the publication date, as for any act whose day the text does not give (a past perfect
keeps the report's day as its bound, ``(reported)``: ``event_dates.report_date``). Only an act told
in the past (a simple past, a past perfect, a gerund: "admitted shooting down"); "announced that it has begun
withdrawing" or "confirmed that troops are leaving" tells the present of the disclosure, whose day it keeps. A day
of the act's own clause ("admitted that it shot down the jet on Wednesday") comes first (``event_dates``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import Lexicon
from seismo.coding.reporting import is_reporting
from seismo.coding.sentence import DateHit

DISCLOSED_LINKS = {"ccomp", "xcomp", "pcomp", "conj"}  # "admitted that it shot", "admitted (to) shooting"
TIED_DEPS = {"dobj", "nsubjpass", "nsubj", "pobj"}  # "shot down the airliner", "the airliner was shot down"
TIE_DETS = {"the", "this", "that"}


@dataclass(frozen=True)
class ToldDay:
    """An earlier sentence's main-clause day with the nouns it names, for a later act that names one of them."""

    nouns: frozenset[str]
    day: DateHit
    verbs: frozenset[str] = frozenset()  # "Thousands rallied on Thursday": a later "during the rally" (occasions.py)


def disclosing_verb(verb: Token, lexicon: Lexicon) -> Token | None:
    """The disclosure verb whose complement tells ``verb`` as a past act, below no other reporting verb; None
    when the act is told in the present, present perfect or future ('has begun withdrawing', 'are leaving')."""
    if not _told_as_past(verb):
        return None
    if verb.tag_ == "VBG":  # "admitted (on Tuesday) shooting down", "admitted to shooting": the gerund's own verb
        head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        plain = not has_child(verb, ("mark",))
        return head if plain and head.lemma_.lower() in lexicon.cue("disclosure_verbs") else None
    token = verb
    while token.dep_ in DISCLOSED_LINKS and token.head.i != token.i:
        link, token = token.dep_, token.head
        if link == "conj" and token.lemma_.lower() in lexicon.cue("disclosure_verbs"):
            return None  # "admitted it and apologised": the apology is an act of its own
        if token.pos_ == "ADP" and token.dep_ == "prep":  # "admitted to shooting down the jet"
            token = token.head
        if token.lemma_.lower() in lexicon.cue("disclosure_verbs"):
            return token
        if is_reporting(token, lexicon) or token.pos_ not in ("VERB", "AUX"):
            return None
    return None


def _told_as_past(verb: Token) -> bool:
    """A simple past ('shot'), a past perfect ('had shot') or a gerund complement ('admitted shooting')."""
    if verb.tag_ == "VBD":
        return not any(c.lower_ in ("will", "would", "shall") for c in children_with(verb, ("aux",)))
    if verb.tag_ == "VBN":
        return any(c.lower_ in ("had", "was", "were", "'d") for c in children_with(verb, ("aux", "auxpass")))
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "pcomp", "advcl") \
        and not has_child(verb, ("aux", "auxpass"))


def disclosed_day(verb: Token, told: list[ToldDay], lexicon: Lexicon) -> DateHit | None:
    """For an act told as disclosed: the day of the same act told earlier, else a dateless hit
    (``(disclosed) admitted``) that keeps the disclosure's and the paragraph's days off it; None for any other act."""
    discloser = disclosing_verb(verb, lexicon)
    if discloser is None:
        return None
    nouns = {n.lemma_.lower() for n in _tied_nouns(verb)}
    same = next((t for t in reversed(told) if t.nouns & nouns and t.day.token.sent != verb.sent), None)
    if same is not None:
        return DateHit(same.day.token, f"(same act) {same.day.text}", same.day.date, same.day.precision)
    if verb.tag_ == "VBN" and any(c.lower_ in ("had", "'d") for c in children_with(verb, ("aux",))):
        return None  # "acknowledged on Tuesday that it had shot down": the report's day bounds it, '(reported)'
    return DateHit(verb, f"(disclosed) {discloser.text}", None, None)


def _tied_nouns(verb: Token) -> list[Token]:
    """The definite nouns the act is done to or by ('the airliner', 'the plane'): the words that tie it to an
    earlier sentence telling the same act."""
    words = list(children_with(verb, TIED_DEPS))
    words += [g for c in children_with(verb, ("prep", "prt")) for g in children_with(c, ("pobj",))]
    return [w for w in words if w.pos_ == "NOUN" and any(c.lower_ in TIE_DETS for c in children_with(w, ("det",)))]


def told_day(sent: Span, day: DateHit | None) -> ToldDay | None:
    """What a sentence whose main clause names a day leaves for a later disclosed act: that day and its nouns."""
    if day is None or day.date is None or day.precision != "day":
        return None
    return ToldDay(frozenset(t.lemma_.lower() for t in sent if t.pos_ == "NOUN"), day,
                   frozenset(t.lemma_.lower() for t in sent if t.pos_ == "VERB"))

"""Background acts: an act the text tells as before the story ('were previously convicted') has no day of its own.

Such an act never takes the paragraph's day nor the publication date: the text says it came earlier, and no
date is better than a wrong one (docs/dates.md, "Background acts"). A date the clause gives still dates it.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.lexicon import Lexicon
from seismo.coding.sentence import DateHit

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
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lower_ == "past" and \
        [t.lower_ for t in prep.subtree] == list(PAST_PHRASE)


def background_date(verb: Token, lexicon: Lexicon) -> DateHit | None:
    """A dateless hit that keeps the background word in ``date_text`` ('(background) previously')."""
    mark = background_mark(verb, lexicon)
    if mark is None:
        return None
    text = " ".join(t.text for t in mark.subtree) if mark.dep_ == "prep" else mark.text
    return DateHit(mark, f"{BACKGROUND} {text}", None, None)


def is_background(date_text: str | None) -> bool:
    return bool(date_text) and date_text.startswith(BACKGROUND)

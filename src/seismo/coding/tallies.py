"""Tallies across a war: the background paragraph's running count is no event of the publication day.

Wire stories end with a paragraph that sums the war up: "Tens of thousands of people have been killed in the
conflict", "More than 20,000 people have been killed since the war began in 2023", "More than 1,000 people have
been arrested since the protests began in June". Such a count adds up the many acts of a long span; it is told
as a fact of the story, so it stays an event (annotators mark it ``should`` with no date), but no day is its
own: not the publication day, and not the year the war began ("in 2023" dates the beginning, not the killings).
docs/dates.md ("Tallies across a war") gives the rule. A count since a day ("12 people have been killed in
clashes since Saturday") is the news of the last days and keeps its date. The outbreak of a war told with no time
of its own ("war broke out between A and B") is background the same way (``outbreak_date``).
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.background import BACKGROUND
from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import Lexicon
from seismo.coding.sentence import DateHit

PERFECT = {"have", "has", "'ve", "had", "'d"}
SCOPE_PREPS = {"in", "during", "throughout", "over", "since"}  # "killed in the conflict", "since the war"
SPAN_DEPS = {"prep", "advcl", "nsubj"}


def tally_date(verb: Token, hit: DateHit | None, lexicon: Lexicon) -> DateHit | None:
    """A dateless background hit ('(background) since the war began') for an act told in the perfect over a
    war's span, unless the clause names a time of its own outside that span ('killed in the conflict on
    Saturday'); else None."""
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in SPAN_DEPS and _war_span(child, lexicon):
            inside = {t.i for t in child.subtree}
            if hit is not None and hit.token.i not in inside:
                return None
            return DateHit(child, f"{BACKGROUND} {' '.join(t.text for t in child.subtree)}", None, None)
    return None


def _war_span(child: Token, lexicon: Lexicon) -> bool:
    """'in the conflict', 'since the war', 'since the start of the protests', 'since the war began', or the war as
    the subject ('the war has killed'). 'Since June' dates the act from June (``told_times.since_day``)."""
    wars, onsets = lexicon.cue("war_nouns"), lexicon.cue("onset_words")
    if child.dep_ == "nsubj":
        return child.lemma_.lower() in wars
    if child.dep_ == "advcl":  # "since the war began", "since the protests started", "since fighting erupted"
        particle = next((f" {c.lower_}" for c in children_with(child, ("prt",))), "")
        return any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children) \
            and f"{child.lemma_.lower()}{particle}" in onsets
    if child.lower_ not in SCOPE_PREPS:
        return False
    for pobj in (c for c in children_with(child, ("pobj",))):
        if pobj.lemma_.lower() in wars and any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children):
            return True  # "in the conflict", "during the war": a war the story has named, told whole
        if child.lower_ == "since" and pobj.lemma_.lower() in onsets:
            return True  # "since the start of the protests", "since the outbreak of fighting"
    return False


def outbreak_date(word: Token, verb: Token, hit: DateHit | None, lexicon: Lexicon) -> DateHit | None:
    """'War broke out between A and B', 'the conflict erupted': the outbreak of a war told with no time of its
    own is the story's background, not news of the publication day (a war that began today is told with its
    day: 'war broke out on Saturday'); a dateless background hit, else None."""
    if hit is not None or word.i == verb.i or word.lemma_.lower() not in lexicon.cue("war_nouns"):
        return None
    told = " ".join(t.text for t in (word, verb, *(c for c in children_with(verb, ("prt",)))))
    return DateHit(verb, f"{BACKGROUND} {told}", None, None)

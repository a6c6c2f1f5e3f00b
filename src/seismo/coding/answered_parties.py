"""Whom an act answers: 'withdrew the bill in response to demands from the opposition', 'recalled its ambassador in
retaliation for Uganda's decision', 'lifted the ban under pressure from the unions'.

An adjunct of answering (``answering_phrases`` in ``dictionaries/arguments.yaml``: a preposition, a noun and the
preposition after it) names the one the act responds to: an actor right after it ('in response to Uganda'), else the
maker of the act or statement it names (its possessor, its from/by/of phrase: 'a statement from the king',
'Uganda's decision'). That one is the act's target when the clause names none (second choice, asked with the
other governed targets in ``targets.governed_target_tokens``), for acts that answer someone: giving in, backing
down, refusing, judging, punishing, threatening and hitting back (``ANSWERING_TYPES``), not cooperation.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import word_list, word_sets

ANSWERING_TYPES = frozenset({"CONCEDE", "RETREAT", "REJECT", "ACCUSE", "SANCTION", "THREATEN", "COERCE", "ASSAULT",
                             "PROTEST"})
MAKER_PREPS = ("from", "by")  # not "of": "the expulsion of its diplomats" names the patient
MAKER_DEPS = ("poss",)


@word_list
def answering_phrases() -> frozenset[tuple[str, str, str]]:
    """``answering_phrases``: ('in', 'response', 'to'), ('under', 'pressure', 'from'), ... (lemmas of the noun)."""
    phrases = word_sets("arguments.yaml", ("answering_phrases",))[1][0]
    return frozenset(tuple(p.split()) for p in phrases if len(p.split()) == 3)  # type: ignore[misc]


@word_list
def question_nouns() -> frozenset[str]:
    """``question_nouns``: 'in response to a question from Reuters' answers a reporter, no party to the act."""
    return word_sets("arguments.yaml", ("question_nouns",))[1][0]


def answered_tokens(verb: Token, type_: str) -> list[Token]:
    """The tokens naming whom the act of ``verb`` answers (module docstring); [] when none or the type answers no
    one."""
    if type_ not in ANSWERING_TYPES:
        return []
    phrases = answering_phrases()
    out: list[Token] = []
    # the parser often hangs the adjunct on a verb under the act's: "withdrew from using X ... in response to"
    heads = [verb, *(g for p in children_with(verb, ("prep",)) for g in children_with(p, ("pcomp",))),
             *children_with(verb, ("xcomp",))]
    for prep in (p for h in heads for p in children_with(h, ("prep",))):
        for noun in children_with(prep, ("pobj",)):
            for inner in children_with(noun, ("prep",)):
                if (prep.lower_, noun.lemma_.lower(), inner.lower_) in phrases:
                    out.extend(m for g in children_with(inner, ("pobj",))
                               if g.lemma_.lower() not in question_nouns() for m in _makers(g))
    return out


def _makers(noun: Token) -> list[Token]:
    """The noun itself when it may name an actor, then who made what it names ('a statement from the king',
    'Uganda's decision', 'demands by the unions')."""
    made = [c for c in children_with(noun, MAKER_DEPS) if c.pos_ in ("PROPN", "NOUN")]
    made += [g for p in children_with(noun, ("prep",)) if p.lower_ in MAKER_PREPS for g in children_with(p, ("pobj",))]
    return [noun, *made, *(a for m in made for a in children_with(m, ("appos",)))]  # 'her brother, King X'

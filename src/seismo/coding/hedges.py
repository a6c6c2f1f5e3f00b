"""Evidential hedges: the act happened, only who did it (or how) is told on someone's word.

Wire copy hedges the doer far more often than the act: "police reportedly detained 40 protesters", "the rebels are
believed to have killed 12 soldiers", "troops allegedly shelled a hospital". Such an act is asserted
(docs/annotation.md, "Modality"); the hedge is kept visible in ``attributed_to``: the source the sentence names
(a reporting verb, 'according to X') when it names one, else an actor with no code named ``UNNAMED`` whose reason
quotes the hedge, so a reader can tell the writer's own fact from a hedged one.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.arguments import subject_of
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import Lexicon
from seismo.coding.reporting import is_reporting
from seismo.coding.sentence import reporting_ancestor
from seismo.models import Actor

UNNAMED = "unnamed sources"
HEDGE_LINKS = {"xcomp", "conj", "ccomp"}  # how far up the clause chain a hedge still governs the act


def perfect_infinitive(clause: Token) -> bool:
    """'to have shelled', 'to have been killed': an infinitive of a completed act."""
    return has_child(clause, ("aux",)) and any(c.lower_ == "to" for c in children_with(clause, ("aux",))) \
        and any(c.lemma_.lower() == "have" for c in children_with(clause, ("aux",)))


def hedged_perfect(head: Token, clause: Token, lexicon: Lexicon) -> bool:
    """'are believed to have killed', 'are alleged to have shot': a passive of belief or report over a perfect
    infinitive, which hedges the doer of a done act, not the act."""
    return clause.dep_ == "xcomp" and head.lemma_.lower() in lexicon.cue("hedge_passives") \
        and has_child(head, ("auxpass",)) and perfect_infinitive(clause)


def hedge_word(verb: Token, lexicon: Lexicon) -> str | None:
    """The hedge over the act ``verb`` tells: a hedging adverb on its clause ('reportedly detained') or a passive
    verb of belief or report over its perfect infinitive ('are believed to have killed', 'is said to have fled');
    the walk stops at an active reporting verb, whose subject is who says so."""
    token = verb
    for _ in range(4):
        adverb = next((c.lower_ for c in children_with(token, ("advmod",))
                       if c.lower_ in lexicon.cue("hedge_adverbs")), None)
        if adverb is not None:
            return adverb
        if token.head.i == token.i or token.dep_ not in HEDGE_LINKS:
            return None
        head = token.head
        if hedged_perfect(head, token, lexicon):
            return f"{head.text} to have"
        if is_reporting(head, lexicon) and not has_child(head, ("auxpass",)):
            return None
        token = head
    return None


def hedged_source(verb: Token, lexicon: Lexicon) -> Actor | None:
    """The stand-in attribution of a hedged act whose source resolves to no actor: the reporter's own words
    ('..., witnesses said'), else 'unnamed sources'; None when the act is not hedged."""
    word = hedge_word(verb, lexicon)
    if word is None:
        return None
    reporter = reporting_ancestor(verb, lexicon)
    subject = subject_of(reporter) if reporter is not None and not has_child(reporter, ("auxpass",)) else None
    subject = subject if subject is not None else _according_to(verb, lexicon)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        said = " ".join(t.text for t in subject.subtree)
        return Actor(name=said, reason=f"hedged by '{word}': told on the word of '{said}'")
    return Actor(name=UNNAMED, reason=f"hedged by '{word}': told on no named source")


def _according_to(verb: Token, lexicon: Lexicon) -> Token | None:
    """'According to witnesses, soldiers apparently fired ...': the object of the sentence's 'according to'."""
    for word in verb.sent:
        if word.lower_ in lexicon.cue("according_to"):
            found = [o for p in word.subtree if p.lower_ == "to" for o in children_with(p, ("pobj",))]
            if found:
                return found[0]
    return None

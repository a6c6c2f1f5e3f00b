"""Allegations whose act clearly happened: the death is the writer's fact, only its doer is alleged.

"Police accused Boko Haram of killing 12 worshippers", "two soldiers were charged with murdering a journalist",
"the army was blamed for beating three protesters to death": someone died, and the accusation (ACCUSE, coded on its
own) says who did it. As with "blamed Boko Haram for the attack, which killed 12" and an unclaimed bombing
(docs/annotation.md, "Unknown perpetrators"), the killing is an asserted ASSAULT on its victims with no source.
Only a death with a victim named as the gerund's object counts; an alleged plan, attempt or any other act ('accused
of planning attacks', 'suspected of preparing', 'accused of torturing') stays alleged (``modality.yaml``
``hypothetical_verbs``), and the cues above the allegation ('could accuse', 'denied', 'if') still count.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import Lexicon

DEATH_WORDS = {"death", "dead"}  # "beating a farmer to death", "shooting two men dead"


def alleged_death(head: Token, child: Token, lexicon: Lexicon) -> bool:
    """``child`` is the 'of' / 'with' / 'for' phrase of an allegation verb ``head`` (or the verb's object the parser
    hangs that phrase on: 'accused [the rebels of killing]') over a gerund that kills a named victim ('accused X of
    killing two police officers'): the death happened."""
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in lexicon.cue("allegation_heads"):
        return False  # not the noun: 'acquitted of charges of killing protesters' names a charge (events.charged_act)
    links = [child] if child.dep_ == "prep" else list(children_with(child, ("prep",))) if child.dep_ == "dobj" else []
    return any(link.lower_ in lexicon.cue("allegation_preps") and _kills(gerund, lexicon)
               for link in links for gerund in children_with(link, ("pcomp",)))


def alleged_doer(verb: Token, lexicon: Lexicon) -> bool:
    """The trigger ``verb`` is such an alleged killing: its doer is the accusation's claim, not the event's source."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return False
    owner = verb.head.head
    if owner.dep_ == "dobj":  # "accused [the rebels of killing]"
        return alleged_death(owner.head, owner, lexicon)
    return alleged_death(owner, verb.head, lexicon)


def _kills(gerund: Token, lexicon: Lexicon) -> bool:
    if gerund.tag_ != "VBG" or not any(True for _ in children_with(gerund, ("dobj",))):
        return False
    if gerund.lemma_.lower() in lexicon.cue("killing_verbs"):
        return True
    to_death = any(p.lower_ == "to" and any(o.lower_ in DEATH_WORDS for o in children_with(p, ("pobj",)))
                   for p in children_with(gerund, ("prep",)))
    dead = any(c.lower_ in DEATH_WORDS for c in children_with(gerund, ("oprd", "advmod", "acomp", "xcomp", "ccomp")))
    return to_death or dead

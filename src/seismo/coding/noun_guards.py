"""Guards on event nouns: the qualifier a generic noun needs ('state of emergency'), one that makes a noun no
event ('a campaign rally', 'a war on drugs'), and a gathering that is only someone's audience ('speaking at a
rally'). Shared by the light-verb reading (``events.py``) and the free-noun reading (``nominal.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.lexicon import NounRule


def has_qualifier(noun: Token, words: frozenset[str]) -> bool:
    """A child word of the noun ('martial law', 'phone call') or the object of its 'of' ('state of emergency',
    'state of siege'): the qualifier a generic noun needs to name an event."""
    for child in noun.children:
        if child.lower_ in words:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(g.lower_ in words for g in child.children):
            return True
    return False


def heard_by(noun: Token, verbs: frozenset[str]) -> bool:
    """'Speaking at a rally in Ohio', 'told supporters at a rally', 'addressed a rally': a gathering that a
    speaker talks to is an audience (a campaign event), not a protest by those who came."""
    if not verbs:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("at", "to", "before"):
        head = head.head
        if head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in ("dobj", "iobj", "dative"):
            head = head.head  # "told supporters at a rally"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.lemma_.lower() in verbs


def refused_noun(noun: Token, rule: NounRule) -> bool:
    """A noun kept from its event: a missing qualifier ('state' without 'of emergency'), a refused one ('a
    campaign rally'), or an audience ('speaking at a rally')."""
    if rule.only_with and not has_qualifier(noun, rule.only_with):
        return True
    return (bool(rule.not_with) and (has_qualifier(noun, rule.not_with) or _aimed_at(noun, rule.not_with))) \
        or heard_by(noun, rule.not_heard_by)


def _aimed_at(noun: Token, words: frozenset[str]) -> bool:
    """'a war on drugs', 'a war against corruption': what a campaign is aimed at, when it is no party."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(g.lemma_.lower() in words for g in c.children)
               for c in noun.children)

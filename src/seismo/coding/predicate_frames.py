"""Judgements said with a copula or a predicate, found for ``judgements.judgement_triggers``.

A speaker says something of someone: "the ruling is unwelcome", "this man is a terrorist", "the rebels are the
suspected perpetrators", "the militia was behind the bombing", "the crash was Iran's doing". Each finder returns a
trigger whose nominal target is the one judged, and ``True``: the speaker (not the clause's subject) judges.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.coding.judgement_words import JudgementRules, judged_trigger, judgement_type, polarity


def copular(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the ruling is unwelcome', 'this man is a terrorist', 'the rebels are the suspected perpetrators',
    'the group is responsible for the attack', 'the militia was behind the bombing': said by a speaker."""
    if verb.lemma_.lower() not in rules.copulas | rules.predicating_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON":  # "he was an example": whom a pronoun names is too uncertain; "that is wrong" condemns
        return _demonstrative(verb, subj, rules) if subj.lower_ in DEMONSTRATIVES else None
    if any(w.dep_ == "neg" or w.lower_ in ("no", "neither") for w in subj.subtree):
        return None  # "not every corrupt act is a crime", "no party was responsible": a general statement
    for child in _predicates(verb, rules):
        lemma = child.lemma_.lower()
        owner = next((c for c in child.children if c.dep_ == "poss"), None) or next(
            (g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"), None)
        if lemma in rules.deed_nouns and owner is not None:  # "the crash was Iran's doing"
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=owner), True
        if lemma in rules.suspect_nouns and (lemma == "suspect" or any(
                w.lower_ in ("suspected", "alleged", "likely", "probable", "main", "prime", "chief")
                for w in child.children)):
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
        if lemma in rules.responsible and any(c.dep_ == "prep" and c.lower_ == "for" for c in child.children):
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
        pol = polarity(child, rules)
        if pol == "weak" and subj.lemma_.lower() not in rules.judged_acts:
            continue  # "the death of the singer marked a sad day": mourning, no one's act condemned
        coded = judgement_type(pol, reversible=True)
        if coded:
            return judged_trigger(verb, child, *coded, judged=subj), True
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "behind":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in rules.behind_objects:
                return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
    return None


DEMONSTRATIVES = {"it", "this", "that"}


def _predicates(verb: Token, rules: JudgementRules) -> list[Token]:
    """A copula's predicates, through a hedge that keeps the claim asserted ('the crash was likely Iran's
    doing', parsed with 'doing' under 'likely': the noun is the predicate)."""
    preds = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    if verb.lemma_.lower() in rules.predicating_verbs:  # "the ruling marked a sad day", "amounts to a crime"
        preds = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return [g for p in preds if p.lemma_.lower() in rules.copula_hedges for g in p.children
            if g.dep_ in ("xcomp", "attr", "dobj", "npadvmod") and g.pos_ in ("NOUN", "PROPN")] + preds


def _demonstrative(verb: Token, subj: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'It is a disgrace', "that's not okay": a condemnation of what the pronoun stands for, with no target."""
    for child in verb.children:
        if child.dep_ in ("attr", "acomp"):
            pol = polarity(child, rules)
            if pol in ("negative", "reversible"):
                return judged_trigger(verb, child, *judgement_type(pol, reversible=True), judged=subj), True
    return None

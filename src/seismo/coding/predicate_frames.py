"""Judgements said with a copula or a predicate, found for ``judgements.judgement_triggers``.

A speaker says something of someone: "the ruling is unwelcome", "this man is a terrorist", "the rebels are the
suspected perpetrators", "the militia was behind the bombing", "the crash was Iran's doing", "the government is
to blame", "the statement was in breach of international law", "the charges were fabricated" (a passive). Each
finder returns a trigger whose nominal target is the one judged, and ``True``: the speaker (not the clause's
subject) judges.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import Trigger
from seismo.coding.judgement_words import WEAK, JudgementRules, judged_trigger, judgement_type, polarity


def copular(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the ruling is unwelcome', 'this man is a terrorist', 'the rebels are the suspected perpetrators',
    'the group is responsible for the attack', 'the militia was behind the bombing': said by a speaker."""
    if verb.lemma_.lower() not in rules.copulas | rules.predicating_verbs:
        return None
    subj = next(children_with(verb, ("nsubj", "nsubjpass")), None)
    clause = next(children_with(verb, ("csubj",)), None)
    if subj is None and clause is not None:  # '"Leaving them to die is a big mistake," X said of the decision'
        subj = _doer_of_what(clause) or _said_of(verb, rules)
    if subj is None:
        return None
    critic = _critical(verb, rules)
    if critic is not None:
        return critic
    if subj.pos_ == "PRON" and _said_of(verb, rules) is not None:
        subj = _said_of(verb, rules)  # '"He is a dictator," X said of President Moi'
    elif subj.pos_ == "PRON":  # "he was an example": whom a pronoun names is too uncertain; "that is wrong" condemns
        return _demonstrative(verb, subj, rules) if subj.lower_ in DEMONSTRATIVES else None
    if any(w.dep_ == "neg" or w.lower_ in ("no", "neither") for w in subj.subtree):
        return None  # "not every corrupt act is a crime", "no party was responsible": a general statement
    for child in _predicates(verb, rules):
        lemma = child.lemma_.lower()
        owner = next(children_with(child, ("poss",)), None) or next(
            (g for c in children_with(child, ("prep",)) if c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"), None)
        if lemma in rules.deed_nouns and owner is not None:  # "the crash was Iran's doing"
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=owner), True
        if lemma in rules.suspect_nouns and (lemma == "suspect" or any(
                w.lower_ in ("suspected", "alleged", "likely", "probable", "main", "prime", "chief")
                for w in child.children)):
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
        if lemma in rules.responsible and any(c.dep_ == "prep" and c.lower_ in rules.responsible_preps
                                              for c in child.children):  # "complicit in", "guilty of"
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
        pol = polarity(child, rules)
        if pol in ("positive", "reversible") and any(c.dep_ == "preconj" and c.lower_ == "neither"
                                                     for c in child.children):
            pol = "negative"  # "the election was neither free nor fair": both denied
        if pol in WEAK and subj.lemma_.lower() not in rules.judged_acts:
            continue  # "the death of the singer marked a sad day", "the news is encouraging": no one's act judged
        coded = judgement_type(pol, reversible=True)
        if coded:
            return judged_trigger(verb, child, *coded, judged=subj), True
    return _prepositional(verb, subj, rules)


def _doer_of_what(clause: Token) -> Token | None:
    """'What Israel is doing in Gaza is a crime': the named doer of a 'what ... is doing' clause."""
    if clause.lemma_.lower() != "do" or clause.left_edge.lower_ != "what":  # "What" may hang on the doer
        return None
    return next((c for c in children_with(clause, ("nsubj",)) if c.pos_ != "PRON"), None)


def _said_of(verb: Token, rules: JudgementRules) -> Token | None:
    """The one a quoted clause is said of: '"It is an outrage," the minister said of the Russian decision'."""
    head = verb
    while head.dep_ in ("ccomp", "parataxis") and head.head.i != head.i \
            and head.lemma_.lower() not in rules.said_of_verbs:
        head = head.head
    if head.i == verb.i or head.lemma_.lower() not in rules.said_of_verbs:
        return None
    days = [g for c in children_with(head, ("prep",)) for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]  # "said on Monday of the decision"
    return next((g for h in (head, *days) for c in children_with(h, ("prep",)) if c.lower_ == "of"
                 for g in children_with(c, ("pobj",))), None)


def _critical(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the prime minister was sharply critical of China's build-up', 'she was dismissive of the report': the
    subject disapproves of what the phrase names (ACCUSE disapprove); the subject judges, not the speaker."""
    for child in verb.children:
        if child.dep_ == "acomp" and child.lemma_.lower() in rules.critical_adjectives:
            about = next((g for c in children_with(child, ("prep",)) if c.lower_ in rules.critical_preps
                          for g in children_with(c, ("pobj",))), None)
            if about is not None:
                return judged_trigger(verb, child, "ACCUSE", "disapprove", judged=about), False
    return None


def _prepositional(verb: Token, subj: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the militia was behind the bombing', 'the statement was in breach of international law', 'the
    government is to blame for the violence': an allegation against the subject."""
    for child in verb.children:
        pobj = next((g for g in children_with(child, ("pobj",))), None)
        if child.dep_ == "prep" and child.lower_ == "behind" and pobj is not None \
                and _deed(pobj, verb, rules).lemma_.lower() in rules.behind_objects:
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
        if child.dep_ == "prep" and child.lower_ == "in" and pobj is not None \
                and pobj.lemma_.lower() in rules.breach_nouns and _of_phrase(pobj):
            return judged_trigger(verb, pobj, "ACCUSE", "allege", judged=subj), True
        if child.dep_ == "xcomp" and child.lemma_.lower() in rules.blame_words \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and not has_child(child, ("dobj", "obj")):
            return judged_trigger(verb, child, "ACCUSE", "allege", judged=subj), True
    return None


def _deed(pobj: Token, verb: Token, rules: JudgementRules) -> Token:
    """What 'behind' names: '"Iran is behind this," X said of the attacks' names the attacks; else the object."""
    said = _said_of(verb, rules) if pobj.lower_ in DEMONSTRATIVES else None
    return said if said is not None else pobj


def _of_phrase(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def passive_judgement(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the charges were fabricated', 'the verdict was politically motivated', 'the vote was rigged', said by a
    speaker and parsed as a passive verb: an evaluation of the subject, as the copula's would be; 'the election
    was rigged by the ruling party' names its doer, who is the one judged ('was marred by fraud' names a flaw)."""
    if verb.tag_ != "VBN" or not has_child(verb, ("auxpass",)):
        return None
    subj = next(children_with(verb, ("nsubjpass",)), None)
    doer = next((g for c in children_with(verb, ("agent",)) for g in children_with(c, ("pobj",))), None)
    if verb.lemma_.lower() in rules.marring_verbs:
        doer = None  # "the election was marred by fraud": the flaw, not a doer
    if subj is None or subj.pos_ == "PRON":
        return None
    pol = polarity(verb, rules)
    if pol == "negative" or (pol == "weak" and subj.lemma_.lower() in rules.judged_acts):
        return judged_trigger(verb, verb, "ACCUSE", "disapprove", judged=doer if doer is not None else subj), True
    return None


DEMONSTRATIVES = {"it", "this", "that"}


def _predicates(verb: Token, rules: JudgementRules) -> list[Token]:
    """A copula's predicates, through a hedge that keeps the claim asserted ('the crash was likely Iran's
    doing', parsed with 'doing' under 'likely': the noun is the predicate)."""
    preds = [c for c in children_with(verb, ("attr", "acomp"))]
    if verb.lemma_.lower() in rules.predicating_verbs:  # "the ruling marked a sad day", "amounts to a crime"
        preds = [c for c in children_with(verb, ("dobj", "obj"))] + [
            g for c in children_with(verb, ("prep",)) if c.lower_ == "to" for g in children_with(c, ("pobj",))]
    return [g for p in preds if p.lemma_.lower() in rules.copula_hedges for g in p.children
            if g.dep_ in ("xcomp", "attr", "dobj", "npadvmod") and g.pos_ in ("NOUN", "PROPN")] + preds


def _demonstrative(verb: Token, subj: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'It is a disgrace', "that's not okay": a condemnation of what the pronoun stands for, with no target;
    'it is shameful that the government has done nothing': of the extraposed clause's named subject."""
    that = next((c for c in children_with(verb, ("ccomp",)) if subj.lower_ == "it"
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    inner = next((c for c in children_with(that, ("nsubj",)) if c.pos_ != "PRON"
                  and c.lemma_.lower() not in rules.lay_speakers | rules.lamented_people), None) if that else None
    if inner is not None and not has_child(that, ("dobj", "obj", "xcomp")):
        inner = None  # "it is shameful that children go hungry": a state lamented, no one's deed
    for child in verb.children:
        if child.dep_ in ("attr", "acomp"):
            pol = polarity(child, rules)
            if pol in ("negative", "reversible"):
                coded = judgement_type(pol, reversible=True)
                return judged_trigger(verb, child, *coded, judged=inner if inner is not None else subj), True
    return None

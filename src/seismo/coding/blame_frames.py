"""Blame and doubt told in set phrases, found for ``judgements.judgement_triggers``.

Wire copy often accuses or disapproves without a verb of accusing: the minister "pinned the blame on
al-Shabaab", officials "said the attack bore the hallmarks of ETA", a rights group "said the judgment raises
serious questions about freedom of expression". PLOVER codes these as the verbs would be (ACCUSE allege, ACCUSE
disapprove). Police "linked the gunmen who attacked the hotel to al-Qaeda" and a president "branded the
opposition leaders traitors" in phrases the parser folds or hangs elsewhere. The words are data
(``dictionaries/judgements.yaml``: ``blame_phrases``, ``hallmark_verbs``, ``hallmark_nouns``, ``judged_acts``,
``labelling_verbs`` and the question lists).

Each finder returns a trigger whose nominal target is the token judged and whether the speaker (rather than the
clause's own subject) judges, as the finders of ``judgements.py`` do; the word lists come from
``judgement_words.JudgementRules``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.judgement_words import JudgementRules
from seismo.models import Actor

OBJECT_DEPS = ("dobj", "obj", "nsubjpass")
IT_WORDS = {"it", "this", "that"}


def _judged(verb: Token, word: Token, type_: str, mode: str | None, judged: Token) -> Trigger:
    return Trigger(verb=verb, word=word, type=type_, mode=mode, nominal=NominalArgs(targets=(judged,)))


def _object(verb: Token) -> Token | None:
    return next(children_with(verb, OBJECT_DEPS), None)


def _pobj(head: Token, preps: set[str] | frozenset[str]) -> Token | None:
    """The object of the first of ``head``'s prepositions among ``preps`` that is no day ('on Friday')."""
    return next((g for c in children_with(head, ("prep", "dative")) if c.lower_ in preps
                 for g in children_with(c, ("pobj",)) if g.ent_type_ not in ("DATE", "TIME")), None)


def blame_placing(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'pinned the blame on al-Shabaab', 'laid responsibility for the attack on the army', 'pointed the finger
    at Tehran', 'the blame was put on the rebels': whoever places the blame accuses the one it is placed on
    (ACCUSE allege); the clause's subject, else the speaker, accuses."""
    nouns = rules.blame_phrases.get(verb.lemma_.lower())
    obj = _object(verb)
    if not nouns or obj is None or obj.lemma_.lower() not in nouns:
        return None
    # "laid the blame for the massacre on Boko Haram": the parser may hang 'on' under the for-phrase's noun
    heads = [obj, verb] + [g for h in (obj, verb) for c in children_with(h, ("prep",)) if c.lower_ == "for"
                           for g in children_with(c, ("pobj",))]
    on = next((p for h in heads if (p := _pobj(h, rules.blame_preps)) is not None), None)
    if on is None:
        return None
    return _judged(verb, obj, "ACCUSE", "allege", on), False


def hallmarks(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the bombing bore the hallmarks of al-Qaeda', 'it had all the signs of an ETA attack', said by a
    speaker: a deed (or a pronoun for one) said to carry someone's marks accuses them (ACCUSE allege). 'The
    letter bears the signature of the minister' is no deed."""
    if verb.lemma_.lower() not in rules.hallmark_verbs:
        return None
    subj = next(children_with(verb, ("nsubj",)), None)
    obj = next(children_with(verb, ("dobj", "obj")), None)
    if subj is None or obj is None or obj.lemma_.lower() not in rules.hallmark_nouns:
        return None
    if subj.lemma_.lower() not in rules.behind_objects and subj.lower_ not in IT_WORDS:
        return None
    owner = _pobj(obj, {"of"})
    if owner is None:
        return None
    # "the hallmarks of an al-Shabaab attack": the deed's author is named before it ("of Iranian involvement": the
    # noun with its nationality names the country, as "the Turkish strike" does)
    named = next((c for c in children_with(owner, ("compound", "amod", "poss")) if c.pos_ == "PROPN"), None)
    if owner.lemma_.lower() in rules.behind_objects | rules.marked_deeds and named is not None:
        owner = named
    return _judged(verb, obj, "ACCUSE", "allege", owner), True


def questioning(verb: Token, rules: JudgementRules,
                resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'raised serious questions about the agency's conduct', 'cast doubt on the official account': the one who
    raises them disapproves (ACCUSE disapprove) of what they are about. When an act raises them ('the judgment
    raises serious questions about freedom of expression', said by a speaker) and they are about no one's
    conduct, the act itself is judged: the speaker disapproves of its author."""
    lemma = verb.lemma_.lower()
    obj = _object(verb)
    if obj is None or obj.lemma_.lower() not in rules.question_objects \
            or lemma not in rules.question_verbs | rules.doubt_verbs:
        return None
    about = next((g for h in (obj, verb) for c in children_with(h, ("prep",)) if c.lower_ in rules.question_preps
                  for g in children_with(c, ("pobj",)) if g.ent_type_ not in ("DATE", "TIME")), None)
    if about is None:
        return None
    subj = next(children_with(verb, ("nsubj",)), None)
    if subj is not None and subj.lemma_.lower() in rules.judged_acts and not _owned(about, resolve):
        return _judged(verb, obj, "ACCUSE", "disapprove", subj), True
    return _judged(verb, obj, "ACCUSE", "disapprove", about), False


def _owned(token: Token, resolve: Callable[[Token], Actor | None]) -> bool:
    """Whether a phrase names someone ('Iran', 'the government's ability', 'the conduct of the police'; not
    'freedom of expression')."""
    owners = [token] + [c for c in children_with(token, ("poss",))] + [
        g for c in children_with(token, ("prep",)) if c.lower_ in ("of", "by") for g in c.children]
    return any(resolve(t) is not None for t in owners)


def linked_party(verb: Token, obj: Token | None, preps: tuple[str, ...]) -> Token | None:
    """Whom a deed or a suspect is linked to: the verb's own 'to' (or 'with') phrase, else one that ends a
    relative clause on the object ('linked the gunmen who attacked the hotel to al-Qaeda', the phrase hung
    under 'attacked': linking needs that complement, so the clause's last one is the verb's) or the object."""
    def pobj(head: Token) -> Token | None:
        return next((g for c in children_with(head, ("prep", "dative")) if c.lower_ in preps
                     and c.right_edge.i == head.right_edge.i for g in children_with(c, ("pobj",))), None)
    own = next((g for c in children_with(verb, ("prep", "dative")) if c.lower_ in preps
                for g in children_with(c, ("pobj",))), None)
    if own is not None or obj is None:
        return own
    if (on_object := pobj(obj)) is not None:  # "linked the suspects with al-Shabaab", hung under 'suspects'
        return on_object
    return next((p for c in children_with(obj, ("relcl", "acl")) if (p := pobj(c)) is not None), None)


def folded_label(verb: Token, obj: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'branded the opposition traitors', 'called opposition leaders puppets', parsed as one phrase ('the
    opposition traitors'): a plural label after a noun names that noun's phrase, the verb's two objects folded
    (ACCUSE disapprove, or SUPPORT for a positive label); the verb's subject judges."""
    if verb.lemma_.lower() not in rules.labelling_verbs or obj.tag_ not in ("NNS", "NNPS"):
        return None
    lemma = obj.lemma_.lower()
    coded = ("ACCUSE", "disapprove") if lemma in rules.negative else ("SUPPORT", None) \
        if lemma in rules.positive else None
    named = next((c for c in children_with(obj, ("compound",)) if c.pos_ in ("NOUN", "PROPN")), None)
    if coded is None or named is None:
        return None
    return _judged(verb, obj, *coded, named), False


def bearing(verb: Token, rules: JudgementRules,
            resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'Israel bears full responsibility for the escalation', 'the regime must shoulder the blame for the
    deaths', said by a speaker: an allegation against the subject (ACCUSE allege), when the responsibility is
    whole or for a harm; 'the ministry bears responsibility for border security' is a mandate."""
    obj = _object(verb)
    subj = next(children_with(verb, ("nsubj",)), None)
    if verb.lemma_.lower() not in rules.bearing_verbs or obj is None or obj.lemma_.lower() not in rules.borne_nouns \
            or subj is None or subj.pos_ == "PRON" or resolve(subj) is None:
        return None
    whole = any(c.lower_ in rules.borne_degrees for c in children_with(obj, ("amod", "det", "predet")))
    harm = _pobj(obj, {"for"}) or _pobj(verb, {"for"})
    if not whole and (harm is None or harm.lemma_.lower() not in rules.borne_harms | rules.behind_objects):
        return None
    return _judged(verb, obj, "ACCUSE", "allege", subj), True


def bloodied(verb: Token, rules: JudgementRules,
             resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'Assad has blood on his hands', said by a speaker: the subject is accused of the killings (ACCUSE
    allege); a named actor only."""
    obj = _object(verb)
    subj = next(children_with(verb, ("nsubj",)), None)
    if verb.lemma_.lower() != "have" or obj is None or obj.lemma_.lower() not in rules.stain_nouns \
            or subj is None or subj.pos_ == "PRON" or resolve(subj) is None:
        return None
    part = _pobj(obj, {"on"}) or _pobj(verb, {"on"})
    if part is None or part.lemma_.lower() not in rules.stained_parts:
        return None
    return _judged(verb, obj, "ACCUSE", "allege", subj), True


def charging(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'the opposition charged that the government had rigged the vote': a 'that' clause charged is an
    allegation (ACCUSE allege) from the verb's subject against the clause's subject ('charged two men with
    murder' is the event verbs' legal charge)."""
    if verb.lemma_.lower() not in rules.charging_verbs or _object(verb) is not None:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    accused = next(children_with(clause, ("nsubj",)), None) if clause is not None else None
    if accused is None or accused.pos_ == "PRON":
        return None
    return _judged(verb, verb, "ACCUSE", "allege", accused), False


def failing(verb: Token, rules: JudgementRules,
            resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'Russia had failed to honour its commitments', 'the police failed to protect the protesters', said by a
    speaker: a duty left undone condemns the subject, a named actor (ACCUSE disapprove); 'the talks failed to
    produce a deal' or 'the rebels failed to take the town' name no duty (``failing_verbs``, ``failed_duties``)."""
    if verb.lemma_.lower() not in rules.failing_verbs:
        return None
    duty = next((c for c in children_with(verb, ("xcomp",)) if c.lemma_.lower() in rules.failed_duties
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    subj = next(children_with(verb, ("nsubj",)), None)
    if duty is None or subj is None or subj.pos_ == "PRON" or resolve(subj) is None:
        return None
    return _judged(verb, verb, "ACCUSE", "disapprove", subj), True


"""Judgements: verbal events told with evaluative words instead of a trigger verb.

PLOVER counts as events what an actor *says about* another: calling an attack cowardly condemns it (ACCUSE
disapprove), finding a strike justified approves of it (SUPPORT), naming a group as the suspected perpetrators
or saying a government breaks the law accuses (ACCUSE allege), raising questions about an agency's conduct
disapproves of it, a vow to bring the attackers to justice threatens arrest (THREATEN arrest), and a court that
rules someone may not do something restricts them (COERCE restrict). The words are data
(``dictionaries/judgements.yaml``, read by ``judgement_words.py`` with the polarity of a phrase); what is said with
a copula or a predicate is found by ``predicate_frames.py``, set phrases of blame by ``blame_frames.py``.

Two kinds of triggers come out of a sentence:

- **agentive**: the clause's subject judges its object ("the minister described the attacks as cowardly",
  "police held the rebels responsible"); the coder reads them like any verb trigger (subject = source, the object,
  its owner or the act it refers back to = target, the verb's own modality);
- **spoken**: every other judgement ("the ruling is unwelcome, she said", "police said the rebels are the main
  suspects", "'we will bring them to justice,' the minister said", "the court ruled that the party may not ...",
  "found the strike justified"); ``judgement_events`` codes them from the one who judges (the clause's own
  subject when it is not the one judged, else the speaker) to the judged actor, only when the judgement is
  asserted (no question, condition or possibility), dated on the statement.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Span, Token

from seismo.coding.arguments import subject_of
from seismo.coding.blame_frames import (
    bearing,
    blame_placing,
    bloodied,
    charging,
    failing,
    folded_label,
    hallmarks,
    linked_party,
    questioning,
)
from seismo.coding.doc_words import VERB_POS, children_with, has_child, tagged
from seismo.coding.events import Trigger
from seismo.coding.idiom_frames import conduct_idiom, conduct_phrase, distrust, wrong_manner
from seismo.coding.imperatives import imperative_triggers
from seismo.coding.judgement_words import REVERSIBLE, WEAK, JudgementRules, load_judgements, needs_doer, polarity
from seismo.coding.judgement_words import judged_trigger as _trigger
from seismo.coding.judgement_words import judgement_type as _judgement_type
from seismo.coding.lexicon import Lexicon
from seismo.coding.predicate_frames import copular, passive_judgement
from seismo.coding.verb_roles import direct_object
from seismo.models import Actor

OBJECT_DEPS = ("dobj", "obj", "nsubjpass")
COMPLEMENT_DEPS = ("oprd", "xcomp", "ccomp", "acomp", "attr", "dobj", "npadvmod", "appos", "dep", "amod")
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
OWN_WORDS = {"we", "i", "us", "our", "my"}


# ---------------------------------------------------------------------------------------------
# Finding judgements


def judgement_triggers(sent: Span, lexicon: Lexicon, triggers: list[Trigger],
                       resolve: Callable[[Token], Actor | None]) -> tuple[list[Trigger], list[Trigger]]:
    """``triggers`` with the agentive judgements added, and the spoken ones apart (see the module doc).
    A verb that already triggers an event is left to it."""
    rules = load_judgements()
    # "Russia is negotiating in bad faith", "stabbed Turkey in the back": the idiom judges, the verb tells no act
    idioms = {t.verb.i for t in triggers if not t.noun and t.word.i == t.verb.i and conduct_phrase(t.verb, rules)}
    triggers = [t for t in triggers if t.noun or t.verb.i not in idioms]
    taken = {t.verb.i for t in triggers if not t.noun} | {t.word.i for t in triggers}
    agentive: list[Trigger] = []
    spoken: list[Trigger] = []
    for token in tagged(sent, VERB_POS):
        if token.i in taken:
            manner = wrong_manner(token, rules)  # "chose to suppress protests in an unlawful way": the act and more
            spoken += [manner] if manner is not None else []
            continue
        found = _justice(token, rules) or _intolerance(token, rules) or _naming(token, rules) \
            or questioning(token, rules, resolve) or _responsibility(token, rules) or blame_placing(token, rules) \
            or bearing(token, rules, resolve) or charging(token, rules) \
            or hallmarks(token, rules) or _ruling(token, rules, resolve) \
            or copular(token, rules) or passive_judgement(token, rules) or _conduct(token, rules) \
            or _disdain(token, rules, resolve) or _wrongdoing(token, rules, resolve) \
            or bloodied(token, rules, resolve) or failing(token, rules, resolve) \
            or distrust(token, rules, lexicon, resolve) or conduct_idiom(token, rules, resolve)
        if found is None:
            continue
        trigger, speaker_judges = found
        obj = direct_object(token)
        if obj is not None and obj.pos_ == "PRON" and token.head.i in taken:
            continue  # "spoke out against the attack, calling it an aggression": the same condemnation
        if (trigger.type == "SUPPORT" or needs_doer(trigger.word, rules)) \
                and not _named_party(trigger, resolve, lexicon):
            continue  # "described the talks as constructive", "called the result disappointing": of no one
        judged = trigger.nominal.targets[0] if trigger.nominal and trigger.nominal.targets else None
        namer = None if speaker_judges else _subject_actor(token, resolve)  # who names the object, if anyone
        if trigger.type == "REJECT" and (judged is None or judged.lemma_.lower() not in rules.dismissed_objects
                                         or getattr(namer, "agent", None) == "JUD"):
            continue  # "called the match a waste of time": no proposal rejected; a court declaring a vote void annuls
        if namer is not None and judged is not None and judged == obj:
            # "described the attacks as cowardly": read as any verb (object, its owner, the act it refers to)
            agentive.append(dataclasses.replace(trigger, nominal=None,
                                                targets=lexicon.type_targets.get(trigger.type, ())))
        elif judged is not None:
            spoken.append(trigger)
    # "the government is to blame": the infinitive is the judgement's word, not an accusation the government makes
    framed = {t.word.i for t in spoken if t.word.i != t.verb.i and t.word.dep_ == "xcomp" and t.word.head == t.verb}
    kept = [t for t in triggers if t.noun or t.verb.i not in framed]
    return kept + agentive, spoken + imperative_triggers(sent, resolve)  # '"Putin, stop this war," X said'


def _named_party(trigger: Trigger, resolve: Callable[[Token], Actor | None], lexicon: Lexicon) -> bool:
    """Whether the judged phrase names an actor, its owner, or an act told before ('the strike')."""
    judged = trigger.nominal.targets[0] if trigger.nominal and trigger.nominal.targets else None
    if judged is None:
        return False
    owners = [judged] + [c for c in children_with(judged, ("poss",))] + [
        g for c in children_with(judged, ("prep",)) if c.lower_ in ("of", "by") for g in c.children]
    return any(resolve(t) is not None for t in owners) or judged.lemma_.lower() in lexicon.reference_nouns


def _subject_actor(verb: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """The actor the verb's subject (or its passive by-agent) names."""
    subj = subject_of(verb)
    if subj is None and has_child(verb, ("agent",)):
        subj = next((g for c in children_with(verb, ("agent",)) for g in children_with(c, ("pobj",))), None)
    return resolve(subj) if subj is not None else None


def _naming(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'described the attacks as a cowardly act', 'called the order decisive', 'found the strike justified',
    'branded him a traitor': the subject judges the object."""
    if verb.lemma_.lower() not in rules.naming_verbs:
        return None
    obj = next(children_with(verb, OBJECT_DEPS), None)
    if obj is None:  # "found the strike justified", parsed as a clause: the strike is its subject
        for clause in (c for c in children_with(verb, ("ccomp", "xcomp", "oprd")) if c.lemma_.lower() != "be"):
            inner = next(children_with(clause, ("nsubj", "nsubjpass")), None)
            coded = _named_type(clause, inner, rules) if inner is not None else None
            if inner is not None and coded and clause.i == inner.right_edge.i + 1:
                return _trigger(verb, clause, *coded, judged=inner), False
        for said in (c for c in children_with(verb, ("oprd",)) if c.pos_ in ("ADJ", "NOUN")):
            folded = next((g for g in children_with(said, ("compound", "nmod")) if g.pos_ == "NOUN"
                           and any(d.dep_ == "det" for d in g.children)), None)
            coded = _named_type(said, folded, rules) if folded is not None else None
            if coded:  # 'called the arrest unacceptable', '... "political victimisation"', parsed as one phrase
                return _trigger(verb, said, *coded, judged=folded), False
        named = next((c for c in children_with(verb, ("oprd",)) if c.pos_ in ("NOUN", "PROPN")), None)
        coded = _named_type(named, named, rules) if named is not None else None
        if coded and has_child(named, ("poss",)):  # "called Trump's order decisive"
            return _trigger(verb, named, *coded, judged=named), False
        return None
    for holder in (verb, obj):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                pobj = next((g for g in children_with(child, ("pobj", "pcomp", "acomp", "amod"))), None)
                coded = _named_type(pobj, obj, rules) if pobj is not None else None
                if coded:
                    return _trigger(verb, pobj, *coded, judged=obj), False
    for holder in (verb, obj):
        for child in holder.children:
            if child.dep_ in COMPLEMENT_DEPS and child.i > obj.i and child.i != obj.i:
                coded = _named_type(child, obj, rules)
                if coded:
                    return _trigger(verb, child, *coded, judged=obj), False
    return folded_label(verb, obj, rules)



def _named_type(word: Token, judged: Token, rules: JudgementRules) -> tuple[str, str | None] | None:
    """The (type, mode) of naming ``judged`` by ``word``; a word that judges only an act ('called the decision
    ill-advised', 'described the ruling as a step in the right direction') judges nothing else ('called the
    situation dangerous'): an act noun, a deed or a pronoun that may stand for one."""
    pol = polarity(word, rules)
    if pol in WEAK and judged.lemma_.lower() not in rules.judged_acts | rules.behind_objects \
            and judged.lower_ not in ("it", "this", "that"):
        return None
    return _judgement_type(pol)


def _responsibility(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'held Iran responsible for the attack', 'suspect the rebels of the bombing', 'attributed the attack to
    the rebels', 'the suspects were linked to the network', 'ETA was suspected of the bombing', 'al-Shabaab was
    linked to the attack': the subject (or the speaker) accuses (ACCUSE allege); the one named is the target.
    Linking accuses only when a deed or a suspect is linked, or someone to a deed ("a road linking Kabul to
    Kandahar" accuses no one)."""
    lemma = verb.lemma_.lower()
    obj = next(children_with(verb, OBJECT_DEPS), None)
    if lemma in rules.holding_verbs and obj is not None and not _future(verb):
        word = next((c for h in (verb, obj) for c in h.children
                     if c.dep_ in COMPLEMENT_DEPS and c.lemma_.lower() in rules.responsible), None)
        if word is not None:
            return _trigger(verb, word, "ACCUSE", "allege", judged=obj), False
    passive = obj is not None and obj.dep_ == "nsubjpass"
    if lemma in rules.suspect_verbs and obj is not None and (verb.tag_ != "VBN" or passive):
        return _trigger(verb, verb, "ACCUSE", "allege", judged=obj), False  # "ETA was suspected of the bombing"
    linked = obj is not None and obj.lemma_.lower() in rules.behind_objects | rules.suspect_nouns
    if lemma in rules.attributing_verbs or (lemma in rules.linking_verbs and obj is not None):
        to = linked_party(verb, obj, ("to", "with") if lemma in rules.linking_verbs else ("to",))
        if to is not None and (linked or lemma in rules.attributing_verbs):
            return _trigger(verb, verb, "ACCUSE", "allege", judged=to), False
        if to is not None and to.lemma_.lower() in rules.behind_objects:  # "al-Shabaab was linked to the attack"
            return _trigger(verb, verb, "ACCUSE", "allege", judged=obj), False
    return None


def _conduct(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'Trump is behaving like a bully', 'the regime acts like a mafia': said by a speaker, a condemnation."""
    if verb.lemma_.lower() not in rules.conduct_verbs:
        return None
    subj = next((c for c in children_with(verb, ("nsubj",)) if c.pos_ != "PRON"), None)
    like = next((g for c in children_with(verb, ("prep",)) if c.lower_ in ("like", "as")
                 for g in children_with(c, ("pobj",))), None)
    if subj is None or like is None or polarity(like, rules) != "negative":
        return None
    return _trigger(verb, like, "ACCUSE", "disapprove", judged=subj), True


def _disdain(verb: Token, rules: JudgementRules,
             resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'Trump treats the rule of law with utter contempt', 'the court demonstrated a shocking ignorance of the
    law', 'had no respect for democracy', said by a speaker: a condemnation of the subject (a named actor); told
    by the reporter alone, no event. A regard judges only when denied ('had no regard', 'never showed any
    respect': read as a negated positive word) or scant ('showed little regard for civilian life')."""
    if verb.lemma_.lower() not in rules.disdain_verbs | rules.lacking_verbs:
        return None
    subj = _shared_subject(verb)
    nouns = [g for c in children_with(verb, ("prep",)) if c.lower_ == "with" for g in c.children
             if g.dep_ == "pobj"] + [c for c in children_with(verb, ("dobj", "obj"))]
    noun = next((n for n in nouns if ((n.lemma_.lower() in rules.disdain_nouns or _lacked(n, rules))
                                      and verb.lemma_.lower() in rules.disdain_verbs) or _regard(n, verb, rules)), None)
    if subj is None or subj.pos_ == "PRON" or noun is None:
        return None
    if resolve(subj) is None and subj.lemma_.lower() not in rules.judged_acts | rules.behind_objects:
        return None  # "the attack showed a total disregard for human life": its author is condemned
    if _regard(noun, verb, rules) and not any(c.lower_ == "little" for c in noun.children):
        return _trigger(verb, noun, "SUPPORT", REVERSIBLE, judged=subj), True
    return _trigger(verb, noun, "ACCUSE", "disapprove", judged=subj), True


def _lacked(noun: Token, rules: JudgementRules) -> bool:
    """'showed a lack of respect for the law', 'an absence of regard': a regard said lacking (a 'lack of discipline'
    judges no one)."""
    return noun.lemma_.lower() in rules.lack_nouns and any(
        g.lemma_.lower() in rules.lacked_nouns for c in children_with(noun, ("prep",)) if c.lower_ == "of"
        for g in children_with(c, ("pobj",)))


def _regard(noun: Token, verb: Token, rules: JudgementRules) -> bool:
    """'had no respect for democracy', 'showed little regard for civilian life': a regard had or shown."""
    return verb.lemma_.lower() in rules.lacking_verbs and noun.lemma_.lower() in rules.lacked_nouns


def _intolerance(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'such acts will not be tolerated', 'we will not tolerate interference', 'this attack will not go
    unpunished': a threat, negated and future, to the authors of what is named."""
    unpunished = verb.lemma_.lower() == "go" and any(
        c.dep_ == "acomp" and c.lower_ in rules.unpunished_words for c in verb.children)
    if (verb.lemma_.lower() not in rules.intolerance_verbs and not unpunished) or not _future(verb) \
            or not has_child(verb, ("neg",)):
        return None
    deps = ("nsubj",) if unpunished else OBJECT_DEPS
    judged = next((c for c in verb.children if c.dep_ in deps), None)
    return _trigger(verb, verb, "THREATEN", None, judged=judged if judged is not None else verb), True


def _wrongdoing(verb: Token, rules: JudgementRules,
                resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'the government is breaking the law', 'the regime lied', 'Iran is interfering in our affairs', said by
    a speaker: an allegation against the subject, a named actor or an act ('the Polish government's decision
    undermines the rule of law', 'the strike violated Iraqi sovereignty': its author is the one accused) when
    the verb names what is wronged. Harm done to what the speaker values ('Russia's actions have damaged trust',
    'crossed a red line'; ``harming_verbs``) condemns the subject the same way (ACCUSE disapprove)."""
    lemma = verb.lemma_.lower()
    objects, mode = rules.wrongdoing.get(lemma), "allege"
    if objects is None and lemma in rules.harming:
        objects, mode = rules.harming[lemma], "disapprove"
    if objects is None and any(c.dep_ == "advmod" and c.lower_ in rules.wrongdoing_adverbs for c in verb.children):
        objects = frozenset()  # "Iran is unduly influencing the government"
    if objects is None:
        return None
    subj = _shared_subject(verb)
    act = subj is not None and bool(objects) and subj.lemma_.lower() in rules.judged_acts | rules.behind_objects
    if subj is None or (resolve(subj) is None and not act):
        return None
    obj = next(children_with(verb, ("dobj", "obj")), None)
    if objects and (obj is None or not _named_object(obj) & objects):
        return None
    tried = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TRYING_VERBS else verb
    return _trigger(tried, tried, "ACCUSE", mode, judged=subj), True  # "was trying to destabilise": the attempt


def _named_object(obj: Token) -> set[str]:
    """An object's lemma and its 'modifier lemma' phrases ('red line')."""
    lemma = obj.lemma_.lower()
    return {lemma} | {f"{c.lower_} {lemma}" for c in children_with(obj, ("amod", "compound"))}


TRYING_VERBS = {"try", "seek", "attempt"}


def _shared_subject(verb: Token) -> Token | None:
    """A verb's own subject, or the one it shares as a conjunct ('have abused their power and ignored the will
    of the people': the same members ignored it) or with a verb of trying ('was trying to destabilise Serbia':
    the attempt is the wrong); never one reached through other control or a relative clause."""
    while True:
        subj = next(children_with(verb, ("nsubj",)), None)
        tried = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TRYING_VERBS
        if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i \
                or (verb.dep_ == "xcomp" and not tried):
            return subj
        verb = verb.head


def _justice(verb: Token, rules: JudgementRules) -> tuple[Trigger, bool] | None:
    """'we will bring those responsible to justice', 'vowed to hold the attackers accountable': a threat of
    arrest, only in a future or committed clause (a past 'brought to justice' tells the act)."""
    words = rules.justice.get(verb.lemma_.lower())
    if not words or not _future(verb):
        return None
    phrases = {f"{c.lower_} {g.lower_}" for c in verb.subtree if c.dep_ == "prep" and _clause_of(c) == verb
               for g in children_with(c, ("pobj",))}
    phrases |= {c.lower_ for h in [verb, *[c for c in children_with(verb, OBJECT_DEPS)]]
                for c in children_with(h, (*COMPLEMENT_DEPS, "prt", "advmod"))}
    if not phrases & words:
        return None
    obj = next(children_with(verb, OBJECT_DEPS), None)
    return _trigger(verb, verb, "THREATEN", "arrest", judged=obj if obj is not None else verb), True


def _clause_of(token: Token) -> Token:
    """The nearest verb above ``token`` (its clause's head)."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _future(verb: Token) -> bool:
    """'will bring', 'is going to deliver', 'vowed to hold', 'to bring them to justice' under 'will use'."""
    token = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if token.lemma_.lower() in ("vow", "pledge", "promise", "swear", "determine", "go", "intend", "resolve") \
                and token.i != verb.i:
            return True
        if token.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _ruling(verb: Token, rules: JudgementRules,
            resolve: Callable[[Token], Actor | None]) -> tuple[Trigger, bool] | None:
    """'the court ruled that the party may not field candidates': a court restricting the complement's subject."""
    if verb.lemma_.lower() not in rules.ruling_verbs:
        return None
    subj = subject_of(verb)
    actor = resolve(subj) if subj is not None else None
    if actor is None or (actor.agent or "").lower() not in rules.ruling_subjects:
        return None
    for clause in (c for c in children_with(verb, ("ccomp",))):
        modal = any(c.dep_ == "aux" and c.lower_ in rules.permission_modals for c in clause.children)
        negated = has_child(clause, ("neg",)) or any(
            c.dep_ == "aux" and c.lower_ in ("cannot", "can't") for c in clause.children)
        inner = next(children_with(clause, ("nsubj", "nsubjpass")), None)
        if modal and negated and inner is not None:
            return _trigger(verb, verb, "COERCE", "restrict", judged=inner), False
    return None

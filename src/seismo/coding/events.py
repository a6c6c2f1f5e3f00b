"""Find event triggers in a parsed sentence: verbs by rule, and event nouns under light verbs.

A trigger says *what kind* of event a clause reports; who, when, where and whether it
happened are read by the other coding modules from the trigger's place in the parse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from seismo.coding.allegations import alleged_doer
from seismo.coding.doc_words import VERB_POS, children_with, has_child, tagged
from seismo.coding.joint_acts import done_together
from seismo.coding.lexicon import Lexicon, NounRule, VerbRule
from seismo.coding.noun_guards import refused_noun
from seismo.coding.verb_roles import (
    PASSIVE_SUBJ_DEPS,
    content_object,
    direct_object,
)
from seismo.coding.verb_rules import PARTICLE_DEPS, phrasal, rule_matches, verb_lemma
from seismo.coding.word_tables import argument_words
from seismo.models import Modality


@dataclass(frozen=True)
class NominalArgs:
    """What an event noun says itself (``nominal.py``); None fields leave the coder's usual verbal reading."""

    sources: tuple[Token, ...] | None = None  # by/between/possessor/nationality, or the participating subject
    targets: tuple[Token, ...] | None = None  # on/against/with/to/of complements of the noun
    modality: Modality | None = None  # "amid fears of an attack", "talks are planned": no fact
    reference: bool = False  # "the attack" with no actors of its own: an event told earlier, whose actors it takes
    mention: bool = False  # any event noun: the same event as an earlier one it does not contradict
    undergone: bool = False  # "could receive help from X": the subject undergoes the act (no stance of its own)


@dataclass(frozen=True)
class Trigger:
    """An event mention's anchor: the clause head (verb) and, for nominal events, the noun."""

    verb: Token  # clause head whose subject is the source
    word: Token  # the token that names the event (the verb itself, or the event noun)
    type: str
    mode: str | None
    symmetric: bool = False
    source_agent: str | None = None
    passive_source: bool = False
    targets: tuple[str, ...] = ()
    noun: bool = False
    object_target: bool = True  # False when the direct object is the acting force, not a target
    implied_source: str | None = None
    event_subject: bool = False  # "Palestinian riots continued": the event noun is the clause subject
    nominal: NominalArgs | None = None  # an event noun's own arguments and factuality (nominal.py)
    # "asked for asylum in Spain": the noun of the phrase a rule with its own targets is read from stands as the
    # verb's object, whose phrases name the target (the parser hangs "in Spain" on "asylum")
    pp_object: Token | None = None
    # "blamed the attack on militants": the rule names its own target prepositions, which count on an act-noun
    # object too (a type's default ones there name the act's patient: "condemned the attack on Kyiv")
    own_targets: bool = False
    # "detected 32 Chinese military aircraft": the force seen is the one acting, and whoever saw it is its recipient
    object_source: bool = False
    taker_source: bool = False  # "the city fell to the Taliban": the taker named after the verb acts (takeovers.py)
    other_side: bool = False  # the object must be another side than the subject (coder._own_side)


def _verb_trigger(verb: Token, lexicon: Lexicon, is_actor: Callable[[Token], bool],
                  agent_of: Callable[[Token], str | None],
                  is_person: Callable[[Token], bool] = lambda _t: False) -> Trigger | None:
    rules = lexicon.verbs.get(verb_lemma(verb, lexicon))
    if not rules or verb.pos_ not in ("VERB", "AUX") or _kind_of_act(verb):
        return None
    # the rules are read against the first object, then against its conjuncts ('fired rockets and missiles' keeps
    # the rule for rockets; 'fired water cannons and tear gas' falls to the one for tear gas)
    rule = next((r for r in rules if rule_matches(r, verb, is_actor, agent_of, lexicon, is_person=is_person)), None) \
        or next((r for r in rules if rule_matches(r, verb, is_actor, agent_of, lexicon, conjuncts=True,
                                                   is_person=is_person)), None)
    if rule is None:
        return None
    return Trigger(
        verb=verb, word=verb, type=rule.type, mode=rule.mode, symmetric=rule.symmetric,
        source_agent=rule.source_agent, passive_source=rule.passive_subject == "source",
        targets=rule.target or lexicon.type_targets.get(rule.type, ()),
        object_target=(lexicon.object_is_target(rule.type, rule.mode) or "dobj" in rule.target)
        and not _object_is_named_thing(rule),
        implied_source=rule.implied_source, pp_object=_rule_pp_object(rule, verb),
        own_targets=bool(rule.target), object_source=rule.object_source, other_side=rule.other_side,
        taker_source=rule.taker_source,
    )


def _object_is_named_thing(rule: VerbRule) -> bool:
    """A rule that names its object's words and reads its targets elsewhere ('joined forces with Uganda': target
    with) has a thing as object, never the target, unless its targets list 'dobj'."""
    return bool(rule.object and rule.target) and "dobj" not in rule.target


def _rule_pp_object(rule: VerbRule, verb: Token) -> Token | None:
    """The object of the verb's prepositional phrase that a rule naming its own targets is read from ('asked for
    asylum in Spain' -> asylum); None for other rules and when the verb has an object of its own."""
    if not (rule.pp and rule.target) or direct_object(verb) is not None:
        return None
    return next((g for c in children_with(verb, ("prep",)) for g in c.children
                 if g.dep_ == "pobj" and f"{c.lower_} {g.lemma_.lower()}" in rule.pp), None)


def _kind_of_act(verb: Token) -> bool:
    """'Denying them citizenship violated the constitution', 'attacking civilians is a war crime': a gerund
    that is its clause's subject, with no subject or possessor of its own, names a kind of act, not an event.
    The parser often hangs such a gerund on the verb of saying ('wrote denying them citizenship violated the
    law': xcomp, with the finite verb whose subject it is below it as a ccomp); that is the same reading."""
    if verb.tag_ != "VBG" or has_child(verb, ("nsubj", "nsubjpass", "poss")):
        return False
    return verb.dep_ in ("csubj", "csubjpass") or (verb.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in FINITE_TAGS for c in verb.children))


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _noun_type(noun: Token, rule: NounRule, lemma: str, verb: Token | None = None) -> tuple[str, str | None] | None:
    """The noun's (type, mode): a phrasal verb ('called off the strike'), then a modifier ('hunger strike',
    'unilateral ceasefire'), then the verb, then an act done together (joint_acts), else the noun's own reading."""
    if refused_noun(noun, rule):
        return None
    phrase = phrasal(verb) if verb is not None else ""
    modifier = next((rule.by_modifier[c.lower_] for c in noun.children
                     if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in rule.by_modifier), None)
    chosen = rule.by_verb.get(phrase) or modifier or rule.by_verb.get(lemma)
    if chosen is None and rule.joint and done_together(noun, verb):
        chosen = rule.joint
    if chosen is None:
        return rule.type, rule.mode
    type_, _, mode = chosen.partition(":")
    return type_, mode or None


def _purpose_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    """'arrived on a visit', 'returned to Geneva for talks', 'converged for a rally': travel for an event;
    'insisted on its demand that ...': a restating verb's event noun (``restating_preps``)."""
    lemma = verb_lemma(verb, lexicon)
    # "came in for criticism" receives it (nominal.yaml receiving_preps); it is no trip
    travel = lemma in lexicon.travel_verbs and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    for child in (c for c in children_with(verb, ("prep",))):
        restates = lexicon.restating_preps.get(f"{lemma} {child.lower_}", frozenset())
        for pobj in child.children:
            rule = lexicon.nouns.get(pobj.lemma_.lower()) if pobj.dep_ == "pobj" else None
            if rule is not None and ((travel and child.lower_ in ("on", "for")) or rule.type in restates):
                return pobj
    return None


def _event_object(verb: Token, lexicon: Lexicon) -> tuple[Token | None, NounRule | None]:
    """The verb's object if it is an event noun: 'an air campaign' (back to the head), 'staged a sit-in outside
    parliament' (the parser hangs the event noun on the place as an nmod)."""
    obj = content_object(direct_object(verb) or _second_object(verb, lexicon))
    rule = lexicon.nouns.get(obj.lemma_.lower()) if obj is not None else None
    if rule is None and obj is not None:  # "handed the aid worker a jail term": the second of two objects
        second = next((c for c in children_with(obj.head, ("dobj",)) if c.i > obj.i and c.head.i == verb.i
                       and c.lemma_.lower() in lexicon.nouns), None)
        obj, rule = (second, lexicon.nouns[second.lemma_.lower()]) if second is not None else (obj, rule)
    if rule is None and obj is not None and obj.dep_ == "compound":
        obj = obj.head
        rule = lexicon.nouns.get(obj.lemma_.lower())
    if rule is None and obj is not None:
        nmod = next((c for c in children_with(obj, ("nmod",)) if c.lemma_.lower() in lexicon.nouns), None)
        if nmod is not None:
            obj, rule = nmod, lexicon.nouns[nmod.lemma_.lower()]
    return obj, rule


def _compound_event(obj: Token | None, rule: NounRule | None, lemma: str, phrase: str,
                    lexicon: Lexicon) -> tuple[Token | None, NounRule | None]:
    """'violated the ceasefire agreement': a verb that the head noun does not take (no light verb, not its
    by_verb) reads the event its compound modifier names, when that noun takes the verb (a violated ceasefire)."""
    if obj is None or rule is None or lemma in rule.by_verb or phrase in rule.by_verb \
            or (lemma in lexicon.light_verbs and not rule.only_verbs):
        return obj, rule
    for child in (c for c in children_with(obj, ("compound",))):
        own = lexicon.nouns.get(child.lemma_.lower())
        if own is not None and (lemma in own.by_verb or phrase in own.by_verb):
            return child, own
    return obj, rule


def _second_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """'granted Angela Stanton a full pardon': the parser hangs the second object on the first (the
    recipient, a dative) as an apposition; the event noun there is the verb's object."""
    for dative in (c for c in children_with(verb, ("dative",)) if c.pos_ != "ADP"):
        for child in dative.children:
            if child.dep_ in ("appos", "dobj") and child.lemma_.lower() in lexicon.nouns:
                return child
    return None


def _noun_trigger(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """"held talks", "imposed sanctions", "conducted exercises": the noun names the event."""
    lemma, phrase = verb_lemma(verb, lexicon), phrasal(verb)
    obj, rule = _compound_event(*_event_object(verb, lexicon), lemma, phrase, lexicon)
    if rule is not None and phrase in lexicon.cancelling_verbs and phrase not in rule.by_verb:
        return None  # "called off the talks": no talks
    purpose = rule is None or (lemma not in rule.by_verb and phrase not in rule.by_verb
                               and (rule.only_verbs or lemma not in lexicon.light_verbs))
    if purpose:
        obj = _purpose_noun(verb, lexicon)
        rule = lexicon.nouns.get(obj.lemma_.lower()) if obj is not None else None
        if rule is None or rule.only_verbs:
            return None
    coded = _noun_type(obj, rule, lemma, verb)
    # "the army was placed on high alert": with no by-agent, the one put on alert is the passive's subject
    return _nominal(verb, obj, rule, coded, lexicon, passive_source=purpose) if coded is not None else None


def _nominal(verb: Token, noun: Token, rule: NounRule, coded: tuple[str, str | None], lexicon: Lexicon,
             event_subject: bool = False, passive_source: bool = False) -> Trigger:
    type_, mode = coded
    return Trigger(
        verb=verb, word=noun, type=type_, mode=mode, symmetric=rule.symmetric, source_agent=rule.source_agent,
        targets=("noun", *lexicon.type_targets.get(type_, ())), noun=True, passive_source=passive_source,
        object_target=lexicon.object_is_target(type_, mode), event_subject=event_subject,
    )


def happening(verb: Token, lexicon: Lexicon) -> bool:
    """'continued', 'erupted', 'broke out', 'took place': a verb that only says an event is going on."""
    lemma = verb.lemma_.lower()
    extras = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS | {"dobj"}]
    return lemma in lexicon.happening_verbs or any(f"{lemma} {w}" in lexicon.happening_verbs for w in extras)


def _subject_noun_trigger(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """'Palestinian riots against Israeli policies are continuing', 'clashes broke out': an event noun as the
    subject of a verb of happening is the event; its modifiers name who acts (see ``source_tokens``)."""
    subj = next((c for c in children_with(verb, ("nsubj",)) if _common_noun(c)), None)
    rule = lexicon.nouns.get(subj.lemma_.lower()) if subj is not None else None
    if rule is None or subj is None:
        return None
    in_force = in_force_key(verb, rule, lexicon)
    if in_force is not None:  # "the truce took effect at midnight": the noun's own reading of being in force
        coded = _noun_type(subj, rule, in_force)
        return _nominal(verb, subj, rule, coded, lexicon, event_subject=True) if coded is not None else None
    if not happening(verb, lexicon):
        return None
    if rule.only_verbs:  # "war broke out", "a prisoner swap took place": only with its own happening verbs
        key = next((k for k in (phrasal(verb), *verb_phrases(verb)) if k and k in rule.by_verb), None)
        if key is None:
            return None
        coded = _noun_type(subj, rule, key, verb)
        return _nominal(verb, subj, rule, coded, lexicon, event_subject=True) if coded is not None else None
    coded = _noun_type(subj, rule, "")
    return _nominal(verb, subj, rule, coded, lexicon, event_subject=True) if coded is not None else None


def in_force_key(verb: Token, rule: NounRule, lexicon: Lexicon) -> str | None:
    """'took effect', 'came into force', 'has held': the verb phrase (``in_force_verbs``) that says the subject
    noun's terms are in force, where the noun's by_verb reads it ('a ceasefire took effect' is implemented); a
    verb with an object of its own ('the truce held the line') says something else. Only a noun that reads
    'take effect' opts in: 'the strike began' keeps the strike's own readings (its by_verb 'begin' is 'began a
    strike')."""
    if "take effect" not in rule.by_verb:
        return None
    return next((k for k in verb_phrases(verb) if k in lexicon.in_force_verbs and k in rule.by_verb), None)


def verb_phrases(verb: Token) -> list[str]:
    """'took effect' -> 'take effect', 'came into force' -> 'come into force', 'held' -> 'hold': the verb with its
    object or its prepositional phrase, and its bare lemma when it has no object of its own."""
    lemma = verb.lemma_.lower()
    objects = [c.lower_ for c in children_with(verb, ("dobj",))]
    return [f"{lemma} {o}" for o in objects] + [
        f"{lemma} {p.lower_} {o.lower_}" for p in children_with(verb, ("prep",)) for o in p.children
        if o.dep_ == "pobj"] + ([] if objects else [lemma])


def _common_noun(token: Token) -> bool:
    """A common noun, or one the parser tags as a name only because it opens the sentence ('War broke out')."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.i == token.sent.start
                                    and not has_child(token, ("compound",)))


CHARGE_PREPS = ("for", "of", "over", "with")


def charged_act(verb: Token) -> bool:
    """'Police arrested the man for killing a child', 'was sentenced to 20 years for raping a girl', 'convicted of
    murdering': the for/of-gerund of a punishment (``punishing_verbs``) names the charge, not an act the sentence
    tells (its doer would be read as the police or the court). Likewise the gerund of a charge noun
    (``charge_nouns``): 'acquitted him of charges of killing protesters', 'on charges of plotting a coup'."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
        return False
    words, head = argument_words(), prep.head.lemma_.lower()
    if prep.head.pos_ == "NOUN":
        return head in words.charge_nouns and prep.lower_ != "with"
    punished = prep.head.pos_ in ("VERB", "AUX") and head in words.punishing_verbs  # "charged them with hacking"
    return punished and prep.lower_ != "over" and (prep.lower_ != "with" or head in words.charging_verbs)


def _accident_toll(verb: Token, lexicon: Lexicon) -> bool:
    """'A train derailed near Kazan, killing 36 people': a verb that shares an accident verb's subject tells
    what the accident did; no one acted."""
    head = verb.head
    if verb.dep_ in ("advcl", "conj") and head.i != verb.i and head.lemma_.lower() in lexicon.accident_verbs \
            and not any(c.dep_ in PASSIVE_SUBJ_DEPS | {"nsubj"} for c in verb.children):
        return True
    # "20 people were killed when a train derailed": an agentless passive whose when-clause is an accident
    return has_child(verb, ("auxpass",)) and not has_child(verb, ("agent",)) \
        and any(c.dep_ == "advcl" and c.lemma_.lower() in lexicon.accident_verbs for c in verb.children)


def find_triggers(sent: Span, lexicon: Lexicon, is_actor: Callable[[Token], bool],
                  agent_of: Callable[[Token], str | None] = lambda _v: None,
                  is_person: Callable[[Token], bool] = lambda _t: False) -> list[Trigger]:
    """All triggers in a sentence, in text order; a verb yields at most one trigger.

    ``is_actor`` tells whether a token names an actor; ``agent_of`` gives the sector of a clause's
    subject, for rules that depend on who acts (officials "protest" diplomatically, crowds take to the street);
    ``is_person`` whether a token names a person the knowledge base knows ("Trump attacked the Democrats": words).
    """
    triggers: list[Trigger] = []
    for token in tagged(sent, VERB_POS):
        if _accident_toll(token, lexicon) or (charged_act(token) and not alleged_doer(token, lexicon)):
            continue
        trigger = _noun_trigger(token, lexicon) or _verb_trigger(token, lexicon, is_actor, agent_of, is_person) \
            or _subject_noun_trigger(token, lexicon)
        if trigger is not None:
            triggers.append(trigger)
    return triggers

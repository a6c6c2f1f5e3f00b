"""Event nouns as triggers of their own: in prepositional phrases, as subjects, as objects of participation.

Verbs are not the only way news names an event: "20 civilians were killed in a mortar attack by X on Y",
"after a meeting with X, Y said", "X's attack on Y killed five", "talks between A and B resumed", "X attended
talks with Y". This module finds such nouns (those of ``events.yaml`` ``nouns``), reads the noun's own
arguments (by, between, with/to, against/on, possessor, nationality modifiers) and decides from its place in
the parse whether the text asserts the event: "amid fears of an attack", "talks are planned", "calls for a
ceasefire" and "a possible invasion" are no facts, while "after a meeting with X" presupposes the meeting.

The grammar is data (``dictionaries/nominal.yaml``). The coder reads a trigger's ``nominal`` arguments in
place of a verb's subject and object; ``references.py`` merges a noun that refers back ("the attack") into
the event it names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from seismo.coding.arguments import conjuncts, subject_of
from seismo.coding.events import NominalArgs, Trigger, is_passive, verb_lemma
from seismo.coding.lexicon import DICT_DIR, Lexicon, NounRule, _read_yaml
from seismo.coding.modality import modality_of
from seismo.models import Actor, Modality

Resolver = Callable[[Token], Actor | None]

SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
VERBAL = {"VERB", "AUX"}
OPEN_MODALITIES = {Modality.FUTURE, Modality.HYPOTHETICAL}
ABSORBING_PREPS = {"in", "during", "amid"}  # "killed in an attack by X": the attack is the killing's event


@dataclass(frozen=True)
class NominalGrammar:
    """The word lists of ``nominal.yaml`` as sets (see the file for what each one means)."""

    lists: dict[str, frozenset[str]]

    def __getattr__(self, name: str) -> frozenset[str]:
        try:
            return self.lists[name]
        except KeyError:
            raise AttributeError(name) from None


@lru_cache(maxsize=4)
def load_grammar(path: Path = DICT_DIR / "nominal.yaml") -> NominalGrammar:
    """Read the nominal grammar once per process."""
    data = _read_yaml(path)
    return NominalGrammar({k: frozenset(str(v).lower() for v in vals or []) for k, vals in data.items()})


@dataclass(frozen=True)
class Anchor:
    """Where an event noun sits: ``kind`` is pp, subject, object or agent; ``head`` the word that governs it
    (the preposition, the verb); ``modality`` what the heads on the way said (None: nothing)."""

    kind: str
    head: Token
    modality: Modality | None = None
    frames: tuple[Token, ...] = ()  # light nouns on the way ("the imposition of sanctions")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _pobj_anchor(token: Token, grammar: NominalGrammar) -> tuple[str, Token] | None:
    """One step up from a prepositional object: ('up', head noun), ('stop', prep) or None."""
    prep = token.head
    low = prep.lower_
    holder = prep.head
    if low in grammar.transparent_preps and holder.i != prep.i and holder.pos_ in ("NOUN", "PROPN", "ADV", "ADJ"):
        return "up", holder
    if low in grammar.asserting_preps:
        return "stop", prep
    return None


def find_anchor(noun: Token, grammar: NominalGrammar) -> Anchor | None:
    """Walk from the noun up through transparent and modal heads to the position that decides whether it
    names an event ("in the wake of the attack" is in a pp; "amid fears of an attack" is a feared one)."""
    token, modality, frames = noun, None, []
    for _ in range(5):
        head = token.head
        if token.dep_ == "pobj":
            step = _pobj_anchor(token, grammar)
            if step is None:
                return None
            kind, up = step
            if kind == "stop":
                holder = up if up.pos_ in VERBAL else up.head  # "following talks": the preposition is a verb
                if up.lower_ == "in" and (_lemma(holder) in grammar.participation_in or _take_part(holder)):
                    return Anchor("object", holder if holder.pos_ in VERBAL else holder.head, modality, tuple(frames))
                if holder.pos_ not in VERBAL:
                    return None  # "mediation in the talks": a circumstance of a noun, not of the clause
                return Anchor("pp", up, modality, tuple(frames))
            lemma = _lemma(up)
            if lemma in grammar.agent_heads:
                return Anchor("agent", up.head, modality, tuple(frames))
            if lemma in grammar.future_heads:
                modality = _weaker(modality, Modality.FUTURE)
            elif lemma in grammar.modal_heads:
                modality = _weaker(modality, Modality.HYPOTHETICAL)
            elif lemma not in grammar.transparent_heads:
                return None
            if lemma in grammar.light_nouns:
                frames.append(up)
            token = up
            continue
        if token.dep_ in SUBJECT_DEPS and head.pos_ in VERBAL:
            return Anchor("subject", head, modality, tuple(frames))
        if token.dep_ in ("dobj", "obj") and head.pos_ in VERBAL:
            lemma = _lemma(head)
            if lemma in grammar.participation_verbs or lemma in grammar.presupposing_verbs:
                return Anchor("object", head, modality, tuple(frames))
        return None
    return None


def _take_part(token: Token) -> bool:
    """'took part in talks': the preposition hangs off 'part' or off 'took'."""
    if _lemma(token) == "part":
        return _lemma(token.head) == "take"
    return _lemma(token) == "take" and any(_lemma(c) == "part" for c in token.children)


STRENGTH = {Modality.ASSERTED: 0, Modality.FUTURE: 1, Modality.HYPOTHETICAL: 2, Modality.NEGATED: 3,
            Modality.DENIED: 4}


def _strongest(a: Modality, b: Modality) -> Modality:
    return a if STRENGTH[a] >= STRENGTH[b] else b


def _weaker(a: Modality | None, b: Modality) -> Modality:
    """Hypothetical beats future: 'fears of planned talks' is hypothetical."""
    if a is None or a is Modality.ASSERTED:
        return b
    return Modality.HYPOTHETICAL if Modality.HYPOTHETICAL in (a, b) else a


def _clause_head(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the noun itself in a verbless title)."""
    current = token
    for _ in range(40):
        if current.pos_ in VERBAL:
            return current
        if current.head.i == current.i:
            return token
        current = current.head
    return token


MODIFIER_DEPS = ("amod", "compound", "advmod", "acl")
NO_WORDS = ("no", "never", "neither")


def _modifier_modality(noun: Token, grammar: NominalGrammar, kinds: frozenset[str]) -> Modality | None:
    """What the noun's own modifiers say: 'no talks', 'the cancelled summit' (always), 'a possible invasion'
    (``kinds`` has 'modal'), 'planned talks' ('future'). A light verb asserts its noun whatever the modifier
    ('mounted its long-threatened invasion'); a circumstance presupposes it ('after the planned talks')."""
    for child in noun.children:
        low = child.lower_
        if (child.dep_ in ("neg", "det") and low in NO_WORDS) \
                or (child.dep_ in MODIFIER_DEPS and low in grammar.negating_modifiers):
            return Modality.NEGATED
        if child.dep_ not in MODIFIER_DEPS:
            continue
        if "future" in kinds and (low in grammar.future_modifiers or _lemma(child) in grammar.future_modifiers):
            return Modality.FUTURE
        if "modal" in kinds and low in grammar.modal_modifiers:
            return Modality.HYPOTHETICAL
    return None


ANCHOR_MODIFIERS = {"pp": frozenset({"modal"}), "agent": frozenset(), "light": frozenset()}


def _noun_modality(noun: Token, anchor: Anchor, lexicon: Lexicon, grammar: NominalGrammar) -> Modality:
    """Whether the text asserts the noun's event, from its modifiers, its heads and its clause."""
    own = _modifier_modality(noun, grammar, ANCHOR_MODIFIERS.get(anchor.kind, frozenset({"modal", "future"})))
    if own is not None:
        return own if own is not Modality.FUTURE else _weaker(anchor.modality, own)
    if anchor.modality is not None:
        return anchor.modality
    verb = _clause_head(anchor.head)
    walked = modality_of(noun, verb, lexicon) if verb.pos_ in VERBAL else Modality.ASSERTED
    if anchor.kind == "subject":
        lemma = verb_lemma(verb, lexicon)
        if lemma in grammar.negating_predicates:
            return Modality.NEGATED
        if lemma in grammar.future_predicates or _lemma(verb) in grammar.future_predicates:
            return _weaker(walked if walked in OPEN_MODALITIES else None, Modality.FUTURE)
        return walked
    if anchor.kind in ("pp", "agent"):  # presupposed: a negated clause does not undo "after the meeting"
        return walked if walked in OPEN_MODALITIES else Modality.ASSERTED
    return walked


def _prep_objects(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(conjuncts(pobj))
    return out


def _actor_modifiers(noun: Token, grammar: NominalGrammar, resolve: Resolver) -> list[Token]:
    """'Israeli airstrikes', 'a NATO attack', 'a police crackdown', "Russia's invasion": the noun's own actors;
    not a city that would stand for its government as a subject ('a Kabul car bombing' is where, not who)."""
    out = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        if child.lower_ in grammar.non_actor_modifiers or child.pos_ == "PRON" or child.like_num:
            continue
        if child.pos_ not in ("PROPN", "ADJ") and not (child.pos_ == "NOUN" and child.dep_ in ("compound", "poss")):
            continue
        actor = resolve(child) if child.pos_ != "ADJ" else None  # a nationality adjective: the coder's reading
        if child.pos_ != "ADJ" and actor is None:
            continue  # "a phone call", "the trade talks": no actor
        if actor is not None and child.dep_ != "poss" and child.ent_type_ in ("GPE", "LOC", "FAC") \
                and actor.agent and not actor.igo:
            continue
        out.append(child)
        out.extend(c for c in child.children if c.dep_ == "conj")
    return out


@dataclass(frozen=True)
class NounArguments:
    """What the noun phrase itself names: its sources, both sides of a between-phrase, its targets and partners."""

    sources: list[Token]
    parties: list[Token]
    targets: list[Token]
    partners: list[Token]


def noun_arguments(noun: Token, type_: str, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver,
                   frames: tuple[Token, ...] = ()) -> NounArguments:
    """Read by/between/with/against/on/of complements and actor modifiers of the noun and its light nouns."""
    target_preps = (set(lexicon.type_targets.get(type_, ())) | grammar.partner_preps) \
        - grammar.by_preps - grammar.between_preps
    source_preps = set(grammar.by_preps)
    if _lemma(noun) in grammar.patient_of:
        target_preps.add("of")
    elif _lemma(noun) in grammar.agent_of:
        source_preps.add("of")
    sources: list[Token] = []
    parties: list[Token] = []
    targets: list[Token] = []
    partners: list[Token] = []
    for holder in (noun, *frames):
        sources += _prep_objects(holder, source_preps) + _actor_modifiers(holder, grammar, resolve)
        parties += _prep_objects(holder, grammar.between_preps)
        for prep in sorted(target_preps, key=lambda p: (p != "with", p)):  # the partner is the most specific
            found = _prep_objects(holder, {prep})
            targets += found
            if prep in grammar.partner_preps:
                partners += found
    return NounArguments(sources, parties, [t for t in targets if t not in sources], partners)


def _participant(anchor: Anchor, resolve: Resolver, reach: int = 6) -> list[Token]:
    """'after a meeting with X, Y said': the nearest clause subject above the phrase that is an actor, at most
    ``reach`` heads up."""
    token = anchor.head.head if anchor.head.pos_ in VERBAL else anchor.head
    for _ in range(reach):
        if token.pos_ in VERBAL:
            subj = subject_of(token)
            if subj is not None and resolve(subj) is not None:
                return conjuncts(subj)
        if token.head.i == token.i:
            return []
        token = token.head
    return []


def _definite(noun: Token, grammar: NominalGrammar) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in grammar.definite_determiners for c in noun.children)


def _free_rule(noun: Token, lexicon: Lexicon, grammar: NominalGrammar) -> NounRule | None:
    """The rule of a noun that names an event by itself (``free_nouns``), reading a compound modifier with it
    first ('air strike' -> airstrike); a two-word entry needs its modifier ('drone strike', not 'general strike')."""
    lemma = _lemma(noun)
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for child in modifiers:
        if child.dep_ == "compound" and child.i == noun.i - 1:
            pair = f"{child.lower_} {lemma}"
            for key in (f"{child.lower_}{lemma}", pair, f"{child.lower_}-{lemma}"):
                if key in lexicon.nouns and (key in grammar.free_nouns or pair in grammar.free_nouns):
                    return lexicon.nouns[key]
    if lemma in grammar.free_nouns or any(f"{c.lower_} {lemma}" in grammar.free_nouns for c in modifiers):
        return lexicon.nouns.get(lemma)
    return None


def _bare_idiom(noun: Token, anchor: Anchor, grammar: NominalGrammar) -> bool:
    """'resigned in protest': a determiner-less singular noun in a set phrase names a manner, not an event."""
    if anchor.kind != "pp" or any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
        return False
    return f"{anchor.head.lower_} {noun.lower_}" in grammar.bare_idioms


def _noun_type(noun: Token, rule: NounRule) -> str | None:
    if rule.only_verbs or (rule.only_with and not any(c.lower_ in rule.only_with for c in noun.children)):
        return None
    if rule.joint and any(c.lower_ in ("joint", "combined", "bilateral") for c in noun.children):
        return rule.joint
    return rule.type


def _anchor_verb(noun: Token, anchor: Anchor) -> Token:
    """The clause head the event hangs from: the governing verb; the clause of a circumstance; for 'X claimed
    responsibility for the attack' the noun itself, so that the claim is read as the attribution."""
    if anchor.kind == "agent":
        return noun
    if anchor.kind in ("subject", "object") and anchor.head.pos_ in VERBAL:
        return anchor.head
    return _clause_head(anchor.head.head if anchor.kind == "pp" else anchor.head)


def _sources(noun: Token, anchor: Anchor, args: NounArguments, resolve: Resolver) -> tuple[Token, ...] | None:
    """Who acts: the noun's own actors; for a participation verb the clause subject (None: the coder's reading);
    for a claim the claimant; for a partnered circumstance ('after a meeting with X') the clause's actor."""
    own = tuple(args.sources or args.parties)
    if own:
        return own
    grammar = load_grammar()
    if anchor.kind == "object" and _lemma(anchor.head) not in grammar.presupposing_verbs:
        return None
    if anchor.kind == "subject" and _lemma(anchor.head) in grammar.participation_verbs and is_passive(anchor.head):
        return None  # "the attack was claimed by al-Shabaab": the agent of the passive
    if anchor.kind == "agent":
        subj = subject_of(anchor.head) if anchor.head.pos_ in VERBAL else None
        return tuple(conjuncts(subj)) if subj is not None else ()
    if anchor.kind == "pp" and args.partners:
        return tuple(_participant(anchor, resolve))
    return ()


def _targets(anchor: Anchor, args: NounArguments, type_: str, grammar: NominalGrammar,
             resolve: Resolver) -> tuple[Token, ...]:
    """The noun's own recipients; a verbal act in a circumstance ('despite criticism by X, Y announced') that
    names none is addressed to the clause's actor."""
    if args.targets or not args.sources or anchor.kind != "pp" or type_.lower() not in grammar.addressee_types:
        return tuple(args.targets)
    return tuple(t for t in _participant(anchor, resolve, reach=2) if t not in args.sources)


def _free_trigger(noun: Token, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver) -> Trigger | None:
    """An event noun outside a light verb's object, with its arguments and modality, or None."""
    rule = _free_rule(noun, lexicon, grammar)
    anchor = find_anchor(noun, grammar) if rule is not None else None
    if rule is None or anchor is None or _bare_idiom(noun, anchor, grammar):
        return None
    type_ = _noun_type(noun, rule)
    if type_ is None:
        return None
    args = noun_arguments(noun, type_, lexicon, grammar, resolve, anchor.frames)
    own = bool(args.sources or args.parties)
    targets = _targets(anchor, args, type_, grammar, resolve)
    reference = not (own or args.targets) and _definite(noun, grammar)
    if own and not (targets or args.parties or reference) and anchor.kind in ("pp", "subject") \
            and type_.lower() not in grammar.one_sided_types:
        return None  # "Real Madrid's attack was blunted", "after a government offensive": whom at is unsaid
    nominal = NominalArgs(sources=_sources(noun, anchor, args, resolve), targets=targets,
                          modality=_noun_modality(noun, anchor, lexicon, grammar), reference=reference)
    return Trigger(
        verb=_anchor_verb(noun, anchor), word=noun, type=type_, mode=rule.mode if type_ == rule.type else None,
        symmetric=rule.symmetric or bool(args.parties and not args.sources), source_agent=rule.source_agent,
        targets=("noun", *lexicon.type_targets.get(type_, ())), noun=True,
        object_target=not ({type_, f"{type_}:{rule.mode}"} & lexicon.object_not_target),
        event_subject=own, nominal=nominal,
    )


def _light_trigger(trigger: Trigger, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver) -> Trigger:
    """'a meeting between X and Y was held', 'clashes between A and B erupted': a light or happening verb with no
    subject of its own leaves the noun's own actors as the sides; a modal modifier still makes it no fact."""
    noun, verb = trigger.word, trigger.verb
    own = _modifier_modality(noun, grammar, ANCHOR_MODIFIERS["light"])
    modality = None if own is None else _strongest(own, modality_of(noun, verb, lexicon))
    subjectless = trigger.event_subject or (is_passive(verb) and subject_of(verb) is None)
    if not subjectless:
        return dataclasses.replace(trigger, nominal=NominalArgs(modality=modality)) if modality else trigger
    args = noun_arguments(noun, trigger.type, lexicon, grammar, resolve)
    sources = tuple(args.sources or args.parties)
    nominal = NominalArgs(sources=sources, targets=tuple(t for t in args.targets if t not in sources),
                          modality=modality,
                          reference=not (sources or args.targets) and _definite(noun, grammar))
    return dataclasses.replace(trigger, nominal=nominal, event_subject=True,
                               symmetric=trigger.symmetric or bool(args.parties and not args.sources))


def _gerund_trigger(trigger: Trigger, lexicon: Lexicon, grammar: NominalGrammar, resolve: Resolver) -> Trigger:
    """'Fighting between Turkish troops and rebels killed ten', 'shelling by Russian forces': an -ing verb used as a
    noun has no subject; its by/between complements and nationality modifiers name who acts."""
    verb = trigger.word
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or verb.dep_ not in ("nsubj", "nsubjpass", "csubj", "pobj", "dobj", "acl"):
        return trigger
    args = noun_arguments(verb, trigger.type, lexicon, grammar, resolve)
    own = tuple(args.sources or args.parties)
    if not own:
        return trigger
    return dataclasses.replace(trigger, nominal=NominalArgs(sources=own), event_subject=True,
                               symmetric=trigger.symmetric or bool(args.parties and not args.sources))


def _subject_word(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _absorb(verb_trigger: Trigger, nouns: list[Trigger]) -> Trigger:
    """'20 civilians were killed in an attack by X', 'X's attack on Y killed five': a verb with no acting
    subject whose event a noun of the same type names takes the noun's source (and its back-reference)."""
    verb = verb_trigger.verb
    subj = _subject_word(verb) or subject_of(verb)
    eventive = subj is not None and any(n.word.i == subj.i for n in nouns)
    if subj is not None and not eventive and not is_passive(verb):
        return verb_trigger
    for noun in nouns:
        word = noun.word
        if noun.nominal is None or noun.word.i == verb.i:
            continue
        in_pp = word.dep_ == "pobj" and word.head.head.i == verb.i and word.head.lower_ in ABSORBING_PREPS
        as_subject = subj is not None and subj.i == word.i  # "the attack killed five", "the bombing wounded 110"
        if (in_pp and noun.type == verb_trigger.type and subject_of(verb) is None) or as_subject:
            sources = noun.nominal.sources or ()
            if noun.symmetric and len(sources) > 1:
                return verb_trigger  # "fighting between A and B killed ten": either side may have killed
            nominal = NominalArgs(sources=sources, reference=noun.nominal.reference)
            return dataclasses.replace(verb_trigger, nominal=nominal, event_subject=bool(sources),
                                       source_agent=verb_trigger.source_agent or noun.source_agent)
    return verb_trigger


def nominal_triggers(sent: Span, lexicon: Lexicon, triggers: list[Trigger], resolve: Resolver) -> list[Trigger]:
    """The sentence's triggers with its free event nouns added, nouns and gerunds given their own actors when
    the clause has none, and verbs whose event a noun names given the noun's source."""
    grammar = load_grammar()
    taken = {t.word.i for t in triggers}
    nouns = []
    for token in sent:
        if token.pos_ == "NOUN" and token.i not in taken and token.lemma_.lower() in lexicon.nouns:
            trigger = _free_trigger(token, lexicon, grammar, resolve)
            if trigger is not None:
                nouns.append(trigger)
    own = [_light_trigger(t, lexicon, grammar, resolve) if t.noun else _gerund_trigger(t, lexicon, grammar, resolve)
           for t in triggers]
    named = nouns + [t for t in own if t.nominal is not None]
    return [t if t.nominal is not None or not named else _absorb(t, named) for t in own] + nouns

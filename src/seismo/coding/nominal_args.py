"""The sentence pass for event nouns: where a noun sits, whether the text asserts it, who its arguments are.

"in a mortar attack by X on Y" (a circumstance), "X's attack on Y killed five" (a subject), "X attended talks
with Y" (an object of participation); "amid fears of an attack", "talks are planned", "a possible invasion" are
no facts, while "after a meeting with X" presupposes the meeting. The word lists are data
(``dictionaries/nominal.yaml``); ``nominal.py`` turns these readings into triggers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from seismo.coding.arguments import conjuncts, subject_of
from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import DICT_DIR, Lexicon, _read_yaml
from seismo.coding.modality import modality_of
from seismo.coding.verb_roles import content_object, is_passive
from seismo.coding.verb_rules import verb_lemma
from seismo.coding.word_tables import argument_words
from seismo.models import Actor, Modality

Resolver = Callable[[Token], Actor | None]

SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass"}
VERBAL = {"VERB", "AUX"}
OPEN_MODALITIES = {Modality.FUTURE, Modality.HYPOTHETICAL}

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


def lemma_of(token: Token) -> str:
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
        token = _first_conjunct(token)
        head = token.head
        if token.dep_ == "pobj":
            caused = _caused_anchor(token, grammar, modality, frames) or _received_anchor(
                token, grammar, modality, frames) or _means_anchor(token, grammar, modality, frames)
            if caused is not None:
                return caused
            step = _pobj_anchor(token, grammar)
            if step is None:
                return None
            kind, up = step
            if kind == "stop":
                holder = up if up.pos_ in VERBAL else up.head  # "following talks": the preposition is a verb
                if up.lower_ == "in" and (lemma_of(holder) in grammar.participation_in or _take_part(holder)):
                    return Anchor("object", holder if holder.pos_ in VERBAL else holder.head, modality, tuple(frames))
                if holder.pos_ not in VERBAL:
                    return None  # "mediation in the talks": a circumstance of a noun, not of the clause
                return Anchor("pp", up, modality, tuple(frames))
            lemma = lemma_of(up)
            if lemma in grammar.agent_heads:
                if lemma_of(up.head) in grammar.disclaiming_verbs:
                    return None  # "the ELN denied responsibility for the attack": no claimant
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
            if lemma_of(head) in grammar.origin_verbs and prep_or_agent_objects(head, {"from"}):
                return Anchor("origin", head, modality, tuple(frames))  # "condemnation came from X"
            return Anchor("subject", head, modality, tuple(frames))
        if token.dep_ in ("dobj", "obj") and head.pos_ in VERBAL:
            lemma = lemma_of(head)
            if lemma in grammar.participation_verbs or lemma in grammar.presupposing_verbs:
                return Anchor("object", head, modality, tuple(frames))
            if lemma in grammar.reporting_objects:
                return Anchor("reported", head, modality, tuple(frames))  # "reported a demonstration"
            if lemma in grammar.receiving_verbs or (lemma in grammar.criticism_receiving_verbs
                                                    and lemma_of(token) in grammar.received_criticism):
                return Anchor("received", head, modality, tuple(frames))  # "she received threats"
        return None
    return None


def _first_conjunct(token: Token) -> Token:
    """'sparked controversy and protests': a coordinated noun stands where its first conjunct stands."""
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i:
        token = token.head
    return token


def _caused_anchor(token: Token, grammar: NominalGrammar, modality: Modality | None,
                   frames: list[Token]) -> Anchor | None:
    """'the ruling led to protests', 'the coup resulted in sanctions': an event the clause says was caused
    happened (as the object of 'sparked'), its causer no party of it."""
    prep, verb = token.head, token.head.head
    if verb.pos_ in VERBAL and f"{lemma_of(verb)} {prep.lower_}" in grammar.causing_preps:
        return Anchor("caused", verb, modality, tuple(frames))
    return None


def _means_anchor(token: Token, grammar: NominalGrammar, modality: Modality | None,
                  frames: list[Token]) -> Anchor | None:
    """'China retaliated with tariffs', 'Iran hit back with missile strikes': the act a response verb's subject
    answers with (``response_verbs``) is the subject's own, in the verb's clause."""
    prep, verb = token.head, token.head.head
    if verb.pos_ not in VERBAL or prep.dep_ != "prep" or prep.lower_ not in grammar.means_preps:
        return None
    words = [c.lower_ for c in children_with(verb, ("prt", "advmod"))]  # 'hit back': 'back' an advmod
    if lemma_of(verb) not in grammar.response_verbs \
            and not any(f"{lemma_of(verb)} {w}" in grammar.response_verbs for w in words):
        return None
    return Anchor("means", verb, modality, tuple(frames))


def _received_anchor(token: Token, grammar: NominalGrammar, modality: Modality | None,
                     frames: list[Token]) -> Anchor | None:
    """'came in for criticism from the EU', 'the law was met with criticism': an act addressed to the subject, as
    the object of 'received' is ('meet with' only in the passive: 'the minister met with Erdogan' holds talks)."""
    prep, verb = token.head, token.head.head
    if verb.pos_ not in VERBAL or prep.dep_ != "prep":
        return None
    particles = [c.lower_ for c in children_with(verb, ("prt",))]
    phrase = " ".join([lemma_of(verb), *particles, prep.lower_])
    if phrase in grammar.receiving_preps and (lemma_of(verb) != "meet" or is_passive(verb)):
        return Anchor("received", verb, modality, tuple(frames))
    return None


def _take_part(token: Token) -> bool:
    """'took part in talks': the preposition hangs off 'part' or off 'took'."""
    if lemma_of(token) == "part":
        return lemma_of(token.head) == "take"
    return lemma_of(token) == "take" and any(lemma_of(c) == "part" for c in token.children)


STRENGTH = {Modality.ASSERTED: 0, Modality.FUTURE: 1, Modality.HYPOTHETICAL: 2, Modality.NEGATED: 3,
            Modality.DENIED: 4}


def strongest(a: Modality, b: Modality) -> Modality:
    return a if STRENGTH[a] >= STRENGTH[b] else b


def _weaker(a: Modality | None, b: Modality) -> Modality:
    """Hypothetical beats future: 'fears of planned talks' is hypothetical."""
    if a is None or a is Modality.ASSERTED:
        return b
    return Modality.HYPOTHETICAL if Modality.HYPOTHETICAL in (a, b) else a


def clause_head(token: Token) -> Token:
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


def modifier_modality(noun: Token, grammar: NominalGrammar, kinds: frozenset[str]) -> Modality | None:
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
        if "future" in kinds and (low in grammar.future_modifiers or lemma_of(child) in grammar.future_modifiers):
            return Modality.FUTURE
        if "modal" in kinds and low in grammar.modal_modifiers:
            return Modality.HYPOTHETICAL
    return None


ANCHOR_MODIFIERS = {"pp": frozenset({"modal"}), "agent": frozenset(), "light": frozenset()}


def noun_modality(noun: Token, anchor: Anchor, lexicon: Lexicon, grammar: NominalGrammar) -> Modality:
    """Whether the text asserts the noun's event, from its modifiers, its heads and its clause."""
    own = modifier_modality(noun, grammar, ANCHOR_MODIFIERS.get(anchor.kind, frozenset({"modal", "future"})))
    if own is not None:
        return own if own is not Modality.FUTURE else _weaker(anchor.modality, own)
    if anchor.modality is not None:
        return anchor.modality
    verb = clause_head(anchor.head)
    walked = modality_of(noun, verb, lexicon) if verb.pos_ in VERBAL else Modality.ASSERTED
    if anchor.kind == "subject":
        lemma = verb_lemma(verb, lexicon)
        if lemma in grammar.negating_predicates:
            return Modality.NEGATED
        if lemma in grammar.future_predicates or lemma_of(verb) in grammar.future_predicates:
            return _weaker(walked if walked in OPEN_MODALITIES else None, Modality.FUTURE)
        return walked
    if anchor.kind in ("pp", "agent"):  # presupposed: a negated clause does not undo "after the meeting"
        return walked if walked in OPEN_MODALITIES else Modality.ASSERTED
    return walked


def prep_or_agent_objects(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """The objects of the token's prepositions among ``preps``, the passive agent's 'by' phrase included, each with
    its conjuncts: 'talks between Chad and Sudan' -> Chad, Sudan (``arguments.prep_objects`` reads datives, not
    agents, and keeps the first conjunct alone)."""
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
    for child in _left_modifiers(noun, grammar):
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        if child.lower_ in grammar.non_actor_modifiers or child.pos_ == "PRON" or child.like_num:
            continue
        if child.pos_ not in ("PROPN", "ADJ") and not (child.pos_ == "NOUN" and child.dep_ in ("compound", "poss")):
            continue
        if child.pos_ == "ADJ" and not (child.ent_type_ == "NORP" or child.text[:1].isupper()):
            continue  # "an earlier protest": only a nationality adjective names who ("Israeli airstrikes")
        actor = resolve(child) if child.pos_ != "ADJ" else None  # a nationality adjective: the coder's reading
        if child.pos_ != "ADJ" and actor is None:
            continue  # "a phone call", "the trade talks": no actor
        if actor is not None and child.dep_ != "poss" and child.ent_type_ in ("GPE", "LOC", "FAC") \
                and actor.agent and not actor.igo:
            continue
        out.append(child)
        out.extend(c for c in children_with(child, ("conj",)))
    return out


def _left_modifiers(noun: Token, grammar: NominalGrammar) -> list[Token]:
    """The noun's own modifiers and those of a weapon or kind word before it: in 'a Russian missile strike' and 'a
    US drone attack' the parser may hang the nationality on 'missile' or 'drone', which names no actor itself."""
    out = []
    for child in noun.children:
        out.append(child)
        if child.dep_ == "compound" and child.i < noun.i and child.lower_ in grammar.non_actor_modifiers:
            out.extend(c for c in child.children if c.i < child.i and c.dep_ in ("amod", "compound"))
    return out


def _performers(noun: Token, grammar: NominalGrammar) -> list[Token]:
    """'an ambush carried out by insurgents', 'died in the attack, reportedly conducted by the Taliban': the agent
    of a performing participle right after the noun (the parser may hang it on the clause's verb)."""
    verb = noun.head.head if noun.dep_ == "pobj" else None
    participles = [c for c in children_with(noun, ("acl",))]
    participles += [c for c in (verb.children if verb is not None else ())
                    if c.dep_ == "advcl" and 0 < c.i - noun.i <= 4]
    return [t for p in participles if p.tag_ == "VBN" and lemma_of(p) in grammar.performed_by
            for t in prep_or_agent_objects(p, {"by"})]


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
    by_preps = grammar.by_preps | ({"from"} if type_.lower() in grammar.from_source_types else set())
    target_preps = (set(lexicon.type_targets.get(type_, ())) | grammar.partner_preps) - by_preps - grammar.between_preps
    if lemma_of(noun) in grammar.patient_of:
        target_preps.add("of")
    sources: list[Token] = []
    parties: list[Token] = []
    targets: list[Token] = []
    partners: list[Token] = []
    rule = lexicon.nouns.get(lemma_of(noun))
    kinds = rule.only_with if rule is not None else frozenset()  # "a prisoner exchange": what kind, not who
    for holder in (noun, *frames):
        sources += prep_or_agent_objects(holder, by_preps) \
            + [m for m in _actor_modifiers(holder, grammar, resolve) if m.lower_ not in kinds] \
            + _performers(holder, grammar)
        parties += prep_or_agent_objects(holder, grammar.between_preps)
        for prep in sorted(target_preps, key=lambda p: (p != "with", p)):  # the partner is the most specific
            found = [_partitive_content(t) for t in prep_or_agent_objects(holder, {prep})]
            targets += found
            if prep in grammar.partner_preps:
                partners += found
    if not sources and lemma_of(noun) in grammar.agent_of:  # "the withdrawal of US troops", not "Russia's ... of"
        sources = prep_or_agent_objects(noun, {"of"})
    if not sources and lemma_of(noun) in grammar.patient_of:
        sources = _stray_agents(noun)
    return NounArguments(sources, parties, [t for t in targets if t not in sources], partners)


def _partitive_content(token: Token) -> Token:
    """'retaliated with tariffs on $60 billion of US goods': an amount or a part names no party; its
    of-complement does (``arguments.yaml`` partitives, as ``targets._partitive_content`` reads a verb's)."""
    if token.lemma_.lower() not in argument_words().partitives:
        return token
    return content_object(token) or token


def _stray_agents(noun: Token) -> list[Token]:
    """'the arrest of three journalists by Togolese police': the parser hangs the by-phrase on the act's patient
    (its of-complement), where a person or group cannot have one; it names who did the act."""
    patients = prep_or_agent_objects(noun, {"of"})
    return [g for p in patients for c in children_with(p, ("prep", "agent")) if c.lower_ == "by"
            for g in children_with(c, ("pobj",)) if g.pos_ in ("NOUN", "PROPN")]


def participant(anchor: Anchor, resolve: Resolver, reach: int = 6) -> list[Token]:
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


def country_of(token: Token, resolve: Resolver) -> str | None:
    actor = resolve(token)
    return actor.country if actor is not None else None


SOURCE_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")


def modifier_sourced(sources: tuple[Token, ...] | None) -> bool:
    """Whether the source is read from the noun's modifiers ('Palestinian riots', "the company's talks"): the
    coder then reads a nationality adjective as its country and keeps only political actors."""
    return any(t.dep_ in SOURCE_MODIFIER_DEPS or (t.dep_ == "conj" and t.head.dep_ in SOURCE_MODIFIER_DEPS)
               for t in sources or ())


def definite(noun: Token, grammar: NominalGrammar) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in grammar.definite_determiners for c in noun.children)

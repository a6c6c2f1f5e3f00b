"""A trigger's mode from its instrument and manner words, or a meeting's from its place, where the trigger's own
words give none.

"Kishida spoke by telephone with Albanese" is CONSULT phone; "killed Soleimani in an airstrike" is
ASSAULT aerial; "Iran launched missiles" is ASSAULT heavy-weapons. PLOVER's modes name how an act was
carried out, so they are read only where the text says how (dictionaries/modes.yaml lists the words and
the places they are read from); otherwise the mode stays empty.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from seismo.coding.directives import consequence, ultimatum
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import Trigger
from seismo.coding.lexicon import TypeInfo, _read_yaml, _words, load_lexicon
from seismo.errors import CodingError, Errors
from seismo.models import Event

MODES_PATH = Path(__file__).parent / "dictionaries" / "modes.yaml"
MODIFIER_DEPS = {"compound", "amod", "nmod"}  # "a phone conversation", "a suicide car bomb"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclasses.dataclass(frozen=True)
class ModeCues:
    preps: dict[str, frozenset[str]]  # type -> instrument prepositions
    verbs: frozenset[str]
    content: dict[str, frozenset[str]]  # type -> dependencies of the clause that holds a threat's content
    modes: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # type -> ((mode, words), ...) in order
    forces: dict[str, tuple[tuple[str, frozenset[str]], ...]] = dataclasses.field(default_factory=dict)


@lru_cache(maxsize=4)
def load_mode_cues(path: Path = MODES_PATH) -> ModeCues:
    data = _read_yaml(path)
    try:
        modes = {str(type_): tuple((str(mode), frozenset(_words(words, path))) for mode, words in table.items())
                 for type_, table in (data.get("modes") or {}).items()}
        preps = {str(type_): frozenset(_words(words, path))
                 for type_, words in (data.get("instrument_preps") or {}).items()}
        content = {str(type_): frozenset(_words(deps, path))
                   for type_, deps in (data.get("content_deps") or {}).items()}
        forces = {str(type_): tuple((str(mode), frozenset(_words(words, path))) for mode, words in table.items())
                  for type_, table in (data.get("force_modes") or {}).items()}
    except AttributeError as exc:
        raise CodingError(Errors.C001.format(path=path, detail=f"modes and instrument_preps map types: {exc}"),
                          "C001") from exc
    return ModeCues(preps, frozenset(_words(data.get("instrument_verbs") or [], path)), content, modes, forces)


def with_force_mode(trigger: Trigger, cues: ModeCues | None = None) -> Trigger:
    """'Russia deployed an aircraft carrier', 'Russian bombers entered Japanese airspace': a show of force made
    with ships, aircraft or weapons is MOBILIZE weapons, not troops (PLOVER manual), unless troops are named too.

    Only a first-listed (default) mode or none is refined: 'police' and 'militia' say who moved, not with what.
    """
    cues = cues or load_mode_cues()
    table = cues.forces.get(trigger.type)
    if not table or trigger.mode not in (None, table[0][0]):
        return trigger
    lemmas = {t.lemma_.lower() for t in _force_nouns(trigger.verb)}
    mode = next((mode for mode, words in table if lemmas & words), None)
    return dataclasses.replace(trigger, mode=mode) if mode and mode != trigger.mode else trigger


def _force_nouns(verb: Token) -> Iterator[Token]:
    """The heads of the clause's object and subject and their conjuncts ('sent troops and tanks'), or the noun a
    participle or relative clause describes ('tanks deployed near the border', 'warships that entered')."""
    nouns = [c for c in children_with(verb, ("dobj", *SUBJECT_DEPS)) if c.pos_ == "NOUN"]
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)
    for noun in nouns:
        yield noun
        yield from _conjuncts(noun)


def _conjuncts(noun: Token) -> Iterator[Token]:
    for child in noun.children:
        if child.dep_ == "conj":
            yield child
            yield from _conjuncts(child)


def with_manner_mode(trigger: Trigger, cues: ModeCues | None = None) -> Trigger:
    """The trigger with the mode its instrument or manner words give, when it has none of its own."""
    cues = cues or load_mode_cues()
    table = cues.modes.get(trigger.type)
    if trigger.mode is not None or not table:
        return trigger
    lemmas = {t.lemma_.lower() for t in _instrument_words(trigger, cues)}
    for mode, words in table:
        if lemmas & words:
            return dataclasses.replace(trigger, mode=mode)
    return trigger


def _instrument_words(trigger: Trigger, cues: ModeCues) -> Iterator[Token]:
    """Head nouns and their modifiers in the trigger's instrument/manner phrases, objects and subjects."""
    preps = cues.preps.get(trigger.type, frozenset())
    content = cues.content.get(trigger.type, frozenset())
    lexicon = load_lexicon()
    for anchor in dict.fromkeys((trigger.verb, trigger.word)):
        for child in anchor.children:
            if child.dep_ in content and child.pos_ in ("VERB", "AUX") and ultimatum(anchor, lexicon):
                # "told X to free the detainees or face military action": the threat is the consequence, not the act
                threat = consequence(child, lexicon)
                yield from _clause_words(threat) if threat is not None else ()
            elif child.dep_ in content and child.pos_ in ("VERB", "AUX"):
                yield from _clause_words(child)
            elif child.dep_ in ("prep", "agent") and child.lower_ in preps:
                for noun in child.children:
                    if noun.dep_ == "pobj":
                        yield from _noun_words(noun)
            elif _weapon_argument(child, anchor, trigger, cues):
                yield from _noun_words(child)
            elif child.dep_ in MODIFIER_DEPS and anchor is trigger.word and trigger.noun:
                yield child  # "a drone attack" when the noun's own entry gives no mode
    if trigger.type == "ASSAULT":
        yield from (w for s in _governing_subjects(trigger.verb) if s.pos_ == "NOUN" for w in _noun_words(s))


def _governing_subjects(verb: Token, depth: int = 3) -> Iterator[Token]:
    """'A car bomb was on Monday rammed into a base, killing six': a clause without a subject of its own
    (a free adjunct, a raised infinitive, or a participle the parser hung under 'was') acts through the
    subject of the clause above it, and a weapon there is the attack's instrument; 'the car bomb that killed
    six' acts through the noun its relative pronoun stands for."""
    if verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.tag_ == "WDT" for c in verb.children):
        yield verb.head  # "the airstrike that killed him": the relative pronoun stands for the noun it follows
    while depth and not has_child(verb, SUBJECT_DEPS) \
            and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        verb, depth = verb.head, depth - 1
        yield from (c for c in children_with(verb, SUBJECT_DEPS))


def _weapon_argument(child: Token, anchor: Token, trigger: Trigger, cues: ModeCues) -> bool:
    """'launched missiles' (the object of an instrument verb), 'a car bomb killed five' (an attack's subject)."""
    if child.dep_ == "dobj":
        return anchor.lemma_.lower() in cues.verbs
    return child.dep_ in SUBJECT_DEPS and trigger.type == "ASSAULT" and child.pos_ == "NOUN"


def _clause_words(verb: Token) -> Iterator[Token]:
    """A threat's content: 'that [our targets] will keep [expanding]', 'to [strike] [bases]' -- the clause's
    verbs (through 'keep'/'continue' complements) and the heads of their subjects and objects."""
    yield verb
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ == "dobj":
            yield from _noun_words(child)
        elif child.dep_ in ("xcomp", "conj") and child.pos_ == "VERB":
            yield from _clause_words(child)


def _noun_words(noun: Token) -> Iterator[Token]:
    yield noun
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS:
            yield child
            yield from (c for c in children_with(child, MODIFIER_DEPS))


def hosted_elsewhere(event: Event, types: dict[str, TypeInfo]) -> Event:
    """A meeting in a country that is neither party's is CONSULT third-party ("Scholz met Macron in Qatar").

    PLOVER: "meeting is hosted by a third party". Read only when the place and both parties' countries are known.
    """
    place = event.location.country if event.location else None
    if event.type != "CONSULT" or event.mode or not place or event.source is None or event.target is None:
        return event
    parties = {event.source.country, event.target.country}
    if None in parties or place in parties or "third-party" not in types["CONSULT"].modes:
        return event
    info = types["CONSULT"]
    return event.model_copy(update={"mode": "third-party", "cameo": info.cameo_for("third-party"),
                                    "goldstein": info.score_for("third-party")})

"""A demand's mode from the act it asks for: 'urged President Mugabe to step down' asks for a change of leadership
(REQUEST change, the PLOVER manual: "includes calls for dismissal of officials"); 'urged the rebels to release the
hostages' asks them to yield; 'called for talks' to meet. The asked-for act is a trigger of its own in the sentence
(coded hypothetical), hung on the demand as its complement, object or for-phrase; its type says what is asked
(``requested_modes`` in ``dictionaries/modes.yaml``). A demand whose words set a mode keeps it. The manual shares
these modes with REJECT: 'refused to step down' refuses a change."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.coding.lexicon import _read_yaml
from seismo.coding.modes import MODES_PATH

TOLD_TAGS = frozenset({"VBD", "VBZ"})  # a finite conjunct tells an act of its own, asked by nobody
ASKED_DEPS = frozenset({"xcomp", "ccomp", "dobj"})  # "urged X to resign", "demanded the resignation of X"


@lru_cache(maxsize=2)
def requested_table(key: str = "requested_modes") -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """type -> ((mode, asked acts as TYPE or TYPE:mode, or asked nouns), ...) in order."""
    data = _read_yaml(MODES_PATH).get(key) or {}
    return {str(type_): tuple((str(mode), frozenset(str(a) for a in acts)) for mode, acts in table.items())
            for type_, table in data.items()}


def with_requested_modes(triggers: list[Trigger]) -> list[Trigger]:
    """Each demand with no mode takes the one the act it asks for gives."""
    table = requested_table()
    out = []
    for trigger in triggers:
        modes = table.get(trigger.type)
        mode = (_asked_mode(trigger, triggers, modes) or _asked_noun_mode(trigger)) \
            if modes and trigger.mode is None else None
        out.append(dataclasses.replace(trigger, mode=mode) if mode else trigger)
    return out


def _asked_mode(demand: Trigger, triggers: list[Trigger],
                modes: tuple[tuple[str, frozenset[str]], ...]) -> str | None:
    for asked in triggers:
        if asked is demand or not (_asked_by(asked.word, demand.word) or _asked_by(asked.verb, demand.word)):
            continue  # "urged the government to hold talks": the act's verb
        for key in (f"{asked.type}:{asked.mode}", asked.type):
            mode = next((m for m, acts in modes if key in acts), None)
            if mode:
                return mode
    return None


def _asked_noun_mode(demand: Trigger) -> str | None:
    """'demanded the resignation of the minister', 'called for the release of ...': a noun asked for that names
    no act of its own."""
    modes = requested_table("requested_nouns").get(demand.type, ())
    for word in demand.word.children:
        nouns = [word] if word.dep_ == "dobj" else [w for w in word.children if w.dep_ == "pobj"] \
            if word.dep_ == "prep" and word.lower_ == "for" else []
        for noun in nouns:
            mode = next((m for m, words in modes if noun.lemma_.lower() in words or noun.lower_ in words), None)
            if mode:
                return mode
    return None


def _asked_by(word: Token, demand: Token) -> bool:
    """'urged X to step down' (xcomp), 'demanded that he resign' (ccomp), 'demanded the resignation' (object),
    'called for the release of' (for-phrase), and a conjunct of any of them ('to release X and lift Y')."""
    while word.dep_ == "conj" and word.head.i != word.i:
        if word.tag_ in TOLD_TAGS:
            return False  # "urged the embassy to reconsider and spoke with Pompeo": the speaker's own act
        word = word.head
    if word.dep_ == "pobj" and word.head.lower_ == "for":
        return word.head.head.i == demand.i
    return word.dep_ in ASKED_DEPS and word.head.i == demand.i

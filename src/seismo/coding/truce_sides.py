"""The sides of a truce: 'the Saudi-led coalition announced a ceasefire in Yemen' is not a concession to Yemen.

A ceasefire is declared where the fighting is, and the place is often the home of the declarer's ally (the
coalition fights for Yemen's government), so the place of a truce noun (``truce_nouns`` of
``dictionaries/arguments.yaml``) never stands for its other side (``trigger_parties`` skips
``recipients.place_target`` for it). Its other side is the foe the story tells the declarer fighting: the other
party of the latest asserted attack told before it, in the story or earlier in the sentence ('a day after Houthi
rebels fired missiles at Riyadh', 'the coalition fighting the Houthis'); else the truce has no target.
"""

from __future__ import annotations

from seismo.coding.events import Trigger
from seismo.coding.mention_memory import because
from seismo.coding.merge import same_side
from seismo.coding.word_tables import argument_words
from seismo.models import Actor, Event, Modality

__all__ = ["truce_foes", "truce_noun"]

Pair = tuple[Actor | None, Actor | None]
FIGHTING_TYPES = frozenset({"ASSAULT"})  # acts that make two actors foes


def truce_noun(trigger: Trigger) -> bool:
    """Whether the trigger is a truce noun ('a ceasefire', 'a humanitarian truce')."""
    return trigger.noun and trigger.word.lemma_.lower() in argument_words().truce_nouns


def truce_foes(trigger: Trigger, pairs: list[Pair], told: list[Event]) -> list[Pair]:
    """The pairs, a truce with no target aimed at its declarer's latest foe told before (see the module)."""
    if not truce_noun(trigger) or any(target is not None for _, target in pairs):
        return pairs
    return [(source, _foe(source, told) if source is not None else None) for source, _ in pairs]


def _foe(side: Actor, told: list[Event]) -> Actor | None:
    for event in reversed(told):
        if event.type not in FIGHTING_TYPES or event.modality is not Modality.ASSERTED \
                or event.source is None or event.target is None:
            continue
        foe = _other_side(side, event.source, event.target)
        if foe is not None:
            return because(foe, f"{foe.reason}; the other side of '{event.trigger}', fighting the truce's declarer")
    return None


def _other_side(side: Actor, source: Actor, target: Actor) -> Actor | None:
    """The fight's party opposite ``side`` when ``side`` is one of its two sides (and they are not one side)."""
    if same_side(side, source) and not same_side(side, target):
        return target
    if same_side(side, target) and not same_side(side, source):
        return source
    return None

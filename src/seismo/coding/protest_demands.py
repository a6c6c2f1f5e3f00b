"""Demands voiced by a protest: the PLOVER manual codes "demands that take the form of demonstrations,
protests, etc." as PROTEST, not as a second, verbal REQUEST. "Students staged demonstrations to demand
reforms", "Kurds marched in Kirkuk calling for independence", "prisoners rioted, joining demonstrators in
demanding a referendum": the demand is the protest's purpose or manner, one PROTEST event.
A demand in its own clause ("Protesters called for the resignation", "the union, which struck last week,
demanded talks") stays a REQUEST.
"""

from __future__ import annotations

from seismo.coding.events import Trigger

# the ways a purpose or manner clause hangs on its protest: "to demand" (advcl/xcomp), "demanding" (advcl),
# "a hunger strike to demand" (acl), "joining demonstrators in demanding" (pcomp under prep under advcl)
PURPOSE_DEPS = {"advcl", "xcomp", "acl", "pcomp", "prep"}
MAX_STEPS = 4


def drop_protest_demands(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less the verbal REQUESTs that state what a protest in the same clause demands."""
    protests = {i for t in triggers if t.type == "PROTEST" for i in (t.verb.i, t.word.i)}
    if not protests:
        return triggers
    return [t for t in triggers if not (t.type == "REQUEST" and not t.noun and _voices(t, protests))]


def _voices(trigger: Trigger, protests: set[int]) -> bool:
    token = trigger.verb
    for _ in range(MAX_STEPS):
        if token.dep_ not in PURPOSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
        if token.i in protests:
            return True
    return False

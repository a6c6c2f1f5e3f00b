"""A purpose that only says what the clause's own act is for is that act, not a second event.

"Police fired tear gas to disperse the crowd": one ASSAULT crowd-control, the dispersal is what the tear gas was
fired for (the manual codes an explicit crowd-control weapon as ASSAULT crowd-control, a dispersal with no weapon
as COERCE restrict). "Tens of thousands took to the streets of Minsk to protest against the result": one PROTEST,
the march is the protest. Other purposes stay their own events ("flew to Lima to discuss the dispute": a visit and
talks; "arrested the leaders to stop the march": an arrest, and the march is not stopped). Dropping the purpose's
trigger also lets its clause's date and place count for the act ("... to disperse the crowd in Khartoum on Sunday").
"""

from __future__ import annotations

from seismo.coding.complements import to_infinitive
from seismo.coding.doc_words import has_child
from seismo.coding.events import Trigger

# (type, mode of the act) -> (type, mode of a purpose that restates it); None matches any mode
MEANS_PURPOSES = {
    ("ASSAULT", None): ("COERCE", "restrict"),  # also "opened fire to disperse them": force used on the crowd
    ("PROTEST", None): ("PROTEST", None),
}
PURPOSE_DEPS = {"advcl", "xcomp"}


def drop_means_purposes(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less the to-infinitive purposes (with no subject of their own) that restate their clause's act."""
    acts = {t.verb.i: t for t in triggers if not t.noun}
    return [t for t in triggers if not (not t.noun and _restates(t, acts.get(t.verb.head.i)))]


def _restates(purpose: Trigger, act: Trigger | None) -> bool:
    verb = purpose.verb
    if act is None or act is purpose or verb.dep_ not in PURPOSE_DEPS or not to_infinitive(verb):
        return False
    if has_child(verb, ("nsubj", "nsubjpass")):
        return False  # "fired tear gas for the crowd to disperse": its own doer
    for (act_type, act_mode), (aim_type, aim_mode) in MEANS_PURPOSES.items():
        if (act.type, purpose.type) == (act_type, aim_type) and act_mode in (None, act.mode) \
                and aim_mode in (None, purpose.mode):
            return True
    return False

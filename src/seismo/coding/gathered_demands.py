"""A crowd that gathers to demand something protests: the demand takes the form of a demonstration.

"About 5,000 people gathered in Tahrir Square on Friday to demand the president's ouster": the PLOVER manual codes
"demands that take the form of demonstrations" as PROTEST, and the topic of a protest is no second REQUEST
(``protest_demands``). 'gather' names no event of its own, so the demand's trigger moves to the gathering verb,
whose subject, day and place are the protest's (PROTEST demo). Bodies of the state that assemble to demand
something ("ministers gathered in Brussels to demand a ceasefire") still request it; 'meet' and 'convene' are
talks, not crowds, and are left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.complements import to_infinitive
from seismo.coding.events import Trigger

CROWD_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass"})
STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "IGO", "LEG", "JUD", "SPY"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def gathered_demands(triggers: list[Trigger], agent_of: Callable[[Token], str | None]) -> list[Trigger]:
    """The triggers with each verbal REQUEST that is the purpose of a crowd gathering read as that PROTEST."""
    taken = {t.verb.i for t in triggers}
    return [_as_protest(t) if _gathered_for(t, agent_of, taken) else t for t in triggers]


def _gathered_for(trigger: Trigger, agent_of: Callable[[Token], str | None], taken: set[int]) -> bool:
    verb = trigger.verb
    if trigger.type != "REQUEST" or trigger.noun or verb.dep_ not in PURPOSE_DEPS or not to_infinitive(verb):
        return False
    head = verb.head
    if head.lemma_.lower() not in CROWD_VERBS or head.i in taken or head.pos_ not in ("VERB", "AUX"):
        return False
    return agent_of(head) not in STATE_AGENTS


def _as_protest(trigger: Trigger) -> Trigger:
    head = trigger.verb.head
    return dataclasses.replace(trigger, verb=head, word=head, type="PROTEST", mode="demo", targets=(),
                               implied_source=None, own_targets=False, pp_object=None)

"""Admissions: a side that admits its own hostile act concedes it.

"Iran acknowledged its army had shot down the airliner" tells two events: the ASSAULT (asserted, dated on its
own day) and the admission, a CONCEDE by Iran dated on the statement. PLOVER's CONCEDE covers "expressions of
regret or remorse for an action"; owning up to a conflictual act (quad 3 or 4) is that concession. Only where
the one who admits is on the same side as the act's doer ('the UN acknowledged that Iran had shot down' is a
report, not a concession), and only for the verbs listed under ``admission_verbs`` (dictionaries/modality.yaml).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from spacy.tokens import Token

from seismo.coding.arguments import subject_of
from seismo.coding.events import Trigger
from seismo.coding.lexicon import Lexicon
from seismo.coding.merge import actor_key, same_side
from seismo.coding.recipients import with_agent
from seismo.coding.records import make_event
from seismo.coding.reporting import is_reporting
from seismo.coding.sentence import StatementScope, statement_date_fields
from seismo.models import Event, Modality

ADMITTED_LINKS = {"ccomp", "conj", "xcomp"}  # 'admitted that it shot', 'admitted shooting', 'admitted it and ...'


def admitting_verb(verb: Token, lexicon: Lexicon) -> Token | None:
    """The admission verb whose complement holds the act, below no other reporting verb."""
    token = verb
    while token.dep_ in ADMITTED_LINKS and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in lexicon.cue("admission_verbs"):
            return token
        if is_reporting(token, lexicon):
            return None
    return None


def admission_events(
    trigger: Trigger,
    events: list[Event],
    base: dict[str, Any],
    scope: StatementScope,
) -> list[Event]:
    """CONCEDE events of the side that admits the asserted hostile act ``events`` record."""
    lexicon = scope.lexicon
    if lexicon.types[trigger.type].quad not in (3, 4):
        return []
    admit = admitting_verb(trigger.verb, lexicon)
    subj = subject_of(admit) if admit is not None else None
    admitter = scope.ctx.resolve(subj) if subj is not None else None
    if admitter is None or not (admitter.country or admitter.igo):
        return []
    own = [
        e for e in events if e.modality is Modality.ASSERTED and e.source is not None and same_side(admitter, e.source)
    ]
    if not own:
        return []
    base = {
        **base,
        "modality": Modality.ASSERTED,
        "quantity": None,
        "trigger": admit.text,
        **statement_date_fields(trigger, scope.info, scope.heads, base["published"]),
    }
    concede = dataclasses.replace(trigger, verb=admit, word=admit, type="CONCEDE", mode=None)
    targets = {actor_key(e.target): e.target for e in own}
    return [make_event(concede, with_agent(admitter, "GOV"), t, base, lexicon) for t in targets.values()]

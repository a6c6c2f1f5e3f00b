"""Who refuses entry when the text does not say: 'ten Afghan students were denied visas to enter the United
States', 'the journalist was refused entry into Israel', 'they were denied asylum in Germany'. Only the state
one would enter grants or refuses a visa, entry or asylum (docs/annotation.md: visa refusals are REJECT), so an
agentless passive refusal of one is that state's government's act. A named agent ('by the embassy') or an active
clause keeps its own source; a destination that names no country names no one."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext
from seismo.coding.arguments import passive_clause
from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.lexicon import word_list, word_sets
from seismo.models import Actor


@word_list
def load_entry_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Refusing verbs, the permits a state grants at its border, and the prepositions of the way in."""
    return word_sets("acts.yaml", ("refusing_verbs", "entry_permits", "entry_preps"))[1]


def refusing_state(trigger: Trigger, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """The government of the country a passive 'denied a visa / entry / asylum' names as the way in; else []."""
    verbs, permits, preps = load_entry_words()
    verb = trigger.verb
    if trigger.noun or trigger.type != "REJECT" or verb.lemma_.lower() not in verbs or not passive_clause(verb):
        return []
    for permit in children_with(verb, ("dobj",)):
        if permit.lemma_.lower() in permits or permit.lower_ in permits:
            for place in _destinations(verb, permit, preps):
                states = [a for a in ctx.resolve_all(place, on) if a.country and not a.igo]
                if states:
                    why = f"'{permit.text}' to {place.text} is granted or refused by the state one enters"
                    return [Actor.implied(states[0].country, "GOV", reason=why)]
    return []


def _destinations(verb: Token, permit: Token, preps: frozenset[str]) -> list[Token]:
    """'visas to enter the United States' (the object of 'enter', which the parser hangs on the visas or on the
    verb), 'entry into Israel', 'asylum in Germany'."""
    clauses = [*children_with(permit, ("relcl", "acl")), *children_with(verb, ("xcomp", "advcl"))]
    found = [o for clause in clauses if clause.lemma_.lower() == "enter" for o in children_with(clause, ("dobj",))]
    for head in (permit, verb):
        found += [o for p in children_with(head, ("prep",)) if p.lower_ in preps for o in children_with(p, ("pobj",))]
    return found

"""An event noun that names the run of events the clause's own event belongs to (issue 13, duplicates).

"Students marched through Tbilisi on Sunday in the third week of protests against the government": the march is
one of the protests, one PROTEST event, not a second one with no source. "Ukrainian forces struck a base in
Crimea, continuing a series of attacks on the peninsula": one ASSAULT. The noun hangs as the of-complement on a
head that gathers a run of events (``series_heads`` of ``dictionaries/nominal.yaml``: week, wave, series ...).
With no other event of the noun's type in the sentence ("the third week of protests ended on Sunday") the noun
keeps its own event.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.coding.nominal_args import load_grammar


def run_member(noun: Token) -> bool:
    """'(the third week) of protests', '(a series) of attacks': the noun is the of-complement of a run head."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in load_grammar().series_heads


def drop_series_mentions(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less the event nouns that name the run a same-type event of the sentence belongs to."""
    runs = {id(t) for t in triggers if t.noun and run_member(t.word)}
    if not runs:
        return triggers
    own = {t.type for t in triggers if id(t) not in runs}
    return [t for t in triggers if not (id(t) in runs and t.type in own)]

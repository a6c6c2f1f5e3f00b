"""A government body's country is never lent by what it acts on: 'The Treasury Department lifted sanctions on
the Belarusian potash company' is not Belarus's treasury.

A sector-only source ('the Treasury Department', 'the interior ministry') with no country in its own words takes
the story's main country (``coding.placement``, step 5), read from the lede's country mentions
(``story.story_country``). When every lede mention of that country lies inside the act's own target phrases
(``targets.target_groups``: the sanctioned company, the expelled journalists) and is the country itself or a
phrase its name or demonym marks ('the Belarusian company', 'two Ukrainian journalists'; not a named body or
group of it, nor a phrase under a preposition of the target, 'conceded to demands from the National Union for
the Total Independence of Angola'; not a place, 'imposed a curfew in Nigeria's north'; not who tells it,
'according to Pakistani officials'), the story's country is the target side's, not evidence for the
doer (issue 13, point 4: the target's country is never the source's evidence). The source then takes the
story's next country (the dateline's, or another the lede names), else none. So for legislatures, courts,
prosecutors and police ('Prosecutors charged two Russian hackers with election interference' is not Russia's
judiciary, 'The Senate imposed sanctions on Turkey' not Turkey's legislature), except
that they act on their own people too: a dateline in the story's country keeps it ('KYIV - Police arrested two
Ukrainian journalists' is Ukraine's police), and so does a target that is a state body ('opened investigations against
28 Chilean government officials'). Not for soldiers, who are told of by the country they fight in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.coding.targets import target_groups
from seismo.models import Actor

LENT_AGENTS = frozenset({"GOV", "LEG", "JUD", "COP"})
OWN_PEOPLE_AGENTS = frozenset({"LEG", "JUD", "COP"})  # they act on their own people: a dateline at home keeps it
STATE_AGENTS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})  # a court probing officials probes its own
AIMED_PREPS = frozenset({"on", "against", "to", "toward", "towards", "with"})  # "sanctions on the Belarusian company"


def unlent_source(source: Actor, trigger: Trigger, home: str | None, countries: Sequence[str],
                  home_mentions: Sequence[tuple[int, int, bool]], at_home: bool, filed: str | None = None,
                  resolve: Callable[[Token], Actor | None] | None = None) -> Actor:
    """The source with the story's country taken back when only the act's target phrases named that country
    (module docstring); else the source unchanged. ``filed``: the dateline's country."""
    if not at_home or home is None or source.country != home or source.agent not in LENT_AGENTS:
        return source
    if source.agent in OWN_PEOPLE_AGENTS and (filed == home or _acts_on_state(trigger, resolve)):
        return source
    if not home_mentions or not all(bare for _, _, bare in home_mentions):
        return source
    targets = [t for group in target_groups(trigger) for t in group]
    if not all(_in_target(targets, start, stop, trigger.verb) for start, stop, _ in home_mentions):
        return source
    other = next((c for c in countries if c != home), None)
    why = f"{source.reason}; not {home}: the story names it only in what the act is done to"
    if other is None:
        return source.model_copy(update={"country": None, "code": None, "reason": why})
    return source.model_copy(update={"country": other, "code": f"{other}{source.agent}",
                                     "reason": f"{why}; the story's next country {other}"})


def _acts_on_state(trigger: Trigger, resolve: Callable[[Token], Actor | None] | None) -> bool:
    """'Judge X opened investigations against 28 Chilean government officials': a court or the police acting on
    a state body's people acts at home (a foreign court seldom probes another state's officials)."""
    if resolve is None:
        return False
    return any((actor := resolve(t)) is not None and actor.agent in STATE_AGENTS
               for group in target_groups(trigger) for t in group)


def _in_target(targets: list[Token], start: int, stop: int, verb: Token) -> bool:
    """Whether the mention at [start, stop) lies in one target's phrase, under no preposition of it but one that
    aims the act ('sanctions on the Belarusian company'; 'a company in Minsk' is where it is, 'demands from the
    National Union ... of Angola' whose they are)."""
    span = verb.doc.char_span(start, stop, alignment_mode="expand")
    if span is None:
        return False
    for target in targets:
        if target.left_edge.i <= span.start and span.end <= target.right_edge.i + 1:
            token = span.root
            while token.i != target.i and token.head.i != token.i:
                if token.dep_ == "prep" and token.lower_ not in AIMED_PREPS:
                    return False
                token = token.head
            return True
    return False

"""Whom a domestic judgement of a state body's act is aimed at when no one is named: 'the opposition rejected the
ruling' is aimed at the country's courts, 'rights groups condemned the decree' at its government. Only one kind
of body gives a ruling or a decree (``acts.yaml`` ``judicial_acts``, ``executive_acts``), so the act names its
doer's sector, and a country's own people, parties and groups judge their own state's acts: the doer's country
is the judge's. Last choice: asked after the act's phrase (``judged_acts``) and the story's earlier events
(``recipients.referenced_targets``) named no doer. A government or an army judging such an act may be foreign
('the US condemned the verdict'), so its own country says nothing and it gets no target here."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from seismo.coding.events import Trigger
from seismo.coding.judged_acts import judged_acts, load_acts
from seismo.coding.lexicon import word_list, word_sets
from seismo.models import Actor

# Judges whose country is the country of the state whose act they judge: its people, parties and groups
DOMESTIC_JUDGES = frozenset({"CVL", "OPP", "PTY", "LEG", "LAB", "EDU", "REL", "MED", "NGO", "BUS", "ETH", "REF"})


@dataclass(frozen=True)
class StateActs:
    judicial: frozenset[str]
    executive: frozenset[str]
    voiding_verbs: frozenset[str]
    state_made: frozenset[str]


@word_list
def load_state_acts() -> StateActs:
    return StateActs(*word_sets("acts.yaml", ("judicial_acts", "executive_acts", "voiding_verbs", "state_made"))[1])


def implied_doer(trigger: Trigger, sources: list[Actor]) -> list[Actor]:
    """The judge's own state's courts or government, when the judgement is about a ruling or a decree that no
    phrase gives a doer (see the module's docstring); else nothing."""
    if len(sources) != 1 or trigger.type not in load_acts().judging_types:
        return []
    judge = sources[0]
    if judge.igo or not judge.country or judge.agent not in DOMESTIC_JUDGES:
        return []
    for act in judged_acts(trigger):
        sector = _doer_sector(act)
        if sector is not None and sector != judge.agent:
            why = (f"the '{act.text}' judged is an act of the {SECTOR_WORDS[sector]} alone, and the judge "
                   f"({judge.name}) is of {judge.country}: its own state's")
            return [Actor.implied(judge.country, sector, reason=why)]
    return []


SECTOR_WORDS = {"JUD": "courts", "GOV": "government"}


def _doer_sector(act: Token) -> str | None:
    """JUD for a ruling or verdict, GOV for a decree, else None."""
    acts, word = load_state_acts(), act.lemma_.lower()
    if word in acts.judicial or act.lower_ in acts.judicial:
        return "JUD"
    if word in acts.executive or act.lower_ in acts.executive:
        return "GOV"
    return None


def voided_act_maker(trigger: Trigger, sources: list[Actor]) -> list[Actor]:
    """'Kenya's Supreme Court annulled the election result', 'a judge blocked the ban': a court that voids or
    stays a state's act (COERCE, ``acts.yaml`` ``voiding_verbs``) rules against the state that made it, so when no
    phrase names the maker the target is the court's own country's government, not its people (whom a court's
    other coercion falls on: ``recipients.domestic_target``). A court's finding against such an act ('found the
    curfew unlawful', 'ruled against the extension': SANCTION convict) is aimed at its maker the same way; a
    conviction of a person names no state-made act, so it is untouched."""
    acts = load_state_acts()
    if len(sources) != 1 or not (_voiding(trigger, acts) or (trigger.type, trigger.mode) == ("SANCTION", "convict")):
        return []
    court = sources[0]
    if court.agent != "JUD" or court.igo or not court.country:
        return []
    for act in judged_acts(trigger):
        if act.lemma_.lower() in acts.state_made or act.lower_ in acts.state_made:
            return [Actor.implied(court.country, "GOV", reason=f"the '{act.text}' a court of {court.country} voided or "
                                                                 "stayed is its state's act")]
    return []


def _voiding(trigger: Trigger, acts: StateActs) -> bool:
    """'annulled the result', 'blocked the ban': a court's COERCE with a voiding verb."""
    return trigger.type == "COERCE" and trigger.verb.lemma_.lower() in acts.voiding_verbs

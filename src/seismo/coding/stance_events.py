"""Stance events: the verbal act a statement makes about an act it does not report as done.

"Portugal will support Turkey" is an AGREE now, "Iran threatened to close the strait" a THREATEN, "refused to
sign" a REJECT, and "Sudan must return the helicopter, Russia said" a REQUEST from the speaker to Sudan. The
announced act keeps its own modality (future, hypothetical); the stance event is asserted and dated on the
statement. Obligations ("X must/should do Y") are requests whatever Y is, also when Y is no event word.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from spacy.tokens import Token

from seismo.coding.arguments import conjuncts, passive_clause, subject_of
from seismo.coding.attribution import attribution_of, statement_speaker
from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.lexicon import Lexicon
from seismo.coding.merge import actor_key, same_actor, same_side
from seismo.coding.recipients import with_agent
from seismo.coding.records import make_event
from seismo.coding.sentence import StatementScope, evidence_of, statement_date, statement_date_fields
from seismo.coding.stance import stance_of
from seismo.coding.stance_gates import unstated
from seismo.models import Actor, Event, Modality

# the content of a threat (PLOVER THREATEN modes) by the threatened act's type, or TYPE:mode where the mode decides:
# the manual's 'restrict' takes in "boycotts, strikes, blockades" ("farmers said they would blockade Paris")
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict", "MOBILIZE": "violence",
                "PROTEST:obstruct": "restrict", "PROTEST:strike": "restrict", "PROTEST:boycott": "restrict"}
COMMENTATORS = {"EDU", "MED"}  # analysts and newspapers saying what someone must do make no request


def has_obligation_modal(verb: Token, lexicon: Lexicon) -> bool:
    """'China must drop barriers': a verb with an obligation modal (must, should) as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in lexicon.cue("obligation_modals") for c in verb.children)


def obligation_events(trigger: Trigger, scope: StatementScope) -> list[Event]:
    """'The administration declared that China must drop barriers': a speaker's 'X must/should do Y' is a
    REQUEST from the speaker to X, whatever Y is (also when Y is no event word). Only when the speaker is a
    political actor of another side than X (never commentators: EDU, MED), and the obligation is not
    negated, conditional or itself doubted (``stance_of`` decides)."""
    info, article, ctx, lexicon = scope.info, scope.article, scope.ctx, scope.lexicon
    if stance_of(trigger.word, trigger.verb, lexicon) != "oblige":
        return []
    hit = statement_date(trigger, info, scope.heads)
    on = hit.date if hit and hit.date else article.published
    subj = subject_of(trigger.verb)
    if subj is None or passive_clause(trigger.verb):
        return []
    actors = [a for t in conjuncts(subj) for a in ctx.resolve_all(t, on) if a.country or a.igo]
    speaker = statement_speaker(trigger, info, ctx, on, lexicon)
    unnamed = not actors and _unnamed_others(subj, scope, on)
    if not (actors or unnamed) or speaker is None or speaker.agent in COMMENTATORS:
        return []
    base = dict(
        doc_id=article.doc_id, modality=Modality.ASSERTED,
        attributed_to=attribution_of(trigger, info, ctx, on, lexicon),
        date=None, date_text=None, date_precision=None, location=None, quantity=None,
        evidence=evidence_of(info.sent, article.text), trigger=trigger.word.text,
        published=article.published, outlet=article.outlet, coder_version=scope.version,
    )
    if unnamed:  # "foreign powers should get out of the region": a request whose addressees go unnamed
        base = {**base, **statement_date_fields(trigger, info, scope.heads, base["published"])}
        request = dataclasses.replace(trigger, type="REQUEST", mode=None)
        return [make_event(request, with_agent(speaker, "GOV"), None, base, lexicon)]
    return stance_events(trigger, "oblige", [(a, None) for a in actors], on, base, scope)


def _unnamed_others(subj: Token, scope: StatementScope, on: dt.date | None) -> bool:
    """'foreign powers', 'outside forces': states or forces the speaker marks as others (other_side_modifiers)
    without naming them: a state noun (foreign_state_nouns) or a state sector with no country."""
    lexicon = scope.lexicon
    if not any(c.dep_ == "amod" and c.lower_ in lexicon.cue("other_side_modifiers") for c in subj.children):
        return False
    if subj.lemma_.lower() in lexicon.cue("foreign_state_nouns"):
        return True
    found = scope.ctx.resolve(subj, on)
    return found is not None and not (found.country or found.igo) \
        and (found.agent or "").lower() in lexicon.cue("state_agents")


def stance_events(trigger: Trigger, stance: str, pairs: list[tuple[Actor | None, Actor | None]],
                  on: dt.date | None, base: dict[str, Any], scope: StatementScope,
                  told_on: dict[str, Any] | None = None) -> list[Event]:
    """The verbal act behind an announced act: 'Portugal will support Turkey' is AGREE now.

    ``commit`` -> AGREE (cooperative act) or THREATEN (conflictual act) by the actor itself; ``scheduled`` ('are
    to hold talks') -> AGREE with a named partner, for the acts PLOVER names only (``scheduled_types``); ``possible``
    ('could suspend') -> THREATEN only;
    ``refuse`` -> REJECT of a cooperative act; ``oblige`` ('Sudan must return the helicopter,
    Russia said') -> REQUEST from the speaker to the actor. The stance event is dated by the
    statement, never by the announced act's date (``statement_date``); a statement with no day of its own is
    dated as an asserted act of its clause would be (``told_on``: the paragraph's or the story's day).
    """
    lexicon = scope.lexicon
    if trigger.taker_source:
        return []  # "Kunduz could fall to the Taliban": the place is the subject, no taker says anything
    if unstated(trigger.verb, lexicon, scope.ctx.resolve):
        return []  # "did not announce whom it would support", "NBC reported that ...": no one's statement
    pairs = [(s, t) for s, t in pairs if s is not None and (s.country or s.igo)]
    actors = list({actor_key(s): s for s, _ in pairs}.values())
    if not actors:
        return []
    dated = statement_date_fields(trigger, scope.info, scope.heads, base["published"])
    if dated["date"] is None and told_on and told_on.get("date") is not None:
        dated = told_on
    base = {**base, "modality": Modality.ASSERTED, **dated}
    speaker = statement_speaker(trigger, scope.info, scope.ctx, on, lexicon)
    if stance == "oblige":
        if speaker is None or any(_one_side_obliged(speaker, a, lexicon) for a in actors):
            return []
        request = dataclasses.replace(trigger, type="REQUEST", mode=None)
        return [make_event(request, with_agent(speaker, "GOV"), a, base, lexicon) for a in actors]
    if speaker is not None and not any(same_side(speaker, a) for a in actors):
        return []  # "the North could conduct a test, Seoul's spy agency said": not the North's threat
    quad = lexicon.types[trigger.type].quad
    if stance == "scheduled":  # "are to hold talks": PLOVER AGREE for future CONSULT, SUPPORT, COOPERATE, AID only
        pairs = [(s, t) for s, t in pairs if t is not None]  # with someone: "the commission is to discuss it" is none
        if trigger.type.lower() not in lexicon.cue("scheduled_types") or not pairs:
            return []
        stance = "commit"
    if stance == "refuse":
        if quad not in (1, 2):
            return []
        type_, mode = "REJECT", None
    elif announced_request(trigger, lexicon):
        type_, mode = trigger.type, trigger.mode
    else:
        type_ = "AGREE" if quad in (1, 2) else "THREATEN"
        if type_ == "AGREE" and stance == "possible":
            return []  # "Trump could meet Canada": a possibility, no promise
        if stance == "possible" and all(a.agent == "JUD" for a in actors):
            return []  # "a court could sentence him to ten years": a legal outcome weighed, no court threatens
        if type_ == "THREATEN" and _told_by(trigger.verb, lexicon, ("AGREE", "REJECT")):
            return []  # "pledged to send troops to Saudi Arabia": the pledge (AGREE) is the statement
        if type_ == "AGREE" and _told_by(trigger.verb, lexicon, ("THREATEN",)):
            return []  # "threatened to resign": the threat (THREATEN) is the statement, no promise
        mode = THREAT_MODES.get(f"{trigger.type}:{trigger.mode}", THREAT_MODES.get(trigger.type)) \
            if type_ == "THREATEN" else None
        if trigger.type == "MOBILIZE":  # "Ecuador will deploy troops to Guayaquil": its own ground threatens no one
            sent_to = _destinations(trigger, scope)  # "would send troops to Somalia": sent to help, not a threat
            pairs = [(s, t) for s, t in pairs if t is not None and not same_side(s, t) and t.country not in sent_to]
    verbal = dataclasses.replace(trigger, type=type_, mode=mode)
    return [make_event(verbal, with_agent(_committer(s, speaker), "GOV"), _aimed_at(t, s), base, lexicon)
            for s, t in pairs]


FORCES = {"MIL", "COP", "SPY"}  # a state's forces act on its government's orders; they make no promises of their own


def _committer(actor: Actor, speaker: Actor | None) -> Actor:
    """Who commits or threatens: the government that announces what its own forces will do ("Trump announced that
    American troops would withdraw": the US government promises, not its troops), else the actor itself."""
    if speaker is None or not speaker.country or speaker.igo or speaker.agent != "GOV":
        return actor
    if actor.country != speaker.country or actor.igo or actor.agent not in FORCES:
        return actor
    return speaker


def _destinations(trigger: Trigger, scope: StatementScope) -> set[str]:
    """The countries a deployment is sent to by name ('send troops to Somalia', 'deploy police to Haiti'): a force
    sent into a state named as its destination goes there at its side, so saying so threatens that state with
    nothing ('into', 'toward', 'along the border of' are no destinations here)."""
    return {a.country for prep in children_with(trigger.verb, ("prep",)) if prep.lower_ == "to"
            for pobj in children_with(prep, ("pobj",)) if pobj.ent_type_ == "GPE"
            for a in [scope.ctx.resolve(pobj)] if a is not None and a.country}


def _aimed_at(target: Actor | None, speaker: Actor | None) -> Actor | None:
    """A verbal act aimed at a state is aimed at its government; at the speaker's own country ('Gbagbo will extend
    the curfew in Abidjan'), at its people, not at itself."""
    if target is None or (speaker is not None and target.country == speaker.country):
        return target
    return with_agent(target, "GOV")


def _one_side_obliged(speaker: Actor, actor: Actor, lexicon: Lexicon) -> bool:
    """Whether 'X must do Y' from the speaker is its own side's business rather than a demand on another side.
    Across countries (and for rebels, the opposition) ``same_side`` decides; at home a state body (state_agents) is
    another side to a voice outside the state or to another branch of it ('the businessman said the president should
    accept the result', 'senators said the government must resign'); the executive's parts (executive_agents) are
    one side, and what a state body tells its people ('residents should stay indoors') is advice, no request."""
    if not same_side(speaker, actor):
        return False
    if same_actor(speaker, actor) or not (speaker.country and actor.country):
        return True
    if (actor.agent or "").lower() not in lexicon.cue("state_agents"):
        return True
    return _branch(speaker, lexicon) == _branch(actor, lexicon)


def _branch(actor: Actor, lexicon: Lexicon) -> str:
    """The side of the state an actor speaks for: the executive (a bare country too), else its own sector."""
    agent = (actor.agent or "").lower()
    return "executive" if not agent or agent in lexicon.cue("executive_agents") else agent


def announced_request(trigger: Trigger, lexicon: Lexicon) -> bool:
    """'Ebrard said the government would pressure the US to protect Mexicans': a side that announces it will
    press or ask for something makes the demand known now, so the statement is the request itself, not an
    AGREE. Only a verbal type (``announced_verbal_types``) told with a will/would auxiliary of its own; a plan
    or a readiness to ask ('plans to ask') stays an intention."""
    return trigger.type.lower() in lexicon.cue("announced_verbal_types") and trigger.word.i == trigger.verb.i \
        and any(c.dep_ == "aux" and c.lower_ in lexicon.cue("announcing_modals") for c in trigger.verb.children)


def _told_by(verb: Token, lexicon: Lexicon, types: tuple[str, ...]) -> bool:
    """The act is the complement of a verb whose rules are all of these types: one that only ever promises
    ('pledged', 'promised', 'committed to') or refuses ('pledged to resist') tells the statement itself (AGREE,
    REJECT), and a promise is no threat, whatever it promises; one that only threatens ('threatened to resign',
    'threatened to quit the coalition') tells a THREATEN, and a threat is no promise, whatever it threatens."""
    head = verb.head if verb.dep_ in ("xcomp", "advcl", "pcomp") else None
    if head is not None and head.dep_ == "prep" and verb.dep_ == "pcomp":
        head = head.head  # "committed to sending"
    rules = lexicon.verbs.get(head.lemma_.lower(), ()) if head is not None else ()
    return bool(rules) and all(r.type in types for r in rules)

"""The parties of one trigger: who acts (its sources) and on whom (its (source, target) pairs).

A trigger's slots are read first (its subject, object and complements, or an event noun's own arguments); the
fallbacks then come in a fixed order, each asked only when the ones before it named no one: an earlier event's
actor, an owner inside the object, a grievance's doer, the second-choice targets, the place, the country itself.
The agents a type implies (a government's statement, a military's assault) are set last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext
from seismo.coding.allegations import alleged_doer
from seismo.coding.arguments import (
    by_participle,
    conjuncts,
    passive_clause,
    relative_clause,
    source_tokens,
    subject_of,
)
from seismo.coding.civilian_sites import civilian_site
from seismo.coding.doc_words import children_with
from seismo.coding.entry_refusals import refusing_state
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.implied_doers import implied_doer, voided_act_maker
from seismo.coding.judged_acts import act_doers
from seismo.coding.jurisdiction import of_jurisdiction
from seismo.coding.lexicon import Lexicon
from seismo.coding.merge import CHALLENGERS, country_only, distinct_people, identified, named, same_actor
from seismo.coding.modality import answers_clause
from seismo.coding.nominal_args import load_grammar
from seismo.coding.parties import (
    event_pairs,
    first_targets,
    grievance_owners,
    hearing_body,
    kind_only,
    lodged_with,
    resolve_party,
)
from seismo.coding.recipients import (
    DOMESTIC_ENFORCERS,
    court_punishment,
    court_sentence,
    domestic_target,
    held_by,
    host_state,
    implied_protesters,
    localised,
    object_owner,
    own_state,
    place_target,
    placed,
    referenced_targets,
    side_agent,
    summed_up_targets,
    venue_free,
    with_agent,
)
from seismo.coding.references import names_both_parties, paired_parties
from seismo.coding.targets import governed_target_tokens, target_groups
from seismo.coding.truce_sides import truce_noun
from seismo.coding.verb_roles import direct_object
from seismo.coding.vocatives import thanking_speaker
from seismo.coding.word_tables import argument_words
from seismo.kb import KnowledgeBase
from seismo.models import Actor, Event, Location

VERBAL_QUADS = {1, 3}
JOINT_TYPES = {"COOPERATE", "CONSULT"}  # "A and B held joint exercises": each is the other's partner
GO_BETWEEN_MODES = {"third-party"}  # "Egypt and Qatar mediated": co-mediators, not each other's partners
PARTICIPLE_TYPES = {"PROTEST"}  # intransitive on people: "protesting legislators" are legislators who protest
NON_POLITICAL = {"BUS"}  # "the company's talks with its lenders are continuing" is no political event
STATE_ARMS = {None, "GOV", "MIL", "NAV", "AIR"}  # a state's side in "both sides" is its government; rebels stay rebels


@dataclass(frozen=True)
class PartyScope:
    """What deciding one trigger's parties reads: the trigger with its noun arguments, where and when the event
    happened (``on`` dates the actors' roles), the document's actors so far, and the dictionaries."""

    trigger: Trigger
    nominal: NominalArgs
    location: Location | None
    on: dt.date | None
    ctx: DocumentContext
    kb: KnowledgeBase
    lexicon: Lexicon


def trigger_sources(scope: PartyScope) -> list[Actor] | None:
    """Who acts, one actor per conjunct; None when the subject names no political actor at all. The
    unnamed agent of a passive ('journalists detained in Somalia') belongs to the place of the event,
    else to the story's country. An event noun brings its own (by, possessor, between: ``nominal``);
    one with none and no named protesters is a protest by the place's people."""
    trigger, nominal, ctx, on, location = scope.trigger, scope.nominal, scope.ctx, scope.on, scope.location
    described = _described(trigger)
    own = nominal.sources is not None and (nominal.sources or not _put_on(trigger))  # "the army was put on alert"
    source_toks = list(nominal.sources) if own \
        else conjuncts(described[0]) if described is not None else source_tokens(trigger)
    source_toks = _enforcer_over_crowd(trigger, source_toks, ctx, on)
    # localised first: "a firefight between troops and rebels near Goma" names Congolese sides
    source_toks = [t for t in source_toks if not _nationality_of_next(t, source_toks, on, scope.kb)]
    venue = venue_free(trigger.type, location, trigger.verb)  # once per trigger: it walks the clause
    sources = [localised(a, venue) for t in source_toks
               for a in _with_nationality(t, resolve_party(t, ctx, on) or _group_adjective(t, on, scope.kb), on,
                                          scope.kb)]
    if trigger.event_subject:  # "Palestinian riots continued": a nationality adjective names the side
        sources = [a for a in sources + [_nationality(t, on, scope.kb) for t in source_toks if t.pos_ == "ADJ"]
                   if a is not None and (a.country or a.igo) and a.agent not in NON_POLITICAL]
        source_toks = source_toks if sources else []
    if source_toks and not sources and trigger.type == "PROTEST" and all(t.pos_ == "NOUN" for t in source_toks):
        return implied_protesters(trigger, location)  # "several conservative groups gathered for a rally"
    if source_toks and not sources and (not _eventive(source_toks[0], scope.lexicon) or relative_clause(trigger.verb)):
        return None  # "the bombing, which killed 12 soldiers": the noun's own event, not a second one
    if nominal.sources is None and _place_killing(trigger, scope.lexicon):
        return None  # "the blast at a mosque in Kano, which killed 30 people": Kano killed no one
    country = location.country if location is not None and location.country else ctx.home
    if not sources and not source_toks:
        sources = _sending_state(trigger, ctx, on) or refusing_state(trigger, ctx, on)
    if not sources and trigger.implied_source and passive_clause(trigger.verb):
        sources = ruling_court(trigger.verb, ctx, on)
    if not sources and trigger.implied_source and country and passive_clause(trigger.verb):
        sources = [Actor(name=f"({trigger.implied_source} implied)", country=country,
                         agent=trigger.implied_source, code=f"{country}{trigger.implied_source}")]
    if not sources and not source_toks and not trigger.noun:
        sources = held_by(trigger.verb, ctx, on)
    if not sources and not source_toks:  # '"Thank you [X] for ...", wrote Warren'
        sources = thanking_speaker(trigger, ctx.quote_speaker, on)
    if not sources and not source_toks and trigger.noun:
        sources = implied_protesters(trigger, location)
    return sources


COURT_LINKS = frozenset({"after", "when", "once", "following", "as"})  # "arrested after a court convicted him"


def ruling_court(verb: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'He was placed under house arrest a day after the Supreme Court upheld his indictment': an agentless
    passive whose time clause names a court deciding names who ordered it, the court (JUD), not the police
    the lexicon implies."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in COURT_LINKS for c in clause.children):
            continue
        for subj in clause.children:
            actor = ctx.resolve(subj, on) if subj.dep_ == "nsubj" else None
            if actor is not None and actor.agent == "JUD" and (actor.country or actor.igo):
                why = f"{actor.reason}; the court whose decision the clause '{clause.text}' names ordered it"
                return [actor.model_copy(update={"reason": why})]
    return []


def trigger_pairs(scope: PartyScope, sources: list[Actor],
                  earlier: list[Event]) -> list[tuple[Actor | None, Actor | None]]:
    """The (source, target) pairs of a trigger: the first slot that names a target, else (unless the
    coordinated subjects pair among themselves) an earlier event's actor, an owner inside the object,
    and the second choices, which never make an event on their own."""
    trigger, nominal, ctx, on, location = scope.trigger, scope.nominal, scope.ctx, scope.on, scope.location
    described = _described(trigger)
    if nominal.targets is not None:  # an event noun's with/on/against/of complements
        found_actors = [placed(x, t, scope.kb) for t in nominal.targets if not civilian_site(trigger, t)
                        for x in ctx.resolve_all(t, on)]  # "an attack on a Kabul mosque": its people, not Kabul
        found_actors, reciprocal = [a for a in found_actors if identified(a)], False
    elif described is not None:  # "Lam was interrupted by protesting legislators": aimed at Lam
        aimed = described[1]
        found_actors = [a for a in ctx.resolve_all(aimed, on) if identified(a)] if aimed is not None else []
        reciprocal = False
    elif not trigger.noun and answers_clause(trigger.verb, scope.lexicon):  # ', which Minsk denies': not the noun
        found_actors, reciprocal = summed_up_targets(trigger, scope.lexicon, ctx, on), False
    else:
        found = first_targets(trigger, scope.lexicon, ctx, on, sources)
        found_actors, reciprocal = found.actors, found.reciprocal
        if len(sources) > 1 and _exchanged(trigger) and _unowned_object(trigger.verb):
            found_actors, reciprocal = [], True  # "Armenia and Azerbaijan exchanged prisoners": each the other's
        found_actors = paired_recipients(trigger, earlier, sources, scope.kb) or found_actors  # "spoke to both leaders"
        if not found_actors and _exchanged(trigger):  # "exchanged fire with Pakistani troops": the other side
            found_actors = [a for o in _with_objects(trigger.verb) for a in ctx.resolve_all(o, on) if identified(a)]
            reciprocal = not found_actors
    venue = venue_free(trigger.type, location, trigger.verb)  # "talks in Geneva": no side is Swiss
    targets = [of_jurisdiction(own_state(localised(a, venue), sources), trigger, sources) for a in found_actors]
    if not sources:  # "55 people were killed when a bus plunged": no one acts on a mere sector
        kept = [a for a in targets if named(a) and not ctx.placed_only(a)]
        if not kept and (_named_attack(trigger, scope.lexicon) or alleged_doer(trigger.verb, scope.lexicon)):
            # "a mass stabbing in Leeds killed three people", "accused X of killing 12 worshippers":
            kept = [a for a in targets if named(a)] or place_target(trigger, location, sources)  # an attack's victims
        targets = kept  # "twin bombings struck the cathedral in Jolo": the place
    symmetric = (trigger.symmetric or trigger.type in JOINT_TYPES) and trigger.mode not in GO_BETWEEN_MODES
    if trigger.event_subject and symmetric and not sources and len(targets) > 1:
        sources, targets = targets[:1], targets[1:]  # "talks between Serbia and Kosovo resumed"
    if (hosted := host_state(trigger, targets, sources, location)) is not None:
        targets, reciprocal = hosted  # "closed its embassy in Kyiv": the host state, not the embassy's own
    among = reciprocal or (symmetric and len(sources) > 1)
    if not targets and not among:
        targets = act_doers(trigger, sources, scope.lexicon, ctx, on) \
            or summed_up_targets(trigger, scope.lexicon, ctx, on) \
            or referenced_targets(trigger, earlier, sources, scope.lexicon) \
            or object_owner(trigger, sources, ctx, on) \
            or implied_doer(trigger, sources) or voided_act_maker(trigger, sources)
    if not targets and not among and sources:
        targets = [own_state(a, sources) for a in grievance_owners(trigger, scope.lexicon, ctx, on)
                   if not any(same_actor(a, s) for s in sources)]
    if not targets and not among and sources:
        targets = [a for t in governed_target_tokens(trigger, _hostile_acts(scope.lexicon, trigger))
                   if not civilian_site(trigger, t) for a in (own_state(x, sources) for x in _named_parties(t, ctx, on))
                   if (a.country or a.igo) and not (lodged_with(t, trigger) and hearing_body(a))
                   and not any(same_actor(a, s) and not distinct_people(a, s) for s in sources)]
        at_place = [] if court_punishment(trigger, sources[0]) or truce_noun(trigger) \
            else place_target(trigger, location, sources)  # "announced a ceasefire in Yemen": no side
        targets = targets or _enforced_at_home(trigger, location, sources) or at_place \
            or domestic_target(trigger, sources)
    quad = scope.lexicon.types[trigger.type].quad
    agent = trigger.source_agent or ("GOV" if quad in VERBAL_QUADS or trigger.type == "SANCTION" else None)
    if agent is None and trigger.type == "ASSAULT":
        agent = "MIL"  # "North Korea fired artillery rounds": a state that uses force does so with its military
    if agent is None and trigger.type == "COOPERATE" and targets and all(t.agent == "MIL" for t in targets):
        agent = "MIL"  # "Iran increased cooperation with the navies of China and India": its forces work with theirs
    if trigger.event_subject and trigger.type == "PROTEST":
        agent = "CVL"  # "Palestinian riots": the crowd, not the government
    targets = _off_own_ground(trigger, targets, sources)
    sources = [with_agent(a, agent) for a in sources]
    if symmetric:  # "Iran and Saudi Arabia agreed": both sides are coded alike; the place is no side
        targets = [side_agent(a, agent, trigger.type, location) for a in targets]  # "clashes erupted in Nairobi"
    elif quad in VERBAL_QUADS or trigger.type == "SANCTION":  # "urged Iran", "sanctioned Cuba": its government
        targets = [with_agent(a, "GOV") for a in targets]
    return event_pairs(sources, targets, symmetric, reciprocal)


OWN_GROUND_TYPES = frozenset({"MOBILIZE", "RETREAT"})  # moving one's own forces: a place is where, not on whom


def _off_own_ground(trigger: Trigger, targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """'India test-fired a missile off Odisha', 'Ukraine withdrew troops from Debaltseve': a state that deploys or
    withdraws on its own ground aims at no one, so a place of its own country (a recipient known only by that
    country) is no target. Rebels and the opposition are not their state (``CHALLENGERS``)."""
    if trigger.type not in OWN_GROUND_TYPES:
        return targets
    homes = {s.country for s in sources if s.country and s.agent not in CHALLENGERS}
    return [t for t in targets if not (country_only(t) and t.country in homes)]


def paired_recipients(trigger: Trigger, earlier: list[Event], sources: list[Actor],
                      kb: KnowledgeBase) -> list[Actor]:
    """'Fighting broke out between A and B ... Malaysia urged both sides to talk', 'spoke to the two leaders': a
    first target slot counted as two names the two states of the latest act told between two states (as a subject
    so counted does, ``references.paired_parties``), a state's forces as its government, unless the source is of one
    of them."""
    groups = target_groups(trigger)
    token = next((t for t in map(_counted, groups[0]) if names_both_parties(t)), None) if groups else None
    parties = paired_parties(token, earlier, states_only=True) if token is not None else []
    if any(p.country == s.country for p in parties for s in sources):
        return []
    return [p if p.agent not in STATE_ARMS else
            Actor(name=kb.country_name(p.country), code=f"{p.country}GOV", country=p.country, agent="GOV",
                  reason=f"'{token}': the two states of the latest act between two states") for p in parties
            if p.country]


def _counted(token: Token) -> Token:
    """'spoke to both leaders and urged them to ...': "them" stands for the nearest plural noun before it in its
    sentence; any other token stands for itself."""
    if token.lower_ != "them":
        return token
    before = token.doc[token.sent.start:token.i]
    return next((t for t in reversed(before) if t.tag_ in ("NNS", "NNPS")), token)


def _exchanged(trigger: Trigger) -> bool:
    """'Indian and Pakistani troops exchanged fire', 'the ministers traded accusations': a verb of exchange
    (reciprocal_verbs) with no target named makes its coordinated subjects act on each other, and its
    with-phrase names the other side ('exchanged fire with Pakistani troops')."""
    return trigger.word.i == trigger.verb.i and trigger.verb.lemma_.lower() in argument_words().reciprocal_verbs


def _unowned_object(verb: Token) -> bool:
    """'exchanged 100 prisoners', 'swapped spies': a common-noun object with no word that says whose it is; the
    story's country a bare noun would take is neither side's, so each side acts toward the other."""
    objects = [c for c in children_with(verb, ("dobj",))]
    return bool(objects) and all(o.pos_ == "NOUN" and not any(
        w.i != o.i and (w.pos_ == "PROPN" or w.dep_ == "poss" or w.text[:1].isupper()) for w in o.subtree)
        for o in objects)


def _with_objects(verb: Token) -> list[Token]:
    """The objects of 'with' on the verb or on its direct object ('exchanged fire with X')."""
    heads = [verb, *(c for c in children_with(verb, ("dobj",)))]
    return [o for h in heads for p in children_with(h, ("prep",)) if p.lower_ == "with"
            for o in children_with(p, ("pobj",))]


def _put_on(trigger: Trigger) -> bool:
    """'The army was placed on high alert': a passive that puts its subject on an event (``travel_verbs`` with
    on/for) names no doer; the one put on it is the source (``Trigger.passive_source``)."""
    return trigger.noun and trigger.passive_source and passive_clause(trigger.verb)


def _described(trigger: Trigger) -> tuple[Token, Token | None] | None:
    """The group a protest participle describes after 'by', and the passive clause's subject
    (``arguments.by_participle``)."""
    if trigger.noun or trigger.type not in PARTICIPLE_TYPES:
        return None
    return by_participle(trigger.verb)


def _nationality(token: Token, on: dt.date | None, kb: KnowledgeBase) -> Actor | None:
    """'Palestinian' as a modifier: the country it names."""
    found = kb.resolve_phrase(token.text, on)
    return found.actor if found and found.actor.country and not found.actor.agent else None


def _group_adjective(token: Token, on: dt.date | None, kb: KnowledgeBase) -> list[Actor]:
    """'Houthi missile attacks', 'Taliban rocket fire': the parser may tag a group's name before a weapon word
    as an adjective, which the resolver (nouns only) skips; the knowledge base still reads a capitalised one as
    a group of one country (YEMREB). A creed or a stance without a country ('Islamist', 'Shiite') names no one."""
    if token.pos_ != "ADJ" or not token.text[:1].isupper():
        return []
    found = kb.resolve_phrase(token.text, on)
    actor = found.actor if found is not None else None
    if actor is None or not actor.code or not actor.country or not actor.agent or actor.agent in NON_POLITICAL:
        return []
    return [actor]


def _nationality_of_next(token: Token, tokens: list[Token], on: dt.date | None, kb: KnowledgeBase) -> bool:
    """'a Kenyan army attack', 'a Nigerian police raid', 'a US army operation': the parser hangs the nationality
    (or country name) and the sector noun side by side on the event noun; the nationality is the country of the
    sector right after it, not a second actor."""
    return token.pos_ in ("ADJ", "PROPN") and token.dep_ in ("amod", "compound") \
        and any(t.i == token.i + 1 and t.pos_ == "NOUN" and t.head.i == token.head.i and t.dep_ == "compound"
                for t in tokens) and _nationality(token, on, kb) is not None


def _with_nationality(token: Token, actors: list[Actor], on: dt.date | None, kb: KnowledgeBase) -> list[Actor]:
    """The sector noun of 'a Kenyan army attack' takes the country of the adjective before it (which
    ``_nationality_of_next`` drops), not the one the event's place would lend it ('near the Somali border')."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    before = before if before is not None and _nationality_of_next(before, [token], on, kb) else None
    nation = _nationality(before, on, kb) if before is not None else None
    own = kb.resolve_phrase(token.text, on)
    if nation is None or (own is not None and own.actor.country):
        return actors
    return [a.model_copy(update={"country": nation.country, "code": f"{nation.country}{a.agent}",
                                 "reason": f"{a.reason}; country {nation.country} from '{before.text}' before it"})
            if a.agent and not a.igo else a for a in actors]


ENFORCING_MODES = {"arrest", "curfew", "deport"}  # acts only a state's forces, courts or officials do
CROWD_SECTORS = {"CVL", "OPP", "LAB", "EDU", "CRM"}


def _enforcer_over_crowd(trigger: Trigger, tokens: list[Token], ctx: DocumentContext,
                         on: dt.date | None) -> list[Token]:
    """'Police fired tear gas at crowds gathered outside the palace and arrested 308 people': the parser hangs
    'arrested' on the crowd's participle, so the crowd would arrest. An arrest, curfew or deportation whose only
    subject is such a crowd, through a conjunct of a participle on a noun, is done by the clause that noun is in."""
    verb = trigger.verb
    if trigger.type != "COERCE" or trigger.mode not in ENFORCING_MODES or verb.dep_ != "conj" \
            or verb.head.dep_ != "acl" or not tokens:
        return tokens
    if not all(a.agent in CROWD_SECTORS for t in tokens for a in ctx.resolve_all(t, on)):
        return tokens
    clause = verb.head.head.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    subject = subject_of(clause) if clause.pos_ in ("VERB", "AUX") else None
    return conjuncts(subject) if subject is not None else tokens


SENDING_AWAY_VERBS = frozenset({"extradite"})


def _sending_state(trigger: Trigger, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'Fujimori was extradited from Chile to Peru': in a passive extradition the state it is done from acts (as
    'Chile extradited Fujimori' does); the to-phrase is the receiving state, the target."""
    if trigger.noun or trigger.verb.lemma_.lower() not in SENDING_AWAY_VERBS or not passive_clause(trigger.verb):
        return []
    places = [g for c in children_with(trigger.verb, ("prep",)) if c.lower_ == "from"
              for g in children_with(c, ("pobj",))]
    states = [a for t in places for a in ctx.resolve_all(t, on) if a.country and not a.agent]
    return states[:1]


def _enforced_at_home(trigger: Trigger, location: Location | None, sources: list[Actor]) -> list[Actor]:
    """'Police in Kano arrested 12 men', 'a court in Lyon sentenced a man': a country's police or courts coercing or
    sentencing unnamed people at home act on its own people (``domestic_target``), not on the town it happened in."""
    at_home = location is not None and bool(sources) and location.country == sources[0].country
    if not at_home:
        return []
    coerced = trigger.type == "COERCE" and sources[0].agent in DOMESTIC_ENFORCERS
    if not coerced and not court_sentence(trigger, sources[0]):
        return []
    return domestic_target(trigger, sources)


def _named_attack(trigger: Trigger, lexicon: Lexicon) -> bool:
    """An assault named by an attack noun (the trigger, its clause's subject or by-agent, the noun a relative
    'which' stands for): an act by someone, unlike an explosion or a fire, even when the text does not say by whom."""
    if trigger.type != "ASSAULT":
        return False
    words = [trigger.word] + [c for c in children_with(trigger.verb, ("nsubj", "nsubjpass"))]
    words += _relative_heads(trigger.verb)
    words += [g for c in children_with(trigger.verb, ("agent",)) for g in children_with(c, ("pobj",))]
    rules = [lexicon.nouns.get(w.lemma_.lower()) for w in words if w.pos_ == "NOUN"]
    return any(r is not None and r.type == "ASSAULT" for r in rules)


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})


def _place_killing(trigger: Trigger, lexicon: Lexicon) -> bool:
    """'a blast at a mosque in Kano, which killed 30 people': a killing relative clause the parser hangs on the
    place at the end of a phrase tells what the phrase's event did; a place (a name in a locative phrase) kills no
    one, so it is no doer (``nominal._relative_event`` finds the event noun when the phrase has one)."""
    verb = trigger.verb
    if trigger.noun or not relative_clause(verb) or verb.lemma_.lower() not in lexicon.cue("casualty_verbs"):
        return False
    place = verb.head
    if place.dep_ != "pobj" or place.head.lower_ not in LOCATIVE_PREPS:
        return False  # a name the tagger misses as a place ('Rosario' as ORG) still sits in a noun's place phrase
    return place.ent_type_ in ("GPE", "LOC", "FAC") or (place.pos_ == "PROPN" and place.head.head.pos_ == "NOUN")


def _relative_heads(verb: Token) -> list[Token]:
    """'the bombing, which killed 12', 'the bombing in Kabul, which killed 12': the nouns a relative 'which' may
    stand for, the one the clause hangs on and those its prepositions lead back to (``nominal._relative_event``)."""
    if not relative_clause(verb):
        return []
    out, node = [], verb.head
    for _ in range(4):
        out.append(node)
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            break
        node = node.head.head
    return out


def _eventive(token: Token, lexicon: Lexicon) -> bool:
    """A subject that names an event ('a drone strike killed three') rather than a thing."""
    lemma = token.lemma_.lower()
    return lemma in lexicon.nouns or lemma in lexicon.reference_nouns or lemma in lexicon.eventive_nouns


def _hostile_acts(lexicon: Lexicon, trigger: Trigger) -> Callable[[Token], bool] | None:
    """For a cooperative act (quad 1 or 2), the complement acts that are conflictual ('NATO agreed to label China a
    security challenge', 'the EU agreed to impose sanctions on Russia'): their targets are no partner of the
    agreement. A verb of naming (nominal.yaml ``naming_verbs``), a verb with a plain rule and only conflict rules,
    or a complement whose object is a conflict noun; not a verb whose conflict reading needs a phrase the
    complement may lack ('agreed to add two members to the council': 'add' only blacklists)."""
    if lexicon.types[trigger.type].quad not in (1, 2):
        return None
    naming = load_grammar().naming_verbs

    def conflict(type_: str) -> bool:
        return lexicon.types[type_].quad in (3, 4)

    def hostile(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        rules = lexicon.verbs.get(lemma) or ()
        plain = [r for r in rules if not (r.particle or r.object or r.prep or r.pp or r.object_actor or r.xcomp_lemma)]
        obj = direct_object(verb)
        noun = lexicon.nouns.get(obj.lemma_.lower()) if obj is not None else None
        light = noun is not None and (lemma in lexicon.light_verbs or lemma in noun.by_verb)  # not 'lift', 'end'
        return lemma in naming or (bool(plain) and all(conflict(r.type) for r in rules)) \
            or (light and conflict(noun.by_verb.get(lemma, noun.type).partition(":")[0]))  # "impose sanctions"
    return hostile


def _named_parties(token: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """The actors a second-choice target token names; none for a thing whose only actor reading is an adjective
    on it ('vowed to continue the military operation': an operation of the military kind, not the military)."""
    found = ctx.resolve_all(token, on)
    return [] if kind_only(token, found) else found

"""Recipients a clause does not name: the place of a material act, a domestic crowd's state, sectors.

Second choices only: the coder asks these when the sentence's own arguments give no target.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext
from seismo.coding.antecedents import object_antecedents, relative_antecedents
from seismo.coding.arguments import holding_participle, passive_agent, passive_clause, subject_of
from seismo.coding.civilian_sites import civilian_site, site_people
from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import children_with, doc_words, has_child
from seismo.coding.events import Trigger
from seismo.coding.judged_acts import deciding_government, load_acts, made_by_agents
from seismo.coding.lexicon import Lexicon
from seismo.coding.merge import identified, same_actor
from seismo.coding.modality import answers_clause, summed_up
from seismo.coding.owned_things import is_own_state, owning_agents
from seismo.coding.phrases import phrase_text
from seismo.coding.placement import venue_in_clause
from seismo.coding.verb_roles import direct_object
from seismo.coding.word_tables import argument_words
from seismo.kb import KnowledgeBase
from seismo.models import Actor, Event, Location

# material acts whose recipient, when none is named, is the place they happen in
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "AID", "RETREAT", "CONCEDE",
                      "CONSULT:visit"}


def own_possession(token: Token) -> bool:
    """'offered its troops to Lebanon': the subject's own forces are a last-choice target."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)


def place_target(trigger: Trigger, location: Location | None, sources: list[Actor] | None = None) -> list[Actor]:
    """'shelled positions near Rafah', 'imposed a curfew in Cizre', 'arrived in Amman on a visit': a material
    act with no named recipient is directed at the place where it happens (a visit at its host). Not a
    protest by the place's own people: that one is addressed to their government (``domestic_target``)."""
    if location is None or not location.country:
        return []
    if trigger.type == "PROTEST" and sources and sources[0].country == location.country \
            and sources[0].agent in DOMESTIC_PROTESTERS:
        return []
    if trigger.type not in PLACE_TARGET_TYPES and f"{trigger.type}:{trigger.mode}" not in PLACE_TARGET_TYPES:
        return []
    return site_people(trigger, location) or [Actor(name=location.name, code=location.country,
                                                    country=location.country)]


DOMESTIC_PROTESTERS = {None, "CVL", "OPP", "LAB", "EDU", "REB", "INS", "PTY", "REL", "ETH", "SEP", "MED", "JUD",
                       "NGO", "BUS", "AGR", "REF", "HRI", "SPY", "MOD", "RAD", "UAF", "IND"}


STATE_SECTORS = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY"}


def own_state(actor: Actor, sources: list[Actor]) -> Actor:
    """'Protesters in Szeged demanded the resignation of the government': a state institution the text
    leaves without a country is the own state of the people of a country who address it (never of a
    government or of a country named alone: 'Russia accused the government' may mean any government).
    Likewise the people that a country's police, courts or security services act on."""
    if actor.country or actor.igo or actor.code or not actor.agent or not sources:
        return actor
    source = sources[0]
    if source.igo or not source.country or source.agent is None:
        return actor
    # "police opened fire to disperse demonstrators": police act on their own country's people
    own_people = actor.agent not in STATE_SECTORS and source.agent in DOMESTIC_ENFORCERS
    if not own_people and (actor.agent not in STATE_SECTORS or source.agent not in DOMESTIC_PROTESTERS):
        return actor
    return actor.model_copy(update={
        "country": source.country, "code": f"{source.country}{actor.agent}",
        "reason": f"{actor.reason or 'sector ' + actor.agent}; country {source.country}: the own state of "
                  f"'{source.name}'",
    })


CROWD_POLICE = {"COP", "MIL", "PRM"}  # "police broke up the rally with tear gas": the crowd is their own people
DOMESTIC_ENFORCERS = {"COP", "JUD", "SPY"}  # police, courts, security services act on their own population
DOMESTIC_RESTRICTERS = {"GOV"}  # a government's bans and restrictions fall on its own population
# ... as do the states of emergency and the curfews it declares ('Kenya declared a state of emergency')
RESTRICTING_MODES = {"restrict", "martial-law", "curfew"}


def domestic_target(trigger: Trigger, sources: list[Actor]) -> list[Actor]:
    """'Egyptian demonstrators rioted', 'workers stopped work over a labour bill': a protest by a country's
    own people that names no addressee is directed at that country's government (PLOVER PROTEST is an act
    against a target; a domestic crowd's target is its state). Likewise 'Turkish police prevented the
    demonstration', 'the court banned the newspaper': a coercive act of a country's police, courts or
    security services with no named recipient falls on that country's own people; so does a restriction its
    government imposes ('the government banned public gatherings', 'prohibited travel for those under 19', 'declared
    a state of emergency', 'imposed a curfew'); and
    a charge its prosecutors or courts bring against people the text does not name ('charged two men'), and a
    sentence its courts pass on them ('a court in Lyon sentenced a man to 20 years'); and the crowd its police or
    troops disperse by force ('broke up the rally with tear gas')."""
    if not sources or sources[0].igo or not sources[0].country:
        return []
    source = sources[0]
    if trigger.type == "PROTEST" and source.agent in DOMESTIC_PROTESTERS:
        return [Actor.implied(source.country, "GOV")]
    restriction = trigger.mode in RESTRICTING_MODES and source.agent in DOMESTIC_RESTRICTERS
    charged = trigger.type == "ACCUSE" and trigger.mode == "allege" and source.agent == "JUD"  # "charged two men"
    crowd = trigger.type == "ASSAULT" and trigger.mode == "crowd-control" and source.agent in CROWD_POLICE
    if (trigger.type == "COERCE" and (source.agent in DOMESTIC_ENFORCERS or restriction or _crowd_coerced(trigger,
                                                                                                 source))) \
            or charged or court_sentence(trigger, source) or crowd:
        return [Actor.implied(source.country, "CVL")]
    return []


def _crowd_coerced(trigger: Trigger, source: Actor) -> bool:
    """'The Hong Kong authorities have chosen to suppress protests', 'the government crushed the uprising': a
    government's coercion whose object is a crowd's act (``arguments.yaml`` ``crowd_acts``) falls on the people
    of its country who made it, as its police's does; its other objects ('suppressed the report') name no one."""
    obj = None if trigger.noun else direct_object(trigger.verb)
    return source.agent in DOMESTIC_RESTRICTERS and obj is not None and obj.pos_ == "NOUN" \
        and obj.lemma_.lower() in argument_words().crowd_acts


def court_sentence(trigger: Trigger, source: Actor) -> bool:
    """'A court in Lyon sentenced a man to 20 years', 'fined two men': a court's punishment of people (a punishing
    verb, SANCTION convict, active: the court is named). Not a ruling ('ruled that the suspension was unlawful'): it
    judges an act, whose doer is no civilian; nor an agentless passive ('X was sentenced'), whose subject the story
    may name later."""
    return court_punishment(trigger, source) and not passive_clause(trigger.verb)


def court_punishment(trigger: Trigger, source: Actor) -> bool:
    """A court's punishing verb (SANCTION convict), active or passive: its unnamed patient is never the town."""
    return trigger.type == "SANCTION" and trigger.mode == "convict" and source.agent == "JUD" \
        and not trigger.noun and trigger.verb.lemma_.lower() in argument_words().punishing_verbs


# A place is no side. Two steps read it: before the sides are placed, a venue lends them no country
# (``venue_free``); when a symmetric act's sides take its sector, the act's own place takes none (``side_agent``).
VENUE_TYPES = frozenset({"CONSULT", "AGREE"})  # talks and accords are held where the parties choose to meet


def venue_free(trigger_type: str, location: Location | None, verb: Token | None = None) -> Location | None:
    """'Officials agreed to hold talks in Geneva': the place of talks or of an accord is a venue, often a third
    country's, and lends no country to the sides (None for those types, else the place). So is the place of the
    talks an act is done to ('walked out of the talks in Geneva', 'boycotted the conference in Nairobi')."""
    if trigger_type in VENUE_TYPES:
        return None
    if verb is not None and location is not None and venue_in_clause(verb, location.name):
        return None
    return location


def side_agent(actor: Actor, agent: str | None, trigger_type: str, location: Location | None) -> Actor:
    """'Iran and Saudi Arabia agreed': a symmetric act's sides are coded alike, with its sector; 'clashes erupted in
    Nairobi': a clash's recipient that is its own place is where, not a side, and takes none (a visit's city still
    stands for its host)."""
    own_place = location is not None and actor.name == location.name and not actor.agent
    return actor if trigger_type == "ASSAULT" and own_place else with_agent(actor, agent)


def localised(actor: Actor, location: Location | None) -> Actor:
    """'Three soldiers were killed by an IED in Helmand': a sector with no country, in a story with no home
    country, is the country of the place where the event happens. Named organisations with a code of
    their own keep it: al-Qaeda attacking 'in Somalia' stays without a country."""
    if actor.country or actor.igo or actor.code or not actor.agent or location is None or not location.country:
        return actor
    return actor.model_copy(update={
        "country": location.country, "code": f"{location.country}{actor.agent}",
        "reason": f"{actor.reason or 'sector ' + actor.agent}; country {location.country} from the event's place "
                  f"'{location.name}'",
    })


MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})


def host_state(trigger: Trigger, targets: list[Actor], sources: list[Actor],
               location: Location | None) -> tuple[list[Actor], bool] | None:
    """'Italy closed its embassy in Kyiv', 'Iran and Iraq agreed to reopen their embassies': a state's own mission
    abroad is no party to what the state does with it; the host state is, named by the event's place, and states
    that act on their embassies together act on each other. None when the object is no mission of the sources."""
    obj = None if trigger.noun else direct_object(trigger.verb)
    if obj is None or obj.lemma_.lower() not in MISSION_NOUNS or not sources:
        return None
    own = {s.country for s in sources if s.country}
    if not own or any(t.country and t.country not in own for t in targets) or any(t.igo for t in targets):
        return None  # 'stormed the US embassy': another state's mission is its state's
    if location is not None and location.country and location.country not in own:
        host = Actor(name=location.name, code=location.country, country=location.country,
                     reason=f"host of the mission: '{location.name}', where it sits")
        return [with_agent(host, "GOV")], False
    return [], len(sources) > 1


def with_agent(actor: Actor, agent: str | None) -> Actor:
    """'Russia deployed troops': a country-only source of a military act is its military."""
    if agent and actor.country and not actor.agent and not actor.igo:
        return actor.model_copy(update={"agent": agent, "code": f"{actor.code or actor.country}{agent}"})
    return actor


PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def placed(actor: Actor, token: Token, kb: KnowledgeBase) -> Actor:
    """'an attack on Mekele', 'shelled Turin': a named place that is no actor stands, as a recipient, for its
    country (known only by its country, so it merges with a more specific recipient of that country)."""
    if actor.code or actor.country or actor.igo or actor.agent or token.ent_type_ not in PLACE_ENTITIES:
        return actor
    place = kb.place(actor.name)
    if place is None or not place.country:
        return actor
    note = kb.place_note(actor.name)  # said only where the story's country chose among places of the name
    return Actor(name=actor.name, code=place.country, country=place.country,
                 reason=f"the place {place.name}: its country {place.country}{note}" if note else None)


HELD_PREPS = ("in", "at")


def held_by(verb: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'Journalists detained in Somalia were freed', 'sailors held by the navy were released': a passive act
    with no by-agent on people a reduced passive describes is by whoever held them: that participle's
    by-agent, else the country of the place it names (detained in Somalia: Somalia's authorities)."""
    participle = holding_participle(verb)
    if participle is None:
        return []
    agent = passive_agent(participle)
    if agent is not None:
        return [a for a in ctx.resolve_all(agent, on) if a.country or a.igo]
    for prep in participle.children:
        if prep.dep_ != "prep" or prep.lower_ not in HELD_PREPS:
            continue
        for pobj in (c for c in children_with(prep, ("pobj",))):
            place = ctx.kb.place(phrase_text(pobj))
            if place is not None and place.country:
                return [Actor.implied(place.country, reason=f"the one who held them: '{participle.text} {prep.text} "
                                      f"{pobj.text}' is in {place.country}{ctx.kb.place_note(phrase_text(pobj))}")]
    return []


def implied_protesters(trigger: Trigger, location: Location | None) -> list[Actor]:
    """'two weeks of protests in San Juan', 'anti-government protests continue in Baghdad': a protest noun that
    names no protesters is by the people of the place where it happens."""
    if trigger.type != "PROTEST" or location is None or not location.country:
        return []
    country = location.country
    return [Actor.implied(country, "CVL")]


def summed_up_targets(trigger: Trigger, lexicon: Lexicon, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'Washington accused North Korea of shipping shells, a charge Pyongyang denies': the denial answers the
    accuser, the subject of the clause the noun after the comma sums up (``modality.summed_up``)."""
    if trigger.noun:
        return []
    verb = trigger.verb
    clauses = [c for c in verb.children if summed_up(verb, c, lexicon)]
    noun = verb.head  # 'A accused B of Z, an allegation B rejected': the relative clause on the summing noun
    if verb.dep_ == "relcl" and noun.lemma_.lower() in lexicon.cue("denial_objects") and noun.head.i < noun.i \
            and noun.head.pos_ in ("VERB", "AUX"):
        clauses.append(noun.head)
    if answers_clause(verb, lexicon):  # 'A accused B of Z, which B denies', 'A said B did Z, which B denied'
        clauses.extend(t for t in reversed(list(verb.ancestors)) if has_child(t, ("nsubj",)))
    for clause in clauses:
        subject = subject_of(clause)
        if subject is not None:
            return [a for a in ctx.resolve_all(subject, on) if identified(a)]
    return []


def referenced_targets(trigger: Trigger, events: list[Event], sources: list[Actor], lexicon: Lexicon) -> list[Actor]:
    """'condemned the expulsion', 'rejected the resolution' (``referred_documents``: a document that records an
    act, named as the object): the target is whoever did the earlier event the noun refers to. The
    story's own event comes first: 'the sanctions' after the EU's sanctions and others' 'own sanctions'
    are the EU's, so the earliest matching event wins; one by the actor itself is not it ('Iran denied the
    accusation' after the Iranian government's own accusations refers to one made against Iran)."""
    obj = None if trigger.noun else direct_object(trigger.verb) or next(  # "spoke out against the attack"
        (g for c in children_with(trigger.verb, ("prep",)) if c.lower_ in trigger.targets
         for g in children_with(c, ("pobj",))), None)
    if obj is None:
        return []
    types = lexicon.reference_nouns.get(obj.lemma_.lower()) or lexicon.referred_documents.get(obj.lemma_.lower())
    if not types:
        return []
    aimed = [e for e in events if e.target is not None and any(_same_party(e.target, s) for s in sources)]
    if obj.lemma_.lower() in lexicon.court_references:  # 'criticised the ruling': a court's act first
        aimed = [e for e in events if e.source is not None and e.source.agent == "JUD"] + aimed
    for event in aimed + events:  # 'a charge Pyongyang denies': first the accusation made against the denier
        if event.source is None or any(_same_party(event.source, s) for s in sources):
            continue
        if (event.type in types or f"{event.type}:{event.mode}" in types) and \
                (event.source.country or event.source.igo):
            doer = deciding_government(obj, event.source)
            if any(_same_party(doer, s) for s in sources):
                continue  # 'Trump defended his decision' after his troops withdrew: his own
            return [doer]
    return []

def object_owner(trigger: Trigger, sources: list[Actor], ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'suspend its participation in the EU's programme', 'condemned the law that parliament passed', 'criticised
    the sanctions imposed by the US', 'filed a lawsuit against the ban the government announced': when the act's
    object is a thing, its recipient is who owns or made it. An event noun that is the object of a light verb
    takes the verb's against/on phrase as its object; other event nouns name their recipients themselves."""
    things = _light_verb_complements(trigger) if trigger.noun else _object_things(trigger.verb)
    things = [t for t in things if not civilian_site(trigger, t)]  # "an attack on a Kabul mosque": not Kabul's
    for thing in things:
        for token in owner_tokens(thing, trigger.verb) + _holder(thing, trigger.verb):
            found: list[Actor] = []
            for actor in (ctx.resolve(t, on) for t in (token, *token.conjuncts)):  # "Malaysia and Indonesia"
                if identified(actor) and (actor.country or actor.igo) \
                        and not any(same_actor(actor, s) for s in found) \
                        and not any(is_own_state(actor, s) for s in sources):
                    found.append(actor)
            if found:
                return found
    return _nationality_owner(things, sources, ctx, on) or _speakers_possession(things, trigger.verb, sources, ctx, on)


OWNER_PRONOUNS = frozenset({"its", "their", "our"})
# a state's own space, which another side's craft or troops enter ('violated its airspace'); a border, forces or ties
# a state opens, strengthens or upgrades are its own ('Benin opened its borders, Benin police said')
SPACE_NOUNS = frozenset({"airspace", "water", "territory", "zone", "sovereignty"})


def _speakers_possession(things: list[Token], verb: Token, sources: list[Actor], ctx: DocumentContext,
                         on: dt.date | None) -> list[Actor]:
    """'Syria said Israeli warplanes had violated its airspace', 'Russia says Turkish jets entered its waters': a
    possessive pronoun on a state's space that names no one but the act's own doer belongs to the one who reports
    the act, the subject of the verb the clause is the complement of."""
    spaces = [thing for thing in things if thing.lemma_.lower() in SPACE_NOUNS]
    if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for thing in spaces for c in thing.children):
        return []
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return []
    speaker = subject_of(clause.head)
    actor = ctx.resolve(speaker, on) if speaker is not None else None
    if identified(actor) and (actor.country or actor.igo) and not any(same_actor(actor, s) for s in sources):
        return [actor]
    return []


def _nationality_owner(things: list[Token], sources: list[Actor], ctx: DocumentContext,
                       on: dt.date | None) -> list[Actor]:
    """'violated Polish airspace', 'entered Lithuanian waters': a nationality adjective on the thing names its
    owner as a possessor does ('Poland's airspace'); asked last, after any possessor or maker the phrase names.
    A capitalised modifier the tagger left without a nationality ('Bangladeshi waters', tagged a person) is
    asked too: the knowledge base says whether it names a country."""
    for adj in (c for thing in things for c in children_with(thing, ("amod",)) if (
            c.ent_type_ in ("NORP", "GPE") or (c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()))):
        found = ctx.kb.resolve_phrase(adj.text, on)
        actor = found.actor if found is not None else None
        if actor is not None and actor.country and not actor.agent and not any(same_actor(actor, s) for s in sources):
            return [actor]
    return []


def _light_verb_complements(trigger: Trigger) -> list[Token]:
    """'filed a lawsuit against the ban': the against/on phrase of the verb whose object the event noun is."""
    word, verb = trigger.word, trigger.verb
    if word.i == verb.i or word.head.i != verb.i or word.dep_ not in ("dobj", "obj"):
        return []
    return [g for c in children_with(verb, ("prep",)) if c.lower_ in ("against", "on")
            for g in children_with(c, ("pobj",))]


def _object_things(verb: Token) -> list[Token]:
    """The verb's object and, for a pronoun, what it stands for. A relative pronoun the parser made a second
    subject ('boats which, according to AFP, the UN has criticised') is the object too."""
    obj = direct_object(verb)
    if obj is not None and obj.dep_ in ("dobj", "obj"):
        return [obj, *object_antecedents(obj)]
    if obj is not None and obj.dep_ == "nsubjpass" and _whose(obj) is not None:
        return [obj]  # "a journalist whose car was attacked by police": the car is the journalist's
    if obj is None and verb.dep_ == "xcomp":  # "a woman whose eye was said to have been injured by police"
        raised = next(children_with(verb.head, ("nsubjpass",)), None)
        if raised is not None and _whose(raised) is not None:
            return [raised]
    subjects = [c for c in children_with(verb, ("nsubj",))]
    pronoun = next((c for c in subjects if c.tag_ == "WDT"), None)
    return relative_antecedents(pronoun) if pronoun is not None and len(subjects) > 1 else []


def _holder(thing: Token, verb: Token) -> list[Token]:
    """'Iran proposed a plan, which the US rejected', 'Malaysia maintained a policy which the UN criticised': a
    thing a pronoun stands for belongs to whoever put it forward, the subject of the verb it is the object of."""
    head = thing.head
    if thing.dep_ not in ("dobj", "obj") or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(head)
    if subject is None and head.dep_ == "pcomp" and head.head.head.pos_ == "NOUN":
        return _holder(head.head.head, verb)  # 'a policy of turning away boats, which': the policy's holder
    return [subject] if subject is not None else []


OWN_WORDS = ("its", "their", "his", "her")
RELATIVE_WORD_TAGS = ("WDT", "WP", "WP$", "PRP")  # 'that', 'which', 'who', 'it': no owner named


def owner_tokens(thing: Token, verb: Token | None = None) -> list[Token]:
    """Who a thing belongs to or comes from, as the text names it: a possessor inside the phrase ('the EU's
    programme'), the subject of a relative clause on it ('the plan Russia had proposed'), or the by-agent of a
    participle on it ('the sanctions imposed by the US'), other than ``verb``'s own clause, or a participle of
    owning ('a tanker owned by a Greek company', ``owned_things``). Possessive pronouns
    name the subject's own thing. A by-agent counts only for a verb of making (``acts.yaml`` ``made_by``): 'the
    decision welcomed by Uganda' was not Uganda's."""
    found = [t for t in thing.subtree if t.i != thing.i and t.dep_ == "poss" and t.lower_ not in OWN_WORDS
             and t.tag_ != "WP$"]
    owner = _whose(thing)
    if owner is not None:
        found.append(owner)
    for clause in (c for c in children_with(thing, ("relcl", "acl")) if (verb is None or c.i != verb.i)
                   and not _content_clause(c)):
        found += [c for c in children_with(clause, ("nsubj",)) if c.tag_ not in RELATIVE_WORD_TAGS]
    found += owning_agents(thing, holders=True)  # "seized a tanker owned by a Greek company"
    return found + [agent for agent, _ in made_by_agents(thing, verb)] + _misread_relative(thing)


def _content_clause(clause: Token) -> bool:
    """'an admission by Moscow that Soviet forces murdered the officers': a that-clause that says what the thing
    is (its content), not a relative clause on it; its subject neither owns nor made the thing."""
    return any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in clause.children)


def _misread_relative(thing: Token) -> list[Token]:
    """'a lawsuit against the state of emergency President Trump declared last Friday': the parser reads a
    relative clause with no 'that' after a long object as a second main verb ('filed ... declared'). A conjunct
    verb of making (``acts.yaml`` ``made_by``) with no 'and' whose subject starts right where the thing's phrase
    ends is such a clause: its subject made the thing."""
    end, doc, sent = thing.right_edge.i, thing.doc, sentence_of(thing)
    deps = doc_words(doc).dep  # a Token only for a conjunct: the test runs for every object (issue 15)
    for verb in (doc[i] for i in range(sent.start, sent.end) if deps[i] == "conj"):
        if verb.lemma_.lower() not in load_acts().made_by \
                or has_child(verb, ("cc", "preconj")) or thing.doc[verb.i - 1].dep_ == "cc":
            continue
        found = [c for c in children_with(verb, ("nsubj",)) if c.left_edge.i == end + 1
                 and c.tag_ not in RELATIVE_WORD_TAGS]
        if found:
            return found
    return []


def _same_party(a: Actor, b: Actor) -> bool:
    """The same actor, or a country and its own sector ('Iran' and the Iranian government)."""
    return same_actor(a, b) or (a.country is not None and a.country == b.country and not (a.igo or b.igo)
                                and (not a.agent or not b.agent or a.agent == b.agent))


def _whose(thing: Token) -> Token | None:
    """'a journalist whose car was attacked', 'a woman whose eye was injured': the noun the relative clause
    describes owns the thing that 'whose' marks."""
    if not any(c.tag_ == "WP$" and c.dep_ == "poss" for c in thing.children):
        return None
    clause = thing.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head

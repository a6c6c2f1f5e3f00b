"""Who takes part in an event: the actors an argument slot names, and the (source, target) pairs.

Coordination gives a slot several fillers ("accused Russia and China", "the leaders of Brazil, Argentina
and Chile", "Norway, Chile, and Peru met"). The yardstick codes one event per actor pair
(docs/annotation.md): every source with every target, and a symmetric act (a meeting, a mutual agreement,
cooperation, a clash) once per unordered pair, the coordinated subjects paired among themselves when no
one else is named. A target is never dropped for having the source's code: "the government against its
own regional forces" is a real dyad; only a pronoun that refers back to the source ("itself") is no target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import combinations

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext, national, phrase_span
from seismo.coding.arguments import conjuncts, list_member
from seismo.coding.civilian_sites import civilian_site
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.events import Trigger
from seismo.coding.group_nouns import federal_states, group_nouns
from seismo.coding.lexicon import Lexicon
from seismo.coding.mention_memory import spokes_words
from seismo.coding.merge import actor_key, distinct_people, identified, same_actor, same_side
from seismo.coding.owned_things import owned_by_source, owner_actors
from seismo.coding.phrases import phrase_text
from seismo.coding.places import facility_of_place
from seismo.coding.recipients import own_possession, with_agent
from seismo.coding.targets import target_groups
from seismo.coding.word_tables import argument_words
from seismo.models import Actor

OFFICES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}  # sectors a counterpart can hold
RECIPROCALS = {"other", "another"}  # "each other", "one another"
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
OWNER_DEPS = {"poss", "compound", "amod", "nmod", "det"}  # "Russia's invasion", "the Israeli strikes"
ANNOUNCING_TYPES = {"THREATEN", "AGREE"}  # their that-clause announces the source's own act
MAX_PARTIES = 3  # beyond three named parties a meeting is multilateral: the others pair with the first named


@dataclass
class Targets:
    """The first argument slot that names an actor, and whether the slot is 'each other'."""

    actors: list[Actor] = field(default_factory=list)
    reciprocal: bool = False


def resolve_party(token: Token, ctx: DocumentContext, on: dt.date | None,
                  partner: Actor | None = None) -> list[Actor]:
    """The actors one argument token names: 'the leaders of Brazil, Argentina and Chile' is three
    governments, 'his counterpart from Ghana' and 'his Ghanaian counterpart' are Ghana's holder of the
    partner's office; else the knowledge base's reading of the phrase (several for 'U.S. and South Korean
    forces')."""
    if token.lower_ in REFLEXIVES or facility_of_place(token):
        return []
    members = _members(token)
    counterpart = token.lemma_.lower() in group_nouns().counterparts and partner is not None \
        and partner.agent in OFFICES
    if not members:
        found = ctx.resolve_all(token, on)
        if counterpart and partner is not None:  # "the army chief met his Ugandan counterpart": UGA's military
            found = [_office_holder(a, partner) for a in found]
        return found if any(a.country or a.igo or a.agent for a in found) else _apposition(token, ctx, on) or found
    agent = partner.agent if counterpart and partner is not None else _head_agent(token, ctx, on)
    return [with_agent(a, agent) for m in members for a in ctx.resolve_all(m, on) if a.code or a.igo]


def _office_holder(actor: Actor, partner: Actor) -> Actor:
    """A country's counterpart read with the default sector (or none) holds the partner's office instead."""
    if not actor.country or actor.igo or actor.agent not in (None, "GOV") or actor.agent == partner.agent:
        return actor
    why = f"{actor.reason or actor.name}; a counterpart holds the partner's office ({partner.agent})"
    return actor.model_copy(update={"agent": partner.agent, "code": f"{actor.country}{partner.agent}", "reason": why})


def _apposition(token: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'Zalmay Khalilzad, a US peace envoy', 'Ahmed al-Assadi, a spokesman for the PMF': a name the knowledge
    base does not know is read through the role its apposition gives (not through a list's next item). A common
    noun that names no one is read through the name its apposition gives ('endorsed his former rival, Joe Biden')."""
    if token.pos_ == "NOUN":
        return _renamed(token, ctx, on)
    if token.pos_ != "PROPN":
        return []
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.ent_type_ not in ("DATE", "TIME") \
                and not list_member(token, child):
            found = [a for a in resolve_party(child, ctx, on) if a.code or a.igo]  # known, not a guessed country
            if found:
                return [_national(token, child, a) for a in found]  # "X, a Kenyan": one of its people
    return []


NAME_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")


def _renamed(noun: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'his former rival, Joe Biden', 'her deputy, Ana Torres': the name set off after a common noun says who it is.
    A name the entity recogniser missed ('his former rival, Han Duck-soo') counts when the knowledge base knows it."""
    for child in noun.children:
        named = child.ent_type_ in NAME_ENTITIES
        proper = child.pos_ == "PROPN" or (child.pos_ == "NOUN" and child.text[:1].isupper())  # 'Lee Myung-bak'
        if child.dep_ == "appos" and proper and (named or not child.ent_type_) \
                and not list_member(noun, child):
            found = [a for a in ctx.resolve_all(child, on) if a.code or (named and (a.country or a.igo))]
            if found:
                why = f"'{phrase_text(noun)}' renamed by the name set off after it"
                return [a.model_copy(update={"reason": f"{a.reason}; {why}" if a.reason else why}) for a in found]
    return []


def _national(person: Token, appos: Token, said: Actor) -> Actor:
    """The apposition's reading, named as the person; a nationality alone is one of that country's people."""
    found = national(appos, said)
    if found is said:
        return said
    why = f"a person the knowledge base does not know, described as '{phrase_text(appos)}': {found.reason}"
    return found.model_copy(update={"name": phrase_text(person), "reason": why})


def _members(token: Token) -> list[Token]:
    """The parties a member head's of/from complement names, when it names several (or a counterpart's;
    'met counterparts from France, Spain and Iran' with 'from' hung on the verb)."""
    lemma, nouns = token.lemma_.lower(), group_nouns()
    if lemma not in nouns.member_heads:  # "the leaders of Brazil, Argentina and Chile"
        return []
    counterpart, spokes = lemma in nouns.counterparts, lemma in spokes_words()  # "a spokesman for the PMF"
    preps = list(token.children)
    if counterpart and token.dep_ in ("dobj", "pobj"):
        verb = token.head if token.dep_ == "dobj" else token.head.head
        preps += [c for c in verb.children if c.i > token.i]
    for prep in preps:
        if prep.dep_ == "prep" and (prep.lower_ in ("of", "from") or (prep.lower_ == "for" and spokes)):
            pobj = next((g for g in children_with(prep, ("pobj",))), None)
            if pobj is None:
                continue
            members = conjuncts(pobj)
            if len(members) > 1 or counterpart or spokes:
                return members
    return _sent_from(token, nouns.visitor_nouns)


def _sent_from(token: Token, visitors: frozenset[str]) -> list[Token]:
    """'received a delegation from Romania', 'met officials from Qatar': the parser hangs the 'from' of a visitor
    noun (``visitor_nouns``) that is the verb's object on the verb itself; the name there says whose people they
    are. Only a name of a country or a body right after the object (not 'officials from captivity')."""
    if token.lemma_.lower() not in visitors or token.dep_ != "dobj" or has_child(token, ("poss",)):
        return []
    after = [c for c in token.head.children
             if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.right_edge.i + 1]
    pobj = next((g for prep in after for g in children_with(prep, ("pobj",))), None)
    if pobj is None or pobj.ent_type_ not in ("GPE", "ORG", "NORP"):
        return []
    return conjuncts(pobj)


def _head_agent(token: Token, ctx: DocumentContext, on: dt.date | None) -> str | None:
    """The sector the head noun names on its own ('foreign ministers' -> GOV, 'army chiefs' -> MIL)."""
    words = [t.text for t in phrase_span(token) if t.dep_ != "poss" and t.pos_ != "DET"]
    found = ctx.kb.resolve_phrase(" ".join(words), on) if words else None
    return found.actor.agent if found is not None and not found.actor.country else None


def first_targets(trigger: Trigger, lexicon: Lexicon, ctx: DocumentContext, on: dt.date | None,
                  sources: list[Actor]) -> Targets:
    """The targets of the first argument slot that names an actor. A slot that is an event noun names no
    target through its modifiers ('reached agreement on a Russia-brokered truce': Russia is no party),
    only through its owner ('condemned Russia's invasion'); a pronoun that refers back to the source is no
    target; 'each other' is reciprocal (the coordinated subject acts on itself pairwise)."""
    denials = lexicon.cue("denial_verbs")
    partner = sources[0] if sources else None
    giving = trigger.type in lexicon.recipient_over_object and not trigger.noun \
        and trigger.verb.lemma_.lower() not in argument_words().guest_verbs  # "invited Putin to Berlin": the guest
    groups = _taken_from(trigger, lexicon) + sorted(
        target_groups(trigger, denials, frozenset(lexicon.nouns)),
        key=lambda g: (own_possession(g[0]), not (giving and _recipient(g[0], trigger))))
    # "launched 80 drones at Ukraine", "fired tank shells into the town": the weapons fired are no target while
    # another slot tells where they went, even a slot that names no actor; alone ("shot down 40 drones") they are
    weapons = argument_words().weapon_nouns
    aimed = [g for g in groups if not _weapons(g, weapons)]
    groups = aimed or groups
    for group in groups:
        if any(_reciprocal(t) for t in group):
            return Targets(reciprocal=True)
        actors: list[Actor] = []
        for token in group:
            if civilian_site(trigger, token):
                continue  # "carried out an attack on a Kabul mosque": its people (place_target), not Kabul
            found = _event_noun_owner(token, ctx, on) if _event_noun(token, lexicon) \
                and federal_states(token, ctx.home) is None else resolve_party(token, ctx, on, partner)  # "states"
            found = _of_owner(token, ctx, on) or found if kind_only(token, found) else found
            if owned_by_source(token, ctx, on, sources):
                continue  # "Nigeria seized a ship owned by the Nigerian government": its own
            found = owner_actors(token, ctx, on, sources) or found  # "a tanker owned by a Greek company": the company
            if not found and _event_noun(token, lexicon):
                found = _compound_doer(token, ctx, on)  # "attacked a police patrol": the police
            if _hearing_body(token, trigger, found):
                continue
            actors.extend(a for a in found if identified(a) and a not in actors
                          and not _refers_back(token, trigger, a, sources))
        if actors:
            return Targets(actors)
    return Targets()


def kind_only(token: Token, found: list[Actor]) -> bool:
    """'overturned the criminal convictions of two activists': a thing whose only actor reading comes from an
    adjective on it ('criminal', the sector of criminals) says what kind of thing it is; it names no one."""
    adjectives = {c.lower_ for c in children_with(token, ("amod",)) if c.pos_ == "ADJ"}
    return token.pos_ == "NOUN" and bool(found) and bool(adjectives) \
        and all(a.agent and {w.lower() for w in a.name.split()} <= adjectives for a in found)


def _of_owner(token: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """The parties the of-complement of such a thing names ('the convictions of two activists': the activists)."""
    return [a for prep in children_with(token, ("prep",)) if prep.lower_ == "of"
            for pobj in children_with(prep, ("pobj",)) for m in conjuncts(pobj)
            for a in ctx.resolve_all(m, on) if identified(a) and (a.country or a.igo or a.code)]


def _taken_from(trigger: Trigger, lexicon: Lexicon) -> list[list[Token]]:
    """'recaptured the town from the rebels', 'it was recaptured from the Houthis': whom a taking verb takes
    from comes before its object (the town is what is taken); first choice, not the only one."""
    if trigger.noun or trigger.verb.lemma_.lower() not in lexicon.taken_from_over_object:
        return []
    return [conjuncts(pobj) for prep in children_with(trigger.verb, ("prep",)) if prep.lower_ == "from"
            for pobj in children_with(prep, ("pobj",))]


def _recipient(token: Token, trigger: Trigger) -> bool:
    """'gave Macedonia photographs', 'provided photographs to Macedonia': who receives what the verb gives, also
    when the parser hangs the to-phrase on the object ('extradited former president Alberto Fujimori to Peru')."""
    if token.dep_ == "dative" and token.pos_ != "ADP":
        return token.head.i == trigger.verb.i
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to":
        return False
    return prep.head.i == trigger.verb.i or (prep.head.dep_ == "dobj" and prep.head.head.i == trigger.verb.i)


def _refers_back(token: Token, trigger: Trigger, actor: Actor, sources: list[Actor]) -> bool:
    """A pronoun for the source itself is no target, nor a name of the source's own that owns a thing ('Iran
    reached an agreement to curb Tehran's nuclear program': its own program); nor is the subject of an announced
    act on the source's own side ('warned that Minsk would respond': Minsk will act, it is not threatened)."""
    if token.pos_ == "PRON":
        return any(same_actor(actor, s) for s in sources)
    if _read_from_owner(token, actor):  # the source is still a bare country here ('Iran': IRN, not yet IRNGOV)
        return any(actor.country and actor.country == s.country and {actor.agent, s.agent} <= {None, "GOV"}
                   for s in sources)
    clause = token.head
    announced = trigger.type in ANNOUNCING_TYPES and token.dep_ in ("nsubj", "nsubjpass") \
        and clause.head.i == trigger.verb.i and clause.dep_ in ("ccomp", "xcomp")
    return announced and any(same_side(actor, s) for s in sources)


def _read_from_owner(token: Token, actor: Actor) -> bool:
    """The actor is the thing's owner: the token is a possessor, or its own possessor named the actor ('Tehran's
    nuclear program' read as the government in Tehran)."""
    if token.dep_ == "poss":
        return True
    owner = next((c for c in children_with(token, ("poss",)) if c.pos_ == "PROPN"), None)
    return owner is not None and actor.name.startswith(owner.text)


def _weapons(group: list[Token], weapons: frozenset[str]) -> bool:
    """A slot of weapon nouns only ('drones and two ballistic missiles')."""
    return all(t.lemma_.lower() in weapons for t in group)


def _reciprocal(token: Token) -> bool:
    """'each other', 'one another', and 'each other's diplomats'."""
    if token.lower_ in RECIPROCALS and any(c.lower_ in ("each", "one") for c in token.children):
        return True
    return any(c.dep_ == "poss" and _reciprocal(c) for c in token.children)


def _event_noun(token: Token, lexicon: Lexicon) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in lexicon.nouns or lemma in lexicon.reference_nouns)


def _event_noun_owner(token: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'Russia's invasion', 'the Israeli strikes': the one whose event it is, named by the noun's own nominal
    modifiers; a participle's argument ('a Russia-brokered truce') or a topic the knowledge base does not
    read with the noun ('a Brexit deal') names no one, nor does a kind word capitalised only because it opens
    the sentence ('Military ties with Lebanon were suspended')."""
    named: list[Token] = []
    for child in token.lefts:
        if child.dep_ in OWNER_DEPS and child.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
            named.extend(token.doc[child.left_edge.i : child.i + 1])
    if not any(t.text[:1].isupper() and (t.i != t.sent.start or t.pos_ == "PROPN" or t.ent_type_) for t in named):
        return []
    words = [t.text for t in named]
    found = ctx.kb.resolve_phrase(" ".join([*words, token.text]), on)
    return [found.actor] if found is not None else []


def _compound_doer(token: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'ambushed an army patrol', 'condemned the police crackdown': a common noun that names a sector, set before
    an event noun, says whose act it is (a proper name does so already: ``_event_noun_owner``); before a relation
    noun it says what kind of relation ('halted police cooperation with Seoul': no police party)."""
    if token.lemma_.lower() in argument_words().relation_nouns:
        return []
    return [a for child in token.lefts if child.dep_ == "compound" and child.pos_ == "NOUN"
            and child.lower_ == child.text for a in ctx.resolve_all(child, on) if a.agent and identified(a)]


def event_pairs(sources: list[Actor], targets: list[Actor], symmetric: bool,
                reciprocal: bool = False) -> list[tuple[Actor | None, Actor | None]]:
    """(source, target) pairs, one event each. Symmetric acts pair coordinated subjects among themselves
    when no one else is named ('Norway, Chile, and Peru met'), and come once per unordered pair; 'accused
    each other' gives each subject toward each other one."""
    if len(sources) > 1 and (reciprocal or (symmetric and not targets)):
        among = _among(sources)
        return among if symmetric else among + [(t, s) for s, t in among]
    if symmetric and not sources and len(targets) > 1:  # "talks between Serbia and Kosovo resumed"
        return _among(targets)
    pairs: list[tuple[Actor | None, Actor | None]] = []
    seen: set[frozenset[str | None] | tuple[str | None, str | None]] = set()
    for source in sources or [None]:
        for target in targets or [None]:
            if source is None and target is None:
                continue
            key = (actor_key(source), actor_key(target))
            unique = frozenset(key) if symmetric else key
            if unique not in seen:
                seen.add(unique)
                pairs.append((source, target))
    return pairs


def _among(parties: list[Actor]) -> list[tuple[Actor | None, Actor | None]]:
    """Every unordered pair of up to three named parties; beyond that each pairs with the first named. Two people
    of one code are two parties ('Kiir and Machar were meeting': both SSDGOV)."""
    unique: list[Actor] = []
    for party in parties:
        if not any(actor_key(party) == actor_key(u) and not distinct_people(party, u) for u in unique):
            unique.append(party)
    if len(unique) < 2:
        return [(unique[0], None)] if unique else []
    if len(unique) > MAX_PARTIES:
        return [(unique[0], other) for other in unique[1:]]
    return list(combinations(unique, 2))


GRIEVANCE_TYPES = {"ACCUSE", "PROTEST"}  # a complaint about an act is aimed at whoever did it
GRIEVANCE_PREPS = ("over", "about")
LODGED_PREPS = ("with", "to")  # "lodged a complaint with the UN", "sent a protest note to the Security Council"
HEARING_AGENTS = {"JUD", "COP"}  # a court or the police a complaint is filed with


def _hearing_body(token: Token, trigger: Trigger, found: list[Actor]) -> bool:
    """'lodged a complaint with the United Nations', 'filed a protest with the Security Council': the body a
    complaint (a noun) is lodged with only hears it; it is not the one complained of. A state it is lodged with
    is ('lodged a protest with Turkey'): that state is told of the grievance."""
    return lodged_with(token, trigger) and bool(found) and all(hearing_body(a) for a in found)


def lodged_with(token: Token, trigger: Trigger) -> bool:
    """Whether ``token`` is the object of with/to after an accusing noun ('a complaint with the UN')."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    return trigger.noun and trigger.type == "ACCUSE" and head.dep_ == "pobj" and head.head.lower_ in LODGED_PREPS


def hearing_body(actor: Actor) -> bool:
    """An international body, a court or the police: one that hears complaints."""
    return bool(actor.igo) or actor.agent in HEARING_AGENTS


def grievance_owners(trigger: Trigger, lexicon: Lexicon, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    """'complained to the UN over Israeli air raids', 'protested about Russia's strikes', 'lodged a complaint with
    the UN over Russia's annexation': a complaint that names no one else is aimed at the one whose act it is about
    (the owner of the event noun after over/about, on the verb or on an accusing noun)."""
    if trigger.type not in GRIEVANCE_TYPES or (trigger.noun and trigger.type != "ACCUSE"):
        return []
    heads = [trigger.verb, trigger.word] if trigger.noun else [trigger.verb]
    if trigger.noun:  # "with the UN over Russia's annexation": the parser hangs the grievance on the body
        heads += [g for h in heads[:] for p in children_with(h, ("prep",)) if p.lower_ in LODGED_PREPS
                  for g in children_with(p, ("pobj",))]
    out: list[Actor] = []
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in GRIEVANCE_PREPS:
            continue
        for pobj in (g for g in children_with(prep, ("pobj",)) if _event_noun(g, lexicon)):
            out.extend(a for a in _event_noun_owner(pobj, ctx, on) if identified(a) and a not in out)
    return out

"""Where an event happened: a place named in the event's own clause after a locative preposition.

"evacuated its embassy staff from Kyiv" -> Kyiv; "conducted exercises in Belarus" -> Belarus;
"troops along the Ukrainian border" -> the Ukrainian border (country UKR, no point coordinates).
A place that is an actor of the event ("Kyiv said") is not its location.
The places a sentence names, known to the gazetteer or not, are read in ``coding.place_names``; this module picks
the one attached to the trigger.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.capitals import capital_city, country_capital
from seismo.coding.clauses import in_event_phrase, same_time_clauses
from seismo.coding.doc_memo import memo
from seismo.coding.doc_words import children_with, doc_words, has_child, tagged
from seismo.coding.grounds import (
    COUNTRY_NOUNS,
    SURFACES,
    across_the_country,
    border_location,
    ground_location,
    on_a_place,
)
from seismo.coding.group_nouns import group_nouns
from seismo.coding.lexicon import dictionary, word_list, word_sets
from seismo.coding.object_places import read_as_place
from seismo.coding.outposts import hosted_at, owns_outpost
from seismo.coding.place_names import (
    PLACE_ENTS,
    STATIC_LOCATIVE,
    known_places,
    unknown_in,
)
from seismo.coding.seats import seat_location, seat_token
from seismo.coding.struck_sides import STRUCK_PREPS
from seismo.coding.word_tables import argument_words, place_nouns
from seismo.models import Actor, Location

if TYPE_CHECKING:
    from seismo.coding.events import Trigger
    from seismo.kb import KnowledgeBase


LOCATIVE = {"in", "near", "along", "at", "from", "into", "across", "outside", "inside", "to", "around",
            "toward", "towards", "off", "within", "throughout", "over", "through"}


# where a thing goes or comes from, not where it is
DIRECTIONAL = frozenset({"to", "into", "toward", "towards", "from"})


# a moving phrase whose place noun holds a nested 'in X' ('rammed into a base in X'); not 'over' (a topic)
INNER_LOCATIVE = LOCATIVE - {"over"}


# verbal cooperation and verbal conflict (types.yaml): what is said, not done
VERBAL_QUADS = frozenset({1, 3})


# governments, legislatures, courts and police act in their own country when they act on no foreign party
HOME_SECTORS = {"GOV", "LEG", "JUD", "COP"}


def _owned_by(token: Token, trigger: Trigger, heads: set[int]) -> bool:
    """True when the nearest event/report clause above ``token`` is this trigger's."""
    owners = {trigger.verb.i, trigger.word.i}
    current = token.head
    for _ in range(40):
        if current.i in owners:
            return True
        told_here = in_event_phrase(current, owners) or _attack_object(current, trigger, owners) \
            or _occasion_of(current, owners)
        if (current.i in heads and not told_here) or current.head.i == current.i:
            return False
        current = current.head
    return False


def _occasion_of(noun: Token, owners: set[int]) -> bool:
    """'met Trump at the summit in Osaka', 'signed the accord during talks in Doha', 'met Abe on the sidelines of the
    summit in Biarritz': a gathering (``occasion_nouns``) in an at/during phrase of the act, or on its edges, is
    where the act was done, so a place on it is the act's, though the gathering is an event noun of its own."""
    table = place_nouns()
    if noun.lemma_.lower() not in table.occasion_nouns and noun.lower_ not in table.occasion_nouns:
        return False
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in table.occasion_edges:
        noun, prep = prep.head, prep.head.head  # "on the sidelines of the summit"
    return noun.dep_ == "pobj" and prep.lower_ in ("at", "during", "on", "in") and prep.head.i in owners


def _attack_object(noun: Token, trigger: Trigger, owners: set[int]) -> bool:
    """'launched air strikes on Idlib, killing 12 people': the attack a light verb's object names is the clause's
    own, so an attack told in the same clause or a participle of it ('killing') is placed by its phrases; so is
    the attack that is the killing's subject ('an air strike on Gaza killed three militants')."""
    return trigger.type == "ASSAULT" and noun.dep_ in ("dobj", "nsubj") and noun.head.i in owners


# facilities that stand for someone, and natural features: all other facility nouns stand for no one, so
# "Baghdad International Airport" is a place, not the government in Baghdad ("the Ivory Coast" is a country)
NOT_PUBLIC = frozenset({"embassy", "consulate", "parliament", "office", "headquarters", "palace", "compound",
                        "building", "coast", "river", "valley", "island", "mountain", "desert", "sea", "gulf"})


# a place as the object: "shelled Kharkiv" is where the attack hit, "troops left Iraq" where they pulled out of
PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "RETREAT"})


def _locative(token: Token, trigger: Trigger, known: Location | None = None) -> bool:
    """A place in a locative phrase of the event clause: 'in X', 'near X', 'the city of X' as object. ``known``: the
    gazetteer's place the token names, an attack's object place whatever the entity recogniser reads in it
    (``read_as_place``)."""
    anchors = {trigger.verb.i, trigger.word.i}
    current = token
    for _ in range(6):
        head = current.head
        if current.dep_ == "pobj" and head.dep_ == "prep":
            if (head.lower_ in LOCATIVE or on_a_place(head) or _hit_on(head, trigger, anchors)) \
                    and not _where_it_goes(head, trigger, anchors) \
                    and _attached(head.head, anchors, trigger.type == "ASSAULT"):
                return True
            if head.lower_ in STATIC_LOCATIVE and (_set_off(head) or _person_name(head.head)) \
                    and _argument_of(head.head, anchors):
                return True  # "met with Khalilzad, a US envoy, in Qatar", "held talks with Starmer in Leeds"
            if head.lower_ == "of" and head.head.lemma_.lower() in place_nouns().settlement_nouns | SURFACES:
                current = head.head  # "the city of Kharkiv", "the streets of Minsk": look at how "city" attaches
                continue
            return False
        if current.dep_ in ("dobj", "nsubjpass") and head.i in anchors and (trigger.type in PLACE_OBJECT_TYPES
                                                                           or _visit_verb(current, head, trigger)):
            return current.lemma_.lower() in place_nouns().any_place or current.ent_type_ in PLACE_ENTS \
                or (known is not None and read_as_place(current, known))
        if current.dep_ in ("poss", "compound", "amod") and (_names_a_thing(head) or _named_by_of(head)):
            return False  # "fired at US troops", "the Red Sea port town of Mokha": it describes, not places
        if current.dep_ in ("poss", "compound", "amod", "appos", "conj") and head.i != current.i:
            current = head
            continue
        return False
    return False


def _visit_verb(place: Token, verb: Token, trigger: Trigger) -> bool:
    """'Abe visited Beijing', 'the envoy toured Kabul': a place a visit verb takes as its object is where the visit
    happened, as the goal of 'a visit to Beijing' is (``_where_it_goes``); only visit and tour, since 'hosted X'
    names a guest and 'left X' a place quitted. Not one of several places ('will visit Mauritania and Senegal'):
    the trip's stops are each a visit of their own, and one place serves every pair the clause makes."""
    return trigger.type == "CONSULT" and verb.lemma_.lower() in place_nouns().trip_nouns \
        and not has_child(place, ("conj",))


def _hit_on(prep: Token, trigger: Trigger, anchors: set[int]) -> bool:
    """'air strikes on Idlib', 'a raid on a Syrian village', 'fired missiles on Riyadh', 'killed in an attack on
    Turin': the place an attack or a raid is made on, named on the act itself or its in-phrase, is where it hit
    (as 'shelled Kharkiv' is); 'on' elsewhere names a topic or a target that is no place ('talks on trade',
    'sanctions on Russia')."""
    if prep.lower_ not in ("on", "against") \
            or not (trigger.type == "ASSAULT" or (trigger.type == "COERCE" and trigger.mode == "seize")):
        return False
    act = prep.head  # the act itself, or the attack of its in-phrase ("killed in a mortar attack on Turin")
    if _circumstance(act):
        return act.i != trigger.word.i and act.head.head.i in anchors  # the attack noun there is the killing's
    return act.i in anchors or (act.dep_ in ("dobj", "nsubj") and act.head.i in anchors)
    # "carried out a raid on X, killing"; "an air strike on Gaza killed three militants": the killing's place


def _circumstance(noun: Token) -> bool:
    """'killed in a mortar attack on Turin': an act noun in an in/during phrase, the circumstance of its clause's
    act, whose place is that act's (the noun's own mention stays apart from it, ``references``)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during")


def _where_it_goes(prep: Token, trigger: Trigger, anchors: set[int]) -> bool:
    """'opposed the US arms sale to Taiwan', 'condemned the withdrawal of troops from Syria': a place a thing the
    verbal act is about goes to or comes from is no place of the act (said wherever it was said); a trip's goal
    is where its traveller is ('met Erdogan during a visit to Ankara')."""
    return (prep.lower_ in DIRECTIONAL and prep.head.i not in anchors and trigger.type in verbal_types()
            and prep.head.lemma_.lower() not in place_nouns().trip_nouns) or _sender(prep)


def _sender(prep: Token) -> bool:
    """'received a delegation from Romania', 'met envoys from Qatar': a 'from' the parser hangs on the verb right
    after a visitor noun object (``visitor_nouns``) says whose people they are (coding/parties.py), not where they
    met."""
    if prep.lower_ != "from":
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i and c.lemma_.lower() in group_nouns().visitor_nouns
               and not has_child(c, ("poss",)) for c in prep.head.children)


@lru_cache(maxsize=1)
def verbal_types() -> frozenset[str]:
    """The types of verbal cooperation and verbal conflict (quads 1 and 3 in ``dictionaries/types.yaml``)."""
    return frozenset(name for name, row in dictionary("types.yaml").items()
                     if isinstance(row, dict) and row.get("quad") in VERBAL_QUADS)


def _set_off(prep: Token) -> bool:
    """A phrase after a comma closes the noun it hangs from: it belongs to the clause."""
    return prep.i > 0 and prep.doc[prep.i - 1].text == ","


def _person_name(noun: Token) -> bool:
    """A person's name, which a place phrase after it does not describe (unlike 'the ambassador in Kyiv')."""
    return noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON"


def _argument_of(noun: Token, anchors: set[int]) -> bool:
    """The object of the event's verb or of one of its prepositions ('met with Khalilzad')."""
    if noun.dep_ == "dobj":
        return noun.head.i in anchors
    return noun.dep_ == "pobj" and noun.head.head.i in anchors


def _place_noun(token: Token) -> bool:
    return token.lemma_.lower() in place_nouns().any_place or token.ent_type_ in PLACE_ENTS


def _names_a_thing(head: Token) -> bool:
    """A common noun that is not a place ('troops', 'ministry'): its place modifier only describes it."""
    return head.pos_ == "NOUN" and head.lemma_.lower() not in place_nouns().any_place \
        and head.ent_type_ not in PLACE_ENTS


def _named_by_of(head: Token) -> bool:
    """'the Red Sea port town of Mokha', 'the Black Sea port of Odesa': a settlement noun whose of-phrase names
    it; a place word modifying it only describes it (the of-phrase is the place)."""
    return head.lemma_.lower() in place_nouns().settlement_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in head.children)


def _attached(attach: Token, anchors: set[int], attack: bool = False) -> bool:
    """The preposition hangs off the event clause itself, off its object/subject, or off the noun of an in/during
    phrase of the clause ("killed in an airstrike near Baghdad")."""
    if in_event_phrase(attach, anchors) or _occasion_of(attach, anchors):
        return attach.pos_ == "NOUN"
    if attach.dep_ == "pobj" and attach.head.head.i != attach.i and attach.head.head.i in anchors and (
            attach.head.lower_ in STATIC_LOCATIVE or (attach.head.lower_ in INNER_LOCATIVE and _place_noun(attach))):
        return True  # "shot shoppers at a store in El Paso", "rammed into a base in Maidan Shahr": inside its place
    if attach.dep_ == "pobj" and attach.head.head.i in anchors and (attach.head.dep_ == "agent" or (
            attack and attach.head.lower_ in ("on", "against"))):
        return True  # "killed by US forces in Pakistan", "attacks on bases in Iraq": where the parties were
    if attack and (_aimed_at(attach, anchors) or _aim_participle(attach, anchors)):
        return True  # "fired shells at a loudspeaker in South Korea": where what it fired at stood
    return attach.i in anchors or (attach.dep_ in ("dobj", "nsubjpass", "nsubj") and attach.head.i in anchors)


def _aimed_at(noun: Token, anchors: set[int]) -> bool:
    """'fired shells at a loudspeaker in South Korea', 'launched rockets into a village in Lebanon': the thing an
    attack's missile was aimed at, when the parser hangs the aim on the missile (the verb's object); a place inside
    it is where the attack hit, as one inside the attack's own object is."""
    prep = noun.head
    missile = prep.head
    return noun.dep_ == "pobj" and prep.lower_ in STRUCK_PREPS and missile.dep_ == "dobj" \
        and missile.head.i in anchors and missile.i != noun.i


# participles that name what an attack's missile was aimed at ("launched missiles targeting US troops in ...")
AIM_PARTICIPLES = frozenset({"target", "aim", "direct"})


def _aim_participle(verb: Token, anchors: set[int]) -> bool:
    """'launched missiles targeting US troops in Iraqi military bases': a participle on the attack's object that
    names its aim carries the place the aim stood in, as 'fired missiles at US troops in ...' does; so does the
    aim itself, whichever word the parser hangs the place on ('fired rockets aimed at US soldiers in Iraqi bases')."""
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head
    elif verb.dep_ == "dobj":
        verb = verb.head
    missile = verb.head
    return verb.dep_ == "acl" and verb.lemma_.lower() in AIM_PARTICIPLES and missile.dep_ == "dobj" \
        and missile.head.i in anchors and missile.i != verb.i


def event_location(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase,
                   home: str | None = None) -> Location | None:
    """The first place in the trigger's clause that follows a locative preposition, else in a clause that
    happens at the same time ("the Court of Session in Scotland issued an opinion, finding ...")."""
    clauses = same_time_clauses(trigger.verb, coordinated=False)
    for anchor in [trigger, *(replace(trigger, verb=v, word=v) for v in clauses)]:
        found = _clause_location(anchor, sent, heads, kb, home)
        if found is not None:
            return found
    return _conjunct_place(trigger, sent, heads, kb, home) or _later_conjunct_place(trigger, sent, heads, kb, home)


def _later_conjunct_place(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase,
                          home: str | None) -> Location | None:
    """'Protesters set fire to tyres and blocked the highway into Caracas': a verb with no place of its own shares
    the place of an event verb joined to it that has no subject of its own (one crowd, one scene), unless the verb
    names a scene of its own that the gazetteer does not know ('kidnapped advisers from a town bazaar and exploded
    bombs in Kabul') or the joined verb's place is a goal ('attacked the convoy and withdrew into Chad', 'deny entry
    to the United States')."""
    verb = trigger.verb
    own_scene = place_nouns().own_scene_preps
    if trigger.word.i != verb.i or any(c.dep_ == "prep" and c.lower_ in own_scene for c in verb.children):
        return None
    for conj in (c for c in children_with(verb, ("conj",)) if c.pos_ == "VERB" and c.i in heads):
        if has_child(conj, ("nsubj", "nsubjpass")) or _moves_to(conj):
            continue
        found = _clause_location(replace(trigger, verb=conj, word=conj), sent, heads, kb, home)
        if found is not None:
            return found
    return None


def _moves_to(verb: Token) -> bool:
    """A directional phrase on the verb, unless it follows a path noun its object names: a goal of motion ('withdrew
    into Chad', 'deny entry to the United States'), not a path ('blocked the highway into Caracas')."""
    path = any(d.dep_ == "dobj" and d.lemma_.lower() in place_nouns().path_nouns for d in verb.children)
    return not path and any(c.dep_ == "prep" and c.lower_ in DIRECTIONAL for c in verb.children)


def _conjunct_place(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase,
                    home: str | None) -> Location | None:
    """'met Sisi in Cairo and promised $5 billion', 'flew to Brussels and urged NATO ...': a verb joined to an earlier
    one, with no subject and no place of its own, happened where the earlier one did (an in/at place or a trip's
    goal: not 'belonged to Kenya and was seized')."""
    verb, earlier = trigger.verb, trigger.verb.head  # the earlier one's event word may be its object ('held talks')
    if trigger.word.i != verb.i or verb.dep_ != "conj" or earlier.pos_ != "VERB" \
            or has_child(verb, ("nsubj", "nsubjpass")) \
            or not any(t.dep_ == "prep" and (t.lower_ in STATIC_LOCATIVE or _trip_goal(t, earlier))
                       for t in sent.doc[earlier.i : verb.i]):
        return None
    for word in [earlier, *(c for c in earlier.children if c.i in heads and c.i < verb.i)]:
        found = _clause_location(replace(trigger, verb=earlier, word=word), sent, heads, kb, home)
        if found is not None:
            return found
    return None


def judged_act(trigger: Trigger, verbal_acts: frozenset[int]) -> Trigger:
    """The anchor whose phrases place an event noun: 'the Syrian ambassador in London condemned the air strikes'
    names where the condemnation was, not the strikes; an act noun that a verbal act (a verb of quad 1 or 3 coded
    as an event of its own) is about is placed only by its own phrase. A light verb's places are the noun's
    ('carried out air strikes in Syria')."""
    if not trigger.noun or trigger.word.i == trigger.verb.i or trigger.verb.i not in verbal_acts:
        return trigger
    return replace(trigger, verb=trigger.word)


def _trip_goal(prep: Token, verb: Token) -> bool:
    """'flew to Brussels and urged NATO to ...': the goal of a trip is where its traveller acts next."""
    words = argument_words()
    return prep.lower_ in ("to", "in") and prep.head.i == verb.i \
        and verb.lemma_.lower() in words.trip_verbs | words.arrival_verbs


def home_location(source: Actor | None, target: Actor | None, kb: KnowledgeBase,
                  act: tuple[str, str | None] = ("", None)) -> Location | None:
    """Where an event no phrase places happened, when its parties say so: both of one country (police arrested
    an opposition leader), a government, legislature, court or police acting on no foreign party ('declared a
    state of emergency'), or a state's own police, security service or court acting on anyone (``act``: the
    event's type and mode; ``enforced_at_home``). Named after the country, without coordinates (docs/coding.md)."""
    if source is None or not source.country or source.igo:
        return None
    domestic = target is not None and target.country == source.country and not target.igo
    if domestic or ((target is None or not target.country) and source.agent in HOME_SECTORS) \
            or enforced_at_home(source, *act):
        return Location(name=kb.country_name(source.country), country=source.country)
    return None


@word_list
def home_enforcers() -> frozenset[tuple[str, str | None, str | None]]:
    """``home_enforcers`` of ``dictionaries/placement.yaml`` as (sector, type or None, mode or None): who acts
    at home, and in which acts only."""
    rules = set()
    for entry in word_sets("placement.yaml", ("home_enforcers",))[1][0]:
        sector, *rest = entry.split()
        rules.add((sector.upper(), rest[0].upper() if rest else None, rest[1].lower() if len(rest) > 1 else None))
    return frozenset(rules)


def enforced_at_home(source: Actor, type_: str, mode: str | None) -> bool:
    """'The Belarusian KGB arrested 33 Russian citizens', 'a Russian court sentenced an American': a state's own
    police, security service or court acts in its own country even on foreigners (never an army: 'Israeli troops
    arrested 15 Palestinians' may be anywhere it holds)."""
    if not source.agent or not type_:
        return False
    return any(sector == source.agent and only_type in (None, type_) and only_mode in (None, mode)
               for sector, only_type, only_mode in home_enforcers())


def _clause_location(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase,
                     home: str | None) -> Location | None:
    doc = sent.doc
    known = known_places(sent, kb)
    found = [(place.start, place.location) for place in known if not place.inside
             and _locative(doc[place.root], trigger, place.location) and _owned_by(doc[place.root], trigger, heads)
             and not owns_outpost(doc[place.root], place.location, kb)]  # "the US embassy in Jakarta"
    found += [(i, location) for i, location in unknown_in(sent, known, kb, home, False)
              if _locative(doc[i], trigger) and _owned_by(doc[i], trigger, heads)]
    named = [(i, location) for i, location in unknown_in(sent, known, kb, home, True)
             if (i, location) not in found and _locative(doc[i], trigger) and _owned_by(doc[i], trigger, heads)]
    if named and all(_part_of_name(doc[i], named) for i, _ in found):
        found = named  # a name only the entity recogniser calls a place fills a gap: a known place comes first
    places = [country_capital(doc[i], location, kb) for i, location in sorted(found, key=lambda f: f[0])]
    if places:  # "in the U.S. border city of El Paso": the city, not its country
        whole = kb.country_name(places[0].country or "")
        return next((f for f in places[1:] if places[0].name == whole and f.country == places[0].country), places[0])
    for i in memo(doc, ("border_or_capital", sent.start, sent.end), lambda: _border_or_capital(sent)):
        token = doc[i]  # only a border noun or "capital" can place it: asked first, being cheap
        if _locative(token, trigger) and _owned_by(token, trigger, heads):
            border = border_location(token, kb) or ground_location(token, kb) or hosted_at(token, kb) \
                or across_the_country(token, kb, home)
            if border is not None:
                return border
            if (city := capital_city(token, kb, home)) is not None:
                return city  # "in the Brazilian capital", "in the capital": Brasília, the story country's
            if token.lemma_.lower() == "capital" and home and not has_child(token, ("poss",)):
                return Location(name="the capital", country=home)  # "the provincial capital": somewhere in it
    seats = (t for t in tagged(sent, ("PROPN",)) if seat_token(t, trigger.type))  # "at the Kremlin": Moscow
    anchors = {trigger.verb.i, trigger.word.i}  # "talks with French diplomats at Downing Street": hung on them
    return next((seat_location(t, kb) for t in seats if (_locative(t, trigger) or _argument_of(t.head.head, anchors))
                 and _owned_by(t, trigger, heads)), None)


def _part_of_name(token: Token, named: list[tuple[int, Location]]) -> bool:
    """'Afghanistan's Maidan Wardak province': a known country that owns or modifies an unknown name is part of it;
    'the Nad Ali district of Helmand province': a known place that says which region holds it, too."""
    named_at = {i for i, _ in named}
    if token.dep_ in ("poss", "compound", "amod") and token.head.i in named_at:
        return True
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i in named_at


def _border_or_capital(sent: Span) -> list[int]:
    border, posts = place_nouns().border_nouns | place_nouns().ground_nouns | COUNTRY_NOUNS, place_nouns().host_posts
    words = doc_words(sent.doc)
    return [i for i in range(sent.start, sent.end) if (lemma := words.lemma[i]) in border or lemma == "capital"
            or (lemma == "basis" and sent.doc[i].lower_ in posts) or lemma in posts]


def facility_of_place(token: Token) -> bool:
    """'the Kabul airport', 'Baghdad International Airport', 'the Jolo Cathedral': a public facility named after
    its place is where something happens, never an actor (the capital in it does not stand for a government)."""
    lemma = token.lemma_.lower()
    return lemma in place_nouns().facility_nouns and lemma not in NOT_PUBLIC and any(
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in PLACE_ENTS for c in token.children)

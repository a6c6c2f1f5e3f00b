"""Where an event happened: a place named in the event's own clause after a locative preposition.

"evacuated its embassy staff from Kyiv" -> Kyiv; "conducted exercises in Belarus" -> Belarus;
"troops along the Ukrainian border" -> the Ukrainian border (country UKR, no point coordinates).
A place that is an actor of the event ("Kyiv said") is not its location.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.capitals import capital_city, country_capital
from seismo.coding.clauses import in_event_phrase, same_time_clauses
from seismo.coding.doc_memo import memo, span_text
from seismo.coding.doc_words import doc_words
from seismo.coding.grounds import (
    COUNTRY_NOUNS,
    SURFACES,
    across_the_country,
    border_location,
    ground_location,
    on_a_place,
)
from seismo.coding.object_places import begins_facility, entity_end, read_as_place
from seismo.coding.outposts import owns_outpost
from seismo.coding.phrases import name_tail, phrase_text
from seismo.coding.seats import seat_location, seat_token
from seismo.coding.word_tables import place_nouns
from seismo.models import Actor, Location

if TYPE_CHECKING:
    from seismo.coding.events import Trigger
    from seismo.kb import KnowledgeBase

LOCATIVE = {"in", "near", "along", "at", "from", "into", "across", "outside", "inside", "to", "around",
            "toward", "towards", "off", "within", "throughout", "over", "through"}
STATIC_LOCATIVE = {"in", "at", "near", "outside", "inside"}  # where, not whither: a place can sit inside them
# a moving phrase whose place noun holds a nested 'in X' ('rammed into a base in X'); not 'over' (a topic)
INNER_LOCATIVE = LOCATIVE - {"over"}
# governments, legislatures, courts and police act in their own country when they act on no foreign party
HOME_SECTORS = {"GOV", "LEG", "JUD", "COP"}


def _owned_by(token: Token, trigger: Trigger, heads: set[int]) -> bool:
    """True when the nearest event/report clause above ``token`` is this trigger's."""
    owners = {trigger.verb.i, trigger.word.i}
    current = token.head
    for _ in range(40):
        if current.i in owners:
            return True
        if (current.i in heads and not in_event_phrase(current, owners)) or current.head.i == current.i:
            return False
        current = current.head
    return False


# facilities that stand for someone, and natural features: all other facility nouns stand for no one, so
# "Baghdad International Airport" is a place, not the government in Baghdad ("the Ivory Coast" is a country)
NOT_PUBLIC = frozenset({"embassy", "consulate", "parliament", "office", "headquarters", "palace", "compound",
                        "building", "coast", "river", "valley", "island", "mountain", "desert", "sea", "gulf"})
PLACE_ENTS = ("GPE", "LOC", "FAC")
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
            if (head.lower_ in LOCATIVE or on_a_place(head)) \
                    and _attached(head.head, anchors, trigger.type == "ASSAULT"):
                return True
            if head.lower_ in STATIC_LOCATIVE and (_set_off(head) or _person_name(head.head)) \
                    and _argument_of(head.head, anchors):
                return True  # "met with Khalilzad, a US envoy, in Qatar", "held talks with Starmer in Leeds"
            if head.lower_ == "of" and head.head.lemma_.lower() in place_nouns().settlement_nouns | SURFACES:
                current = head.head  # "the city of Kharkiv", "the streets of Minsk": look at how "city" attaches
                continue
            return False
        if current.dep_ in ("dobj", "nsubjpass") and head.i in anchors and trigger.type in PLACE_OBJECT_TYPES:
            return current.lemma_.lower() in place_nouns().any_place or current.ent_type_ in PLACE_ENTS \
                or (known is not None and read_as_place(current, known))
        if current.dep_ in ("poss", "compound", "amod") and (_names_a_thing(head) or _named_by_of(head)):
            return False  # "fired at US troops", "the Red Sea port town of Mokha": it describes, not places
        if current.dep_ in ("poss", "compound", "amod", "appos", "conj") and head.i != current.i:
            current = head
            continue
        return False
    return False


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


def inside_name(span: Span) -> bool:
    """'the EU's Eastern Partnership programme': a place word that modifies a longer proper name
    (not a settlement noun: 'Kharkiv region') is part of that name, not a place."""
    root = span.root
    if root.dep_ != "compound" or root.head.i in range(span.start, span.end):
        return False
    head = root.head
    return head.pos_ == "PROPN" and head.lemma_.lower() not in place_nouns().any_place \
        and head.ent_type_ not in ("GPE", "LOC", "FAC")  # "the Jolo Cathedral" is in Jolo


def _attached(attach: Token, anchors: set[int], attack: bool = False) -> bool:
    """The preposition hangs off the event clause itself, off its object/subject, or off the noun of an in/during
    phrase of the clause ("killed in an airstrike near Baghdad")."""
    if in_event_phrase(attach, anchors):
        return attach.pos_ == "NOUN"
    if attach.dep_ == "pobj" and attach.head.head.i != attach.i and attach.head.head.i in anchors and (
            attach.head.lower_ in STATIC_LOCATIVE or (attach.head.lower_ in INNER_LOCATIVE and _place_noun(attach))):
        return True  # "shot shoppers at a store in El Paso", "rammed into a base in Maidan Shahr": inside its place
    if attach.dep_ == "pobj" and attach.head.head.i in anchors and (attach.head.dep_ == "agent" or (
            attack and attach.head.lower_ in ("on", "against"))):
        return True  # "killed by US forces in Pakistan", "attacks on bases in Iraq": where the parties were
    return attach.i in anchors or (attach.dep_ in ("dobj", "nsubjpass", "nsubj") and attach.head.i in anchors)


def event_location(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase,
                   home: str | None = None) -> Location | None:
    """The first place in the trigger's clause that follows a locative preposition, else in a clause that
    happens at the same time ("the Court of Session in Scotland issued an opinion, finding ...")."""
    clauses = same_time_clauses(trigger.verb, coordinated=False)
    for anchor in [trigger, *(replace(trigger, verb=v, word=v) for v in clauses)]:
        found = _clause_location(anchor, sent, heads, kb, home)
        if found is not None:
            return found
    return _conjunct_place(trigger, sent, heads, kb, home)


def _conjunct_place(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase,
                    home: str | None) -> Location | None:
    """'met Sisi in Cairo and promised $5 billion': a verb joined to an earlier one, with no subject and no
    place of its own, happened where the earlier one did (an in/at place: 'belonged to Kenya and was seized')."""
    verb, earlier = trigger.verb, trigger.verb.head  # the earlier one's event word may be its object ('held talks')
    if trigger.word.i != verb.i or verb.dep_ != "conj" or earlier.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(t.dep_ == "prep" and t.lower_ in STATIC_LOCATIVE for t in sent.doc[earlier.i : verb.i]):
        return None
    for word in [earlier, *(c for c in earlier.children if c.i in heads and c.i < verb.i)]:
        found = _clause_location(replace(trigger, verb=earlier, word=word), sent, heads, kb, home)
        if found is not None:
            return found
    return None


def home_location(source: Actor | None, target: Actor | None, kb: KnowledgeBase) -> Location | None:
    """Where an event no phrase places happened, when its parties say so: both of one country (police arrested
    an opposition leader), or a government, legislature, court or police acting on no foreign party ('declared a
    state of emergency'). Named after the country, without coordinates (docs/coding.md)."""
    if source is None or not source.country or source.igo:
        return None
    domestic = target is not None and target.country == source.country and not target.igo
    if domestic or ((target is None or not target.country) and source.agent in HOME_SECTORS):
        return Location(name=kb.country_name(source.country), country=source.country)
    return None


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
            border = border_location(token, kb) or ground_location(token, kb) or across_the_country(token, kb, home)
            if border is not None:
                return border
            if (city := capital_city(token, kb, home)) is not None:
                return city  # "in the Brazilian capital", "in the capital": Brasília, the story country's
            if token.lemma_.lower() == "capital" and home and not any(c.dep_ == "poss" for c in token.children):
                return Location(name="the capital", country=home)  # "the provincial capital": somewhere in it
    seats = (t for t in sent if t.pos_ == "PROPN" and seat_token(t, trigger.type))  # "at the Kremlin": Moscow
    anchors = {trigger.verb.i, trigger.word.i}  # "talks with French diplomats at Downing Street": hung on them
    return next((seat_location(t, kb) for t in seats if (_locative(t, trigger) or _argument_of(t.head.head, anchors))
                 and _owned_by(t, trigger, heads)), None)


@dataclass(frozen=True)
class KnownPlace:
    """A place the knowledge base names in a sentence, as token indices (a memo holds no spaCy object)."""

    start: int
    end: int
    root: int
    location: Location
    inside: bool  # a place word inside a longer proper name (``inside_name``): no place of its own


def known_places(sent: Span, kb: KnowledgeBase) -> list[KnownPlace]:
    """The knowledge base's places in a sentence, less the tails of longer names (``phrases.name_tail``); read once
    per sentence (``coding.doc_memo``): every trigger of the sentence asks, and its scene (``coding.scenes``)."""
    return memo(sent.doc, ("known_places", sent.start, sent.end, kb), lambda: _known_places(sent, kb))


def _known_places(sent: Span, kb: KnowledgeBase) -> list[KnownPlace]:
    offset = sent.start_char
    known: list[KnownPlace] = []
    for start, end, location in kb.find_places(span_text(sent)):
        span = sent.doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is not None and len(span) and not name_tail(span):
            named = _named_feature(span, location)  # "Victoria Park": at the town's point
            inside = inside_name(span) or _sea_feature_name(span, location) \
                or (named is location and begins_facility(span))  # "the Granja do Torto": not the town Granja
            if not inside:
                location = named
            known.append(KnownPlace(span.start, span.end, span.root.i, location, inside))
    return known


def _sea_feature_name(span: Span, location: Location) -> bool:
    """'near Scarborough Shoal': a town's name that modifies a proper noun of a feature at sea (``sea_features``)
    is part of that feature's name, not the town; a country's name ('the Taiwan Strait') stays a place."""
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.i >= span.end and head.pos_ == "PROPN" \
        and head.lemma_.lower() in place_nouns().sea_features and location.lat is not None


def _named_feature(span: Span, location: Location) -> Location:
    """'Victoria Park', 'the Jolo Cathedral', 'Baghdad International Airport': a place named after the town it is
    in is named by its whole name, at the town's point (the name of the town is part of it)."""
    root = span.root
    head = root.head
    if root.dep_ != "compound" or head.i < span.end or head.pos_ != "PROPN" \
            or head.lemma_.lower() not in place_nouns().feature_words:
        return location
    words = span.doc[span.start : head.i + 1]
    if any(t.pos_ != "PROPN" or t.dep_ not in ("compound", "flat") for t in words[len(span) : -1]):
        return location
    return Location(name=words.text, country=location.country, lat=location.lat, lon=location.lon)


def unknown_in(sent: Span, known: Sequence[KnownPlace], kb: KnowledgeBase,
               home: str | None, named: bool = True) -> list[tuple[int, Location]]:
    """``unknown_places`` as token indices, read once per sentence and story country for both values of
    ``named`` (the places without ``named`` are those with it, less what only ``named`` admits): each trigger's
    place asks with and without, the sentence's scene (``coding.scenes``) with."""
    tagged = memo(sent.doc, ("unknown_places", sent.start, sent.end, kb, home),
                  lambda: [(token.i, place, by_name) for token, place, by_name in _unknown(sent, known, kb, home)])
    return [(i, location) for i, location, by_name in tagged if named or not by_name]


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
    border = place_nouns().border_nouns | place_nouns().ground_nouns | COUNTRY_NOUNS
    lemmas = doc_words(sent.doc).lemma
    return [i for i in range(sent.start, sent.end) if (lemma := lemmas[i]) in border or lemma == "capital"]


NOT_PLACE_ENTS = ("PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT")


def unknown_places(sent: Span, known: Sequence[KnownPlace], kb: KnowledgeBase,
                   home: str | None, named: bool = True) -> list[tuple[Token, Location]]:
    """Places the knowledge base cannot geocode, named the ways news names a place: 'the (port) town of Mokha'
    (a settlement noun's of-phrase), 'Mokha, Yemen' (a name with its country or region set off after it) and, with
    ``named``, a name after a static locative that only the entity recogniser or a place phrase says is a place
    ('clashes in Bani Walid', ``located_name``) or an unknown region ('in Kachin state', ``_unknown_region``).
    Named by the text, in the country the phrase gives (else the story's), without coordinates: no map point."""
    return [(token, location) for token, location, by_name in _unknown(sent, known, kb, home) if named or not by_name]


def _unknown(sent: Span, known: Sequence[KnownPlace], kb: KnowledgeBase,
             home: str | None) -> list[tuple[Token, Location, bool]]:
    """``unknown_places`` with ``named``, each place marked True where only ``named`` admits it."""
    covered = {i for place in known if not place.inside for i in range(place.start, place.end)}
    by_token = {i: place.location for place in known if not place.inside for i in range(place.start, place.end)}
    out: list[tuple[Token, Location, bool]] = []
    words = doc_words(sent.doc)
    pos, dep, lemma = words.pos, words.dep, words.lemma
    for i in range(sent.start, sent.end):
        if dep[i] in ("compound", "flat") or i in covered:
            continue
        if pos[i] != "PROPN" and (pos[i] != "NOUN" or lemma[i] not in REGION_KINDS):
            continue  # no name, and no kind of region ``_unknown_region`` reads
        token = sent.doc[i]
        if token.pos_ != "PROPN":
            region = _unknown_region(token, covered, kb, home)
            if region is not None:
                out.append((token, region, True))
            continue
        settlement = settlement_of(token)  # the town noun says it is a place, whatever the tagger guessed
        setoff = [] if token.ent_type_ in NOT_PLACE_ENTS else [  # the tagger often reads an odd town as an ORG
            by_token[c.i] for c in _set_off_names(token) if c.i in by_token]
        name_tokens = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [token]
        located = None
        if not setoff and settlement is None:
            located = located_name(token, name_tokens, by_token, kb)
            if located is None:
                continue
        country = next((loc.country for loc in setoff if loc.country), None) \
            or (_modifier_country(settlement, kb) if settlement is not None else None) or located or home
        if country and not any(t.i in covered for t in name_tokens):
            name = sent.doc[name_tokens[0].i: entity_end(token)].text
            out.append((token, Location(name=name, country=country), located is not None))
    return out


INSIDE = "inside"  # ``_nested_place``: the name is a spot inside a town named after it
# a name read as a person after these is still a place ('clashes in Bani Walid'); not after 'at' ('fired at Smith')
ODD_TOWN_PREPS = frozenset({"in", "near", "outside", "inside"})


def located_name(token: Token, name_tokens: list[Token], by_token: dict[int, Location],
                 kb: KnowledgeBase) -> str | None:
    """'clashes in Bani Walid', 'a checkpoint near Qalqilya': a name the gazetteer lacks after a static locative is
    a place when the entity recogniser reads it as one (GPE, LOC, FAC); after 'in' or 'near' also when it reads
    it as a person (it often reads odd towns so) or as nothing and a place phrase right after it locates it ('in
    Maidan Shahr in the centre of Afghanistan's Wardak province'); never a name the knowledge base knows as an
    actor. Returns the country the locating phrase gives, '' when none does (the story's country then), None when
    it is no place."""
    if token.dep_ != "pobj" or token.head.lower_ not in STATIC_LOCATIVE:
        return None
    ents = {t.ent_type_ for t in name_tokens}
    nested = _nested_place(token, by_token, kb)
    if nested == INSIDE:
        return None
    if not ents <= set(PLACE_ENTS):  # "fired at Ahmed Karimi in Iraq": a person after 'at' is whom it was aimed at
        odd_town = token.head.lower_ in ODD_TOWN_PREPS and len(name_tokens) <= 3
        if not odd_town or not (ents == {"PERSON"} or (ents <= {"PERSON", ""} and nested is not None)):
            return None
    if kb.resolve_phrase(token.doc[name_tokens[0].i : token.i + 1].text, None) is not None:
        return None  # "in Hamas", "at the Kremlin": an actor, not a place it is in
    return nested or ""


def _nested_place(token: Token, by_token: dict[int, Location], kb: KnowledgeBase) -> str | None:
    """The country of a place phrase right after ``token`` that locates it: its own 'in Y (province)', or the next
    static locative of the phrase it hangs from ('a base in X in the centre of Y province'); '' for a place kind
    with no known place ('in X in Y province'); None when no place phrase follows, or when it names a known town or
    region: then that place is the event's ('in Forbury Gardens in Reading' is in Reading, a point on the map)."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [c for c in token.head.head.children if c.dep_ == "prep" and c.i > token.i]
    for prep in preps:
        if prep.lower_ not in STATIC_LOCATIVE or prep.i > token.i + 2:
            continue
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if inner is not None and inner.pos_ == "PROPN" and not (
                inner.i in by_token and by_token[inner.i].name == kb.country_name(by_token[inner.i].country or "")):
            return INSIDE  # "in Forbury Gardens in Reading": the town is the place, known or not
        subtree = list(prep.subtree)
        place = next((by_token[t.i] for t in subtree if t.i in by_token and by_token[t.i].country), None)
        if place is not None and place.country:
            return place.country if place.name == kb.country_name(place.country) else INSIDE
        if any(t.lemma_.lower() in place_nouns().settlement_heads for t in subtree):
            return ""
    return None


# kinds of first-level region a name the gazetteer lacks may be written before: "Afghanistan's Maidan Wardak
# province", "in Kachin state" (``_unknown_region``); not city or town (a name before them may be any word)
REGION_KINDS = frozenset({"province", "state", "region", "district", "county", "governorate", "prefecture",
                          "oblast", "department", "municipality"})


def _unknown_region(token: Token, covered: set[int], kb: KnowledgeBase, home: str | None) -> Location | None:
    """'in Afghanistan's Maidan Wardak province': a kind of region after a name the gazetteer lacks, after a static
    locative; in the country its possessor or modifier names, else the story's."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in REGION_KINDS or token.dep_ != "pobj" \
            or token.head.lower_ not in STATIC_LOCATIVE:
        return None
    name = sorted((t for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree),
                  key=lambda t: t.i)
    if not name or name[-1].i != token.i - 1 or any(
            t.dep_ not in ("compound", "flat") or t.pos_ != "PROPN" or t.i in covered
            or (t.ent_type_ in (*NOT_PLACE_ENTS, "ORG") and t.ent_type_ != "PERSON") for t in name):
        return None
    country = _modifier_country(token, kb) or _of_place_country(token, kb) or home
    text = token.doc[name[0].i: token.i].text
    if not country or kb.resolve_phrase(text, None) is not None:
        return None
    return Location(name=text, country=country)


def _of_place_country(noun: Token, kb: KnowledgeBase) -> str | None:
    """'the Nad Ali district of Helmand province': the country of the known place the of-phrase names."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            found = kb.find_places(phrase_text(pobj))
            if found and found[0][2].country:
                return found[0][2].country
    return None


def _set_off_names(token: Token) -> list[Token]:
    """'Reading, Berkshire, UK': the names set off by commas after a name (the parser hangs them as appositions
    or conjuncts), nearest first."""
    out: list[Token] = []
    current = token
    for _ in range(3):
        nxt = next((c for c in current.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                    and c.i > 0 and c.doc[c.i - 1].text == ","), None)
        if nxt is None:
            break
        out.append(nxt)
        current = nxt
    return out


def settlement_of(token: Token) -> Token | None:
    """'the town of Mokha' -> 'town': the settlement noun whose of-phrase ``token`` is."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in place_nouns().settlement_nouns:
        return prep.head
    return None


def _modifier_country(noun: Token, kb: KnowledgeBase) -> str | None:
    """'the Yemeni port town of ...': the country a modifier of the settlement noun names."""
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "poss"):
            found = kb.resolve_phrase(phrase_text(child), None)
            if found and found.actor.country and not found.actor.igo:
                return found.actor.country
    return None


def facility_of_place(token: Token) -> bool:
    """'the Kabul airport', 'Baghdad International Airport', 'the Jolo Cathedral': a public facility named after
    its place is where something happens, never an actor (the capital in it does not stand for a government)."""
    lemma = token.lemma_.lower()
    return lemma in place_nouns().facility_nouns and lemma not in NOT_PUBLIC and any(
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in PLACE_ENTS for c in token.children)


"""The places a sentence names: those the knowledge base's gazetteer knows (``known_places``) and those it lacks,
named the ways news names a place (``unknown_places``: 'the town of Mokha', 'Mokha, Yemen', 'clashes in Bani
Walid', 'in Kachin state'). Read once per sentence (``coding.doc_memo``); ``coding.places`` picks an event's place
among them, ``coding.scenes`` a sentence's scene.

Split from ``coding.places`` (where an event happened), which keeps the attachment of a place to a trigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.doc_memo import memo, span_text
from seismo.coding.doc_words import children_with, doc_words
from seismo.coding.object_places import begins_facility, entity_end
from seismo.coding.phrases import name_tail, phrase_text
from seismo.coding.word_tables import place_nouns
from seismo.models import Location

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase


STATIC_LOCATIVE = {"in", "at", "near", "outside", "inside"}  # where, not whither: a place can sit inside them


PLACE_ENTS = ("GPE", "LOC", "FAC")


def inside_name(span: Span) -> bool:
    """'the EU's Eastern Partnership programme': a place word that modifies a longer proper name
    (not a settlement noun: 'Kharkiv region') is part of that name, not a place."""
    root = span.root
    if root.dep_ != "compound" or root.head.i in range(span.start, span.end):
        return False
    head = root.head
    return head.pos_ == "PROPN" and head.lemma_.lower() not in place_nouns().any_place \
        and head.ent_type_ not in ("GPE", "LOC", "FAC")  # "the Jolo Cathedral" is in Jolo


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
            inside = inside_name(span) or _sea_feature_name(span, location) or _river_feature_name(span) \
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


def _river_feature_name(span: Span) -> bool:
    """'in the Congo Basin', 'on the Orange River': a place's name that modifies a proper noun of a river's feature
    (``river_features``) names the river the feature is named after, not the country or town of that name (a
    longer name the gazetteer knows, 'the Niger Delta', is found whole before this is asked)."""
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.i == span.end and head.pos_ == "PROPN" \
        and head.lemma_.lower() in place_nouns().river_features


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
            place = _masked_place(name, kb) if located == "" else None
            out.append((token, place or Location(name=name, country=country), located is not None))
    return out


def _masked_place(name: str, kb: KnowledgeBase) -> Location | None:
    """'Vietnamese police arrested 12 protesters in Lagos': a town the gazetteer knows that the actor scan took for
    a person's surname (Ricardo Lagos) and a place phrase left unlocated is the gazetteer's town, when it lies in
    a country the story names or is the name's only reading (``place_country``: no common English word), not a
    nameless place in the story's country."""
    place = kb.place(name)
    if place is None or not place.country:
        return None
    return place if place.country in kb.preferred or kb.place_country(name) == place.country else None


INSIDE = "inside"  # ``_nested_place``: the name is a spot inside a town named after it


# a name read as a person after these is still a place ('clashes in Bani Walid'); not after 'at' ('fired at Smith')
ODD_TOWN_PREPS = frozenset({"in", "near", "outside", "inside"})


def located_name(token: Token, name_tokens: list[Token], by_token: dict[int, Location],
                 kb: KnowledgeBase) -> str | None:
    """'clashes in Bani Walid', 'a checkpoint near Qalqilya': a name the gazetteer lacks after a static locative is
    a place when the entity recogniser reads it as one (GPE, LOC, FAC); after 'in' or 'near' also when it reads
    it as a person (it often reads odd towns so) or as nothing ('police arrested two men in Umluj': the town, not
    the police's home), and a name it reads partly as a person when a place phrase right after it locates it ('in
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
        if not odd_town or not (ents in ({"PERSON"}, {""}) or (ents <= {"PERSON", ""} and nested is not None)):
            return None
    if kb.resolve_phrase(token.doc[name_tokens[0].i : token.i + 1].text, None) is not None:
        return None  # "in Hamas", "at the Kremlin": an actor, not a place it is in
    return nested or ""


def _nested_place(token: Token, by_token: dict[int, Location], kb: KnowledgeBase) -> str | None:
    """The country of a place phrase right after ``token`` that locates it: its own 'in Y (province)', or the next
    static locative of the phrase it hangs from ('a base in X in the centre of Y province'); '' for a place kind
    with no known place ('in X in Y province'); None when no place phrase follows, or when it names a known town or
    region: then that place is the event's ('in Forbury Gardens in Reading' is in Reading, a point on the map)."""
    preps = [c for c in children_with(token, ("prep",))]
    preps += [c for c in children_with(token.head.head, ("prep",)) if c.i > token.i]
    for prep in preps:
        if prep.lower_ not in STATIC_LOCATIVE or prep.i > token.i + 2:
            continue
        inner = next(children_with(prep, ("pobj",)), None)
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
    for prep in (c for c in children_with(noun, ("prep",)) if c.lower_ == "of"):
        for pobj in (c for c in children_with(prep, ("pobj",))):
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
        nxt = next((c for c in children_with(current, ("appos", "conj")) if c.pos_ == "PROPN"
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

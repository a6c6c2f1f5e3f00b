"""Typed word lists of ``dictionaries/arguments.yaml`` and ``dictionaries/place_nouns.yaml``, read once per process.

The argument readers (``coding.arguments``, ``coding.verb_roles``, ``coding.imperatives``) and the place
readers (``coding.places``, ``coding.placement``) share them; users add words through ``SEISMO_WORD_LISTS``
(``lexicon.word_sets``, docs/coding.md).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property

from seismo.coding.lexicon import word_list, word_sets

__all__ = ["ArgumentWords", "PlaceNouns", "argument_words", "place_nouns"]


@dataclass(frozen=True)
class ArgumentWords:
    """Words that decide which token fills an event's argument slots."""

    utterance_nouns: frozenset[str]  # "a statement blaming Iran": the issuer's act
    medium_nouns: frozenset[str]  # "posted a message on Twitter blaming Iran": the poster's act
    issuing_verbs: frozenset[str]  # "adopted a resolution": the verb that issues an utterance noun
    instrument_verbs: frozenset[str]  # "used Instagram to thank supporters": the user acts
    arrival_verbs: frozenset[str]  # "reached Incheon": a place, not a party
    generic_event_heads: frozenset[str]  # "a mediation effort": the modifier was acted on
    carrier_heads: frozenset[str]  # "an aid convoy": the goods carried
    laden_vehicles: frozenset[str]  # "a ship carrying wheat": the goods its participle names
    partitives: frozenset[str]  # "part of a military aid program": the of-complement
    telling_verbs: frozenset[str]  # '"Get out," the president told the United States': the one told is asked
    not_asking_verbs: frozenset[str]  # '"Thank you"': an imperative that asks for nothing
    relation_nouns: frozenset[str]  # "froze cooperation with Britain": the with-phrase is the relation's partner
    judging_verbs: frozenset[str]  # "praised Uganda for releasing X": the one praised did the act
    alleging_verbs: frozenset[str]  # "accused Uganda of backing rebels": the accused did the (alleged) act
    dissuading_verbs: frozenset[str]  # "cautioned Israel against annexing": Israel would do the act
    harm_nouns: frozenset[str]  # "condemned the attack on its embassy": the of/on-phrase is the act's patient
    aspectual_verbs: frozenset[str]  # "vowed to keep fighting": the infinitive under it names the act
    reciprocal_verbs: frozenset[str]  # "X and Y exchanged fire": with no target, each side acts on the other
    weapon_nouns: frozenset[str]  # "launched drones at Ukraine": the weapons fired yield the target to 'at Ukraine'
    firing_verbs: frozenset[str]  # "hit by a missile fired by rebels": the firing is the hit (weapon_participles)
    addressing_phrases: frozenset[str]  # "called on Rwanda to withdraw": Rwanda is to withdraw
    trip_verbs: frozenset[str]  # "flew to Lima to discuss the dispute": the destination is the one talked with
    objectless_verbs: frozenset[str]  # "hundreds of people protested in Alexandria": no passive without an agent
    gathering_verbs: frozenset[str]  # "gathered outside parliament on Monday to protest": the purpose, then
    deciding_verbs: frozenset[str]  # "voted on Sunday to expel US troops": the decision's content, that day
    envoy_titles: frozenset[str]  # "recalled its high commissioner": a head of mission, read as "envoy"
    money_heads: frozenset[str]  # "$50 million in aid": the in-phrase names what the money is
    sending_verbs: frozenset[str]  # "offered to send troops": the object is what is given, not a target
    punishing_verbs: frozenset[str]  # "arrested the man for killing a child": the gerund is a charge, no act told
    charging_verbs: frozenset[str]  # "charged two men with killing": their with-gerund is the charge too
    charge_nouns: frozenset[str]  # "acquitted of charges of killing protesters": the gerund is a charge, no act told
    transfer_nouns: frozenset[str]  # "the sale of tanks to Ukraine": with a to-phrase, the of-phrase is goods
    outcome_verbs: frozenset[str]  # "met Putin to strengthen ties": a purpose aimed at, not yet done
    guest_verbs: frozenset[str]  # "invited Putin to Berlin": the object is the guest, the to-phrase the venue
    summoning_verbs: frozenset[str]  # "summoned the ambassador to protest": the summoner protests
    summoner_acts: frozenset[str]  # what a summoner does to the one summoned ("to protest", "to lodge a protest")
    truce_nouns: frozenset[str]  # "announced a ceasefire in Yemen": the place is no side (coding.truce_sides)
    owning_verbs: frozenset[str]  # "a tanker owned by a Greek company": the by-agent owns the thing
    belonging_verbs: frozenset[str]  # "a helicopter belonging to the army": the to-phrase owns the thing
    holding_verbs: frozenset[str]  # "a town held by the rebels": the holder, when the thing names no actor
    crowd_acts: frozenset[str]  # "the government suppressed protests": the crowd's own people are coerced


@dataclass(frozen=True)
class PlaceNouns:
    """Nouns that name a kind of place."""

    settlement_nouns: frozenset[str]  # "the city of Kharkiv" (coding.places, coding.place_names)
    facility_nouns: frozenset[str]  # "the Kabul airport"
    border_nouns: frozenset[str]  # "the Ukrainian border"
    settlement_heads: frozenset[str]  # "Helmand province", "the heart of Kabul" (coding.placement)
    feature_words: frozenset[str]  # "Victoria Park", "the Jolo Cathedral": named after the town it is in
    ground_nouns: frozenset[str]  # "in Iraqi territory", "Ukrainian villages": the country's own ground
    sea_features: frozenset[str]  # "Scarborough Shoal", "Mischief Reef": a feature of its own, not the town
    river_features: frozenset[str]  # "the Congo Basin": named after a river, not the country of that name
    outpost_nouns: frozenset[str]  # "the US embassy in Jakarta": a country's post abroad, the country its owner
    seat_names: frozenset[str]  # "at the Kremlin": a seat of government, in its country's capital
    surface_nouns: frozenset[str]  # "on the outskirts of Kandahar": "on" before them says where
    speech_nouns: frozenset[str]  # "said at a news conference in Kabul": where a statement was made (coding.venues)
    trip_nouns: frozenset[str]  # "said during a visit to Moscow": the speaker is there
    speaking_verbs: frozenset[str]  # "speaking at a rally in Ohio, Trump accused ...": the speech's own clause
    own_scene_preps: frozenset[str]  # "kidnapped advisers from a bazaar and exploded bombs in Kabul": a scene apart
    path_nouns: frozenset[str]  # "blocked the highway into Caracas": the object's path, no goal of motion
    civilian_sites: frozenset[str]  # "gunmen attacked a Kabul mosque": the people there (coding.civilian_sites)
    host_posts: frozenset[str]  # "US troops in Iraqi military bases": a post hosted for another's forces
    occasion_nouns: frozenset[str]  # "met Trump at the summit in Osaka": the gathering's place is the act's
    occasion_edges: frozenset[str]  # "on the sidelines of the summit": at the gathering too
    home_acts: frozenset[str]  # "Thousands rallied in Minsk": a lede act whose place is the story's country

    @cached_property
    def any_place(self) -> frozenset[str]:
        """A settlement, border or facility noun."""
        return self.settlement_nouns | self.border_nouns | self.facility_nouns


@word_list
def argument_words() -> ArgumentWords:
    """The word lists of ``dictionaries/arguments.yaml``."""
    return ArgumentWords(*word_sets("arguments.yaml", [f.name for f in fields(ArgumentWords)])[1])


@word_list
def place_nouns() -> PlaceNouns:
    """The word lists of ``dictionaries/place_nouns.yaml``."""
    return PlaceNouns(*word_sets("place_nouns.yaml", [f.name for f in fields(PlaceNouns)])[1])

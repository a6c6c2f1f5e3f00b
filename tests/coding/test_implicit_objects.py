"""Issue 13, verbs used without their object and phrasal verbs the lexicon lacked: a reply or decision whose
object is implicit ('Kyrgyzstan declined', 'the junta relented') is coded when its subject itself names an
actor (rule condition ``subject_actor``; 'exports declined' codes nothing); 'turned down', 'backed down',
'gave in', 'caved in', 'stood down'; an answer to an offer is aimed at the offer's maker ('an offer of
mediation from X', 'the offer by X'); a coordinated clause of another subject answers the first ('A invited
B, but B declined').

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes, target_codes

pytestmark = pytest.mark.slow


def test_a_reply_without_object_rejects_the_one_who_asked(code) -> None:
    events = code("Mongolia asked Kyrgyzstan on Tuesday to extradite two bankers. Kyrgyzstan declined.")
    assert ("KGZGOV", "MNGGOV") in dyad_codes(asserted(events, "REJECT"))


@pytest.mark.parametrize("text", [
    "Kazakh exports declined sharply on Tuesday.",
    "Mongolia's economy declined in the first quarter.",
    "The Uzbek currency declined against the dollar on Tuesday.",
    "Turnout declined in the Latvian election.",
])
def test_a_fall_with_no_actor_subject_is_no_refusal(code, text: str) -> None:
    assert not asserted(code(text), "REJECT")


@pytest.mark.parametrize(("text", "type_", "mode", "source"), [
    ("The Mongolian opposition backed down on Tuesday.", "CONCEDE", None, "MNGOPP"),
    ("The Estonian government relented on Tuesday.", "CONCEDE", None, "ESTGOV"),
    ("The Latvian government caved in to the demands of the strikers.", "CONCEDE", None, "LVAGOV"),
    ("Lithuania objected on Tuesday.", "REJECT", None, "LTUGOV"),
    ("The Bolivian army stood down on Tuesday.", "RETREAT", "disarm", "BOLMIL"),
    ("The Uruguayan interior minister stood down on Tuesday.", "RETREAT", "resign", "URYGOV"),
])
def test_giving_way_refusing_and_standing_down(code, text: str, type_: str, mode: str | None, source: str) -> None:
    found = [e for e in asserted(code(text), type_) if e.mode == mode]
    assert found and found[0].source is not None and found[0].source.code == source


def test_giving_in_to_pressure_from_a_country(code) -> None:
    events = code("The Paraguayan government gave in to pressure from Argentina on Tuesday.")
    assert ("PRYGOV", "ARGGOV") in dyad_codes(asserted(events, "CONCEDE"))


def test_complying_answers_the_demand(code) -> None:
    events = code("Ecuador demanded on Monday that Peru reopen the bridge. Peru complied.")
    assert ("PERGOV", "ECUGOV") in dyad_codes(asserted(events, "CONCEDE"))


@pytest.mark.parametrize("text", [
    "Hungary turned down an offer of emergency aid from Slovenia on Tuesday.",
    "Hungary turned Slovenia down on Tuesday.",
    "Hungary rejected the offer by Slovenia on Tuesday.",
])
def test_turning_down_an_offer_is_aimed_at_its_maker(code, text: str) -> None:
    assert target_codes(code(text), "REJECT") == {"SVNGOV"}


def test_turning_down_the_volume_rejects_no_one(code) -> None:
    assert not asserted(code("A Slovak radio station turned down the volume of its broadcasts on Tuesday."), "REJECT")


def test_accepting_an_offer_of_mediation_agrees_with_its_maker(code) -> None:
    assert target_codes(code("Armenia accepted an offer of mediation from Georgia on Tuesday."), "AGREE") == {"GEOGOV"}


def test_a_coordinated_refusal_answers_the_invitation(code) -> None:
    events = code("Croatia invited Serbia on Tuesday to join the talks, but the Serbian government declined.")
    assert ("SRBGOV", "HRVGOV") in dyad_codes(asserted(events, "REJECT"))


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("Belarusian troops pulled out of the border village on Tuesday.", "RETREAT", "withdraw"),
    ("The Moldovan opposition candidate dropped out of the race on Tuesday.", "CONCEDE", None),
])
def test_a_particle_parsed_as_a_preposition_still_makes_the_phrasal_verb(code, text: str, type_: str,
                                                                          mode: str | None) -> None:
    # the parser reads 'out of' as a preposition 'out' with no object of its own and 'of' below it
    assert [e for e in asserted(code(text), type_) if e.mode == mode]


def test_an_athlete_pulling_out_of_a_race_retreats_from_no_one(code) -> None:
    assert not asserted(code("The Estonian sprinter pulled out of the race with a knee injury on Tuesday."))

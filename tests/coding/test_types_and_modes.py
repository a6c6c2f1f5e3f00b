"""Issue #13: the right type and mode for an event found in the right sentence (invented sentences).

Weapon subjects give an attack's mode (coding.modes), a launch aimed at someone is an attack (events.yaml and
targets.py read aiming participles), a past tense after a to-infinitive is asserted (coding.modality), and a
side that admits its own hostile act concedes it (coding.admissions).
"""

from __future__ import annotations

from collections.abc import Callable

from seismo.models import Event, Modality

Code = Callable[..., list[Event]]


def _asserted(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_ and e.modality is Modality.ASSERTED]


def test_a_car_bomb_subject_gives_the_attack_explosives(code: Code) -> None:
    events = code("A car bomb was on Tuesday rammed into a police station in Kandahar, killing six officers.")
    assert {e.mode for e in _asserted(events, "ASSAULT")} == {"explosives"}


def test_a_stabbing_is_primitive_not_beat(code: Code) -> None:
    events = code("Ethiopian soldiers stabbed three protesters in Addis Ababa on Monday.")
    assert [e.mode for e in _asserted(events, "ASSAULT")] == ["primitive"]


def test_missiles_launched_at_troops_are_an_attack_on_them(code: Code) -> None:
    events = code("North Korea launched missiles targeting South Korean troops on Monday.")
    assert not [e for e in events if e.type == "MOBILIZE"]
    (attack,) = _asserted(events, "ASSAULT")
    assert (attack.source.country, attack.target.country, attack.mode) == ("PRK", "KOR", "heavy-weapons")


def test_a_missile_test_stays_mobilize(code: Code) -> None:
    events = code("North Korea launched two ballistic missiles on Monday.")
    assert [e.type for e in _asserted(events, "MOBILIZE")] == ["MOBILIZE"]
    assert not _asserted(events, "ASSAULT")


def test_a_past_tense_after_an_infinitive_is_asserted(code: Code) -> None:
    text = ("The British foreign minister urged the embassy to reconsider and spoke with the French foreign "
            "minister about the case on Monday.")
    (talk,) = [e for e in code(text) if e.type == "CONSULT"]
    assert talk.modality is Modality.ASSERTED


def test_admitting_an_own_attack_concedes_it(code: Code) -> None:
    events = code("Iranian officials acknowledged on Tuesday that their military had shot down a Ukrainian airliner.")
    assert [e.source.country for e in _asserted(events, "ASSAULT")] == ["IRN"]
    assert [e.source.country for e in _asserted(events, "CONCEDE")] == ["IRN"]


def test_a_third_party_acknowledging_an_attack_concedes_nothing(code: Code) -> None:
    events = code("The United Nations acknowledged on Tuesday that Russian troops had shelled a Ukrainian village.")
    assert _asserted(events, "ASSAULT")
    assert not _asserted(events, "CONCEDE")


def test_the_airstrike_that_killed_gives_the_killing_its_mode(code: Code) -> None:
    events = code("Iraqi officials condemned the US airstrike that killed an Iranian general in Baghdad on Friday.")
    assert [e.mode for e in _asserted(events, "ASSAULT")] == ["aerial"]


def test_death_threats_threaten_violence(code: Code) -> None:
    events = code("The Kenyan opposition leader said on Monday that she had received death threats from police.")
    assert [e.mode for e in _asserted(events, "THREATEN")] == ["violence"]


def test_the_one_who_urged_is_the_one_who_spoke(code: Code) -> None:
    text = ("The British foreign minister urged the American embassy to reconsider and spoke with the French "
            "foreign minister about the case on Monday.")
    (talk,) = [e for e in code(text) if e.type == "CONSULT"]
    assert (talk.source.country, talk.target.country) == ("GBR", "FRA")


def test_doctors_voting_to_strike_protest(code: Code) -> None:
    events = code("Kenyan doctors voted to strike on Monday.")
    assert [e for e in events if e.type == "PROTEST" and e.mode == "strike"]
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_strike_over_pay_is_no_assault(code: Code) -> None:
    events = code("Kenyan teachers threatened to strike over pay on Monday.")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_killing_an_animal_is_no_assault(code: Code) -> None:
    assert not [e for e in code("Kenyan villagers killed a leopard that attacked their cattle.") if e.type == "ASSAULT"]


def test_a_raid_by_gunmen_is_an_attack(code: Code) -> None:
    events = code("Gunmen raided a police station in northern Kenya on Monday, killing three officers.")
    assert [e.type for e in events if e.modality is Modality.ASSERTED] == ["ASSAULT"]

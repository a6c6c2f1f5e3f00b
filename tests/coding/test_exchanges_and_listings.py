"""Acts of exchange and the vocabulary of trade wars (invented sentences).

'X and Y exchanged fire' is each side's act on the other (``reciprocal_verbs``); suspending a treaty, adding
companies to an export-control list and raising customs duties are sanctions (events.yaml).
"""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]


def _pairs(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    return {(e.source and e.source.country, e.target and e.target.country) for e in asserted(events, type_)}


def test_coordinated_sides_exchanging_fire_act_on_each_other(code: Code):
    events = code("Armenian and Azerbaijani soldiers exchanged fire near the village on Sunday.")
    assert _pairs(events, "ASSAULT") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_traded_accusations_go_both_ways(code: Code):
    events = code("Ethiopia and Eritrea traded accusations on Wednesday.")
    assert _pairs(events, "ACCUSE") == {("ETH", "ERI"), ("ERI", "ETH")}


def test_exchange_with_names_the_other_side(code: Code):
    events = code("Kenyan police exchanged fire with Somali militants.")
    assert ("KEN", "SOM") in _pairs(events, "ASSAULT")


def test_suspending_a_treaty_is_a_sanction(code: Code):
    events = code("Egypt suspended a border treaty with Sudan on Monday.")
    assert ("EGY", "SDN") in _pairs(events, "SANCTION")


def test_adding_companies_to_an_export_control_list_is_a_sanction(code: Code):
    events = code("Japan added 12 South Korean companies to its export control list on Tuesday.")
    assert ("JPN", "KOR") in _pairs(events, "SANCTION")


def test_a_party_adding_names_to_a_list_sanctions_no_one(code: Code):
    events = code("The opposition party added two activists to its list of candidates on Tuesday.")
    assert not asserted(events, "SANCTION")


def test_raised_customs_duties_are_a_sanction_but_duty_alone_is_not(code: Code):
    assert ("IND", "USA") in _pairs(code("India raised duties on American almonds on Monday."), "SANCTION")
    assert not asserted(code("Indian border guards were on duty on Monday."))


def test_weapons_fired_at_a_country_yield_the_target_to_it(code: Code):
    """'launched 80 drones at Ukraine': the drones are what was fired; Ukraine is the target."""
    events = code("Iran launched 30 drones and two ballistic missiles at Israel overnight.")
    assert ("IRN", "ISR") in _pairs(events, "ASSAULT")

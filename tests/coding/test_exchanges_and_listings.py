"""Acts of exchange and the vocabulary of trade wars, and what a thing's modifiers name (invented sentences).

'X and Y exchanged fire' is each side's act on the other (``reciprocal_verbs``); suspending a treaty, adding
companies to an export-control list and raising customs duties are sanctions (events.yaml).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]
MAY_DAYS = dt.date(2019, 3, 29)  # Theresa May (GBR) in office


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


def test_weapons_fired_into_a_place_that_names_no_one_are_no_target(code: Code):
    """'fired tank shells into the town': the place tells where they went; the weapon's modifier ('tank',
    'artillery') is no military side hit, and the shells alone stay a target ('shot down 40 drones')."""
    for text in ("Syrian troops fired tank shells into the town on Monday.",
                 "South Korea retaliated by firing dozens of artillery shells into the valley on Thursday."):
        events = [e for e in asserted(code(text)) if e.type == "ASSAULT"]
        assert events and all(e.target is None for e in events), text
    assert ("UKR", "RUS") in _pairs(code("Ukraine shot down 40 Russian drones on Monday."), "ASSAULT")


def test_exchanged_prisoners_are_each_sides_release_of_the_others(code: Code):
    events = code("Armenia and Azerbaijan exchanged 100 prisoners each on Monday.")
    assert _pairs(events, "RETREAT") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_swapped_prisoners_go_both_ways(code: Code):
    events = code("Russia and Ukraine swapped dozens of prisoners of war on Saturday.")
    assert _pairs(events, "RETREAT") == {("RUS", "UKR"), ("UKR", "RUS")}


def test_exchanged_object_whose_owner_is_named_stays_the_target(code: Code):
    events = code("Russia and Ukraine exchanged Ukrainian prisoners on Saturday.")
    assert {t for _, t in _pairs(events, "RETREAT")} == {"UKR"}


def test_closing_a_border_with_a_neighbour_targets_the_neighbour(code: Code):
    events = code("Kenya closed its border with Somalia on Monday.")
    assert ("KEN", "SOM") in _pairs(events, "COERCE")


def test_sealing_a_border_is_a_restriction(code: Code):
    events = code("Uganda sealed its border with Rwanda on Monday.")
    assert ("UGA", "RWA") in _pairs(events, "COERCE")


def test_a_deadline_to_leave_given_to_diplomats_is_an_expulsion(code: Code):
    events = code("Ghana gave the Nigerian ambassador 48 hours to leave the country.")
    assert ("GHA", "NGA") in {(s, t) for s, t in _pairs(events, "SANCTION")}
    assert {e.mode for e in asserted(events, "SANCTION")} == {"expel"}


def test_a_deadline_for_anything_else_is_no_expulsion(code: Code):
    events = code("The union gave the company 48 hours to answer its demands.")
    assert not asserted(events, "SANCTION")


def test_a_compounded_unknown_name_is_no_party_its_owner_is(code: Code):
    events = code("Theresa May presented her plan on Monday. Parliament rejected her Brexit deal on Tuesday.",
                  published=MAY_DAYS)
    assert {e.target.code for e in asserted(events, "REJECT") if e.target} == {"GBRGOV"}


def test_a_seat_named_after_its_institution_is_still_a_place(code: Code):
    events = code("Angela Merkel met EU leaders in Brussels on Monday.", published=MAY_DAYS)
    assert {(e.location.name, e.location.country) for e in asserted(events, "CONSULT") if e.location} \
        == {("Brussels", "BEL")}


def test_a_court_annulling_an_election_rules_against_it(code: Code):
    # lane courts: a court voiding a state's act is COERCE (docs/annotation.md, a court ruling against a
    # government act [COERCE, SANCTION]); any other body annulling it still rejects it (REJECT)
    events = code("Malawi's Constitutional Court on Monday annulled the presidential election.")
    assert {e.source.code for e in asserted(events, "COERCE") if e.source} == {"MWIJUD"}


def test_a_legal_challenge_to_a_result_is_an_accusation(code: Code):
    events = code("Kenyan opposition leaders challenged the election result in court on Monday.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"KENOPP"}


def test_an_annulled_marriage_is_no_event(code: Code):  # a guard
    assert not asserted(code("A court in Nairobi annulled the marriage of a local couple."))


def test_recalling_ones_own_ambassador_after_condemning_a_state_targets_that_state(code: Code):
    events = code("Pakistan condemned India on Wednesday and recalled its ambassador.")
    assert ("PAK", "IND") in _pairs(events, "SANCTION")
    assert ("PAK", "PAK") not in _pairs(events, "SANCTION")


def test_a_coordinated_suspension_takes_the_first_acts_target(code: Code):
    events = code("Pakistan expelled India's envoy on Wednesday and suspended trade.")
    assert _pairs(events, "SANCTION") == {("PAK", "IND")}


def test_a_coordinated_request_keeps_its_own_addressee(code: Code):  # a guard
    events = code("Ukraine condemned the Russian strikes and urged Western allies to send air defence systems.")
    assert ("UKR", "RUS") not in _pairs(events, "REQUEST")


def test_an_organisation_suspending_a_member_expels_it(code: Code):
    events = code("ECOWAS suspended Mali from its decision-making bodies on Wednesday.")
    found = {(e.mode, e.target.country if e.target else None) for e in asserted(events, "SANCTION")}
    assert found == {("expel", "MLI")}


def test_halting_financial_flows_is_a_sanction(code: Code):
    events = code("ECOWAS halted financial flows to Mali on Wednesday.")
    assert {e.target.country for e in asserted(events, "SANCTION") if e.target} == {"MLI"}


def test_a_call_for_a_release_is_aimed_at_the_captor_told_before(code: Code):
    events = code("Mutinous soldiers detained Mali's president Ibrahim Boubacar Keïta on Tuesday. UN Secretary-General "
                  "António Guterres called for the immediate release of Keïta.", published=dt.date(2020, 8, 19))
    assert {e.target.code for e in asserted(events, "REQUEST") if e.target} == {"MLIMIL"}


def test_a_call_for_a_release_with_no_capture_told_keeps_its_target(code: Code):  # a guard
    events = code("UN Secretary-General António Guterres called for the release of Keïta.",
                  published=dt.date(2020, 8, 19))
    assert "MLIMIL" not in {e.target.code for e in asserted(events, "REQUEST") if e.target}


def test_arson_against_a_consulate_destroys_the_owners_property(code: Code):
    events = code("Iraqi demonstrators set fire to the Iranian consulate in Najaf on Wednesday.")
    assert {(e.mode, e.target.country if e.target else None) for e in asserted(events, "ASSAULT")} \
        == {("destroy", "IRN")}


def test_live_ammunition_against_a_crowd_is_gunfire(code: Code):
    events = code("Iraqi security forces used live ammunition against unarmed demonstrators on Thursday.")
    assert {(e.mode, e.target.agent if e.target else None) for e in asserted(events, "ASSAULT")} \
        == {("firearms", "CVL")}

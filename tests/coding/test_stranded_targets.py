"""Issue 13, targets on unseen wire copy: an event noun's phrase the parser hangs on the light verb ('issued a
stern warning to Uganda'), a thing whose only actor reading is an adjective on it ('the criminal convictions of
two activists'), and a government's restriction that names no one ('banned public gatherings').

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes, target_codes

pytestmark = pytest.mark.slow


# --- targets.py: an event noun's prepositional phrase hung on its light verb ---------------------------------

def test_a_warning_issued_to_a_country_targets_it(code) -> None:
    events = code("Kenya issued a stern warning to Uganda.")
    assert target_codes(events, "THREATEN") == {"UGAGOV"}


def test_a_warning_given_to_a_country_on_a_day_targets_it(code) -> None:
    """The parser reads "to the Philippines" before a date as a dative of the verb."""
    events = code("Bangladesh issued a stern warning to the Philippines on Saturday.")
    assert target_codes(events, "THREATEN") == {"PHLGOV"}


def test_an_investigation_opened_into_a_minister_targets_him(code) -> None:
    events = code("Nigerian police opened a criminal investigation into the Ghanaian trade minister on Monday.")
    assert target_codes(events, "ACCUSE") == {"GHAGOV"}


def test_a_later_phrase_of_the_verb_is_not_the_nouns(code) -> None:
    """'issued a warning on Monday to ...': a phrase that does not follow the noun is left to the verb's reading."""
    events = code("The Kenyan army issued a warning on Monday in Nairobi.")
    assert target_codes(events, "THREATEN") == {None}


# --- parties.py: an adjective that only says what kind of thing the object is -----------------------------

def test_the_criminal_convictions_of_activists_target_the_activists(code) -> None:
    events = code("A Kenyan appeals court overturned the criminal convictions of two Ugandan activists on Monday.")
    assert target_codes(events, "CONCEDE") == {"UGACVL"}


def test_an_adjective_on_a_named_actor_noun_still_names_it(code) -> None:
    """'rebel fighters of the front': the head noun is an actor word, the adjective is not all it says."""
    events = code("Kenyan troops attacked the rebel fighters of the Mombasa Front on Monday.")
    assert target_codes(events, "ASSAULT") == {"KENREB"}


# --- recipients.py: a government's restriction falls on its own people ------------------------------------

def test_a_government_ban_with_no_one_named_falls_on_its_people(code) -> None:
    events = code("To curb the epidemic, the Kenyan government prohibited travel between the islands on Monday.")
    assert target_codes(events, "COERCE") == {"KENCVL"}


def test_a_restriction_on_a_named_party_keeps_it(code) -> None:
    events = code("The Kenyan government banned the Daily Nation newspaper on Monday.")
    assert target_codes(events, "COERCE") == {"KENMED"}


# --- parties.py: a common noun renamed by the name set off after it ----------------------------------------

def test_a_former_rival_named_after_a_comma_is_the_target(code) -> None:
    events = code("On Tuesday, Macron praised his predecessor, Francois Hollande, at a ceremony in Paris.")
    assert target_codes(events, "SUPPORT") == {"FRAELI"}


def test_a_noun_that_names_an_actor_keeps_its_own_reading(code) -> None:
    """'the Kenyan police, the main force there': the noun's own reading wins over what is set off after it."""
    events = code("On Tuesday, the Ugandan president praised the Kenyan police, Nairobi's main force.")
    assert target_codes(events, "SUPPORT") == {"KENCOP"}


# --- targets.py: the means a participle on an event noun names is no party --------------------------------

def test_drones_used_in_an_attack_are_not_its_target(code) -> None:
    events = code("Kenyan rebels said on Monday that they had carried out a new attack using ten drones.")
    assert target_codes(events, "ASSAULT") == {None}


# --- acts.yaml decided_by_government: a troop withdrawal is its government's decision ----------------------

def test_opposing_a_troop_withdrawal_is_aimed_at_its_government(code) -> None:
    events = code("On Monday, US troops withdrew from northern Syria. "
                  "Kurdish fighters opposed the withdrawal on Tuesday.")
    assert target_codes(events, "REJECT") == {"USAGOV"}


# --- agents_curated.yaml + actors._bare_person: 'a Ugandan man' is one of Uganda's people -------------------

def test_a_man_of_a_nationality_is_a_civilian_of_that_country(code) -> None:
    events = code("A Kenyan court sentenced two Ugandan men to ten years in prison on Monday.")
    assert target_codes(events, "SANCTION") == {"UGACVL"}


def test_a_plain_man_names_no_party(code) -> None:
    events = code("A man was shot dead in Nairobi on Monday.")
    assert not [e for e in events if e.target is not None and e.target.agent == "CVL"]


# --- parties._office_holder: a counterpart named by nationality holds the partner's office ----------------

def test_an_army_chiefs_counterpart_is_the_other_military(code) -> None:
    events = code("The Kenyan army chief met his Ugandan counterpart in Kampala on Monday.")
    assert target_codes(events, "CONSULT") == {"UGAMIL"}


def test_a_presidents_counterpart_stays_the_government(code) -> None:
    events = code("Kenyan President William Ruto spoke with his Ugandan counterpart on Monday.")
    assert target_codes(events, "CONSULT") == {"UGAGOV"}


def test_the_singular_of_a_listed_plural_has_its_sector(code) -> None:
    """'a Ugandan peacekeeper', 'a Ugandan hostage': as 'Ugandan peacekeepers', 'Ugandan hostages'."""
    events = code("Somali militants killed a Ugandan peacekeeper near Mogadishu on Monday.")
    assert target_codes(events, "ASSAULT") == {"UGAMIL"}
    events = code("Somali militants released a Kenyan hostage on Monday.")
    assert target_codes(events, "RETREAT") == {"KENCVL"}


# --- verb_roles._named_as: 'condemned what it called X' condemns X ----------------------------------------

def test_what_a_speaker_called_an_act_is_the_object(code) -> None:
    events = code("Kenya strongly condemned on Monday what it called Uganda's aggression.")
    assert target_codes(events, "ACCUSE") == {"UGAGOV"}
    events = code("Kenya rejected what it termed Ugandan interference in its elections.")
    assert target_codes(events, "REJECT") == {"UGAGOV"}


def test_a_party_named_deep_inside_a_relative_clause_of_the_object_is_no_target(code):
    events = asserted(code("Chile and Peru signed an agreement in Lima on Saturday that could lead to the withdrawal "
                           "of all Bolivian troops from the border."), "SUPPORT")
    assert events and not any(e.target is not None and e.target.country == "BOL" for e in events), dyad_codes(events)


def test_someone_there_in_attendance_is_no_party(code):
    events = asserted(code("Chile and Peru signed the deal in Lima on Monday, with Brazilian President Lula in "
                           "attendance."), "SUPPORT")
    assert events and not any(e.target is not None and e.target.country == "BRA" for e in events), dyad_codes(events)


def test_a_possessive_pronoun_owns_the_act_asked_for(code):
    events = asserted(code("Chilean Interior Minister Carolina Toha blamed the storm. Chilean opposition lawmakers "
                           "demanded her resignation on Monday."), "REQUEST")
    assert ("CHLOPP", "CHLGOV") in dyad_codes(events), dyad_codes(events)  # opposition lawmakers: OPP (probe-n)


def test_an_indefinite_title_names_no_one_told_before(code):
    events = asserted(code("US President Joe Biden praised the Peruvian opposition on Wednesday. Peru's defence "
                           "minister said the armed forces would never recognise a self-proclaimed president."))
    assert not any(e.target is not None and e.target.country == "USA" for e in events if e.type == "REJECT"), \
        dyad_codes(events)


def test_the_partner_inside_a_reason_phrase_is_no_target(code):
    events = code("Chile threatened on Monday to break off diplomatic relations with Peru over its ties with Bolivia.")
    assert not any(e.target is not None and e.target.country == "BOL" for e in events), dyad_codes(events)
    assert any(e.target is not None and e.target.country == "PER" for e in asserted(events, "THREATEN"))

"""The target's country is never the source's evidence (lane mend2, coding/lent_homes.py), on invented
sentences: a government body with no country of its own does not take a story country named only in the
phrase of what it acts on."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _sources(events, type_):
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def test_sanctioned_company_lends_no_country(tmp_path):
    events = code_text(tmp_path, "The Treasury Department imposed sanctions on a Venezuelan oil firm on Monday.")
    assert "VENGOV" not in _sources(events, "SANCTION")


def test_next_story_country_is_taken(tmp_path):
    events = code_text(tmp_path, "The finance ministry imposed sanctions on Hungarian officials on Friday, "
                                 "India state media reported.")
    assert _sources(events, "SANCTION") == {"INDGOV"}


def test_demands_of_a_group_of_the_country_still_place_it(tmp_path):
    events = code_text(tmp_path, "The government conceded on Monday to demands from the Kenyan opposition "
                                 "to free political prisoners.")
    assert _sources(events, "CONCEDE") == {"KENGOV"}


def test_prosecutors_take_no_country_from_the_accused(tmp_path):
    """Courts, prosecutors and police too (lane mend6, issue 13): 'two Russian hackers' is not Russia's judiciary."""
    events = code_text(tmp_path, "Prosecutors charged two Estonian hackers with fraud on Tuesday.")
    assert "ESTJUD" not in _sources(events, "ACCUSE") | _sources(events, "SANCTION")
    events = code_text(tmp_path, "Police arrested three Moroccan nationals on Tuesday.")
    assert "MARCOP" not in _sources(events, "COERCE")


def test_the_dateline_places_the_police_and_the_court(tmp_path):
    """A dateline gives them a country of their own: another's ('OTTAWA - ...') or the story's ('RABAT - ...')."""
    events = code_text(tmp_path, "OTTAWA (Reuters) - Prosecutors charged two Estonian hackers with fraud on Tuesday.")
    assert "CANJUD" in _sources(events, "ACCUSE") | _sources(events, "SANCTION")
    events = code_text(tmp_path, "RABAT (Reuters) - Police arrested three Moroccan journalists on Tuesday.")
    assert _sources(events, "COERCE") == {"MARCOP"}


def test_a_court_acting_on_officials_acts_at_home(tmp_path):
    events = code_text(tmp_path, "A judge opened an investigation into 12 Bolivian government officials on Monday.")
    assert "BOLJUD" in _sources(events, "ACCUSE")


def test_a_legislature_takes_no_country_from_the_sanctioned(tmp_path):
    """'The Senate imposed sanctions on Turkey' is not Turkey's legislature: LEG joins the lent sectors."""
    events = asserted(code_text(tmp_path, "The Senate imposed sanctions on Turkey on Tuesday."), "SANCTION")
    assert events and all(e.source is None or e.source.country != "TUR" for e in events)

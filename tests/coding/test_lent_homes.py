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

"""Issue 13, wrong actor codes in running text: the court behind an agentless arrest, a senator introduced
with a former office, a party word of another country, a European court named in full.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, target_codes

from seismo.models import Event

pytestmark = pytest.mark.slow


def source_codes(events: list[Event], type_: str) -> set[str | None]:
    return {e.source.code for e in asserted(events, type_) if e.source}


def test_a_court_deciding_in_the_time_clause_ordered_the_house_arrest(code) -> None:
    events = code("The Peruvian opposition leader was placed under house arrest on Tuesday, a day after the "
                  "country's Supreme Court upheld his indictment.")
    assert source_codes(events, "COERCE") == {"PERJUD"}


def test_a_court_convicting_in_the_time_clause_made_the_arrest(code) -> None:
    events = code("Maria Okonjo was arrested in Lima on Tuesday hours after a Peruvian court convicted her of fraud.")
    assert source_codes(events, "COERCE") == {"PERJUD"}


def test_an_agentless_arrest_without_a_court_stays_the_police(code) -> None:
    events = code("Maria Okonjo was arrested in Lima on Tuesday after she returned from Chile.")
    assert source_codes(events, "COERCE") == {"PERCOP"}


def test_a_senator_introduced_with_a_former_candidacy_is_a_legislator(code) -> None:
    events = code("Former US presidential candidate Senator Mark Thornbury spoke in Ohio on Monday.\n\n"
                  "Thornbury accused the Chinese government of spying on Tuesday.")
    assert source_codes(events, "ACCUSE") == {"USALEG"}


def test_members_of_another_country_s_democrats_are_no_us_party(code) -> None:
    events = code("Members of the Neo Democrats accused the Hong Kong government of lying on Tuesday.")
    assert source_codes(events, "ACCUSE") == {"HKGPTY"}


def test_the_european_court_of_justice_named_in_full(code) -> None:
    events = code("The European Court of Justice ordered Poland to suspend the law on Tuesday.")
    assert {e.source.igo for e in asserted(events, "REQUEST") if e.source} == {"ECJ"}


def test_representatives_from_an_ngo_are_the_ngo(code) -> None:
    events = code("Representatives from Amnesty International accused the Kenyan government of torture on Tuesday.")
    assert source_codes(events, "ACCUSE") == {"NGOHRIAMN"}


def test_delegates_of_an_unknown_party_are_a_party_of_their_clause(code) -> None:
    events = code("Delegates from the Renewal Party accused the Kenyan government of fraud in Nairobi on Tuesday.")
    assert source_codes(events, "ACCUSE") == {"KENPTY"}


def test_a_city_before_a_title_gives_its_country(code) -> None:
    """A US mayor in a Mexican story: the city in the phrase, not the story's country."""
    events = code("Mexico City officials met on Monday to discuss the border.\n\n"
                  "Chicago Mayor Lisa Harmon accused the Mexican government of lying on Tuesday.")
    assert source_codes(events, "ACCUSE") == {"USAGOV"}


def test_a_place_joined_by_a_hyphen_gives_no_country(code) -> None:
    """'an anti-Syria journalist' is no Syrian: the place after 'anti-' is what the journalist opposes."""
    events = code("Lebanese gunmen shot a prominent anti-Syria journalist in Beirut on Tuesday.")
    assert target_codes(events, "ASSAULT") == {"LBNMED"}

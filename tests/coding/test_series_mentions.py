"""An event noun naming the run of events the clause's own event belongs to is no second event (issue 13)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_a_march_in_a_week_of_protests_is_one_protest(tmp_path: Path) -> None:
    text = (
        "Thousands of Georgian students marched through Tbilisi on Sunday in the third week of protests"
        " against the government."
    )
    protests = asserted(code_text(tmp_path, text), "PROTEST")
    assert len(protests) == 1
    assert protests[0].source is not None and protests[0].source.code == "GEOCVL"


def test_a_strike_continuing_a_series_of_attacks_is_one_assault(tmp_path: Path) -> None:
    text = "Ukrainian forces struck a Russian base in Crimea on Monday, continuing a series of attacks on Crimea."
    assaults = asserted(code_text(tmp_path, text), "ASSAULT")
    assert len(assaults) == 1 and assaults[0].source is not None and assaults[0].source.country == "UKR"


def test_a_run_with_no_event_of_its_type_in_the_clause_stays_an_event(tmp_path: Path) -> None:
    text = "Georgian police arrested 40 students on Sunday in the third week of protests against the government."
    events = code_text(tmp_path, text)
    assert asserted(events, "COERCE")
    assert asserted(events, "PROTEST")  # the arrests are no protest: the run is told as well

"""Armed men forcing or driving fighters out of a place is fighting (ASSAULT), not SANCTION expel; a state forcing
foreign troops out of its country stays an expulsion (events.yaml 'force', 'drive').

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_rebels_forcing_troops_out_of_a_town_is_an_assault(tmp_path) -> None:
    events = code_text(tmp_path, "Rebels in Chad forced government troops out of the town on Tuesday.")
    assert asserted(events, "ASSAULT") and not asserted(events, "SANCTION"), events


def test_troops_driving_rebels_out_is_an_assault(tmp_path) -> None:
    events = code_text(tmp_path, "Nigerien troops drove the rebels out of Agadez on Tuesday.")
    assert asserted(events, "ASSAULT"), events


def test_a_state_forcing_foreign_troops_out_is_an_expulsion(tmp_path) -> None:
    events = code_text(tmp_path, "Niger forced French troops out of the country on Tuesday.")
    assert [e.mode for e in asserted(events, "SANCTION")] == ["expel"] and not asserted(events, "ASSAULT"), events

"""A crowd surrounding a building blocks access to it: PROTEST obstruct (events.yaml 'surround'); troops
surrounding one stay COERCE restrict.

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_protesters_surrounding_a_parliament_obstruct(tmp_path) -> None:
    events = code_text(tmp_path, "Protesters surrounded the parliament in Tirana on Tuesday.")
    assert [e.mode for e in asserted(events, "PROTEST")] == ["obstruct"], events


def test_troops_surrounding_a_palace_restrict(tmp_path) -> None:
    events = code_text(tmp_path, "Troops surrounded the presidential palace in Tirana on Tuesday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["restrict"] and not asserted(events, "PROTEST"), events

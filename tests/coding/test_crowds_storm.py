"""A crowd storming a building is PROTEST riot, a crowd surrounding one PROTEST obstruct; gunmen storming one stay
ASSAULT (events.yaml 'storm', 'surround').

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_demonstrators_storming_a_parliament_riot(tmp_path) -> None:
    events = code_text(tmp_path, "Demonstrators stormed the parliament in Tirana on Tuesday.")
    assert [e.mode for e in asserted(events, "PROTEST")] == ["riot"] and not asserted(events, "ASSAULT"), events


def test_protesters_surrounding_a_parliament_obstruct(tmp_path) -> None:
    events = code_text(tmp_path, "Protesters surrounded the parliament in Tirana on Tuesday.")
    assert [e.mode for e in asserted(events, "PROTEST")] == ["obstruct"], events


def test_gunmen_storming_a_station_assault(tmp_path) -> None:
    events = code_text(tmp_path, "Gunmen stormed a police station in Tirana on Tuesday.")
    assert asserted(events, "ASSAULT") and not asserted(events, "PROTEST"), events

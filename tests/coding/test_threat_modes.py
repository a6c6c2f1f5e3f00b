"""Issue #13: a threat's mode from the threatened act's words (coding.modes content_deps)."""

from __future__ import annotations

from collections.abc import Callable

from seismo.models import Event

Code = Callable[..., list[Event]]


def _threat(events: list[Event]) -> Event:
    return next(e for e in events if e.type == "THREATEN" and e.trigger.lower().startswith(("warn", "threat")))


def test_a_warning_that_attacks_will_go_on_threatens_violence(code: Code) -> None:
    text = 'The rebel spokesman warned Egypt on Monday that their attacks will continue.'
    events = code("Houthi rebels attacked a ship in the Red Sea. " + text)
    assert _threat(events).mode == "violence"


def test_a_threat_to_strike_is_violence(code: Code) -> None:
    assert _threat(code("Iran threatened to strike American bases on Tuesday.")).mode == "violence"


def test_a_warning_of_arrest_is_arrest(code: Code) -> None:
    text = "Iran warned Israel on Tuesday that it would arrest its diplomats."
    assert _threat(code(text)).mode == "arrest"


def test_threatened_with_a_military_response_is_violence(code: Code) -> None:
    text = "Iran threatened Israel on Tuesday with a military response."
    assert _threat(code(text)).mode == "violence"


def test_an_economic_threat_names_no_violence(code: Code) -> None:
    text = "Trump threatened Turkey on Tuesday that he will destroy its economy."
    assert _threat(code(text)).mode is None


def _threats(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "THREATEN"]


def test_a_threat_to_attack_is_one_threat_by_the_state(code: Code) -> None:
    """The threat verb's event (GOV) and the stance of the attack (MIL) are one statement."""
    threats = _threats(code("Chile threatened on Tuesday to attack Peru."))
    assert [(t.source.code, t.mode) for t in threats] == [("CHLGOV", "violence")]


def test_the_threatened_act_gives_the_merged_threat_its_mode(code: Code) -> None:
    threats = _threats(code("Chile threatened on Tuesday to launch an offensive against Peru."))
    assert [(t.source.code, t.mode) for t in threats] == [("CHLGOV", "violence")]


def test_threats_of_two_states_stay_two(code: Code) -> None:
    threats = _threats(code("Chile threatened on Tuesday to attack Peru, and Bolivia threatened to attack Chile."))
    assert {t.source.code for t in threats} == {"CHLGOV", "BOLGOV"}

"""A deployment or withdrawal on the source's own ground has no target (trigger_parties._off_own_ground)."""

from __future__ import annotations

from collections.abc import Callable

from seismo.models import Event

Code = Callable[..., list[Event]]


def _of_type(events: list[Event], type_: str) -> Event:
    return next(e for e in events if e.type == type_)


def test_a_missile_test_off_its_own_coast_targets_no_one(code: Code) -> None:
    event = _of_type(code("Pakistan test-fired a cruise missile off Karachi on Tuesday."), "MOBILIZE")
    assert event.source.country == "PAK" and event.target is None


def test_a_withdrawal_from_its_own_province_targets_no_one(code: Code) -> None:
    event = _of_type(code("Ethiopia withdrew its troops from Tigray on Tuesday."), "RETREAT")
    assert event.target is None


def test_a_deployment_to_another_state_keeps_its_target(code: Code) -> None:
    event = _of_type(code("Russia deployed troops to Crimea on Tuesday."), "MOBILIZE")
    assert event.target is not None and event.target.country == "UKR"


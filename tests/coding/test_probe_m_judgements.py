"""Judgements, blame and rejection stated in words (lane probe-m), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.models import Event


def _codes(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the asserted events of one type."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(events, type_)}


def test_challenging_a_ruling_accuses_the_court(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Pakistan's government challenged the Supreme Court's decision on Monday.")
    assert ("PAKGOV", "PAKJUD") in _codes(events, "ACCUSE")
    assert asserted(events, "ACCUSE")[0].mode == "allege"


def test_contesting_an_election_is_running_in_it(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Raila Odinga will contest the election in August.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_vowing_to_fight_a_ruling_threatens_and_promises_nothing(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Thai government vowed on Tuesday to fight the ruling in court.")
    assert asserted(events, "THREATEN") and not asserted(events, "AGREE")
    events = code_text(tmp_path, "The Kenyan opposition vowed to fight corruption.")
    assert not asserted(events, "THREATEN")

"""Sporting contests are no political events: 'Brazil beat Argentina 3-1' is no ASSAULT (issue 13, precision)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_a_team_beating_its_rival_with_a_score_is_no_assault(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "The striker scored twice as Brazil beat Argentina 3-1."), "ASSAULT")


def test_a_team_attacking_in_a_game_is_no_assault(tmp_path: Path) -> None:
    text = "Japan's national team attacked relentlessly but failed to score against South Korea."
    assert not asserted(code_text(tmp_path, text), "ASSAULT")


def test_players_clashing_after_the_whistle_is_no_assault(tmp_path: Path) -> None:
    text = "Argentina's players clashed with Uruguay's defenders after the final whistle."
    assert not asserted(code_text(tmp_path, text), "ASSAULT")


def test_fans_clashing_with_police_after_a_match_stays_an_assault(tmp_path: Path) -> None:
    text = "Egyptian fans clashed with police after the football match in Cairo."
    assert asserted(code_text(tmp_path, text), "ASSAULT")


def test_a_score_like_range_of_years_is_no_game(tmp_path: Path) -> None:
    assert asserted(code_text(tmp_path, "Israeli jets struck Gaza in 2008-2009."), "ASSAULT")

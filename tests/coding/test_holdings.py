"""Who holds a place is a description, not an act: 'the territory occupied by Russia' (issue 13)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_a_noun_modifying_participle_names_who_holds_the_place(tmp_path: Path) -> None:
    text = "On Monday, Danish aid workers entered the territory occupied by Russia."
    assert not asserted(code_text(tmp_path, text), "COERCE")


def test_a_passive_relative_clause_describes_the_place(tmp_path: Path) -> None:
    text = (
        "The Danish minister criticised the plan for the province, "
        "which belonged to Ukraine and was occupied by Russia."
    )
    assert not asserted(code_text(tmp_path, text), "COERCE")


def test_a_dated_occupation_in_a_relative_clause_is_an_act(tmp_path: Path) -> None:
    text = "The Danish minister visited the province, which was occupied by Russia in 2014."
    coerce = asserted(code_text(tmp_path, text), "COERCE")
    assert coerce and coerce[0].source is not None and coerce[0].source.country == "RUS"


def test_an_occupation_told_as_an_act_stays(tmp_path: Path) -> None:
    # a crowd occupying a building protests (PROTEST obstruct, docs/coding.md); troops occupying a town seize it
    assert asserted(code_text(tmp_path, "Danish protesters occupied the parliament building on Monday."), "PROTEST")
    assert asserted(code_text(tmp_path, "Russian troops occupied the town of Izium on Monday."), "COERCE")

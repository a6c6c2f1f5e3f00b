"""A stance event needs a statement: no AGREE or REQUEST from a negated, withheld or questioned one (issue 13)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_an_unannounced_intention_is_no_agreement(tmp_path: Path) -> None:
    text = "The Danish minister did not announce on Monday that Denmark would support Sweden."
    assert not asserted(code_text(tmp_path, text), "AGREE")


def test_declining_to_say_states_nothing(tmp_path: Path) -> None:
    text = "The Danish minister declined to say on Monday that Denmark would support Sweden."
    assert not asserted(code_text(tmp_path, text), "AGREE")


def test_an_embedded_question_leaves_the_choice_open(tmp_path: Path) -> None:
    text = "The Danish Social Democrats did not reveal whom they would support against the Swedish prime minister."
    assert not asserted(code_text(tmp_path, text), "AGREE")


def test_an_unstated_obligation_is_no_request(tmp_path: Path) -> None:
    text = "The Danish minister did not say on Monday that Russia must withdraw its troops from Ukraine."
    assert not asserted(code_text(tmp_path, text), "REQUEST")


def test_a_stated_intention_is_still_an_agreement(tmp_path: Path) -> None:
    text = "The Danish minister announced on Monday that Denmark would support Sweden."
    agree = asserted(code_text(tmp_path, text), "AGREE")
    assert agree and agree[0].target is not None and agree[0].target.country == "SWE"


def test_a_relative_clause_statement_still_states(tmp_path: Path) -> None:
    text = "Denmark, which said it would support Sweden, voted on Monday."
    assert asserted(code_text(tmp_path, text), "AGREE")


def test_an_outlet_reporting_a_plan_is_no_statement_of_intent(tmp_path: Path) -> None:
    text = "On Monday, the Copenhagen Post reported that Denmark would support Sweden."
    assert not asserted(code_text(tmp_path, text), "AGREE")


def test_an_analysts_forecast_is_no_statement_of_intent(tmp_path: Path) -> None:
    text = "Danish analysts said on Monday that Denmark would support Sweden."
    assert not asserted(code_text(tmp_path, text), "AGREE")


def test_a_government_announcing_its_troops_withdrawal_commits_itself(tmp_path: Path) -> None:
    text = "The Danish prime minister announced on Monday that Danish troops would withdraw from Iraq."
    agree = asserted(code_text(tmp_path, text), "AGREE")
    assert agree and {(e.source.country, e.source.agent) for e in agree} == {("DNK", "GOV")}


def test_a_foreign_speaker_commits_no_one(tmp_path: Path) -> None:
    # the forces' own country does not speak: no promise is made for them (nor by the speaker)
    text = "The Danish prime minister said on Monday that Swedish troops would withdraw from Iraq."
    assert all(e.source.country != "DNK" for e in asserted(code_text(tmp_path, text), "AGREE"))

"""A commitment told in the lead and again in a quote is one statement (issue 13: duplicates of a story event)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coding_helpers import asserted, code_text

LEAD = "On Wednesday, the Danish prime minister announced that Denmark will send aid to Sudan."


def test_the_quote_restating_the_lead_is_the_same_agreement(tmp_path: Path) -> None:
    text = f'{LEAD}\n\n"Denmark will send aid to Sudan within days," the prime minister said in a televised address.'
    agree = asserted(code_text(tmp_path, text), "AGREE")
    assert len(agree) == 1 and agree[0].date == dt.date(2023, 3, 8)  # the lead's Wednesday


def test_a_restated_commitment_in_the_first_person(tmp_path: Path) -> None:
    text = (
        "On Wednesday, the Danish foreign minister said Denmark would support Sweden at the United Nations.\n\n"
        '"We will support Sweden," the minister told reporters.'
    )
    assert len(asserted(code_text(tmp_path, text), "AGREE")) == 1


def test_a_commitment_told_as_another_stays_two(tmp_path: Path) -> None:
    text = f'{LEAD}\n\n"Denmark will also send aid to Chad," the prime minister said.'
    targets = {e.target.country for e in asserted(code_text(tmp_path, text), "AGREE") if e.target}
    assert targets == {"SDN", "TCD"}


def test_a_commitment_on_another_day_is_another_statement(tmp_path: Path) -> None:
    text = f"{LEAD}\n\nOn Friday, the prime minister said again that Denmark will send aid to Sudan."
    assert len(asserted(code_text(tmp_path, text), "AGREE")) == 2

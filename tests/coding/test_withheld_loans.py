"""Issue 13, a thing object that is a flow of money or goods: suspending, freezing, cutting or halting loans,
lending or arms sales to a country is a SANCTION aimed at it (events.yaml, as suspending aid already is).

Invented sentences through the real pipeline (the shared ``code`` fixture), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import target_codes

pytestmark = pytest.mark.slow


def test_suspended_loans_are_a_sanction_on_the_borrower(code) -> None:
    assert target_codes(code("The World Bank suspended its loans to Malawi on Monday."), "SANCTION") == {"MWIGOV"}


def test_frozen_lending_is_a_sanction_on_the_borrower(code) -> None:
    assert target_codes(code("Japan froze its lending to Myanmar on Tuesday."), "SANCTION") == {"MMRGOV"}


def test_a_state_suspending_arms_sales_sanctions_the_buyer(code) -> None:
    assert target_codes(code("Sweden suspended arms sales to Turkey on Monday."), "SANCTION") == {"TURGOV"}


def test_a_firm_suspending_its_sales_sanctions_no_one(code) -> None:
    assert not target_codes(code("The carmaker suspended sales of its cars in China on Monday."), "SANCTION")


def test_a_threat_to_suspend_loans_is_no_asserted_sanction(code) -> None:
    assert not target_codes(code("Japan threatened on Monday to suspend loans to Myanmar."), "SANCTION")

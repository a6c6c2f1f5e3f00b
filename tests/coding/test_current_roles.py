"""An apposition that names what a known person is now beats the record's ended role (coding.current_roles).
Invented sentences about a former prime minister whose record ended in 2006, published in 2018."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2018, 12, 14)


@pytest.mark.parametrize("text", [
    "Former Prime Minister Khaleda Zia, the leader of the opposition, accused the government of rigging the vote.",
    "Khaleda Zia, the chairwoman of the opposition party, accused the government of rigging the vote on Monday.",
])
def test_a_current_role_in_apposition_beats_the_ended_office(code, text):
    accused = asserted(code(text), "ACCUSE")
    assert accused and all(e.source and e.source.code == "BGDOPP" for e in accused), accused


@pytest.mark.parametrize("text", [
    "Khaleda Zia, the former prime minister, accused the government of rigging the vote.",
    "Former Prime Minister Khaleda Zia accused the government of rigging the vote.",
])
def test_a_past_role_or_none_keeps_the_records_reading(code, text):
    accused = asserted(code(text), "ACCUSE")
    assert accused and all(e.source and e.source.code == "BGDELI" for e in accused), accused

"""A news outlet named by a publication word is media, not the place or body in its name (issue 13, relevance)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_a_capital_in_an_outlet_name_is_no_government(tmp_path: Path) -> None:
    accuse = asserted(code_text(tmp_path, "The Danish government sued the Washington Post on Monday."), "ACCUSE")
    assert accuse and accuse[0].target is not None
    assert (accuse[0].target.code, accuse[0].target.agent) == ("USAMED", "MED")


def test_a_country_in_an_outlet_name_is_the_outlet_country(tmp_path: Path) -> None:
    accuse = asserted(code_text(tmp_path, "The Danish minister criticised China Daily on Monday."), "ACCUSE")
    assert accuse and accuse[0].target is not None and accuse[0].target.code == "CHNMED"


def test_you_in_an_interview_is_not_the_outlet(tmp_path: Path) -> None:
    text = '"We will never negotiate with you," the Danish minister told the Washington Post on Monday.'
    assert not [e for e in code_text(tmp_path, text) if e.target is not None and e.target.country == "USA"]


def test_an_organisation_in_a_magazine_name_is_not_the_addressee(tmp_path: Path) -> None:
    text = 'The Danish minister told the UNESCO Courier in 1999, "If you want peace, you should protect the people."'
    assert not [e for e in code_text(tmp_path, text) if e.target is not None and e.target.igo]


def test_you_told_to_an_official_is_still_the_official(tmp_path: Path) -> None:
    text = '"You must withdraw your troops," the Danish minister told Sergei Lavrov on Monday.'
    request = asserted(code_text(tmp_path, text), "REQUEST")
    assert request and request[0].target is not None and request[0].target.country == "RUS"


def test_a_day_after_the_outlet_is_no_part_of_its_name(tmp_path: Path) -> None:
    text = '"We will never negotiate with you," the Danish minister told the Washington Post Monday.'
    assert not [e for e in code_text(tmp_path, text) if e.target is not None and e.target.country == "USA"]

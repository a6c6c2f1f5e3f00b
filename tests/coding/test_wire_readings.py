"""Shapes of real wire copy that the coder missed (lane devmiss-nothing), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_police_treating_an_attack_as_terrorism_investigate_it(tmp_path: Path) -> None:
    for text in ("Belgian police said on Sunday they were treating the stabbing in Liege as a terrorist incident.",
                 "Dutch detectives are treating the death of a reporter in Amsterdam as murder."):
        found = asserted(code_text(tmp_path, text), "ACCUSE")
        assert found and found[0].mode == "investigate", text
        assert found[0].source is not None and found[0].source.code.endswith("COP"), text


def test_treating_something_as_a_mere_incident_is_no_inquiry(tmp_path: Path) -> None:
    for text in ("Belgian police said they were treating the fire in Liege as an isolated incident.",
                 "The Belgian government said it would treat the matter as a priority.",
                 "Belgian police said they could treat the shooting as terrorism if new evidence emerged."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_a_company_officer_speaks_for_the_company(tmp_path: Path) -> None:
    text = "The general manager of Abu Dhabi Media, Ali Hassan, attributed the bombing to Houthi rebels."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].source is not None and accuse[0].source.code == "AREMED"


def test_a_singular_party_name_leaves_the_legislator_his_sector(tmp_path: Path) -> None:
    text = "Anna Weller, a Dutch Christian Democrat MP, criticised the Belgian government on Tuesday."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].source is not None and accuse[0].source.code == "NLDLEG"

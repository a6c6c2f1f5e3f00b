"""An armed operation names its doer as an airstrike does (events.yaml noun ``operation``, lane devmiss-nothing)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_killed_in_a_national_military_operation_names_the_doer(tmp_path: Path) -> None:
    for text, code in (("An Islamic State commander was killed in a French counterterrorism operation in Mali.", "FRA"),
                       ("Two militants were killed in a Kenyan military operation near Lamu on Tuesday.", "KEN")):
        assault = asserted(code_text(tmp_path, text), "ASSAULT")
        assert assault and assault[0].source is not None and assault[0].source.code.startswith(code), text


def test_an_unarmed_operation_is_no_attack(tmp_path: Path) -> None:
    for text in ("French troops conducted a rescue operation in Mali on Tuesday.",
                 "Kenyan and Somali troops are planning joint military operations.",
                 "The operation of the power plant was halted."):
        assert not asserted(code_text(tmp_path, text), "ASSAULT"), text

"""A crowd described by a participle phrase keeps its verb (nlp/participles.py ``_lift_stacked_verb``)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_protesters_wearing_masks_gathered_is_a_protest(tmp_path: Path) -> None:
    for text in ("Hundreds of Chilean protesters wearing masks gathered in the centre of Santiago on Friday.",
                 "Thousands of Thai protesters wearing helmets gathered outside the police headquarters in Bangkok."):
        protest = asserted(code_text(tmp_path, text), "PROTEST")
        assert protest and protest[0].mode == "demo", text
        assert protest[0].source is not None and protest[0].source.code.endswith("CVL"), text


def test_a_verbless_caption_stays_verbless(tmp_path: Path) -> None:
    assert not code_text(tmp_path, "Protesters wearing masks made in China.")

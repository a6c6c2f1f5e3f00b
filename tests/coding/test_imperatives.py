"""Quoted imperatives addressed to a named actor (coding/imperatives.py), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def _dyads(text: str, tmp_path: Path) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(code_text(tmp_path, text), "REQUEST")}


def test_a_command_to_a_named_vocative_is_a_request(tmp_path: Path) -> None:
    assert ("UKRGOV", "RUSGOV") in _dyads('"President Putin, stop this war," the Ukrainian president said.', tmp_path)


def test_a_command_to_the_one_told_is_a_request(tmp_path: Path) -> None:
    text = '"Get out of our region," the Iranian president told the United States.'
    assert ("IRNGOV", "USA") in _dyads(text, tmp_path)


def test_commands_to_no_one_known_or_to_the_press_ask_no_one(tmp_path: Path) -> None:
    for text in ('"Let us work together," the Iranian president said.',
                 '"Read the report," the Kenyan president told reporters.',
                 "Vladimir Putin, the Russian president, stopped the offensive.",
                 '"Stop the war," the Ukrainian president said.'):
        assert not _dyads(text, tmp_path), text

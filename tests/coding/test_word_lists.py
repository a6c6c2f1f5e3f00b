"""Word lists the actor look-up reads are dictionary data a user may extend, not code: a word added to
``group_nouns.yaml`` (``collective_heads``), ``back_references.yaml`` (``document_nouns``) or ``titles.yaml``
(``offices``) changes what the coder resolves.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10; the dictionaries
are a copy in ``tmp_path`` that ``lexicon.DICT_DIR`` points to. Each test first checks that the shipped lists
lack the word, so that it can fail.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from coding_helpers import asserted, dyad_codes

from seismo.coding import lexicon
from seismo.coding.group_nouns import group_nouns
from seismo.coding.mention_memory import document_nouns, office_titles, spokes_words, title_of
from seismo.models import Event


def source_codes(events: list[Event], type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def _clear() -> None:
    lexicon.clear_word_lists()


@pytest.fixture
def add_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str, str], None]]:
    """Add a word to one list of a copy of the dictionaries, which the coder then reads."""
    folder = tmp_path / "dictionaries"
    shutil.copytree(lexicon.DICT_DIR, folder)

    def add(name: str, key: str, word: str) -> None:
        path = folder / name
        text, count = re.subn(rf"^{key}: \[", f"{key}: [{word}, ", path.read_text(encoding="utf-8"), flags=re.M)
        assert count == 1, f"no list {key} in {name}"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(lexicon, "DICT_DIR", folder)
        _clear()

    _clear()
    yield add
    monkeypatch.undo()
    _clear()


def test_the_lists_come_from_the_dictionaries() -> None:
    _clear()
    assert {"unit", "thousands"} <= group_nouns().collective_heads and "forum" in group_nouns().org_nouns
    assert "envoy" in group_nouns().sent_nouns and "communique" in document_nouns()
    assert "press secretary" in spokes_words()
    assert office_titles()[:2] == ("president", "prime minister")  # the first office a phrase holds wins


@pytest.mark.slow
def test_an_added_office_is_filled_by_its_last_holder(code, add_word) -> None:
    text = (
        "Kenyan President William Ruto met Ugandan officials on Monday. On Tuesday the Kenyan Viceroy accused "
        "Uganda of fraud. The Viceroy also condemned Tanzania."
    )
    assert (None, "TZAGOV") in dyad_codes(code(text)) and title_of("the Viceroy") is None
    add_word("titles.yaml", "offices", "viceroy")
    assert title_of("the Viceroy") == "viceroy"
    assert ("KENGOV", "TZAGOV") in dyad_codes(code(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "key", "word", "text", "type_", "source"),
    [
        # a document noun is its issuer's
        (
            "back_references.yaml",
            "document_nouns",
            "memo",
            "The Kenyan foreign ministry issued a memo on Monday. The memo accused Uganda of arming rebels.",
            "ACCUSE",
            "KENGOV",
        ),
        # a collective head is its of-complement
        (
            "group_nouns.yaml",
            "collective_heads",
            "detachment",
            "A detachment of the Kenyan army attacked rebels in Somalia on Monday.",
            "ASSAULT",
            "KENMIL",
        ),
    ],
)
def test_an_added_word_names_the_source(
    code, add_word, name: str, key: str, word: str, text: str, type_: str, source: str
) -> None:
    assert source not in source_codes(code(text), type_)
    add_word(name, key, word)
    assert source_codes(code(text), type_) == {source}

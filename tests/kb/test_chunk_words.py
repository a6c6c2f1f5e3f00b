"""The chunk reader's word lists are a data file (``kb/data/chunk_words.yaml``): edited there, they change what
a phrase names; a malformed file is the one-line K001 error. Invented names."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from seismo.errors import KnowledgeError
from seismo.kb import DATA_DIR, KnowledgeBase, chunks

ON = dt.date(2024, 5, 2)


@pytest.fixture
def edit_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """Replace a line of a copy of the shipped file, which the chunk reader then reads."""
    shutil.copy(DATA_DIR / "chunk_words.yaml", tmp_path / "chunk_words.yaml")

    def edit(old: str, new: str) -> None:
        path = tmp_path / "chunk_words.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")
        monkeypatch.setattr(chunks, "DATA_DIR", tmp_path)
        chunks.chunk_words.cache_clear()

    yield edit
    monkeypatch.undo()
    chunks.chunk_words.cache_clear()


def test_the_shipped_lists() -> None:
    words = chunks.chunk_words()
    assert {"marine", "jordan", "chad"} <= words.given_name_aliases and "general" not in words.given_name_aliases
    assert {"sgt", "corps"} <= words.rank_words and {"REB", "INS"} <= words.named_group_sectors
    assert "PTY" not in words.named_group_sectors


def test_a_given_name_added_to_the_file_starts_a_persons_name(kb: KnowledgeBase, edit_words) -> None:
    before = kb.resolve_phrase("Kenya Otieno", ON)  # the phrase cache keys on the text: a name for each reading
    assert before is not None and before.actor.country == "KEN"
    edit_words("given_name_aliases: [marine,", "given_name_aliases: [kenya, marine,")
    after = kb.resolve_phrase("Kenya Wambui", ON)
    assert after is None or after.actor.country != "KEN"


@pytest.mark.parametrize(("old", "new"), [
    ("rank_words: [sgt,", "rank_words: sgt\nwas: [sgt,"),
    ("named_group_sectors: [REB,", "named_group_sectors: [[REB],"),
    ("version: 1", "version: [1"),
])
def test_a_malformed_file_is_a_one_line_k001_error(edit_words, old: str, new: str) -> None:
    edit_words(old, new)
    with pytest.raises(KnowledgeError) as info:
        chunks.chunk_words()
    assert info.value.code == "K001" and "chunk_words.yaml" in str(info.value) and "\n" not in str(info.value)


def test_a_given_name_before_a_surname_the_kb_knows_is_a_person_not_the_country(kb: KnowledgeBase) -> None:
    # 'De Vries' is a known Dutch minister's surname; 'Jordan De Vries' is someone else, not Jordan
    assert kb.resolve_phrase("Jordan De Vries", dt.date(2016, 8, 27)) is None
    assert kb.resolve_phrase("Jordan", dt.date(2016, 8, 27)) is not None

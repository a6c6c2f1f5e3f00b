"""A shipped dictionary file is parsed once per process (``lexicon.dictionary``): ``events.yaml`` has two readers,
the lexicon and the word lists (stative participles, adjective homographs), which share one parse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from seismo.coding import lexicon


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dictionary files parsed while the test runs (caches cleared before and after)."""
    seen: list[str] = []
    parse = lexicon._read_yaml

    def counted(path: Path) -> dict[str, Any]:
        seen.append(path.name)
        return parse(path)

    monkeypatch.setattr(lexicon, "_read_yaml", counted)
    lexicon.clear_word_lists()
    lexicon.load_lexicon.cache_clear()
    yield seen
    monkeypatch.undo()
    lexicon.clear_word_lists()
    lexicon.load_lexicon.cache_clear()


def test_a_second_load_returns_the_cached_object(reads: list[str]) -> None:
    first = lexicon.dictionary("events.yaml")
    assert lexicon.dictionary("events.yaml") is first
    assert reads == ["events.yaml"]


def test_the_lexicon_and_the_word_lists_share_one_parse(reads: list[str]) -> None:
    lexicon.load_lexicon()
    data, (homographs,) = lexicon.word_sets("events.yaml", ("adjective_homographs",))
    assert homographs and data["verbs"] is lexicon.dictionary("events.yaml")["verbs"]
    assert reads.count("events.yaml") == 1


def test_clearing_the_word_lists_reads_the_file_again(reads: list[str]) -> None:
    first = lexicon.dictionary("events.yaml")
    lexicon.clear_word_lists()
    assert lexicon.dictionary("events.yaml") is not first and reads.count("events.yaml") == 2


def test_user_words_and_user_events_leave_the_shared_file_alone(
        reads: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("events.yaml:\n  adjective_homographs: [grand]\n", encoding="utf-8")
    monkeypatch.setenv(lexicon.WORD_LISTS_ENV, str(words))
    shared = lexicon.dictionary("events.yaml")
    before = list(shared["adjective_homographs"]), dict(shared.get("type_targets") or {})
    assert "grand" in lexicon.word_sets("events.yaml", ("adjective_homographs",))[1][0]
    extra = tmp_path / "events.yaml"
    extra.write_text("type_targets:\n  INVENTED_TYPE: [with]\n", encoding="utf-8")
    lexicon.load_lexicon((extra,))
    assert (list(shared["adjective_homographs"]), dict(shared.get("type_targets") or {})) == before

"""Joined verbs share one scene unless a word says otherwise; the words are dictionary data (``own_scene_preps`` and
``path_nouns`` in ``dictionaries/place_nouns.yaml``, lane mend4): without its path noun, "blocked the highway into
Caracas" reads the phrase as a goal of motion and shares no place."""

from __future__ import annotations

from dataclasses import replace

import pytest

from seismo.coding import places
from seismo.coding.lexicon import WORD_LISTS_ENV, clear_word_lists
from seismo.coding.word_tables import place_nouns

pytestmark = pytest.mark.slow

HIGHWAY = "Protesters set fire to tyres and blocked the highway into Caracas on Tuesday."


@pytest.fixture
def no_user_words(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(WORD_LISTS_ENV, raising=False)
    clear_word_lists()
    yield monkeypatch
    monkeypatch.undo()
    clear_word_lists()


def _places_of_set(code, text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in code(text) if e.trigger == "set"}


def test_the_lists_are_read_from_the_dictionary(no_user_words) -> None:
    assert {"in", "from"} <= place_nouns().own_scene_preps and "at" not in place_nouns().own_scene_preps
    assert {"highway", "bridge"} <= place_nouns().path_nouns


def test_a_path_noun_shares_the_joined_verbs_place(code, no_user_words) -> None:
    assert _places_of_set(code, HIGHWAY) == {"Caracas"}


def test_without_the_path_noun_the_phrase_is_a_goal(code, no_user_words) -> None:
    shipped = place_nouns()
    no_user_words.setattr(places, "place_nouns", lambda: replace(shipped, path_nouns=frozenset()))
    assert _places_of_set(code, HIGHWAY) == {None}  # 'into Caracas' a goal of motion: the place is not shared

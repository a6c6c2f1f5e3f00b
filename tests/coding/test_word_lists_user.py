"""The coder's content-word lists are dictionary data that a user file extends (``SEISMO_WORD_LISTS``), and a
broken dictionary is the one-line C001 error.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10. A user file names
a dictionary file and a list and adds words to it; each test first codes the sentence without the file, so
that it can fail.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from coding_helpers import asserted, dyad_codes

from seismo.coding import lexicon
from seismo.coding.filter import build_trigger_forms
from seismo.coding.group_nouns import group_nouns
from seismo.coding.introductions import titles
from seismo.coding.lexicon import WORD_LISTS, WORD_LISTS_ENV, clear_word_lists
from seismo.coding.mention_memory import speaker_heads, spokes_words
from seismo.coding.org_heads import head_nouns
from seismo.coding.told_times import generic_event_nouns
from seismo.coding.word_tables import argument_words, place_nouns
from seismo.errors import CodingError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def user_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Name a user word-list file (YAML text) in ``SEISMO_WORD_LISTS``; the coder then reads it."""

    def use(text: str) -> None:
        path = tmp_path / "my_words.yaml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv(WORD_LISTS_ENV, str(path))
        clear_word_lists()

    monkeypatch.delenv(WORD_LISTS_ENV, raising=False)
    clear_word_lists()
    yield use
    monkeypatch.undo()
    clear_word_lists()


def test_the_moved_lists_come_from_the_dictionaries() -> None:
    clear_word_lists()
    words, places, nouns = argument_words(), place_nouns(), group_nouns()
    assert "ultimatum" in words.utterance_nouns and "telegram" in words.medium_nouns and "enact" in words.issuing_verbs
    assert "employ" in words.instrument_verbs and "dock" in words.arrival_verbs and "bid" in words.generic_event_heads
    assert "airlift" in words.carrier_heads and "remainder" in words.partitives and "urge" in words.telling_verbs
    assert "congratulate" in words.not_asking_verbs and "resume" in words.aspectual_verbs
    assert "oblast" in places.settlement_nouns and "cathedral" in places.facility_nouns
    assert "frontier" in places.border_nouns and "heart" in places.settlement_heads and "jail" in places.any_place
    assert "crowd" in nouns.count_heads and "negotiator" in nouns.member_heads and nouns.counterparts == {"counterpart"}
    assert "chancellor" in speaker_heads() and "spokesman" in spokes_words() and "occasion" in generic_event_nouns()


def test_every_extensible_list_is_a_shipped_list_documented_in_coding_md() -> None:
    doc = (REPO / "docs/coding.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([a-z_]+\.yaml)` \| `([a-z_]+)` \|", doc, flags=re.M))
    declared = {(name, key) for name, keys in WORD_LISTS.items() for key in keys}
    assert rows == declared
    for name, key in declared:
        data = yaml.safe_load((lexicon.DICT_DIR / name).read_text(encoding="utf-8"))
        assert isinstance(data.get(key), list) and data[key], f"{name}: {key}"


def test_a_user_file_adds_words_after_the_shipped_ones(user_words) -> None:
    assert "hamlet" not in place_nouns().settlement_nouns
    user_words("place_nouns.yaml:\n  settlement_nouns: [hamlet]\ntitles.yaml:\n  offices: [viceroy]\n")
    assert {"hamlet", "city"} <= place_nouns().settlement_nouns
    from seismo.coding.mention_memory import office_titles

    assert office_titles()[0] == "president" and office_titles()[-1] == "viceroy"  # order kept, the user's last


def test_a_user_adjective_homograph_makes_no_candidate_sentence_on_its_own(user_words) -> None:
    def forms():
        return build_trigger_forms(lexicon.load_lexicon())

    assert forms().matches({"a", "mass", "grave", "was", "found"})
    user_words("events.yaml:\n  adjective_homographs: [mass]\n")  # 'mass' as in 'a mass grave', not 'troops massed'
    assert not forms().matches({"a", "mass", "grave", "was", "found"})
    assert forms().matches({"troops", "massed", "near", "the", "border"})


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("arguments.yaml: [hamlet]\n", "arguments.yaml: a mapping of lists to words"),
        ("types.yaml:\n  ASSAULT: [hold]\n", "no word lists of 'types.yaml' to extend"),
        ("events.yaml:\n  light_verbs: [hold]\n", "events.yaml has no word list 'light_verbs'"),
        ("place_nouns.yaml:\n  village_nouns: [hamlet]\n", "place_nouns.yaml has no word list 'village_nouns'"),
        ("arguments.yaml:\n  telling_verbs: [on]\n", 'quote words like "on"'),
        ("arguments.yaml:\n  telling_verbs: [beg\n", "malformed dictionary"),
    ],
)
def test_a_bad_user_file_is_a_one_line_c001_error(user_words, text: str, detail: str) -> None:
    user_words(text)
    with pytest.raises(CodingError) as info:
        argument_words()
    assert info.value.code == "C001" and detail in str(info.value) and "my_words.yaml" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_missing_user_file_is_a_c001_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(WORD_LISTS_ENV, str(tmp_path / "nowhere.yaml"))
    clear_word_lists()
    try:
        with pytest.raises(CodingError, match=r"nowhere\.yaml"):
            place_nouns()
    finally:
        monkeypatch.undo()
        clear_word_lists()


@pytest.mark.parametrize("loader", [titles, head_nouns])
def test_a_broken_titles_file_is_a_one_line_c001_error(loader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """introductions.py and org_heads.py read titles.yaml through the shared loader."""
    folder = tmp_path / "dictionaries"
    shutil.copytree(lexicon.DICT_DIR, folder)
    (folder / "titles.yaml").write_text("titles: {LEG: [Deputy\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DICT_DIR", folder)
    clear_word_lists()
    try:
        with pytest.raises(CodingError) as info:
            loader()
        assert info.value.code == "C001" and "titles.yaml" in str(info.value) and "\n" not in str(info.value)
    finally:
        monkeypatch.undo()
        clear_word_lists()


def _codes(events, type_: str) -> set[tuple[str | None, str | None]]:
    return dyad_codes(asserted(events, type_))


def _places(events, type_: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in asserted(events, type_)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lists", "text", "read"),
    [
        # a telling verb after a quoted imperative: the one told is asked
        (
            "arguments.yaml:\n  telling_verbs: [instruct]\n",
            '"Withdraw your troops," the Kenyan president instructed Uganda on Monday.',
            lambda evs: ("KENGOV", "UGA") in _codes(evs, "REQUEST"),
        ),
        # an imperative that asks for nothing
        (
            "arguments.yaml:\n  not_asking_verbs: [forgive]\n",
            '"Forgive us," the Kenyan president told Uganda on Monday.',
            lambda evs: not asserted(evs, "REQUEST"),
        ),
        # a carrier is named by its goods: an aid caravan is aid
        (
            "arguments.yaml:\n  carrier_heads: [caravan]\n",
            "Kenya sent an aid caravan to Somalia on Monday.",
            lambda evs: ("KEN", "SOM") in _codes(evs, "AID"),
        ),
        # a generic head is named by its modifier: suspending an aid drive is suspending aid
        (
            "arguments.yaml:\n  generic_event_heads: [drive]\n",
            "Kenya suspended its aid drive in Somalia on Monday.",
            lambda evs: ("KENGOV", "SOMGOV") in _codes(evs, "SANCTION"),
        ),
        # a member head's of-complement names the parties
        (
            "group_nouns.yaml:\n  member_heads: [mediator]\n",
            "The mediators of Kenya and Uganda met in Geneva on Monday.",
            lambda evs: ("KENGOV", "UGAGOV") in _codes(evs, "CONSULT"),
        ),
        # a settlement noun's of-complement is where it happened
        (
            "place_nouns.yaml:\n  settlement_nouns: [hamlet]\n",
            "Rebels attacked the hamlet of Bokoro in Kenya on Monday, killing 12 villagers.",
            lambda evs: _places(evs, "ASSAULT") == {"Bokoro"},
        ),
    ],
)
def test_a_word_a_user_file_adds_changes_what_is_coded(code, user_words, lists: str, text: str, read) -> None:
    assert not read(code(text))
    user_words(lists)
    assert read(code(text))


def test_a_broken_jurisdiction_file_is_a_one_line_c001_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """jurisdiction.py reads its YAML through the shared loader too (it used its own yaml.safe_load)."""
    from seismo.coding.jurisdiction import _rules

    folder = tmp_path / "dictionaries"
    shutil.copytree(lexicon.DICT_DIR, folder)
    (folder / "jurisdiction.yaml").write_text("enforcers: [police\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DICT_DIR", folder)
    clear_word_lists()
    try:
        with pytest.raises(CodingError) as info:
            _rules()
        assert info.value.code == "C001" and "jurisdiction.yaml" in str(info.value) and "\n" not in str(info.value)
    finally:
        monkeypatch.undo()
        clear_word_lists()

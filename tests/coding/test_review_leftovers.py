"""Review leftovers of issue 13 that moved code into data or shared one reading: the home enforcers are a
word list a user extends (``placement.yaml`` ``home_enforcers``, ``places.enforced_at_home``), an occasion is
tied to the story's earlier words by a shared lemma stem (``date_shifts.same_stem``), and the owner of a thing and
the maker of an act share one walk over its participle clauses (``arguments.clause_agents``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy

from seismo.coding.arguments import clause_agents
from seismo.coding.date_shifts import same_stem
from seismo.coding.lexicon import WORD_LISTS_ENV, clear_word_lists
from seismo.coding.places import enforced_at_home
from seismo.models import Actor


@pytest.fixture
def no_user_words(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.delenv(WORD_LISTS_ENV, raising=False)
    clear_word_lists()
    yield monkeypatch
    monkeypatch.undo()
    clear_word_lists()


def _actor(agent: str) -> Actor:
    return Actor(name="x", code=f"RUS{agent}", country="RUS", agent=agent)


def test_home_enforcers_read_sector_type_and_mode(no_user_words) -> None:
    assert enforced_at_home(_actor("COP"), "COERCE", "arrest") and enforced_at_home(_actor("JUD"), "SANCTION", None)
    assert enforced_at_home(_actor("SPY"), "COERCE", "deport")
    assert not enforced_at_home(_actor("SPY"), "COERCE", "seize")
    assert not enforced_at_home(_actor("COP"), "ASSAULT", None)
    assert not enforced_at_home(_actor("MIL"), "COERCE", "arrest")


def test_a_user_file_adds_a_home_enforcer(no_user_words, tmp_path: Path) -> None:
    assert not enforced_at_home(_actor("MIL"), "COERCE", "arrest")
    path = tmp_path / "words.yaml"
    path.write_text("placement.yaml:\n  home_enforcers: [mil coerce arrest]\n", encoding="utf-8")
    no_user_words.setenv(WORD_LISTS_ENV, str(path))
    clear_word_lists()
    assert enforced_at_home(_actor("MIL"), "COERCE", "arrest")
    assert not enforced_at_home(_actor("MIL"), "COERCE", "seize")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("election", "elect", True), ("demonstration", "demonstrate", True), ("meeting", "meet", True),
    ("rally", "rally", True), ("protest", "protester", True),
    ("market", "mark", False), ("party", "part", False), ("funeral", "fund", False),
])
def test_an_occasion_shares_a_stem_only_with_its_word_family(a: str, b: str, same: bool) -> None:
    assert same_stem(a, b) is same and same_stem(b, a) is same


def test_clause_agents_keeps_participles_and_skips_the_given_clause() -> None:
    nlp = spacy.blank("en")
    words = ["a", "tanker", "owned", "by", "Greece"]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 3], deps=["det", "ROOT", "acl", "agent", "pobj"],
                           tags=["DT", "NN", "VBN", "IN", "NNP"], lemmas=["a", "tanker", "own", "by", "Greece"])
    tanker, owned = doc[1], doc[2]
    assert [(c.text, a.text) for c, a in clause_agents(tanker, {"own"}, participle=True)] == [("owned", "Greece")]
    assert clause_agents(tanker, {"own"}, skip=owned) == [] and clause_agents(tanker, {"hold"}) == []

"""A finite verb the parser took for a participle adjective before a bare title and a name (lane probe-u)."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _deps(text: str) -> dict[str, tuple[str, str]]:
    doc = load_pipeline()(text)
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_verb_before_a_bare_title_and_name_is_the_root() -> None:
    deps = _deps("A court in Minsk jailed opposition candidate Andrei Sannikov for five years.")
    assert deps["jailed"] == ("ROOT", "jailed")
    assert deps["court"] == ("nsubj", "jailed") and deps["Sannikov"] == ("dobj", "jailed")
    assert deps["for"] == ("prep", "jailed") and deps["Minsk"] == ("pobj", "in")


def test_stranded_preposition_gets_its_object_back() -> None:
    deps = _deps("A court in Minsk on Friday jailed opposition candidate Andrei Sannikov.")
    assert deps["jailed"] == ("ROOT", "jailed") and deps["Friday"] == ("pobj", "on")


def test_sentence_with_a_verb_or_a_modifier_is_left_alone() -> None:
    deps = _deps("Supporters of jailed opposition leader Alexei Navalny marched in Moscow on Sunday.")
    assert deps["jailed"][0] == "amod" and deps["marched"] == ("ROOT", "marched")
    deps = _deps("The jailed opposition leader.")
    assert deps["jailed"][0] == "amod"


def test_a_participle_preposition_takes_a_prepositional_object() -> None:
    """'Following talks with Asif Ali Zardari on Wednesday': the parser made 'talks' a direct object."""
    deps = _deps("Following talks with Asif Ali Zardari on Wednesday, Napolitano announced a new trade deal.")
    assert deps["Following"][0] == "prep" and deps["talks"] == ("pobj", "Following")
    assert _deps("He was following the news.")["news"] == ("dobj", "following")


def test_possessor_noun_read_as_adjective_is_the_subject() -> None:
    deps = _deps("Fiji's military seized power on Monday.")
    assert deps["seized"] == ("ROOT", "seized")
    assert deps["military"] == ("nsubj", "seized") and deps["Fiji"] == ("poss", "military")
    assert deps["power"] == ("dobj", "seized")


def test_verb_joined_to_the_nominal_root_joins_the_repaired_verb() -> None:
    deps = _deps("Chad's military seized power on Tuesday and detained the president.")
    assert deps["seized"] == ("ROOT", "seized")
    assert deps["detained"] == ("conj", "seized") and deps["and"] == ("cc", "seized")

"""Probe lane s: actor names that hold another actor's name or an agent noun.

Invented sentences, each for a general mechanism: a country written before a name a state's own council shares
with the UN body is that state's council; a capitalised name with an 'of' complement the knowledge base knows
whole is that organisation; a gazetteer place whose last word is an agent noun ('the West Bank') is the place;
news outlets carry their own country; sports bodies are no government.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, code_text

from seismo.kb import load_kb

pytestmark = pytest.mark.slow

DAY = dt.date(2019, 5, 2)


@pytest.mark.parametrize(("phrase", "code"), [
    ("Russia's Security Council", "RUSGOV"), ("the Russian Security Council", "RUSGOV"),
    ("Iran's Supreme National Security Council", "IRNGOV"), ("Pakistan's National Security Council", "PAKGOV"),
    ("the Security Council", "IGOUNO"), ("the UN Security Council", "IGOUNO")])
def test_a_country_before_a_shared_council_name_is_that_states_council(phrase, code):
    found = load_kb().resolve_phrase(phrase, DAY)
    assert found is not None and found.actor.code == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("BBC journalists", "GBRMED"), ("Reuters", "GBRMED"), ("AFP", "FRAMED"), ("Jemaah Islamiyah", "IDNREB"),
    ("Tamil Tigers", "LKAREB"), ("the Human Rights Commission of Pakistan", "PAKNGO")])
def test_named_outlets_and_groups(phrase, code):
    found = load_kb().resolve_phrase(phrase, DAY)
    assert found is not None and found.actor.code == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("the Egyptian football federation", "EGYCVL"), ("the Argentine football team", "ARGCVL"),
    ("the Kenyan Olympic committee", "KENCVL")])
def test_sports_bodies_are_no_government(phrase, code):
    found = load_kb().resolve_phrase(phrase, DAY)
    assert found is not None and found.actor.code == code


@pytest.mark.parametrize(("text", "type_", "side", "codes"), [
    # an 'of'-name the KB knows whole is that organisation, not the state of its place
    ("The Human Rights Commission of Pakistan accused Bangladesh of torturing prisoners.", "ACCUSE", "source",
     {"PAKNGO"}),
    # a place whose last word is an agent noun ('the West Bank') is the place, no bank
    ("Jordanian jets struck the West Bank on Tuesday.", "ASSAULT", "target", {"PSE"}),
    # a Security Council after a country's possessive is that state's, not the UN's
    ("Russia's Security Council accused Ukraine of shelling a nuclear plant.", "ACCUSE", "source", {"RUSGOV"}),
])
def test_named_bodies_and_places_resolve_to_what_they_are(tmp_path, text, type_, side, codes):
    events = asserted(code_text(tmp_path, text), type_)
    assert {getattr(e, side).code for e in events if getattr(e, side)} == codes


def test_a_demonym_before_officers_is_no_crowd_of_civilians(tmp_path):
    events = code_text(tmp_path, "Kenyan officers arrested 12 protesters in Nairobi on Monday.")
    sources = {e.source.code for e in asserted(events, "COERCE") if e.source}
    assert sources and "KENCVL" not in sources


def test_an_ethnic_name_before_leaders_keeps_the_peoples_reading(tmp_path):
    events = code_text(tmp_path, "Yoruba leaders accused the government of neglect.")
    sources = {e.source.code for e in asserted(events, "ACCUSE") if e.source}
    assert sources == {"NGACVL"}

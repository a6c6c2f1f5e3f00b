"""A demand on a state body from inside its own country: 'the businessman said the president should accept
the result' is a REQUEST (stance_events._one_side_obliged); the executive's parts telling each other, or a state
body advising its people, make none. And a person named before a relation noun ('Trump loyalist X') is not the
speaker (kb.resolve._related). All sentences invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from seismo.config import Settings
from seismo.models import Article, Event, Modality
from seismo.nlp.pipeline import load_pipeline
from seismo.pipeline import get_coder

Code = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def code() -> Code:
    settings = Settings()
    nlp = load_pipeline(settings.model)
    coder = get_coder(settings)

    def run(text: str) -> list[Event]:
        article = Article(doc_id=Article.hash_text(text), text=text, published=dt.date(2019, 3, 14))
        return coder.code(nlp(text), article)

    return run


def _requests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "REQUEST" and e.modality is Modality.ASSERTED]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("A Brazilian senator said on Tuesday that the president should sign the pension reform.", "BRALEG", "BRAGOV"),
    ("Brazilian businessmen said on Tuesday that the government must lower fuel taxes.", "BRABUS", "BRAGOV"),
    ("Brazilian lawmakers said on Tuesday that the police must release the detained farmers.", "BRALEG", "BRACOP"),
])
def test_a_demand_on_a_state_body_at_home_is_a_request(code: Code, text: str, source: str, target: str):
    found = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in _requests(code(text))]
    assert (source, target) in found, found


@pytest.mark.parametrize("text", [
    "The Brazilian defence minister said on Tuesday that the army must withdraw from the border.",
    "Brazilian police said on Tuesday that residents should stay indoors.",
    "The Brazilian president said on Tuesday that the government must lower fuel taxes.",
])
def test_own_executive_or_advice_to_the_people_is_no_request(code: Code, text: str):
    assert not _requests(code(text)), [(e.source, e.target) for e in _requests(code(text))]


def test_a_person_named_before_a_relation_noun_is_not_the_speaker(code: Code):
    text = ("Brazilian businessman and Bolsonaro loyalist Carlos Mendes said on Tuesday that the Brazilian president"
            " should sign the reform.")
    found = _requests(code(text))
    assert found and all(e.source is not None and e.source.agent == "BUS" for e in found), \
        [(e.source, e.target) for e in found]


@pytest.mark.parametrize("text", [
    'The Chilean foreign minister said on Tuesday that foreign powers should "stay out of the region".',
    "The Chilean president said on Tuesday that foreign forces must leave the country.",
])
def test_a_demand_on_unnamed_foreign_states_is_a_request_without_target(code: Code, text: str):
    found = _requests(code(text))
    assert [(e.source.code if e.source else None, e.target) for e in found] == [("CHLGOV", None)]


@pytest.mark.parametrize("text", [
    "Analysts said on Tuesday that foreign powers should stay out of the conflict.",
    "Chilean police said on Tuesday that foreign journalists should leave the area.",
    "The Chilean president said on Tuesday that foreign powers could stay out of the conflict.",
])
def test_no_request_of_unnamed_others_from_commentators_or_of_civilians(code: Code, text: str):
    assert not _requests(code(text))

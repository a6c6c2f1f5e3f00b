"""Event nouns as objects of causation and increase verbs: "the ruling sparked anger and protests", "the coup led
to sanctions by the EU", "prompted a general strike", "Turkey increased its cooperation with Russia", "escalated
its shelling of rebel positions". The caused event happened (unless the clause says otherwise), its arguments are
its own; an increased event is done by the verb's subject.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 3, 10)


def _countries(events, type_):
    return {(e.source and e.source.country, e.target and e.target.country) for e in asserted(events, type_)}


def test_coordinated_object_of_spark_is_an_event(code):
    events = code("The court ruling sparked anger and protests in Kenya on Monday.")
    assert asserted(events, "PROTEST"), events


def test_led_to_names_a_caused_event(code):
    events = code("The ruling led to protests in Kenya on Monday.")
    assert asserted(events, "PROTEST"), events


def test_led_to_keeps_the_clause_modality(code):
    events = code("Officials warned that the ruling could lead to protests in Kenya.")
    assert not asserted(events, "PROTEST"), events


def test_caused_noun_takes_its_own_actors(code):
    events = code("The coup in Mali led to sanctions by France against the junta on Monday.")
    assert ("FRA", "MLI") in _countries(events, "SANCTION"), events


def test_causer_is_no_party_of_the_caused_event(code):
    events = code("The Kenyan government's decision led to protests in Nairobi on Monday.")
    protests = asserted(events, "PROTEST")
    assert protests and all(e.source is None or e.source.agent != "GOV" for e in protests), events


def test_modifier_names_the_kind_of_a_caused_noun(code):
    events = code("The arrest of the union leader prompted a general strike in Nigeria on Monday.")
    strikes = asserted(events, "PROTEST")
    assert strikes and strikes[0].mode == "strike", events


def test_fuelled_riots_are_an_event_of_their_own(code):
    events = code("The fuel price rise fuelled riots in Haiti on Monday.")
    assert any(e.source and e.source.country == "HTI" for e in asserted(events, "PROTEST")), events

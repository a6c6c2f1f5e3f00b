"""Probe lane f (issue 13): what the coder missed on fresh wire copy about the Americas (deportation flights,
tariffs, elections and protests).

Invented sentences, each for a general mechanism: a particle with an object of its own is a preposition, so
"called on Kenyans to stay home" is a call on them (a REQUEST) as "called on the government to resign" is; and
an announced deployment of a state's own forces on its own ground threatens no one; talks a trip is made for
("traveled to Bogota to discuss ...") are held with the place it goes to.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow


def test_a_particle_with_an_object_is_relabelled_a_preposition():
    doc = load_pipeline()("The Kenyan opposition leader called on Kenyans to stay home on Monday.")
    on = next(t for t in doc if t.lower_ == "on")
    assert on.dep_ == "prep" and [c.lower_ for c in on.children] == ["kenyans"]


def test_a_bare_particle_stays_a_particle():
    doc = load_pipeline()("The rebels gave up after a week.")
    assert [t.dep_ for t in doc if t.lower_ == "up"] == ["prt"]


def test_calling_on_a_people_is_a_request_to_them(code):
    events = asserted(code("The Kenyan opposition leader called on Kenyans to stay home on Monday."), "REQUEST")
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in events] \
        == [("KENOPP", "KENCVL")]


def test_a_president_calling_on_his_people_requests_of_them(code):
    events = asserted(code("The Guatemalan president called on Guatemalans to stay calm on Tuesday."), "REQUEST")
    assert events and events[0].target is not None and events[0].target.country == "GTM"


def test_an_announced_deployment_on_home_ground_threatens_no_one(code):
    events = code("Honduras will deploy 3,000 soldiers to the city of San Pedro Sula, the defense minister said "
                  "on Tuesday.")
    assert not asserted(events, "THREATEN"), [(e.type, e.source, e.target) for e in events]


def test_an_announced_deployment_against_another_country_still_threatens_it(code):
    events = asserted(code("Venezuela will deploy 5,000 troops to its border with Guyana, the defense minister "
                           "said on Tuesday."), "THREATEN")
    assert [e.target.country if e.target else None for e in events] == ["GUY"]


def test_talks_a_trip_is_made_for_are_held_with_its_destination(code):
    events = asserted(code("The Ecuadorian foreign minister traveled to Bogota on Tuesday to discuss the trade "
                           "dispute."), "CONSULT")
    assert [(e.source.country if e.source else None, e.target.code if e.target else None) for e in events] \
        == [("ECU", "COLGOV")]


def test_a_named_partner_of_the_talks_wins_over_the_trip_s_destination(code):
    events = asserted(code("The Ecuadorian foreign minister traveled to Bogota on Tuesday to discuss the trade "
                           "dispute with Peru."), "CONSULT")
    assert [e.target.country if e.target else None for e in events] == ["PER"]

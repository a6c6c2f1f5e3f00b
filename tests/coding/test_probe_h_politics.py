"""Probe lane h (issue 13): what the coder got wrong on fresh copy about domestic politics and justice
(resignations, trials of politicians, releases of opposition figures).

Invented sentences, each for a general mechanism: a leader who stepped down days before the story is a
former leader on the publication day, and stepping down is still a resignation for such a known elite.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _pairs(events):
    return [(e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def test_a_former_leader_stepping_down_resigns(code):
    """The resignation gate reads the subject on the publication day: a known elite (ELI) leaves a post too."""
    events = asserted(code("Former Kenyan President Uhuru Kenyatta stepped down as chairman of his party on "
                           "Monday.", dt.date(2024, 3, 8)), "RETREAT")
    assert [(e.mode, e.source.code if e.source else None) for e in events] == [("resign", "KENELI")]


def test_a_leader_stepping_down_on_the_last_day_of_the_term_is_the_government(code):
    """The day the record's term ends is still the holder's: the resignation is the government's."""
    events = asserted(code("Prime Minister Rishi Sunak stepped down on Friday after the election defeat.",
                           dt.date(2024, 7, 8)), "RETREAT")
    assert _pairs(events) == [("GBRGOV", None)]


def test_a_month_modifying_an_event_noun_dates_the_act(code):
    """'during a May rally': the month after an article, before an event noun, is the act's month."""
    events = asserted(code("Kenyan police detained 40 students during a May rally in Nairobi.",
                           dt.date(2024, 8, 7)), "COERCE")
    assert [(e.date, e.date_precision) for e in events] == [(dt.date(2024, 5, 1), "month")]


def test_the_month_of_an_object_event_does_not_date_the_act(code):
    """'condemned the March attack' names the attack's month; the finder marks it, the act does not take it."""
    from seismo.coding.date_finder import find_date_expressions

    events = asserted(code("The Kenyan government condemned the March attack on Tuesday.", dt.date(2024, 8, 7)))
    assert events and all(e.date == dt.date(2024, 8, 6) for e in events), [(e.type, e.date) for e in events]
    assert [m.text for m in find_date_expressions("They condemned the March attack.")] == ["March"]
    assert not find_date_expressions("The March of the Volunteers was played.")
    assert not find_date_expressions("Theresa May spoke at the May government's meeting.")


def test_a_given_name_that_is_an_agent_noun_opens_the_name(code):
    """'Marine Le Garrec': 'Marine' is the first name the knowledge base reads as one (kb.chunks), not a title
    that makes the person a marine (MIL)."""
    events = asserted(code("A Paris court on Monday convicted Marine Le Garrec, the leader of the far-right "
                           "Patriot Union, of fraud. Le Garrec said she would appeal.", dt.date(2025, 4, 1)),
                      "SANCTION")
    assert events and events[0].target is not None
    assert events[0].target.agent != "MIL" and "as 'Marine'" not in (events[0].target.reason or "")


def test_leaders_of_a_group_take_the_group_sector(code):
    """'Leaders of the student movement': the of-form of 'student leaders' (titles.yaml modified_heads) is the
    students' sector, not the government 'leaders' alone reads as."""
    events = asserted(code("Leaders of the student movement rejected the offer of the Ugandan government on "
                           "Monday.", dt.date(2024, 8, 7)), "REJECT")
    assert [e.source.code if e.source else None for e in events] == ["UGAEDU"]
    events = asserted(code("The head of the army rejected the offer of the Ugandan government on Monday.",
                           dt.date(2024, 8, 7)), "REJECT")
    assert [e.source.code if e.source else None for e in events] == ["UGAMIL"]


def test_the_leader_of_a_country_stays_its_government(code):
    events = asserted(code("The leader of Uganda rejected the offer of the Kenyan government on Monday.",
                           dt.date(2024, 8, 7)), "REJECT")
    assert [e.source.code if e.source else None for e in events] == ["UGAGOV"]


def test_a_vow_to_fight_a_social_ill_or_a_charge_threatens_no_one(code):
    """'vowed to fight corruption', 'vowed to fight the charges': the infinitive's object is no foe."""
    for text in ("The Zambian opposition leader vowed to fight unemployment on Monday.",
                 "The former Zambian president vowed to fight the charges in court on Monday."):
        assert not asserted(code(text, dt.date(2024, 8, 7)), "THREATEN"), text
    events = asserted(code("The Zambian president vowed to fight the rebels on Monday.", dt.date(2024, 8, 7)),
                      "THREATEN")
    assert _pairs(events) == [("ZMBGOV", "ZMBREB")]

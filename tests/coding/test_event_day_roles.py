"""A person is read on the day the event finally gets (coding.event_day): a stance or an attribution dated after
the sentence pass resolved its parties on the publication day takes the role held on the event's own day.
Invented sentences about a leader whose record ends on Tuesday 2019-10-29, published on Friday 2019-11-01."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

from seismo.coding.event_day import on_event_day
from seismo.models import Actor

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2019, 11, 1)


def test_a_stance_told_after_the_resignation_is_the_office_holders(code):
    events = code("Saad Hariri resigned as prime minister on Tuesday. Hariri pledged to visit Egypt next month.")
    agree = asserted(events, "AGREE")
    assert agree and all(e.source and e.source.code == "LBNGOV" for e in agree), agree
    assert len(agree) == 1, agree  # the promise read twice, once on each day, is one record


def test_the_attribution_is_read_on_the_statements_day(code):
    events = code("Saad Hariri resigned as prime minister on Tuesday. "
                  "Hariri said he would meet the Egyptian ambassador next week.")
    agree = asserted(events, "AGREE")
    assert agree and all(e.source and e.source.code == "LBNGOV" for e in agree), agree
    assert all(e.attributed_to is None or e.attributed_to.code == "LBNGOV" for e in agree), agree


def test_an_undated_act_after_the_term_stays_a_former_leaders(code):
    events = code("Saad Hariri resigned as prime minister on Tuesday.\n\n"
                  "Hariri thanked the Egyptian government for its support in a letter.")
    support = [e for e in asserted(events) if e.target and e.target.country == "EGY"]
    assert support and all(e.source and e.source.code == "LBNELI" for e in support), support


def test_a_reading_the_text_changed_is_kept():
    said = Actor(name="Hariri", code="LBNGOV", country="LBN", agent="GOV",
                 reason="person Saad Hariri: Prime Minister (LBN) 2016-12-18..2019-10-29, former on 2019-11-01; "
                        "the title 'Prime Minister' in the text names an office the record lacks: the text is newer")
    assert on_event_day(said, dt.date(2019, 10, 1), kb=None) is said  # type: ignore[arg-type]
    unknown = Actor(name="Carla Mendes", reason="a name the knowledge base does not know")
    assert on_event_day(unknown, dt.date(2019, 10, 1), kb=None) is unknown  # type: ignore[arg-type]

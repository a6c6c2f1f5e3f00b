"""A term's last day counts for its holder: the record's end date is the day the holder resigns, hands
over or is ousted, so "Prime Minister X resigned on Monday", dated that day, is the office holder acting,
not a former one (kb/people.py:pick_role). Who holds the office that day is still the successor alone.
Invented people in a user knowledge-base file."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase

D = dt.date

PEOPLE = """
actors:
  - name: Dovan Kessaly
    country: NPL
    roles:
      - {role: HOG, title: Prime Minister, agent: GOV, start: 2019-02-11, end: 2025-06-17}
      - {role: LEG, title: Member of Parliament, agent: LEG, start: 2025-09-01}
  - name: Irma Tothenby
    country: NPL
    roles:
      - {role: HOG, title: Prime Minister, agent: GOV, start: 2025-06-17}
"""


def test_the_last_day_of_a_term_is_still_in_office(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Prime Minister Dovan Kessaly", D(2025, 6, 17))
    assert found is not None and found.actor.code == "NPLGOV", found
    assert "last day" in found.reason
    # the day before is plainly in office, the day after is former
    assert people_kb.resolve_phrase("Dovan Kessaly", D(2025, 6, 16)).actor.code == "NPLGOV"
    assert people_kb.resolve_phrase("Dovan Kessaly", D(2025, 6, 18)).actor.code == "NPLELI"


def test_the_successor_alone_holds_the_office_that_day(people_kb: KnowledgeBase) -> None:
    found = people_kb.resolve_phrase("Irma Tothenby", D(2025, 6, 17))
    assert found is not None and found.actor.code == "NPLGOV", found
    assert "last day" not in found.reason

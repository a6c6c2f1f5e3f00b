"""Issue 13, point 5: an explicit office title in the text beats a stale record. The imported records stop
in 2022, so a term with no end date may be stale: a senior office title the record never gave the person
wins over it (kb/names.py:stale_title). Invented people in a user knowledge-base file."""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase

D = dt.date

PEOPLE = """
actors:
  - name: Tomas Veridan
    country: UKR
    roles:
      - {role: DEF, title: Defence Minister, agent: MIL, start: 2019-05-01}
  - name: Lina Sorvik
    country: UKR
    roles:
      - {role: DEF, title: Defence Minister, agent: MIL, start: 2019-05-01, end: 2027-01-01}
"""


def test_a_senior_title_beats_an_open_record(people_kb: KnowledgeBase) -> None:
    """An open term may be stale: a senior office title the record never gave wins over it."""
    found = people_kb.resolve_phrase("President Tomas Veridan", D(2025, 3, 1))
    assert found is not None and found.actor.code == "UKRGOV", found
    assert "the text is newer" in found.reason
    # the record's own office, a closed term or no title keep the record's reading
    assert people_kb.resolve_phrase("Defence Minister Tomas Veridan", D(2025, 3, 1)).actor.code == "UKRMIL"
    assert people_kb.resolve_phrase("President Lina Sorvik", D(2025, 3, 1)).actor.code == "UKRMIL"
    assert people_kb.resolve_phrase("Tomas Veridan", D(2025, 3, 1)).actor.code == "UKRMIL"
    # 'former' is no newer title: the phrase stays the elite reading it had
    assert people_kb.resolve_phrase("former President Tomas Veridan", D(2025, 3, 1)).actor.code == "UKRELI"


def test_a_title_of_no_senior_office_keeps_an_open_record(people_kb: KnowledgeBase) -> None:
    """'Crown Prince', 'Governor', 'General' name no senior listed office: the record stands."""
    for phrase in ("Crown Prince Tomas Veridan", "Governor Tomas Veridan", "General Tomas Veridan"):
        found = people_kb.resolve_phrase(phrase, D(2025, 3, 1))
        assert found is not None and found.actor.code == "UKRMIL", (phrase, found)


def test_biden_in_2015_stays_the_vice_president(kb: KnowledgeBase) -> None:
    assert kb.resolve_phrase("President Biden", D(2015, 6, 1)).actor.code == "USAGOV"

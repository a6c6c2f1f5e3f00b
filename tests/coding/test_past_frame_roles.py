"""A dateless act told in a past paragraph reads its people in that past (coding.background.reading_day): the
act keeps no date, but a leader who has left office since is read with the office held then, not as a former
leader on the publication day. Invented stories published after the leader's record ends."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

from seismo.coding.background import reading_day
from seismo.coding.sentence import DateHit

PUBLISHED = dt.date(2019, 12, 6)  # Saad Hariri's record as Lebanon's prime minister ends on 2019-10-29


@pytest.mark.slow
def test_a_past_paragraphs_background_act_reads_the_office_then(code):
    events = code("An Egyptian delegation met Saad Hariri in Beirut in September 2019. "
                  "The delegation said Hariri had praised the Egyptian government.")
    support = [e for e in asserted(events, "SUPPORT") if e.target and e.target.country == "EGY"]
    assert support and all(e.source and e.source.code == "LBNGOV" for e in support), support
    assert all(e.date is None for e in support), support  # the reading day is no date of the act


@pytest.mark.slow
def test_a_leader_dead_before_publication_reads_as_the_leader_he_was(code):
    events = code("A Chilean senator visited Yasser Arafat in Ramallah in March 2004. "
                  "He said Arafat had sent him a letter praising the Chilean people.", dt.date(2004, 11, 20))
    support = [e for e in asserted(events, "SUPPORT") if e.target and e.target.country == "CHL"]
    assert support and all(e.source and e.source.code == "PSEGOV" for e in support), support


def _hit(date: dt.date | None, reads_on: dt.date | None) -> DateHit:
    return DateHit(None, "(background) in March 2004", date, "month" if date else None,  # type: ignore[arg-type]
                   reads_on=reads_on)


def test_the_reading_day_is_the_acts_date_then_the_frame_then_publication():
    march, published = dt.date(2004, 3, 1), dt.date(2004, 11, 20)
    assert reading_day(_hit(march, None), published) == march
    assert reading_day(_hit(None, march), published) == march
    assert reading_day(_hit(None, None), published) == published  # a dateless act with no past: publication day
    assert reading_day(None, published) == published
    assert reading_day(_hit(None, dt.date(2004, 12, 1)), published) == published  # never after publication

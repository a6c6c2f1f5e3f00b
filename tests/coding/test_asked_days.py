"""A day the parser hangs on the infinitive of a past request or threat is the day of the asking
(``coding.asked_days``): 'called on the president to resign on Monday' is Monday's call; a deadline ('by Friday')
or a day after publication stays the infinitive's and the request keeps the publication day.

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted, code_text

DAY = dt.date(2021, 6, 11)  # a Friday


def test_a_request_takes_the_day_hung_on_its_infinitive(tmp_path) -> None:
    events = code_text(tmp_path, "Opposition leaders in Peru called on the president to resign on Monday.", DAY)
    assert [e.date for e in asserted(events, "REQUEST")] == [dt.date(2021, 6, 7)], events


def test_a_deadline_stays_the_infinitive_s(tmp_path) -> None:
    events = code_text(tmp_path, "Opposition leaders in Peru called on the president to resign by Sunday.", DAY)
    assert [e.date for e in asserted(events, "REQUEST")] == [DAY], events


def test_a_day_after_publication_stays_the_infinitive_s(tmp_path) -> None:
    events = code_text(tmp_path, "Opposition leaders in Peru called on the president to resign on June 30.", DAY)
    assert [e.date for e in asserted(events, "REQUEST")] == [DAY], events

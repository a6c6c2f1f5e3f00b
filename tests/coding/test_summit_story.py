"""Found in an invented Brussels-2021 summit story: 'The leaders' after 'European Union leaders' are the EU's, not
the story country's; an act told as the anchor of 'a day after' is dated a day before the clause's own day, also when
the parser hangs the anchor clause on 'day' and the day belongs to the verb governing the infinitive."""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted, code_text

TUESDAY = dt.date(2021, 5, 25)


def test_the_leaders_after_an_organisations_leaders_are_its_leaders(tmp_path):
    text = ("European Union leaders agreed on Monday to impose new sanctions on Belarus. The leaders also urged "
            "airlines to avoid Belarusian airspace.")
    events = asserted(code_text(tmp_path, text, published=TUESDAY), "REQUEST")
    assert [e.source.code for e in events] == ["IGOEUREEC"]  # was BLRGOV, the story's country


def test_a_day_after_dates_the_anchor_clause_a_day_before_the_governing_day(tmp_path):
    text = ("EU leaders agreed on Monday to impose sanctions on Minsk, a day after Belarus forced a plane to land "
            "and arrested a dissident journalist.")
    events = asserted(code_text(tmp_path, text, published=TUESDAY), "COERCE")
    assert [(e.mode, e.date) for e in events] == [("arrest", dt.date(2021, 5, 23))]  # was Monday, 24 May

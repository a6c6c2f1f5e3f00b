"""Issue 13, 'trigger, no pair': a trigger found whose doers sit where the subject rule does not look.

Two passive constructions: two by-phrases on one verb (fragments after it, each with its own doer), and a
protest participle after 'by' that the parser reads as a gerund with an object ('by protesting legislators').
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_each_by_phrase_of_a_passive_is_a_doer(code):
    events = asserted(code("The refugee boat was turned away toward Thailand by the Malaysian navy, "
                           "and then toward Malaysia by the Thai navy on Monday."), "REJECT")
    assert {c for c, _ in dyad_codes(events)} == {"MYSMIL", "THAMIL"}


def test_one_by_phrase_stays_one_doer(code):
    events = asserted(code("The fishing boat was turned back by the Malaysian navy on Monday."), "REJECT")
    assert {c for c, _ in dyad_codes(events)} == {"MYSMIL"}


def test_protest_participle_after_by_names_the_protesters(code):
    # told in Kenyatta's term (he left office 2022-09-13: in 2023 he is a former president, KENELI); opposition
    # members of a legislature are the opposition, OPP (probe-n, agents_curated.yaml)
    events = asserted(code("Speaking in the Kenyan parliament on Tuesday, President Uhuru Kenyatta was "
                           "interrupted by protesting opposition legislators.", dt.date(2021, 3, 12)), "PROTEST")
    assert dyad_codes(events) == {("KENOPP", "KENGOV")}



def test_passive_subject_nearest_the_verb_is_its_own(code):
    events = asserted(code("One Uyghur, Ali Noor, the first boat rescued on Monday was turned back by the "
                           "Malaysian navy."), "REJECT")
    assert {c for c, _ in dyad_codes(events)} == {"MYSMIL"}

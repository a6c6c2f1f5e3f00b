"""A quantity before an event noun counts the events: 'launched dozens of air strikes' is an assault, as
'launched air strikes' is (arguments.yaml ``partitives``; coding/verb_roles.content_object).

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2024, 6, 14)


@pytest.mark.parametrize(("sentence", "type_", "source"), [
    ("Saudi jets launched dozens of air strikes on rebel bases near Hodeidah on Tuesday.", "ASSAULT", "SAU"),
    ("Turkey carried out hundreds of attacks on Kurdish militants in northern Iraq this year.", "ASSAULT", "TUR"),
    ("Pakistani forces launched a number of attacks on militant hideouts in Waziristan on Monday.", "ASSAULT", "PAK"),
])
def test_a_counted_event_noun_is_the_verbs_event(code, sentence, type_, source):
    events = asserted(code(sentence), type_)
    assert any(e.source is not None and e.source.country == source for e in events), dyad_codes(events)

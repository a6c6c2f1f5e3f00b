"""Whoever brokers a truce or deal is a go-between (CONSULT third-party), not a party to it
(events.yaml verbs ``broker``; no longer a light verb that would make the broker the agreement's party).

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2025, 4, 11)


@pytest.mark.parametrize(("sentence", "brokers"), [
    ("Kenya brokered a truce between Ethiopia and Eritrea on Tuesday.", {"KEN"}),
    ("Norway and Switzerland brokered the prisoner deal after months of talks.", {"NOR", "CHE"}),
])
def test_a_broker_mediates_and_is_no_party(code, sentence, brokers):
    events = asserted(code(sentence))
    by_brokers = [e for e in events if e.source is not None and e.source.country in brokers]
    assert {e.source.country for e in by_brokers if e.type == "CONSULT" and e.mode == "third-party"} == brokers, \
        dyad_codes(events)
    assert not [e for e in by_brokers if e.type in ("AGREE", "CONCEDE")], dyad_codes(by_brokers)

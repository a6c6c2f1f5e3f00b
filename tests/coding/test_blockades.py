"""Blockades by civilians and threats of them: people named by their trade are civilians (``agents_curated.yaml``);
civilians blockading obstruct (PROTEST obstruct, the ``blockade`` verb rule) while a state restricts (COERCE); a
threat to blockade, strike or boycott is a THREATEN 'restrict' (the manual's "boycotts, strikes, blockades",
``stance_events.THREAT_MODES``); saying troops will be sent to a state named as their destination threatens it with
nothing (``stance_events._destinations``).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

from coding_helpers import asserted, code_text, dyad_codes


def test_truckers_blockading_a_crossing_obstruct_as_civilians(tmp_path):
    events = asserted(code_text(tmp_path, "Mexican truckers blockaded the border crossing on Monday."))
    assert [(e.type, e.mode, e.source.code if e.source else None) for e in events] == \
        [("PROTEST", "obstruct", "MEXCVL")], dyad_codes(events)


def test_a_threat_to_blockade_restricts(tmp_path):
    events = asserted(code_text(tmp_path, "French farmers said on Friday they would blockade Paris next week."),
                      "THREATEN")
    assert [(e.mode, e.source.code if e.source else None) for e in events] == [("restrict", "FRACVL")], \
        dyad_codes(events)


def test_troops_said_to_be_sent_to_a_state_threaten_it_with_nothing(tmp_path):
    events = code_text(tmp_path, "Kenya said on Monday it would send troops to Somalia.")
    assert not asserted(events, "THREATEN"), dyad_codes(events)
    threat = code_text(tmp_path, "Turkey threatened on Monday to send troops into Syria.")
    assert ("TURGOV", "SYRGOV") in dyad_codes(asserted(threat, "THREATEN"))

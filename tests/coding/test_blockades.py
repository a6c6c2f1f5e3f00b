"""Blockades by civilians and threats of them: people named by their trade are civilians (``agents_curated.yaml``);
civilians blockading obstruct (PROTEST obstruct, the ``blockade`` verb rule) while a state restricts (COERCE); a
threat to blockade, strike or boycott is a THREATEN 'restrict' (the manual's "boycotts, strikes, blockades",
``stance_events.THREAT_MODES``).

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

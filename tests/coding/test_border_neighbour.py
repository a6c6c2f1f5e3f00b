"""The country after 'the border with' is the neighbour across it, not the story's own country
(``story.BORDER_WITH`` in ``lede_mentions``): a lone 'on the border with Mexico' makes no actor Mexican.

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_a_border_neighbour_lends_no_country_to_the_police(tmp_path) -> None:
    events = code_text(tmp_path, "Police arrested six smugglers on the border with Belize.")
    arrests = asserted(events, "COERCE")
    assert arrests and all(e.source is None or e.source.country != "BLZ" for e in arrests), events


def test_a_country_named_as_the_scene_still_does(tmp_path) -> None:
    events = code_text(tmp_path, "Police in Belize arrested six smugglers.")
    assert [e.source.country for e in asserted(events, "COERCE")] == ["BLZ"], events

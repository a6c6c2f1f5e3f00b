"""The place of talks or of an accord is a venue and lends no country to sides that name none
(``recipients.venue_free``): 'Officials agreed to hold talks in Geneva' has no Swiss side; an arrest still lends
its place's country to the police.

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_talks_at_a_venue_make_no_side_the_host_s(tmp_path) -> None:
    events = code_text(tmp_path, "Officials agreed to hold talks in Vienna.")
    assert asserted(events, "AGREE"), events
    assert all(e.source is None or e.source.country != "AUT" for e in events), events


def test_an_arrest_still_takes_its_place_s_country(tmp_path) -> None:
    events = code_text(tmp_path, "Police arrested five protesters in Vienna.")
    assert [e.source.country for e in asserted(events, "COERCE")] == ["AUT"], events

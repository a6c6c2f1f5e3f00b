"""'in the Gulf' names a sea with no country, not Papua New Guinea's Gulf province."""

from __future__ import annotations

from coding_helpers import asserted


def test_the_gulf_gives_no_country_to_a_ship(code):
    events = asserted(code("Gunmen in speedboats attacked an oil tanker in the Gulf on Sunday."))
    assert events
    assert not any((e.target and e.target.country == "PNG") or (e.source and e.source.country == "PNG")
                   for e in events)

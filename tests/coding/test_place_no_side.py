"""A place is no side (``recipients.venue_free`` and ``recipients.side_agent``, lane mend4): a venue of talks lends the
sides no country, and a clash's own place takes no side's sector."""

from __future__ import annotations

from seismo.coding.recipients import side_agent, venue_free
from seismo.models import Actor, Location

NAIROBI = Location(name="Nairobi", country="KEN")
KENYA = Actor(name="Kenya", code="KEN", country="KEN")
TOWN = Actor(name="Nairobi", code="KEN", country="KEN")


def test_a_venue_lends_no_country() -> None:
    assert venue_free("CONSULT", NAIROBI) is None and venue_free("AGREE", NAIROBI) is None
    assert venue_free("ASSAULT", NAIROBI) == NAIROBI


def test_a_clashs_own_place_takes_no_sector() -> None:
    assert side_agent(TOWN, "MIL", "ASSAULT", NAIROBI) == TOWN
    assert side_agent(KENYA, "MIL", "ASSAULT", NAIROBI).code == "KENMIL"


def test_other_symmetric_acts_code_every_side_alike() -> None:
    assert side_agent(TOWN, "GOV", "AGREE", NAIROBI).code == "KENGOV"  # a visit's city stands for its host
    assert side_agent(TOWN, "MIL", "ASSAULT", None).code == "KENMIL"

"""What two sides say to each other on the days they meet happens where they met (``coding.meeting_places``)."""

from __future__ import annotations

import datetime as dt

from seismo.coding.meeting_places import placed_at_meetings
from seismo.models import Actor, Event, Evidence, Location, Modality

VERBAL = frozenset({"CONSULT", "AGREE", "REQUEST", "ACCUSE"})
NAMES = {"KEN": "Kenya", "TZA": "Tanzania", "UGA": "Uganda"}
ARUSHA = Location(name="Arusha", country="TZA", lat=-3.37, lon=36.68)


def _event(eid: str, type_: str, a: str, b: str | None, day: int, start: int, place: Location | None = None,
           modality: Modality = Modality.ASSERTED) -> Event:
    return Event(event_id=eid, doc_id="d", type=type_, modality=modality,
                 source=Actor(name=a, country=a, agent="GOV"),
                 target=Actor(name=b, country=b, agent="GOV") if b else None,
                 date=dt.date(2021, 5, day), location=place,
                 evidence=Evidence(sentence="x", start=start, end=start + 1))


def _places(events: list[Event]) -> dict[str, str | None]:
    placed = placed_at_meetings(events, VERBAL, lambda c: NAMES.get(c, c))
    return {e.event_id: e.location.name if e.location else None for e in placed}


def test_a_request_between_the_two_sides_on_the_meeting_day_is_made_where_they_met() -> None:
    meeting = _event("m", "CONSULT", "KEN", "TZA", 3, 0, ARUSHA)
    ask = _event("r", "REQUEST", "TZA", "KEN", 3, 50)  # either way round
    assert _places([meeting, ask])["r"] == "Arusha"


def test_a_default_home_country_gives_way_to_the_meeting_place() -> None:
    meeting = _event("m", "CONSULT", "KEN", "TZA", 3, 0, ARUSHA)
    agreed = _event("a", "AGREE", "KEN", "TZA", 4, 50, Location(name="Kenya", country="KEN"))
    assert _places([meeting, agreed])["a"] == "Arusha"


def test_other_sides_other_weeks_deeds_and_own_places_keep_theirs() -> None:
    meeting = _event("m", "CONSULT", "KEN", "TZA", 3, 0, ARUSHA)
    other_side = _event("o", "ACCUSE", "KEN", "UGA", 3, 50)
    weeks_away = _event("w", "AGREE", "KEN", "TZA", 20, 60)
    deed = _event("d", "ASSAULT", "KEN", "TZA", 3, 70)
    own = _event("p", "REQUEST", "KEN", "TZA", 3, 80, Location(name="Nairobi", country="KEN", lat=-1.3, lon=36.8))
    places = _places([meeting, other_side, weeks_away, deed, own])
    assert places == {"m": "Arusha", "o": None, "w": None, "d": None, "p": "Nairobi"}


def test_a_meeting_placed_only_by_default_places_nothing() -> None:
    meeting = _event("m", "CONSULT", "KEN", "TZA", 3, 0, Location(name="Kenya", country="KEN"))
    ask = _event("r", "REQUEST", "KEN", "TZA", 3, 50)
    assert _places([meeting, ask])["r"] is None


def test_an_unplaced_meeting_with_a_side_of_the_dateline_country_is_held_where_filed() -> None:
    from seismo.coding.meeting_places import met_where_filed

    dodoma = Location(name="Dodoma", country="TZA", lat=-6.17, lon=35.74)
    host = _event("h", "CONSULT", "KEN", "TZA", 3, 0)
    others = _event("o", "CONSULT", "KEN", "UGA", 3, 10)
    placed = _event("p", "CONSULT", "KEN", "TZA", 3, 20, ARUSHA)
    out = met_where_filed([host, others, placed], dodoma, lambda c: NAMES.get(c, c))
    assert [e.location.name if e.location else None for e in out] == ["Dodoma", None, "Arusha"]


def test_a_meeting_within_days_of_a_placed_summit_is_held_there() -> None:
    summit = _event("s", "CONSULT", "KEN", "UGA", 3, 0, ARUSHA).model_copy(update={"mode": "multilateral",
                                                                                   "target": None})
    side = _event("m", "CONSULT", "KEN", "TZA", 4, 50)
    phone = _event("c", "CONSULT", "KEN", "TZA", 4, 60).model_copy(update={"mode": "phone"})
    placed = placed_at_meetings([summit, side, phone], VERBAL, lambda c: NAMES.get(c, c), occasions=frozenset())
    assert [e.location.name if e.location else None for e in placed] == ["Arusha", "Arusha", None]

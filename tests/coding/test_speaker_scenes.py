"""A sentence saying where a person was speaking places that person's spoken acts (``coding.speaker_scenes``)."""

from __future__ import annotations

from seismo.coding.speaker_scenes import SpeakerScene, placed_by_speakers
from seismo.models import Actor, Event, Evidence, Location, Modality

KISUMU = Location(name="Kisumu", country="KEN", lat=-0.1, lon=34.75)
RUTO = Actor(name="William Ruto", code="KENGOV", country="KEN", agent="GOV", reason="person William Ruto: President")
OTHER = Actor(name="Raila Odinga", code="KENOPP", country="KEN", agent="OPP", reason="person Raila Odinga: leader")
STARTS = [(0, 0), (100, 1), (200, 2)]  # sentence offsets and their paragraphs


def _event(eid: str, type_: str, source: Actor, start: int, place: Location | None = None) -> Event:
    return Event(event_id=eid, doc_id="d", type=type_, modality=Modality.ASSERTED, source=source,
                 target=Actor(name="Uganda", code="UGAGOV", country="UGA", agent="GOV"), location=place,
                 evidence=Evidence(sentence="x", start=start, end=start + 1))


def _places(events: list[Event], scene_paragraph: int = 1) -> dict[str, str | None]:
    scenes = [SpeakerScene(scene_paragraph, RUTO, KISUMU)]
    return {e.event_id: e.location.name if e.location else None for e in placed_by_speakers(events, scenes, STARTS)}


def test_the_speakers_request_told_the_paragraph_before_is_placed_at_the_scene() -> None:
    assert _places([_event("r", "REQUEST", RUTO, 10)]) == {"r": "Kisumu"}


def test_another_speaker_a_deed_a_placed_act_and_a_later_paragraph_keep_theirs() -> None:
    nairobi = Location(name="Nairobi", country="KEN", lat=-1.3, lon=36.8)
    events = [_event("o", "ACCUSE", OTHER, 10), _event("d", "ASSAULT", RUTO, 20),
              _event("p", "REQUEST", RUTO, 30, nairobi), _event("l", "REQUEST", RUTO, 210)]
    assert _places(events) == {"o": None, "d": None, "p": "Nairobi", "l": None}

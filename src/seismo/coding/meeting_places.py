"""Document pass: what two sides say to each other around the days they meet, told with no place, they say there.

"Modi visited Tokyo on Saturday. On Sunday he met Abe, and the two signed a rail deal. India also asked Japan to
..." names the place once, for the visit or the meeting; the talks, agreements and requests between the same two
countries told on the same days, with no place of their own, happened where the two met (PLOVER places an event
where it happened, and a meeting's place is where its parties were). Read narrowly:

* the meeting is an asserted CONSULT with a place the text gives (a town, or a whole country named for it), whose
  two sides are of two different countries or organisations;
* the event is a verbal one (``places.verbal_types``, quads 1 and 3: talks, agreements, requests, complaints),
  not a deed that may happen anywhere (strikes, arrests, aid shipped);
* its two sides are the meeting's two (either way round) and its day lies within ``WINDOW_DAYS`` of the
  meeting's, both days known ("last year India and Japan agreed ..." is older news, placed by nothing);
* it has no place of its own, or only its parties' own country given by default (``places.home_location``).

A gathering places more widely: "Leaders gathered in Biarritz on Saturday for the G7 summit. On Sunday, Trump met
Abe." A meeting with no place of its own, told within the same days as a placed summit or conference of the story
(an asserted CONSULT that is multilateral or whose word is a gathering, ``place_nouns.yaml`` occasion_nouns), was
held there; not a phone call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from seismo.models import Actor, Event, Location, Modality

WINDOW_DAYS = 3  # a state visit lasts a few days; a meeting a week away is another trip


def _side(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.igo or actor.country


def _pair(event: Event) -> frozenset[str] | None:
    """The event's two sides as a set of two different countries or organisations, else None."""
    a, b = _side(event.source), _side(event.target)
    return frozenset((a, b)) if a and b and a != b else None


def _placed_consult(event: Event, country_name: Callable[[str], str]) -> bool:
    """An asserted, dated CONSULT with a place the text gives (a default place is no evidence of where they met)."""
    return event.type == "CONSULT" and event.modality is Modality.ASSERTED and event.date is not None \
        and event.location is not None and bool(event.location.country) and not _unplaced(event, country_name)


def _meeting(event: Event, country_name: Callable[[str], str]) -> bool:
    return _placed_consult(event, country_name) and _pair(event) is not None


def _unplaced(event: Event, country_name: Callable[[str], str]) -> bool:
    """No place, or only the bare name of one of its parties' countries without coordinates (a default)."""
    place = event.location
    if place is None:
        return True
    parties = {_side(event.source), _side(event.target)}
    return place.lat is None and place.country in parties and place.name == country_name(place.country or "")


def _gathering(event: Event, occasions: frozenset[str], country_name: Callable[[str], str]) -> bool:
    """A placed summit or conference: an asserted CONSULT, multilateral or told by a gathering noun."""
    return _placed_consult(event, country_name) \
        and (event.mode == "multilateral" or (event.trigger or "").lower() in occasions)


def placed_at_meetings(events: Sequence[Event], verbal: frozenset[str], country_name: Callable[[str], str],
                       hosted: Callable[[Event], Event] = lambda e: e,
                       occasions: frozenset[str] = frozenset()) -> list[Event]:
    """Each unplaced verbal event between the two sides of a placed meeting of the same days takes the meeting's
    place, and an unplaced meeting that of a gathering of those days (module docstring); ``hosted`` re-reads the
    CONSULT mode for the new place (``modes.hosted_elsewhere``)."""
    meetings = [e for e in events if _meeting(e, country_name)]
    gatherings = [e for e in events if _gathering(e, occasions, country_name)]
    if not meetings and not gatherings:
        return list(events)
    out = []
    for event in events:
        meeting = _meeting_for(event, meetings, verbal, country_name) \
            or _gathering_for(event, gatherings, country_name)
        if meeting is not None:
            event = hosted(event.model_copy(update={"location": meeting.location}))
        out.append(event)
    return out


def _meeting_for(event: Event, meetings: Sequence[Event], verbal: frozenset[str],
                 country_name: Callable[[str], str]) -> Event | None:
    """The meeting of the event's two sides nearest its day (then nearest before it in the text), if any."""
    pair = _pair(event)
    if event.type not in verbal or event.date is None or pair is None or not _unplaced(event, country_name):
        return None
    found = [m for m in meetings if m.event_id != event.event_id and _pair(m) == pair and m.date is not None
             and abs((m.date - event.date).days) <= WINDOW_DAYS and m.location != event.location]
    return _nearest(event, found)


def _nearest(event: Event, found: Sequence[Event]) -> Event | None:
    if not found or event.date is None:
        return None
    start = event.evidence.start
    return min(found, key=lambda m: (abs((m.date - event.date).days) if m.date else 0,  # type: ignore[operator]
                                     m.evidence.start > start, abs(m.evidence.start - start)))


def _gathering_for(event: Event, gatherings: Sequence[Event], country_name: Callable[[str], str]) -> Event | None:
    """The placed gathering of the days an unplaced meeting (not a call) was held, nearest in days, then in text."""
    if event.type != "CONSULT" or event.mode == "phone" or event.date is None or not _unplaced(event, country_name):
        return None
    return _nearest(event, [g for g in gatherings if g.event_id != event.event_id and g.date is not None
                            and abs((g.date - event.date).days) <= WINDOW_DAYS])


def met_where_filed(events: Sequence[Event], filed: Location | None,
                    country_name: Callable[[str], str]) -> list[Event]:
    """'LONDON — May met Varadkar on Tuesday': a meeting (not a call) the text places nowhere, one of whose sides is
    of the dateline's country, was held where the reporter filed (a host receives at home); a meeting of two other
    countries' sides, or one the text or a gathering placed, is not the dateline's."""
    if filed is None or not filed.country:
        return list(events)
    out = []
    for event in events:
        sides = {_side(event.source), _side(event.target)}
        if event.type == "CONSULT" and event.mode != "phone" and event.modality is Modality.ASSERTED \
                and filed.country in sides and _unplaced(event, country_name):
            event = event.model_copy(update={"location": filed})
        out.append(event)
    return out

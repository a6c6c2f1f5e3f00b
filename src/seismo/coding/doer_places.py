"""Where a domestic act happened when the doer's own phrase names a place in its country.

"Tony Evers, the governor of Wisconsin, signed an executive order delaying the election": no phrase of the
clause places the act, and its parties are of one country, so the coder would name the whole country
(``places.home_location``); the doer's phrase names the state he governs, where a governor, a mayor, a city or a
state's court acts on its own ground ("The city of Milwaukee reduced the number of polling stations", "the Kharkiv
police detained ..."). A scene its paragraph names in the country comes first (``scenes.py``: the text tells that
place, the doer's is read from a title). Like a scene, the place is read, not stated for the event: named after
the place, without coordinates, it is no point on the map. Not a place the doer's phrase tells in a clause
of its own ("a man who fled Kharkiv"), nor the doer itself standing for its government ("Washington said ..."),
nor a place after a person's name ("Senator Elizabeth Warren of Massachusetts": whom she represents, not where
she acts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.arguments import subject_of
from seismo.coding.place_names import known_places
from seismo.models import Event, Location

if TYPE_CHECKING:
    from seismo.coding.events import Trigger
    from seismo.kb import KnowledgeBase

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp"}  # "the man who fled Kharkiv": that clause's place


def doer_place(trigger: Trigger, sent: Span, kb: KnowledgeBase) -> Location | None:
    """The first place below country level that the subject's phrase names as a modifier, its appositive or an
    of-phrase ('the governor of Wisconsin', 'Wisconsin's governor', 'the city of Milwaukee'), else None."""
    subject = subject_of(trigger.verb)
    if subject is None:
        return None
    for place in known_places(sent, kb):
        location = place.location
        if place.inside or not location.country or location.name == kb.country_name(location.country):
            continue
        if place.root != subject.i and _modifies(sent.doc[place.root], subject.i):
            return Location(name=location.name, country=location.country)
    return None


def _modifies(token: Token, subject: int) -> bool:
    """The token hangs below the subject without crossing a clause of its own."""
    current = token
    for _ in range(12):
        if current.i == subject:
            return True
        if current.dep_ in CLAUSE_DEPS or current.head.i == current.i:
            return False
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.ent_type_ == "PERSON":
            return False  # "Elizabeth Warren of Massachusetts"
        current = current.head
    return False


def doer_places(events: list[Event], doer: Location | None) -> dict[str, Location]:
    """The events a doer's place may narrow: those placed in their parties' country, that country the place's."""
    if doer is None:
        return {}
    return {e.event_id: doer for e in events if e.location is not None and e.location.lat is None
            and e.location.country == doer.country and e.source is not None and e.source.country == doer.country}


def with_doer_places(events: list[Event], doers: dict[str, Location],
                     country_name: Callable[[str], str]) -> list[Event]:
    """Each event still placed in its parties' whole country after the paragraph's scenes (``scenes.py``, a place
    told in the text comes first: 'Police dispersed protesters in Naivasha. The governor of Nakuru banned
    gatherings.' stays in Naivasha) takes its doer's place."""
    out = []
    for event in events:
        place, doer = event.location, doers.get(event.event_id)
        bare = place is not None and place.lat is None and place.name == country_name(place.country or "")
        out.append(event.model_copy(update={"location": doer}) if doer is not None and bare else event)
    return out

"""Document pass: which event candidates an analyst would count.

The sentence pass keeps every candidate so that the references pass can merge mentions into the events they
name ("Hamza bin Laden has been killed" ... "the US operation that killed him"). What is left afterwards with
no political party on either side is dropped: no source, and a target that is a bare name the knowledge base
does not know ("Judith Negron was convicted of fraud", "an employee of the farm was attacked"). Issue 13 item 6:
accidents and routine crime are political events only when a state or political actor is party; an event
whose only party is an unknown private person has none the coder can name, and in a dataset it would count
under no country and no dyad.
"""

from __future__ import annotations

from seismo.models import Actor, Event


def coded(actor: Actor | None) -> bool:
    """A party an analyst can count: one with a country, a sector or an organisation, not a bare name."""
    return actor is not None and bool(actor.code or actor.country or actor.agent or actor.igo)


def has_party(event: Event) -> bool:
    """A source of any kind (a named actor acts), or a coded target."""
    return event.source is not None or coded(event.target)


def counted(events: list[Event]) -> list[Event]:
    """The events with a party; every modality is filtered alike (a future trial of an unknown man is no more
    political than a past one)."""
    return [e for e in events if has_party(e)]

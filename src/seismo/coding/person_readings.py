"""When the knowledge base's reading of a person (``models.PersonReading``, ``Actor.person``) still describes an actor.

The reading is made once, in ``kb.person_resolution``, and travels on the actor through every ``model_copy``; the
coder's passes then add notes to ``Actor.reason`` when something in the text decides instead (a country from the
phrase, a newer title, an organisation, the day of another event). The reading records the words it wrote, so a
pass can tell, without parsing them, whether the actor is still the person's reading:

- ``reading_of``: the reason still begins with the reading's words (notes may follow: it is still that person);
- ``plain_reading``: the reason is exactly those words and the record alone decided (a dated reading, no newer
  title, no namesake tie), so reading the person again on another day may change the role.
"""

from __future__ import annotations

from seismo.models import Actor, PersonReading

__all__ = ["plain_reading", "reading_of"]


def reading_of(actor: Actor | None) -> PersonReading | None:
    """The person ``actor`` was read as, while its reason still opens with that reading (nothing was put before
    it: 'the organisation written before the name outranks ...' is the organisation's reading)."""
    if actor is None or (reading := actor.person) is None or not (actor.reason or "").startswith(reading.reason):
        return None
    return reading


def plain_reading(actor: Actor | None) -> PersonReading | None:
    """The person ``actor`` was read as, where the record's reading alone decided the code and no note followed."""
    if actor is None or (reading := actor.person) is None or not reading.plain or actor.reason != reading.reason:
        return None
    return reading

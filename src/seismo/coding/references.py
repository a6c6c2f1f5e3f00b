"""Document pass: an event noun that refers back ("the attack", "the negotiations") is the event told before.

Wire copy names an event once with its actors ("Militants attacked a police base on Monday") and then refers
to it ("The attack killed five officers"). The second mention is no new event: it enriches the first one with
what it adds (the victims, a number, a place), or, when it names another victim, it keeps its own record but
takes the first one's source (whoever attacked killed the officers). The coder marks such mentions while coding
sentences (``NominalArgs.reference``: a definite noun with no actor of its own); this pass runs once per
document over its few dozen events.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.merge import actor_key, country_only
from seismo.models import Actor, Event, Modality

PAIR_WORDS = {"two", "both"}  # "the two leaders", "both sides"
PAIR_DEPS = {"nummod", "det", "predet", "quantmod"}

FILL_FIELDS = ("source", "target", "date", "date_text", "date_precision", "location", "quantity", "attributed_to")


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    """Same actor, or one known only by the other's country ('Gaza' and 'Palestinian civilians', 'Russia' and
    'Russian forces')."""
    if a is None or b is None:
        return True
    if actor_key(a) == actor_key(b):
        return True
    return a.country is not None and a.country == b.country and (country_only(a) or country_only(b))


def _antecedent(event: Event, earlier: list[Event]) -> int | None:
    """The latest earlier asserted event of the same type whose source and date the mention does not contradict
    ('the Houthis claimed responsibility for the attacks' names the source of attacks told without one)."""
    for i in range(len(earlier) - 1, -1, -1):
        other = earlier[i]
        if other.type != event.type or other.modality is not Modality.ASSERTED:
            continue
        if (other.source is None and event.source is None) or not _compatible(other.source, event.source):
            continue
        if other.date is not None and event.date is not None and other.date != event.date \
                and not (event.date_text or "").startswith("(context)"):
            continue
        return i
    return None


def _enriched(other: Event, event: Event) -> Event:
    """The earlier event with what the reference adds: fields it lacked, a more specific recipient."""
    update = {f: getattr(event, f) for f in FILL_FIELDS if getattr(other, f) is None and getattr(event, f) is not None}
    for role in ("source", "target"):  # "Russia attacked" then "the attack by Russian forces": the forces
        mine, theirs = getattr(other, role), getattr(event, role)
        if country_only(mine) and theirs is not None and not country_only(theirs):
            update[role] = theirs
    if other.date is not None:  # a date the reference inherited from its paragraph does not move the event
        for name in ("date", "date_text", "date_precision"):
            update.pop(name, None)
    return other.model_copy(update=update) if update else other


def _place_recipient(event: Event) -> bool:
    """'The US carried out the airstrike at Baghdad airport': a recipient read only from the mention's place
    contradicts no one the earlier event names (its target stays; the place is added)."""
    target, place = event.target, event.location
    return target is not None and place is not None and country_only(target) and target.name == place.name


def names_both_parties(subject: Token | None) -> bool:
    """'The two leaders discussed ...', 'both sides agreed ...': a plural subject counted as two names the two
    parties of an event told before; its own event is a reference to that event, not a new one."""
    return subject is not None and subject.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in PAIR_DEPS and c.lower_ in PAIR_WORDS for c in subject.children)


def resolve_references(events: list[Event], references: dict[str, bool]) -> list[Event]:
    """Merge each event named by a noun into the earlier event it names.

    ``references`` maps the ids of such events to whether the noun refers back ("the attack": definite, no actor
    of its own), which may also take the earlier event's source when it names another victim. Any other noun
    ("an attack by militants on the base") merges only when it names the same source: an indefinite mention
    with no source is no evidence that it is the earlier event.
    """
    if not references:
        return events
    out: list[Event] = []
    for event in events:
        back = references.get(event.event_id)
        if back is not None and event.modality is Modality.ASSERTED and (back or event.source is not None):
            i = _antecedent(event, out)
            if i is not None and (_compatible(out[i].target, event.target) or _place_recipient(event)):
                out[i] = _enriched(out[i], event)
                continue
            if i is not None and back and event.source is None:
                event = event.model_copy(update={"source": out[i].source})
        out.append(event)
    return out

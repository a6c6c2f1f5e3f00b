"""Document pass: an event noun that refers back ("the attack", "the negotiations") is the event told before.

Wire copy names an event once with its actors ("Militants attacked a police base on Monday") and then refers
to it ("The attack killed five officers"). The second mention is no new event: it enriches the first one with
what it adds (the victims, a number, a place), or, when it names another victim, it keeps its own record but
takes the first one's source and place (whoever attacked killed the officers, where the attack was).
The coder marks such mentions while coding
sentences (``NominalArgs.reference``: a definite noun with no actor of its own); this pass runs once per
document over its few dozen events.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from seismo.coding.arguments import passive_agent, subject_of
from seismo.coding.background import is_background
from seismo.coding.doc_words import children_with
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.lexicon import Lexicon
from seismo.coding.merge import actor_key, country_only, same_act_mode
from seismo.coding.verb_roles import direct_object, is_passive
from seismo.models import Actor, Event, Location, Modality

PAIR_WORDS = {"two", "both"}  # "the two leaders", "both sides"
PAIR_DEPS = {"nummod", "det", "predet", "quantmod"}

Link = Literal["back", "noun", "again", "stated"]  # how a mention may name an earlier event (``mention_links``)
FILL_FIELDS = ("source", "target", "date", "date_text", "date_precision", "location", "quantity", "attributed_to")


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    """Same actor, or one known only by the other's country ('Gaza' and 'Palestinian civilians', 'Russia' and
    'Russian forces')."""
    if a is None or b is None:
        return True
    if actor_key(a) == actor_key(b):
        return True
    return a.country is not None and a.country == b.country and (country_only(a) or country_only(b))


def _antecedent(event: Event, earlier: list[Event], back: bool) -> int | None:
    """The earlier asserted event of the same type whose source and date the mention does not contradict
    ('the Houthis claimed responsibility for the attacks' names the source of attacks told without one): the
    latest one whose recipient it does not contradict either, else the latest one. Two mentions without a
    source are one event only when the later one refers back ('a rocket hit the base ... the attack took
    place at 7 p.m.')."""
    found = [i for i in range(len(earlier) - 1, -1, -1) if _may_name(earlier[i], event, back)]
    return next((i for i in found if _compatible(earlier[i].target, event.target)), found[0] if found else None)


def _restated(event: Event, earlier: list[Event], same_word: bool = False) -> int | None:
    """An asserted event told again: the same type by the same actor to a recipient it does not contradict,
    at no other place, with no day of its own or the same day ('The court ruled on Wednesday that the prorogation
    was unlawful. ... The court found Johnson's advice unlawful', 'He declared a state of emergency the same
    day'). A mention with another day or place, or another mode ('arrested' then 'deported'), is another act."""
    if event.modality is not Modality.ASSERTED or event.source is None:
        return None
    return next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].type == event.type
                 and (not same_word or earlier[i].trigger.lower() == event.trigger.lower())
                 and earlier[i].modality is Modality.ASSERTED and _same(earlier[i].source, event.source)
                 and not _two_people(earlier[i].source, event.source)
                 and not _two_people(earlier[i].target, event.target)
                 and _compatible(earlier[i].target, event.target) and _same_place(earlier[i], event)
                 and same_act_mode(earlier[i], event)
                 and (not _own_day(event) or earlier[i].date == event.date)), None)  # "the same day"


def _two_people(a: Actor | None, b: Actor | None) -> bool:
    """'Johnson asked the US to waive immunity ... Raab urged the embassy to reconsider': one code (GBRGOV), but
    two known people, so two acts. A person's reason names them first ('person Boris Johnson: Prime Minister')."""
    names = {r.split(":")[0] for r in (a.reason or "", b.reason or "") if r.startswith("person ")} if a and b else set()
    return len(names) == 2


def _same_place(a: Event, b: Event) -> bool:
    """Places that do not tell the mentions apart ('attacked Izium ... attacked Kupiansk' are two attacks). A place
    without coordinates is a country named for the parties (``places.home_location``): no place of its own."""
    if a.location is None or b.location is None or a.location.lat is None or b.location.lat is None:
        return True
    return a.location.name == b.location.name


def _own_day(event: Event) -> bool:
    """A day the mention tells itself; a background act ('have killed thousands since the war began', 'had
    previously attacked') tells a span or time of its own too: it is not the news act told again."""
    if is_background(event.date_text):
        return True
    return event.date is not None and not (event.date_text or "").startswith(("(context)", "(same event)", "(story)"))


def _same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and actor_key(a) == actor_key(b)


def _may_name(other: Event, event: Event, back: bool) -> bool:
    if other.type != event.type or other.modality is not Modality.ASSERTED:
        return False
    if (other.source is None and event.source is None and not back) or not _compatible(other.source, event.source):
        return False
    return other.date is None or event.date is None or other.date == event.date \
        or (event.date_text or "").startswith(("(context)", "(story)"))


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
    told = [m for m in (event.evidence, *event.mentions) if m != other.evidence and m not in other.mentions]
    if told:  # provenance: where else the document tells this event
        update["mentions"] = [*other.mentions, *told]
    return other.model_copy(update=update) if update else other


def _place_recipient(event: Event) -> bool:
    """'The US carried out the airstrike at Baghdad airport': a recipient read only from the mention's place
    contradicts no one the earlier event names (its target stays; the place is added)."""
    target, place = event.target, event.location
    return target is not None and place is not None and country_only(target) and target.name == place.name


def _same_act(event: Event, told: Event) -> Event:
    """A back mention that names another victim ('al-Muhandis was also killed in the airstrike') keeps its own
    record but is the act told before: whoever did it did this too, at the place it happened."""
    update = {}
    if event.source is None:
        update["source"] = told.source
    if event.location is None and told.location is not None:
        update["location"] = told.location
    return event.model_copy(update=update) if update else event


def claims_responsibility(event: Event) -> bool:
    """'The Taliban claimed responsibility for the attack', 'al-Qaeda said it carried out the attack', 'the attack
    was claimed by the Houthis': an act told on the word of its own doer."""
    return event.source is not None and event.attributed_to is not None \
        and actor_key(event.source) == actor_key(event.attributed_to)


def _claimed_attack(event: Event, earlier: list[Event]) -> int | None:
    """The attack a claim of responsibility refers to: the latest asserted act of its type told without a doer or
    by the claimant, whose recipient the claim does not contradict (a recipient read from the claim's place, 'the
    Houthi movement in Yemen', contradicts no one)."""
    if not claims_responsibility(event):
        return None
    return next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].type == event.type
                 and earlier[i].modality is Modality.ASSERTED
                 and (earlier[i].source is None or _same(earlier[i].source, event.source))
                 and (_compatible(earlier[i].target, event.target) or _place_recipient(event))), None)


def _claimed(claim: Event, attack: Event) -> Event:
    """A claim of responsibility for an attack told without its doer: the claimed act is that attack (its victims,
    place and day) done by the claimant on the claimant's word. It stays a record of its own, and the attack
    keeps no source, since the claim is the claimant's word, not the reporter's (docs/annotation.md, unknown
    perpetrators)."""
    update: dict[str, object] = {f: getattr(attack, f) for f in ("target", "location") if getattr(attack, f)}
    if attack.date is not None:
        update.update(date=attack.date, date_text=attack.date_text, date_precision=attack.date_precision)
    return claim.model_copy(update=update)


def refers_back(trigger: Trigger, casualty_verbs: frozenset[str]) -> bool:
    """A mention that tells an event already told rather than a new one: 'the two leaders discussed ...'
    (``names_both_parties``), and a casualty passive with no agent ('90 civilians were wounded', 'six soldiers
    were killed'), which counts the victims of the attack the story reports; the references pass folds it
    into that attack, or gives it the attack's source when it names other victims."""
    verb = trigger.verb
    if names_both_parties(subject_of(verb)):
        return True
    return trigger.type == "ASSAULT" and not trigger.noun and verb.lemma_.lower() in casualty_verbs \
        and is_passive(verb) and passive_agent(verb) is None


def names_both_parties(subject: Token | None) -> bool:
    """'The two leaders discussed ...', 'both sides agreed ...': a plural subject counted as two names the two
    parties of an event told before; its own event is a reference to that event, not a new one."""
    return subject is not None and subject.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in PAIR_DEPS and c.lower_ in PAIR_WORDS for c in subject.children)


def paired_parties(subject: Token | None, earlier: list[Event], states_only: bool = False) -> list[Actor]:
    """'Macron met Merz on Friday, and the two sides agreed to ...': a subject counted as two with no actor of its
    own names the two parties of the latest asserted act told before with both a source and a recipient of
    different sides (each of them acts; a symmetric act pairs them). None told: no one. ``states_only``: the
    parties are two different states, not an organisation ('Thailand asked the UN to meet ... spoke to both
    leaders': the two states at odds, not Thailand and the UN)."""
    told = _paired_event(subject, earlier, states_only)
    return [told.source, told.target] if told is not None and told.source and told.target else []


def meeting_place(subject: Token | None, earlier: list[Event]) -> Location | None:
    """'Widodo met Morrison at Bogor Palace. The two leaders agreed to ...': what the two parties of a meeting do
    next, told with no place of its own, they do where they met."""
    told = _paired_event(subject, earlier)
    return told.location if told is not None and told.type == "CONSULT" else None


def _paired_event(subject: Token | None, earlier: list[Event], states_only: bool = False) -> Event | None:
    if not names_both_parties(subject):
        return None
    for event in reversed(earlier):
        a, b = event.source, event.target
        if event.modality is Modality.ASSERTED and a is not None and b is not None and (a.country or a.igo) \
                and (b.country or b.igo) and actor_key(a) != actor_key(b) \
                and (not states_only or _two_states(a, b)):
            return event
    return None


NOT_SIDES = {"CVL", "REF", "HLH", "MED", "EDU", "BUS", "LAB", "REL", "AGR", "CRM", "JRN"}  # victims, not parties


def _two_states(a: Actor, b: Actor) -> bool:
    """Two sides of two states ('both sides': states, their forces, rebels), not an act on their people."""
    return not a.igo and not b.igo and a.country is not None and b.country is not None and a.country != b.country \
        and a.agent not in NOT_SIDES and b.agent not in NOT_SIDES


def mention_links(trigger: Trigger, nominal: NominalArgs, events: list[Event], lexicon: Lexicon) -> dict[str, Link]:
    """How the sentence pass marks a trigger's events for the references pass: ``back`` (a definite noun with no
    actor of its own, 'the two leaders', a casualty passive), ``noun`` (an event noun with actors of its own), or
    ``again`` (a verb that may tell an earlier event again, see ``_restated``). Unmarked events are new acts."""
    if nominal.reference or nominal.mention:
        return {e.event_id: "back" if nominal.reference else "noun" for e in events}
    if refers_back(trigger, lexicon.cue("casualty_verbs")):
        return {e.event_id: "back" for e in events}
    if (trigger.noun and not _light_verb_object(trigger)) or any(
            c.dep_ == "advmod" and c.lower_ in lexicon.cue("additive_adverbs")
                           for c in trigger.verb.children):
        return {}  # "Russian troops also attacked Izium": another act
    patient = _named_patient(trigger.verb, trigger.word.i)
    return {e.event_id: "again" for e in events if e.target is not None or not patient}  # "attacked Kupiansk"


def stated_links(trigger: Trigger, made: list[Event], lexicon: Lexicon) -> dict[str, Link]:
    """Stance events (``stance_events``: 'announced that Denmark will send aid' is an AGREE) are marked ``stated``:
    wire copy tells a commitment in its lead and again in a quote ('"We will send aid," the minister said'), and
    the quote, with no day of its own, is the same statement (``_restated`` with the same act word). Not one
    told as another ('Denmark will also send aid')."""
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.cue("additive_adverbs") for c in trigger.verb.children):
        return {}
    return {e.event_id: "stated" for e in made}


def _light_verb_object(trigger: Trigger) -> bool:
    """'declared a state of emergency', 'issued a stay', 'levied sanctions': an event noun that is the object of
    its verb tells the act as a verb does, so it may tell an earlier act again."""
    word = trigger.word
    return word.i != trigger.verb.i and word.dep_ in ("dobj", "obj") and word.head.i == trigger.verb.i


PATIENT_DEPS = {"dobj", "obj", "dative", "advmod", "npadvmod"}  # the parser reads an unknown place as an adverb


def _named_patient(verb: Token, own: int) -> bool:
    """Whether the verb names whom it acts on with a noun (not a day): when the coder resolved no target from it,
    the act's recipient is unknown, which is no evidence that it is the earlier event's. The event noun
    itself (``own``: 'declared a state of emergency') names the act, not whom it acts on."""
    obj = direct_object(verb)
    found = [obj] if obj is not None else []
    found += [c for c in children_with(verb, PATIENT_DEPS) if c.pos_ in ("NOUN", "PROPN")]
    return any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") and t.i != own for t in found)


def resolve_references(events: list[Event], links: dict[str, Link]) -> list[Event]:
    """Merge each event that tells an earlier one into it, keeping the mention's sentence as more evidence.

    A ``back`` mention ("the attack": definite, no actor of its own) may also take the earlier event's source
    when it names another victim. A ``noun`` mention ("an attack by militants on the base") merges only when it
    names the same source: an indefinite mention with no source is no evidence that it is the earlier event.
    An ``again`` mention merges when it is the same act by the same actor told without a day of its own.
    A claim of responsibility ('X claimed the attack') for an attack told without a doer is kept as a record of
    its own with the attack's victims, place and day (``_claimed``); the attack keeps no source.
    """
    out: list[Event] = []
    for event in events:
        link = links.get(event.event_id)
        if link is None or event.modality is not Modality.ASSERTED:
            out.append(event)
            continue
        if link in ("again", "stated"):
            i = _restated(event, out, same_word=link == "stated")
            if i is not None:
                out[i] = _enriched(out[i], event)
                continue
            out.append(event)
            continue
        i = _claimed_attack(event, out)
        if i is not None:  # a claim tells its own day, not the attack's: matched on the act alone
            if out[i].source is None:
                out.append(_claimed(event, out[i]))
            else:
                out[i] = _enriched(out[i], event)
            continue
        back = link == "back"
        if back or event.source is not None:
            i = _antecedent(event, out, back)
            if i is not None and (_compatible(out[i].target, event.target) or _place_recipient(event)):
                out[i] = _enriched(out[i], event)
                continue
            if i is not None and back:
                event = _same_act(event, out[i])
        out.append(event)
    return out

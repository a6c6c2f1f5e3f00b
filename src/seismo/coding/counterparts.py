"""Document pass: the counterpart of a one-sided event, when the sentence before gives it.

News tells an exchange across sentences: "The president declined the minister's offer to resign. The minister
had filed his resignation on Monday" (the resignation is addressed to the president); "Country A accused
Country B of arming rebels. It also threatened to retaliate" (the threat is aimed at B). A statement,
judgement or resignation coded with no recipient of its own takes one from the story only when exactly one
counterpart is clearly given:

- the *answer*: an earlier event aimed at this event's source; its doer is the counterpart;
- the *continuation*: an earlier event by this event's own source; its recipient is the counterpart.

Only the nearest sentence that relates to the event counts, and only within reach (the sentence before, or
earlier in the same paragraph; in the event's own sentence only an act in an adjunct of its clause or in a
coordinated clause of another subject, answered, or a coordinated statement, continued); two different
counterparts there are no evidence of either. An appeal, compliance or defiance answers the latest decision
aimed at its source anywhere earlier in the story. The story's main country alone is never a counterpart.
Each filled recipient says why (``explain``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.judged_acts import load_acts
from seismo.coding.lexicon import Lexicon, word_list, word_sets
from seismo.coding.merge import PERSON_REASON, actor_key, country_only, distinct_people
from seismo.coding.recipients import with_agent
from seismo.coding.story import word_bounds
from seismo.models import Actor, Event, Location, Modality

VERBAL_QUADS = {1, 3}
RECIPIENT_DEPS = {"dobj", "obj", "dative"}
RECIPIENT_PREPS = {"to", "against", "with", "on"}
NO_PARTY_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}  # "on Tuesday"
PERSON_PRONOUNS = {"him", "her", "them", "us", "me", "you"}
PARTY_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


@dataclass(frozen=True)
class CounterpartRules:
    answering_types: frozenset[str]  # types (or TYPE:mode) whose missing recipient may be the counterpart
    authority_verbs: frozenset[str]  # 'appeal', 'comply': answer the story's latest decision aimed at them
    authority_types: frozenset[str]  # the types of such decisions
    answer_marks: frozenset[str]  # 'After India shelled ..., Pakistan threatened': an adjunct clause's act is answered
    answer_preps: frozenset[str]  # 'Following Russia's seizure of the ships, Ukraine recalled ...'


@word_list
def load_counterparts() -> CounterpartRules:
    lists = ("answering_types", "authority_verbs", "authority_types", "answer_marks", "answer_preps")
    return CounterpartRules(*word_sets("counterparts.yaml", lists)[1])


def implied_counterparts(events: list[Event], doc: Doc, text: str, lexicon: Lexicon) -> list[Event]:
    """The events with the recipients the story gives them (see the module's docstring); ``text`` is the article
    text the Doc was parsed from. An event whose clause names a recipient the coder could not resolve ('instructed
    security agencies to investigate') keeps none: the story's counterpart is not whom it names."""
    rules = load_counterparts()
    out, starts = list(events), None
    for k, event in enumerate(events):
        if event.target is not None or event.source is None or event.modality is Modality.NEGATED \
                or not (event.type in rules.answering_types or f"{event.type}:{event.mode}" in rules.answering_types):
            continue
        trigger = _trigger_token(event, doc)
        if trigger is None or _names_recipient(trigger, lexicon):
            continue  # trigger not found (no evidence either way), or a recipient named but unresolved: no guess
        starts = starts if starts is not None else sentence_starts(doc)
        authority = trigger.lemma_.lower() in rules.authority_verbs
        found = _counterpart(event, events, (doc, text, starts), trigger, rules.authority_types if authority else None)
        if found is not None:
            target = _as_target(event, *found)
            out[k] = event.model_copy(update={"target": target, "location": _placed_with(event, target, found[1])})
    return out


def _placed_with(event: Event, target: Actor, told: Event) -> Location | None:
    """Where an event whose counterpart the story gives happened: 'Obrador met Trump at the White House. The two
    leaders praised the deal' praised it where they met (the meeting's place); else a place of its own. The
    parties' own country, read while it had no recipient (``places.home_location``), places no act on a foreign
    counterpart."""
    place, source = event.location, event.source
    at_home = place is not None and place.lat is None and source is not None and place.country == source.country
    if place is not None and not at_home:
        return place
    if told.type == "CONSULT" and told.location is not None:
        return told.location
    foreign = source is not None and target.country is not None and target.country != source.country
    return None if at_home and foreign else place


def _counterpart(event: Event, events: list[Event], story: tuple[Doc, str, list[int]], trigger: Token,
                 authority: frozenset[str] | None) -> tuple[Actor, Event, str] | None:
    """The single counterpart the nearest related sentence within reach gives, with the event that gives it and
    how. In the event's own sentence only an act in an adjunct of its clause is answered ('After India shelled
    Pakistani posts, Pakistan threatened to retaliate') and only a coordinated statement goes on ('accused
    Belgrade of kidnapping and demanded their release'); the clauses between are the sentence pass's. An appeal,
    compliance or defiance (``authority``: the types of the decisions it answers) answers the latest decision
    aimed at its source anywhere earlier in the story."""
    doc, text, starts = story
    own = _sentence(event, starts)
    answers_only = authority is not None or event.quad_class not in VERBAL_QUADS  # a resignation goes on nothing
    by_sentence: dict[int, list[tuple[Actor, Event, str]]] = {}
    for other in events:
        sentence = _sentence(other, starts)
        if other is event or sentence > own \
                or (authority is None and sentence < own - 1 and not _same_paragraph(other, event, text)):
            continue
        found = _related(other, event.source) if authority is None or other.type in authority else None
        if found is None or (answers_only and found[1] != "answers"):
            continue
        if sentence == own and (authority is not None or found[1] != _clause_link(other, doc, trigger)):
            continue
        by_sentence.setdefault(sentence, []).append((found[0], other, found[1]))
    if not by_sentence:
        return None
    nearest = by_sentence[max(by_sentence)]
    if len({actor_key(a) for a, _, _ in nearest}) == 1:
        return nearest[0]
    specific = [n for n in nearest if not country_only(n[0])]  # 'SAU' and 'SAUGOV': one state, read twice
    same_state = len({a.country for a, _, _ in nearest} - {None}) == 1 and all(a.country for a, _, _ in nearest)
    return specific[0] if same_state and len({actor_key(a) for a, _, _ in specific}) == 1 else None


def _clause_link(other: Event, doc: Doc, trigger: Token) -> str | None:
    """How an event of the same sentence stands to the trigger's clause: ``answers`` when its words sit in an
    adjunct of the clause (an after/as/when clause, an after/following/amid phrase), ``continues`` when its verb
    is coordinated with the clause's verb; None otherwise (a content clause, the same verb)."""
    told = _trigger_token(other, doc)
    if told is None:
        return None
    verb, other_verb = _clause_verb(trigger), _clause_verb(told)
    if verb.i == other_verb.i:
        return None
    if any(a.dep_ == "conj" and a.head.i == b.i for a, b in ((verb, other_verb), (other_verb, verb))):
        # "A invited B to the talks, but B declined": a coordinated clause of its own subject answers the first
        return "answers" if told.i < trigger.i and _own_subject(verb) and _own_subject(other_verb) else "continues"
    links = load_counterparts()
    node = told
    while node.i != node.head.i:
        if node.head.i == verb.i:
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in links.answer_marks for c in node.children):
                return "answers"
            return "answers" if node.dep_ in ("prep", "advcl") and node.lower_ in links.answer_preps else None
        node = node.head
    return None


def _own_subject(verb: Token) -> bool:
    return has_child(verb, ("nsubj", "nsubjpass"))


def _clause_verb(token: Token) -> Token:
    """The verb of a trigger's clause: the trigger, or the verb whose object the event noun is ('filed a suit')."""
    if token.pos_ in ("VERB", "AUX") or token.head.pos_ not in ("VERB", "AUX") or token.dep_ not in RECIPIENT_DEPS:
        return token
    return token.head


def _related(other: Event, source: Actor | None) -> tuple[Actor, str] | None:
    """The counterpart an earlier event gives: its doer when it was aimed at the source (the answer), its
    recipient when the source did it (the continuation); none when it is neither or both sides are one."""
    if source is None or other.source is None or other.modality is Modality.NEGATED:
        return None
    if other.target is not None and not _implied(other.target) and _covers(other.target, source) \
            and not _covers(other.source, source) \
            and not _own_country(other, source):
        return (other.source, "answers") if _counterpart_actor(other.source) else None
    if other.quad_class in VERBAL_QUADS and _covers(other.source, source) and other.target is not None \
            and _same_speaker(other.source, source) \
            and not _same_party(other.target, source):  # a statement goes on: not the victims of one's own act;
        # the same speaker's ('the Catalan president demanded ... Sánchez urged calm': another official's, no)
        return (other.target, "continues") if _counterpart_actor(other.target) else None
    return None


def _same_speaker(a: Actor, b: Actor) -> bool:
    """One speaker going on: the same person, else the same name ('the ministry ... the ministry'); two officials
    named by different titles ('the Catalan president', 'Spain's acting prime minister') are two speakers."""
    if _person(a) is not None or _person(b) is not None:
        return _person(a) == _person(b)
    return a.name.lower() == b.name.lower()


def _own_country(other: Event, source: Actor) -> bool:
    """An act aimed only at a country or a place ('troops shelled a market in El Fasher') by a party of the source's
    own country: no exchange between two sides ('the government denied' answers no one there)."""
    target = other.target
    return target is not None and country_only(target) and other.source is not None \
        and other.source.country == source.country


def _counterpart_actor(actor: Actor) -> bool:
    """A party with a country or an organisation of its own, named in the text."""
    return bool(actor.country or actor.igo) and not _implied(actor)


def _implied(actor: Actor) -> bool:
    """A party the coder implied ('(KEN government implied)' for a protest): no evidence that an act was aimed
    at anyone."""
    return (actor.name or "").startswith("(")


def _same_party(a: Actor, b: Actor) -> bool:
    """One side: the same actor, or a country and its own sector ('Iran' and the Iranian government), unless the
    knowledge base knows them as two people (a president and his prime minister are both the government)."""
    if distinct_people(a, b):
        return False
    if actor_key(a) == actor_key(b):
        return True
    return a.country is not None and a.country == b.country and not (a.igo or b.igo) \
        and (not a.agent or not b.agent)


def sentence_starts(doc: Doc) -> list[int]:
    """Where the document's sentences start, counting only those with a word: the parser makes a sentence of a
    lone closing quote or a paragraph break, which would put the sentence before out of reach."""
    return [bounds[0] for s in doc.sents if (bounds := word_bounds(s)) is not None and any(t.is_alpha for t in s)]


def _covers(party: Actor, actor: Actor) -> bool:
    """Whether ``actor`` is of ``party``'s side: a government stands for its members, but an act aimed at a person
    is answered by that person ('Trump' and 'the states' are both USAGOV, not one side)."""
    return _same_party(party, actor) and (_person(party) is None or _person(party) == _person(actor))


def _person(actor: Actor) -> str | None:
    found = PERSON_REASON.match(actor.reason or "")
    return found.group(1) if found else None


def _sentence(event: Event, starts: list[int]) -> int:
    return bisect_right(starts, event.evidence.start) - 1


def _same_paragraph(other: Event, event: Event, text: str) -> bool:
    return "\n" not in text[other.evidence.end:event.evidence.start]


def _as_target(event: Event, actor: Actor, told: Event, relation: str) -> Actor:
    why = (f"{actor.reason + '; ' if actor.reason else ''}counterpart from the story: this {event.type} "
           f"{relation} the {told.type} ({actor_key(told.source)} -> {actor_key(told.target)}) in "
           f"'{told.evidence.sentence[:80]}'")
    actor = actor.model_copy(update={"reason": why})
    return with_agent(actor, "GOV") if event.quad_class in VERBAL_QUADS else actor


def _names_recipient(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether the event's clause names whom it is aimed at with words the coder did not resolve: a name, a person
    pronoun or a plural noun of people ('urged Western allies', 'instructed security agencies'), as the verb's
    object, dative or to/against/with-phrase (an event noun's own phrases). An abstract or event noun ('expressed
    disappointment', 'rejected the allegations') names no one."""
    head = trigger.head if trigger.dep_ in RECIPIENT_DEPS and trigger.head.pos_ in ("VERB", "AUX") else trigger
    slots = [c for c in children_with(head, RECIPIENT_DEPS) if c.i != trigger.i]
    slots += [g for c in (*head.children, *trigger.children) if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
              for g in children_with(c, ("pobj",))]
    return any(_party_words(t, lexicon) for t in slots)


def _party_words(token: Token, lexicon: Lexicon) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    if token.ent_type_ in NO_PARTY_ENTITIES:
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in PARTY_ENTITIES:
        return True
    lemma = token.lemma_.lower()
    eventive = lemma in lexicon.nouns or lemma in lexicon.reference_nouns or lemma in lexicon.eventive_nouns \
        or lemma in load_acts().act_nouns or lemma in lexicon.cue("denial_objects")  # "rejected the claims"
    return token.tag_ in ("NNS", "NNPS") and not eventive


def _trigger_token(event: Event, doc: Doc) -> Token | None:
    span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    return next((t for t in span if t.text == event.trigger), None) if span is not None else None

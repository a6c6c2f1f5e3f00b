"""Where a statement was made: 'Zarif told reporters in Geneva that Iran rejected the proposal' rejected it in
Geneva; 'Rouhani said in a televised address from Tehran that Iran condemned the attack' condemned it in Tehran;
'Speaking at a rally in Ohio, Trump accused China' accused it in Ohio.

A verbal act (``SPOKEN_TYPES``: a condemnation, accusation, rejection, threat, demand or praise) is done by saying
it, so the place where it was said is where it happened. The place is read from the speech's own clause: a static
locative of the reporting verb (``said in Geneva``, ``told reporters in Geneva``), the place of a speech noun there
(``at a news conference in Kabul``, ``in a televised address from Tehran``), of a speaking participle (``speaking
at a rally in Ohio``) or of a visit the speaker is on (``during a visit to Moscow``). It places only the acts the
speaker does: 'said in Geneva that the US had threatened Iran' says nothing of where the US did. Only for an event
its own clause does not place (``coding.places`` first), and before the parties' country is taken as the place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.capitals import country_capital
from seismo.coding.doc_words import children_with
from seismo.coding.place_names import known_places
from seismo.coding.seats import seat_location, seat_token
from seismo.coding.sentence import reporting_ancestor
from seismo.coding.word_tables import place_nouns
from seismo.models import Event, Modality

if TYPE_CHECKING:
    from seismo.coding.events import Trigger
    from seismo.coding.lexicon import Lexicon
    from seismo.kb import KnowledgeBase
    from seismo.models import Location


# acts done by saying them: where they were said is where they happened (not AGREE or CONSULT: a deal or talks
# told of may have been made elsewhere)
SPOKEN_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"})


def _venues() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(spoken types, speech nouns, trip nouns, speaking verbs; the lists in ``dictionaries/place_nouns.yaml``)."""
    table = place_nouns()
    return SPOKEN_TYPES, table.speech_nouns, table.trip_nouns, table.speaking_verbs


VENUE_PREPS = frozenset({"in", "at"})


def at_venue(events: Sequence[Event], trigger: Trigger, sent: Span, kb: KnowledgeBase,
             lexicon: Lexicon) -> list[Event]:
    """The events with no place that the speaker states, placed where the statement was made."""
    spoken = _venues()[0]
    if trigger.type not in spoken or not any(_states(e, spoken) for e in events):
        return list(events)
    reporter = reporting_ancestor(trigger.verb, lexicon)
    if reporter is None and trigger.word.i != trigger.verb.i:
        return list(events)
    if reporter is not None and _told_as_past(trigger.verb):
        return list(events)  # "said in Geneva that Iran had rejected ...": said of an earlier act
    venue = speech_venue(reporter, sent, kb) if reporter is not None else speech_venue(trigger.verb, sent, kb, False)
    if venue is None:
        return list(events)
    return [e.model_copy(update={"location": venue})
            if _states(e, spoken) and (reporter is None or _own_word(e)) else e for e in events]


def _states(event: Event, spoken: frozenset[str]) -> bool:
    return event.location is None and event.type in spoken and event.mode != "investigate" \
        and event.modality is Modality.ASSERTED


def _own_word(event: Event) -> bool:
    """The act is the speaker's own: its doer is of the speaker's country (or the same organisation)."""
    speaker, doer = event.attributed_to, event.source
    if speaker is None or doer is None:
        return False
    if speaker.igo or doer.igo:
        return bool(speaker.code and speaker.code == doer.code)
    return bool(speaker.country and speaker.country == doer.country)


def _told_as_past(verb: Token) -> bool:
    """'had rejected': an act before the report, made wherever it was."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def speech_venue(speech: Token, sent: Span, kb: KnowledgeBase, own: bool = True) -> Location | None:
    """The place the speech's clause names: ``speech`` a reporting verb, or a verbal act itself (``own`` False:
    only its speaking participle, its own phrases having been read by ``coding.places``: 'lashed out at the
    Kremlin' aims at it)."""
    places = {p.root: p for p in known_places(sent, kb) if not p.inside}
    for token in _venue_tokens(speech, own):
        if token.i in places:
            return country_capital(token, places[token.i].location, kb)
        if token.pos_ == "PROPN" and seat_token(token, "CONSULT"):
            return seat_location(token, kb)  # "told reporters at the White House": Washington
    return None


def _venue_tokens(speech: Token, own: bool) -> Iterator[Token]:
    """Candidate place words of the speech's clause, nearest first."""
    _, speech_nouns, trip_nouns, speaking = _venues()
    clauses = [speech] if own else []
    clauses += [c for c in children_with(speech, ("advcl", "acl")) if c.lemma_ in speaking]
    subject = next(children_with(speech, ("nsubj",)), None)
    if subject is not None:  # "Duterte, speaking in Davao, threatened ..."
        clauses += [c for c in children_with(subject, ("acl", "advcl", "relcl")) if c.lemma_ in speaking
                    and c.tag_ == "VBG"]
    for clause in clauses:
        for word in [clause, *(c for c in children_with(clause, ("dobj",)))]:  # "told reporters in Geneva"
            for prep in (c for c in children_with(word, ("prep",))):
                for noun in (c for c in children_with(prep, ("pobj",))):
                    yield from _through_prep(prep, noun, speech_nouns, trip_nouns)


def _through_prep(prep: Token, noun: Token, speech_nouns: frozenset[str], trip_nouns: frozenset[str]
                  ) -> Iterator[Token]:
    """'in Geneva' (the place), 'at a news conference in Kabul' (the speech noun's place), 'during a visit to
    Moscow' (the trip's goal), 'at a hospital in Watford' (the town of a building, ``facility_nouns``)."""
    lemma = noun.lemma_.lower()
    if prep.lower_ in VENUE_PREPS:
        yield noun
    inner = {"in", "at", "from"} if lemma in speech_nouns else {"to", "in"} if lemma in trip_nouns else set()
    if not inner and prep.lower_ in VENUE_PREPS and lemma in place_nouns().facility_nouns:
        inner = {"in"}  # "speaking to the press at a hospital in Watford": the town the building is in
    if not inner or prep.lower_ not in VENUE_PREPS | {"during", "on"}:
        return
    for sub in (c for c in children_with(noun, ("prep",)) if c.lower_ in inner):
        yield from (c for c in children_with(sub, ("pobj",)))

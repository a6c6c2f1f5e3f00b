"""People the knowledge base does not know and the text does not describe, who act in a story about one country.

"Manafort agreed to help with the investigation", "John McCain chose Sarah Palin": a named person the knowledge
base has no record of, whom the document introduces with no title, apposition or copula (``coding.introductions``)
and whom no state's police or courts act on (``coding.jurisdiction``), is taken to be of the story's main country
when they are the doer of an event (the annotation guide: write the country "when it is clear ... from the story").
Only the country: their sector stays unknown, so the code is the country alone. Not for the other side of a meeting
(CONSULT: "officials met X" says nothing of where X is from), not for recipients, and never for an organisation or
a demonym the knowledge base does not know (those keep no country: docs/actors.md).
"""

from __future__ import annotations

from spacy.tokens import Doc

from seismo.coding.actors import UNKNOWN_NAME
from seismo.coding.doc_memo import doc_text, entities
from seismo.coding.doc_words import doc_words
from seismo.coding.group_nouns import group_nouns
from seismo.models import Actor, Event

ARTICLES = frozenset({"the", "a", "an"})
FOREIGN_PARTNER_TYPES = frozenset({"CONSULT"})  # a meeting's sides are often of two countries


def story_person(actor: Actor | None, persons: frozenset[str], home: str | None) -> Actor | None:
    """The actor with the story's country when it is an unknown, undescribed person; else the actor unchanged."""
    if actor is None or home is None or not (actor.reason or "").startswith(UNKNOWN_NAME):
        return actor
    if actor.code or actor.country or actor.igo or actor.agent or actor.name not in persons \
            or not _written_as_person(actor.name):
        return actor
    why = f"a person the knowledge base does not know and the text does not describe: country {home}, the " \
          f"story's main country (sector unknown)"
    rest = (actor.reason or "")[len(UNKNOWN_NAME):]  # "; 'he' refers back to ..."
    return actor.model_copy(update={"country": home, "code": home, "reason": why + rest})


def _written_as_person(name: str) -> bool:
    """A person's name is written without an article or a body's head noun: the tagger also reads 'The Velmora
    Collective' or 'Orion Council' as a person."""
    words = name.lower().split()
    return bool(words) and words[0] not in ARTICLES and not any(w in group_nouns().org_nouns for w in words)


def people_of_story(events: list[Event], doc: Doc, home: str | None) -> list[Event]:
    """Each event whose doer is an unknown, undescribed person, with that person placed in the story's country."""
    if home is None:
        return events
    text, words = doc_text(doc), doc_words(doc)  # the memo's entities: no Span and no Token per entity
    persons = frozenset(text[words.idx[start] : words.end_char(end - 1)]
                        for start, end, label in entities(doc) if label == "PERSON")
    out = []
    for event in events:
        if event.type in FOREIGN_PARTNER_TYPES:
            out.append(event)
            continue
        source = story_person(event.source, persons, home)
        out.append(event if source is event.source else event.model_copy(update={"source": source}))
    return out

"""Document pass: where a speaker was, told in a sentence of its own, places what the speaker said there.

"On Monday, Johnson joined the calls asking the United States to waive immunity. ⏎ Johnson was questioned about
the case while speaking to the press at a hospital in Watford." The request was made where Johnson spoke: wire copy
tells the statement first and the scene of the speech after it (or before: "Speaking at a rally in Ohio on
Monday, Trump ... . He also urged ..."). ``coding.venues`` reads a venue in the statement's own sentence; this pass
reads a sentence that only says where someone was speaking ("X was speaking at ... in P", "while speaking to the
press at a hospital in P", "X, addressing a rally in P, ...") and places that person's spoken acts
(``venues.SPOKEN_TYPES``) with no place of their own told in the same paragraph or the paragraph before it. Read
narrowly: the speaker is a person the text names (no pronoun), the scene's sentence names no day of its own (a day
there may be another occasion), and a statement told by someone else stays unplaced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from seismo.coding.dates import find_date_expressions
from seismo.coding.doc_memo import span_text
from seismo.coding.doc_words import children_with
from seismo.coding.merge import PERSON_REASON
from seismo.coding.story import paragraph_sentences
from seismo.coding.venues import SPOKEN_TYPES, speech_venue
from seismo.ingest.noise import within_noise
from seismo.models import Actor, Event, Location, Modality

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase

SCENE_VERBS = frozenset({"speak", "address", "brief"})  # telling where one spoke, not what ('said', 'told')


@dataclass(frozen=True)
class SpeakerScene:
    """A person and the place a sentence says they were speaking at, with the sentence's paragraph."""

    paragraph: int
    speaker: Actor
    place: Location


def speaker_scenes(doc: Doc, text: str, kb: KnowledgeBase, resolve: Callable[[Token], Actor | None],
                   noise: Sequence[tuple[int, int]] = ()) -> tuple[list[SpeakerScene], list[tuple[int, int]]]:
    """The scenes the story tells, and the (start, paragraph) of each sentence (for placing events by offset)."""
    scenes: list[SpeakerScene] = []
    starts: list[tuple[int, int]] = []
    for sent, bounds, paragraph in paragraph_sentences(doc, text):
        starts.append((bounds[0], paragraph))
        if within_noise(*bounds, noise) or find_date_expressions(span_text(sent)):
            continue
        scenes.extend(SpeakerScene(paragraph, actor, place) for actor, place in _scenes_of(sent, kb, resolve))
    return scenes, starts


def _scenes_of(sent: Span, kb: KnowledgeBase, resolve: Callable[[Token], Actor | None]
               ) -> list[tuple[Actor, Location]]:
    out = []
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in SCENE_VERBS):
        speaker = _speaker(verb)
        if speaker is None or speaker.pos_ == "PRON":
            continue
        place = speech_venue(verb, sent, kb)
        actor = resolve(speaker) if place is not None else None
        if actor is not None and place is not None and _a_person(actor):
            out.append((actor, place))
    return out


def _speaker(verb: Token) -> Token | None:
    """'Rouhani was speaking at ...': the subject; 'was questioned while speaking ...', 'Duterte, speaking in ...':
    the subject of the clause the participle hangs from, or the noun it describes."""
    subject = next(children_with(verb, ("nsubj",)), None)
    if subject is not None:
        return subject
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ == "advcl":
        return next(children_with(verb.head, ("nsubj", "nsubjpass")), None)
    return None


def _a_person(actor: Actor) -> bool:
    return PERSON_REASON.match(actor.reason or "") is not None


def _same_person(a: Actor, b: Actor) -> bool:
    pa, pb = (PERSON_REASON.match(x.reason or "") for x in (a, b))
    return pa is not None and pb is not None and pa.group(1) == pb.group(1)


def placed_by_speakers(events: Sequence[Event], scenes: Sequence[SpeakerScene],
                       starts: Sequence[tuple[int, int]]) -> list[Event]:
    """Each spoken act with no place, by a person a scene of its paragraph or the next one names, placed there."""
    if not scenes:
        return list(events)
    out = []
    for event in events:
        if event.location is None and event.type in SPOKEN_TYPES and event.modality is Modality.ASSERTED \
                and event.source is not None:
            paragraph = _paragraph_at(event.evidence.start, starts)
            scene = next((s for s in scenes if s.paragraph in (paragraph, paragraph + 1)
                          and _same_person(s.speaker, event.source)), None)
            if scene is not None:
                event = event.model_copy(update={"location": scene.place})
        out.append(event)
    return out


def _paragraph_at(start: int, starts: Sequence[tuple[int, int]]) -> int:
    found = -1
    for begin, paragraph in starts:
        if begin > start:
            break
        found = paragraph
    return found

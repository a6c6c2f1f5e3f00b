"""Document pass: an event no phrase places happened at the scene its paragraph names.

Wire copy names the place of an incident once ("On Saturday in Forbury Gardens in Reading, a mass stabbing killed
three people") and tells what followed without it ("A 25-year-old man was arrested by Thames Valley Police"). An
event with no place of its own, whose parties are of the country of a place the paragraph names, happened there:
the arrest in Reading, not somewhere in the United Kingdom. The scene is a place named after a static locative
('in Reading', 'at the airport in Kabul', 'in the Somali capital': ``capitals``) or by a settlement noun ('visiting
the town of Pandeglang'), never a whole country (the parties' country already says that much). It is read, not
stated for the event: named after the place, without coordinates, it is never a point on the map (as
``places.home_location``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from seismo.coding.capitals import capital_city
from seismo.coding.doc_words import doc_words
from seismo.coding.grounds import on_a_place
from seismo.coding.place_names import STATIC_LOCATIVE, known_places, settlement_of, unknown_in
from seismo.coding.story import paragraph_sentences
from seismo.ingest.noise import within_noise
from seismo.models import Event, Location

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase


@dataclass(frozen=True)
class Scene:
    """A sentence's first named scene, and the paragraph the sentence is in."""

    start: int
    end: int
    paragraph: int
    place: Location | None


def paragraph_scenes(doc: Doc, text: str, kb: KnowledgeBase, home: str | None,
                     noise: Sequence[tuple[int, int]] = ()) -> list[Scene]:
    """One entry per sentence, in text order (a line break starts a paragraph, as for the paragraph's day); a
    caption or credit (``noise``) names no scene."""
    out: list[Scene] = []
    for sent, bounds, paragraph in paragraph_sentences(doc, text):
        place = None if within_noise(*bounds, noise) else _scene_of(sent, kb, home)
        out.append(Scene(bounds[0], bounds[1], paragraph, place))
    return out


def _scene_of(sent: Span, kb: KnowledgeBase, home: str | None) -> Location | None:
    doc = sent.doc
    known = [place for place in known_places(sent, kb) if not place.inside]
    found = [(place.root, place.location) for place in known if _names_a_scene(doc[place.root])]
    found += [(i, loc) for i, loc in unknown_in(sent, known, kb, home) if _names_a_scene(doc[i])]
    lemmas = doc_words(doc).lemma  # lower-cased: the word itself is asked for the exact lemma
    capitals = (doc[i] for i in range(sent.start, sent.end) if lemmas[i] == "capital")
    found += [(t.i, city) for t in capitals if t.lemma_ == "capital" and _names_a_scene(t)
              and (city := capital_city(t, kb, home)) is not None]  # "in the Somali capital": Mogadishu
    for _, location in sorted(found, key=lambda f: f[0]):
        if location.country and location.name != kb.country_name(location.country):
            return location
    return None


def _names_a_scene(token: Token) -> bool:
    """'in Reading', 'at Baghdad airport', 'visiting the town of Pandeglang': a place where something is or
    happens; not a point of reference ('820 km away from the regional capital of Porto Velho')."""
    town = settlement_of(token)
    if town is not None and town.dep_ == "dobj":
        return True
    token = town if town is not None else token
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head  # "Reading, Berkshire", "the Kabul airport"
    return token.dep_ == "pobj" and (token.head.lower_ in STATIC_LOCATIVE or on_a_place(token.head))


def placed_in_scenes(events: Sequence[Event], scenes: Sequence[Scene],
                     country_name: Callable[[str], str]) -> list[Event]:
    """Each event with no place of its own (none, or only its parties' country) takes the scene its paragraph
    names in its parties' country: its own sentence's, else the nearest before it; an event told in the paragraph's
    first sentence, whose details follow it, else the nearest after it."""
    out = []
    for event in events:
        place = event.location
        if place is not None and (place.lat is not None or place.name != country_name(place.country or "")
                                  or _third_country(event, place)):
            out.append(event)  # a place of its own (one the knowledge base does not know has no coordinates)
            continue
        country = place.country if place is not None else _undone_country(event)
        scene = _nearest_scene(event.evidence.start, scenes, country) if country else None
        out.append(event if scene is None else event.model_copy(
            update={"location": Location(name=scene.name, country=scene.country)}))
    return out


def _third_country(event: Event, place: Location) -> bool:
    """'Iran launched missiles at US troops in Iraqi military bases': a whole country that is neither party's is
    the text's own word for where the act happened, not a default from its parties; a town told for another act
    of the paragraph does not narrow it."""
    parties = [a for a in (event.source, event.target) if a is not None and a.country]
    return bool(parties) and all(a.country != place.country for a in parties)


def _undone_country(event: Event) -> str | None:
    """The country of an act whose doer the text does not give ('Wiranto was stabbed'): its recipient's."""
    if event.source is not None and (event.source.country or event.source.igo):
        return None
    return event.target.country if event.target is not None and not event.target.igo else None


def _nearest_scene(start: int, scenes: Sequence[Scene], country: str) -> Location | None:
    here = next((i for i, s in enumerate(scenes) if s.start <= start < s.end), None)
    if here is None:
        return None
    paragraph = scenes[here].paragraph
    lead = here == 0 or scenes[here - 1].paragraph != paragraph  # its details follow the paragraph's lead
    order = [here, *range(here - 1, -1, -1), *(range(here + 1, len(scenes)) if lead else ())]
    for i in order:
        scene = scenes[i]
        if scene.paragraph != paragraph:
            continue
        if scene.place is not None and scene.place.country == country:
            return scene.place
    return None


ABROAD_SECTORS = {"MIL", "GOV", "SPY", "REB", "INS"}  # forces, officials and fighters act and are hit abroad


def undone_at_home(events: Sequence[Event], home: str | None, country_name: Callable[[str], str]) -> list[Event]:
    """'"Our citizens, police and reporters have been injured during violent incidents," Lam said': an act whose doer
    the text does not give, which no phrase or scene places, happened where its recipients live when they are people
    of the story's country (civilians, police, journalists): the country, without coordinates. Not a country's
    soldiers, officials or fighters, who are often hit abroad ('three Turkish soldiers were killed')."""
    out = []
    for event in events:
        target = event.target
        if event.location is None and home and event.source is None and _undone_country(event) == home \
                and target is not None \
                and target.agent not in ABROAD_SECTORS:
            event = event.model_copy(update={"location": Location(name=country_name(home), country=home)})
        out.append(event)
    return out

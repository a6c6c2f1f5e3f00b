"""Story-level context the coder reads before the sentences: which sentences are content, and the story's country.

* **Content sentences.** Captions, photo credits, bylines, reporting credits and embedded social posts
  are noise spans of the article text (``seismo.ingest.noise``). A sentence inside one is not coded and
  its names are not remembered for later pronouns; nor does it count towards the story's country.
* **The story's country** (``story_country``) is read from the lede: its first ``LEDE_SENTENCES``
  content sentences. A dateline says where the reporter filed ("NAIROBI, Kenya (AP) — Ethiopia and
  Eritrea agreed ..." is not a Kenyan story), so on its own it decides nothing: its country is the
  story's only when the lede names that country first, or about as often as any other (at least half as often
  as the most named: "KYIV - Russian missiles struck Kharkiv ... Ukraine's air force said"); otherwise the
  country the lede names most is. A lede that names no country takes it from where its main act at home
  happened ("Thousands rallied in Minsk": ``coding.lede_scene``). Sector-only actors
  ("police", "protesters") take the story's country when nothing nearer gives one
  (``DocumentContext.home``).
* **The story's countries** (``story_countries``), best first: the story's country, the dateline's, then the
  others the lede names, most named first. A place name held in several countries reads as the one in the
  best-ranked of them ("Tripoli" in a story about Lebanon is the Lebanese city; ``KnowledgeBase.preferring``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from seismo.coding.doc_memo import span_text
from seismo.coding.doc_words import doc_words
from seismo.coding.group_nouns import shared_names
from seismo.coding.lede_scene import lede_scene_country
from seismo.ingest.noise import within_noise
from seismo.kb import KnowledgeBase
from seismo.models import Article, Location

LEDE_SENTENCES = 4  # content sentences read for the story's country (the candidate filter parses as many)

Spans = Sequence[tuple[int, int]]


def word_bounds(sent: Span) -> tuple[int, int] | None:
    """Character offsets where the sentence's first word starts and its last word ends (whitespace tokens
    left out); None when it has no word. Reads the document's word lists (``coding.doc_words``), no ``Token``."""
    words, first, last = doc_words(sent.doc), sent.start, sent.end - 1
    space = words.space
    while first <= last and space[first]:
        first += 1
    if first > last:
        return None
    while space[last]:
        last -= 1
    return words.idx[first], words.end_char(last)


def paragraph_sentences(doc: Doc, text: str) -> Iterator[tuple[Span, tuple[int, int], int]]:
    """Each sentence with a word, its ``word_bounds`` and its paragraph (a line break between two sentences starts
    a new one): the scene passes place what a paragraph tells by the paragraph it is told in."""
    paragraph, previous_end = 0, 0
    for sent in doc.sents:
        bounds = word_bounds(sent)
        if bounds is None:
            continue
        if "\n" in text[previous_end:bounds[0]]:
            paragraph += 1
        previous_end = bounds[1]
        yield sent, bounds, paragraph


def is_content(sent: Span, noise: Spans) -> bool:
    """A sentence with words that are not all inside one noise span."""
    bounds = word_bounds(sent)
    return bounds is not None and not within_noise(*bounds, noise)


def content_sentences(doc: Doc, noise: Spans) -> Iterator[Span]:
    return (sent for sent in doc.sents if is_content(sent, noise))


def story_country(doc: Doc, article: Article, kb: KnowledgeBase, noise: Spans = ()) -> str | None:
    """The dateline's country if the lede names it first or about as often as any (at least half as often as the
    most named: "KYIV - Russian missiles struck ... Russian forces ... Ukraine's air force said"; "BAMAKO - Mali's
    government ordered France's ambassador ... French officials ... France"), else the country the lede names
    most ("ABUJA, Nigeria - West African leaders suspended Niger ... the soldiers who seized power in Niger ... a
    summit in the Nigerian capital" is a story about Niger)."""
    counts = lede_countries(doc, article, kb, noise)
    if not counts:  # 'Thousands rallied in Minsk': where the lede's main act at home happened (coding.lede_scene)
        first = next(content_sentences(doc, noise), None)
        return lede_scene_country(first, kb) if first is not None else None
    filed = dateline_country(article, kb)
    top = counts.most_common(1)[0]
    first = next(iter(counts))  # counts keep the order in which the lede names them
    return filed if filed is not None and (filed == first or 2 * counts[filed] >= top[1]) else top[0]


def story_countries(doc: Doc, article: Article, kb: KnowledgeBase, home: str | None,
                    noise: Spans = ()) -> tuple[str, ...]:
    """The countries the story establishes, best first: its own (``home``), the dateline's, the lede's others.
    A capital's bare name establishes nothing here: 'Gunmen attacked Tripoli' in a Lebanese story is the
    Lebanese city, not a sign that the story is about Libya."""
    counts = lede_countries(doc, article, kb, noise, metonyms=False)
    named = [country for country, _ in counts.most_common()]
    return tuple(dict.fromkeys(c for c in (home, dateline_country(article, kb), *named) if c))


def lede_countries(doc: Doc, article: Article, kb: KnowledgeBase, noise: Spans = (),
                   metonyms: bool = True) -> Counter[str]:
    """How often the lede's actor mentions name each country (``metonyms=False``: not counting a capital's
    bare name standing for its government). A person the knowledge base finds ambiguous ('Obama': people of
    two countries bear the name) establishes no country: the story's countries decide between them; nor does a
    party name that parties of many countries bear ('the Democratic Party': ``group_nouns.home_party``), nor a
    country name two countries bear that no cue in its sentence decides ('Congo' after 'BRAZZAVILLE, Congo')."""
    return Counter(mention[0] for mention in lede_mentions(doc, article, kb, noise, metonyms))


def lede_mentions(doc: Doc, article: Article, kb: KnowledgeBase, noise: Spans = (),
                  metonyms: bool = True) -> list[tuple[str, int, int, bool]]:
    """(country, start, end, bare) of each lede actor mention that names a country (``lede_countries`` counts
    them), with character offsets in the document's text, in order; ``bare``: the country or its demonym alone, or
    a phrase its first word marks as of that country ('Belarus', 'the Belarusian company', 'a Russian bank'), not
    a named body, group or person of it ('UNITA', 'the Pakistani Federal Secretary' is a person of it)."""
    out: list[tuple[str, int, int, bool]] = []
    across: set[int] = set()  # indexes of mentions right after 'the border with'
    for i, sent in enumerate(content_sentences(doc, noise)):
        if i >= LEDE_SENTENCES:
            break
        text = span_text(sent)
        for start, end, found in kb.find_actor_mentions(text, article.published):
            person_in_doubt = found.ambiguous and found.office is not None  # a person's record decided
            shared = text[start:end].lower().removeprefix("the ") in shared_names()
            # 'Congo' with no cue in its sentence: the default reading of a name two countries bear
            name_in_doubt = found.ambiguous and found.office is None and found.actor.agent is None
            if found.actor.country and not person_in_doubt and not shared and not name_in_doubt \
                    and (metonyms or not found.metonym):
                bare = found.office is None and _country_marked(text[start:end], found.actor, kb)
                out.append((found.actor.country, sent.start_char + start, sent.start_char + end, bare))
                if BORDER_WITH.search(text[:start]):
                    across.add(len(out) - 1)
    return _without_neighbours_only(out, across)


Mention = tuple[str, int, int, bool]  # (country, start, end, bare)


def _without_neighbours_only(out: list[Mention], across: set[int]) -> list[Mention]:
    """Drop the mentions of a country the lede names only after 'the border with': the neighbour across a border
    ('arrested smugglers on the border with Mexico'). A country named otherwise too keeps every mention."""
    elsewhere = {m[0] for k, m in enumerate(out) if k not in across}
    return [m for k, m in enumerate(out) if k not in across or m[0] in elsewhere]


# "arrested five smugglers on the border with Mexico": the neighbour across a border is no sign of the story's country
BORDER_WITH = re.compile(r"\b(?:border|borders|frontier|boundary) with (?:the )?$", re.IGNORECASE)


def dateline_country(article: Article, kb: KnowledgeBase) -> str | None:
    """The country of the dateline's place ("NAIROBI, Kenya" -> KEN), if the knowledge base knows it."""
    for part in (article.dateline or "").split(","):
        name = part.strip().title()
        place = kb.place(name) if name else None
        if place is not None and place.country:
            return place.country
    return None


def dateline_place(article: Article, kb: KnowledgeBase) -> Location | None:
    """The dateline's own place ("LONDON" -> London, "NAIROBI, Kenya" -> Nairobi), if the knowledge base knows it
    and it lies in a country; the first part only (the region after the comma names no town)."""
    name = (article.dateline or "").split(",")[0].strip().title()
    place = kb.place(name) if name else None
    return place if place is not None and place.country else None


def _country_marked(phrase: str, actor, kb: KnowledgeBase) -> bool:
    """The country alone, or a phrase whose first word is the country or its demonym ('a Russian bank')."""
    if actor.code == actor.country:
        return True
    words = phrase.split()
    first = words[1] if len(words) > 1 and words[0].lower() in ("the", "a", "an", "two", "three") else words[0]
    found = kb.resolve_phrase(first) if first[:1].isupper() else None
    return found is not None and found.actor.code == found.actor.country == actor.country \
        and found.actor.agent is None and first != phrase.strip()

"""The KnowledgeBase object: compiled tables plus the public lookups."""

from __future__ import annotations

import copy
import datetime as dt
from functools import lru_cache, partial
from pathlib import Path

from seismo.kb.chunks import Chunk, Segment, find_chunks
from seismo.kb.loader import DATA_DIR, Compiled
from seismo.kb.names import org_outranks
from seismo.kb.places import PlaceIndex, build_places
from seismo.kb.records import (
    CAPITAL,
    COUNTRY,
    INSTITUTION,
    MINOR_ROLES,
    PERSON,
    Ambiguity,
    Capital,
    Country,
    Institution,
    Person,
    Resolution,
)
from seismo.kb.resolve import Context, holds_later, is_dated, resolve_chunk, specificity
from seismo.kb.tables import AliasTable
from seismo.kb.text import Token, fold, tokenize
from seismo.models import Location

# A capital right after one of these is a place ("fighting near Kyiv"), not the government.
LOCATIVES = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "throughout",
        "from",
        "to",
        "into",
        "toward",
        "towards",
        "via",
        "of",
        "over",
        "within",
    ]
)
RESOLVE_CACHE_SIZE = 1 << 18
PARSE_CACHE_SIZE = 1 << 16
PLACES_CACHE_SIZE = 1 << 12  # sentences: the coder asks once per trigger and once per placed mention


STATE_BODY_AGENTS = frozenset({"GOV", "LEG", "JUD"})


def _seat(segment: Segment, place: Location) -> bool:
    """An institution named by the place it sits in ("Brussels" for the EU, "the White House"): the name is still
    that place, and the coder tells the place from the actor by the sentence ("met in Brussels", "Brussels
    said"). An armed group or an outlet that shares a town's name ("Hamas") is no seat, nor a state body whose
    name the gazetteer holds only in another country ("Westminster", a town in Colorado)."""
    return segment.kind == INSTITUTION and any(
        isinstance(e.target, Institution) and (e.target.igo or (
            e.target.agent in STATE_BODY_AGENTS and e.target.country == place.country))
        for e in segment.entries)


class KnowledgeBase:
    """Actors and places compiled from ``seismo/kb/data`` (plus user files); read-only."""

    def __init__(self, compiled: Compiled, data_dir: Path = DATA_DIR) -> None:
        self._c = compiled
        self._data = data_dir
        self._places: PlaceIndex | None = None
        self._given: frozenset[str] | None = None
        self._resolve_cached = lru_cache(maxsize=RESOLVE_CACHE_SIZE)(self._resolve)
        self._parse = lru_cache(maxsize=PARSE_CACHE_SIZE)(self._parse_phrase)
        self._places_in = lru_cache(maxsize=PLACES_CACHE_SIZE)(self._find_places)
        self._scan = lru_cache(maxsize=PLACES_CACHE_SIZE)(self._parse_phrase)  # running text: sentences
        self._mentions_cached = lru_cache(maxsize=PLACES_CACHE_SIZE)(self._mentions)
        self._prefer: tuple[str, ...] = ()  # countries a document establishes, best first (``preferring``)

    def preferring(self, countries: tuple[str, ...]) -> KnowledgeBase:
        """This knowledge base for one document: a place name held in several countries ('Tripoli') reads as
        the one in the best-ranked of ``countries`` (``places.choose``). Shares every table and cache."""
        self._place_index()  # built once, on the shared object
        view = copy.copy(self)
        view._prefer = tuple(dict.fromkeys(c for c in countries if c))
        return view

    # ---- lookups -----------------------------------------------------------------------------
    @property
    def countries(self) -> dict[str, Country]:
        return self._c.countries

    @property
    def actor_table(self) -> AliasTable:
        """The actor alias table (keys, prefixes and case rules), for matchers that only ask whether a text
        names something the KB knows (``coding.prefilter``)."""
        return self._c.actors

    @property
    def people(self) -> dict[str, Person]:
        return self._c.people

    def country_name(self, iso3: str) -> str:
        """English name for an ISO3 code ('UKR' -> 'Ukraine'); the code itself if unknown."""
        country = self._c.countries.get(iso3.upper())
        return country.name if country else iso3

    def resolve_phrase(self, phrase: str, on: dt.date | None = None) -> Resolution | None:
        """Resolve a noun phrase ("Russia's Defense Ministry", "President Biden") on a date.

        Results are cached and shared between callers: copy (``model_copy``), never mutate.
        """
        tokens, chunks, dated = self._parse(phrase)
        if on is not None and not dated:
            on = None  # nothing dated in the phrase: one cache entry serves every date
        return self._resolve_cached(phrase, on, self._relevant_prefer(tokens, chunks, phrase))

    def find_actor_mentions(
        self, text: str, on: dt.date | None = None
    ) -> list[tuple[int, int, Resolution]]:
        """Every actor mention in ``text`` as (start, end, resolution): longest, no overlaps.

        Cached per text and date (one entry for every date when nothing in the text is dated): the coder
        asks for each sentence on each event date it reads there. A copy of the list is returned, the
        resolutions are shared (never mutate them)."""
        tokens, chunks, dated = self._scan(text)
        if on is not None and not dated:
            on = None
        return list(self._mentions_cached(text, on, self._relevant_prefer(tokens, chunks, text)))

    def _mentions(
        self, text: str, on: dt.date | None, prefer: tuple[str, ...]
    ) -> tuple[tuple[int, int, Resolution], ...]:
        tokens, chunks, _ = self._scan(text)
        ctx = self._context(tokens, text, on, prefer)
        ctx.running_text = True
        found = []
        for chunk in chunks:
            if self._is_locative(chunk, ctx):
                continue
            res = resolve_chunk(chunk, ctx)
            if res is not None:
                found.append((tokens[chunk.start].start, tokens[chunk.end - 1].end, _with_reason(res)))
        return tuple(found)

    def find_places(self, text: str) -> list[tuple[int, int, Location]]:
        """Places named in ``text`` as (start, end, location). Words inside a person's or an
        organisation's name ("Vladimir Putin", "Hamas") are not places; a longer place around a name
        is ("The Hague" holds the surname Hague, "Khan Younis" the surname Khan, "Kachin state" a people).
        Cached per text: a copy of the list is returned, the locations are shared (never mutate them)."""
        return list(self._places_in(text, self._prefer))

    def _find_places(self, text: str, prefer: tuple[str, ...]) -> tuple[tuple[int, int, Location], ...]:
        tokens, chunks, _ = self._scan(text)  # the sentence's actor scan, shared with find_actor_mentions
        names = [
            (tokens[s.start].start, tokens[s.end - 1].end, s)
            for chunk in chunks
            for s in chunk.segments
            if s.kind in (PERSON, INSTITUTION)
        ]
        return tuple(
            (s, e, loc)
            for s, e, loc in self._place_index().find(text, tokens, prefer)
            if not any(a < e and s < b and not (s <= a and b <= e and e - s > b - a)
                       and not ((a, b) == (s, e) and _seat(segment, loc)) for a, b, segment in names)
        )

    @property
    def preferred(self) -> tuple[str, ...]:
        """The countries the document establishes, best first (``preferring``); () outside a document."""
        return self._prefer

    def place(self, name: str) -> Location | None:
        """The place ``name`` names ('Kiev' -> Kyiv, UKR); of several, the one in a country the document
        prefers (``preferring``), else the first."""
        return self._place_index().lookup(name, self._prefer)

    def place_note(self, name: str) -> str:
        """Why ``place(name)`` is not the place the name reads as in no story: '' when it is."""
        chosen, default = self.place(name), self._place_index().lookup(name)
        if chosen is None or default is None or chosen.country == default.country:
            return ""
        return f"; '{name}' also names a place in {default.country}: {chosen.country}, a story country, comes first"

    def shared_place_names(self) -> list[tuple[Location, list[Location]]]:
        """City and region names held in several countries at equal rank: the place each reads as in no
        story, and the others a story's country picks instead ('Tripoli': Libya; Lebanon)."""
        return self._place_index().shared_names()

    def place_country(self, name: str) -> str | None:
        """The country of a gazetteer place named by all of ``name`` ('Texas' -> USA), for words the actor
        table does not know; an ambiguous name or a common English word ('Reading') gives none."""
        return self._place_index().sole_country(name)

    def region_country(self, name: str) -> str | None:
        """The country of a state or province written in full by its primary name ('New South Wales' -> AUS),
        for words the tagger did not mark as a place; None for anything else."""
        return self._place_index().region_country(name)

    # ---- internals ---------------------------------------------------------------------------
    def _context(self, tokens: list[Token], text: str, on: dt.date | None, prefer: tuple[str, ...] = ()) -> Context:
        return Context(tokens, text, on, self._c.countries, given_names=self._given_names(),
                       place_country=self.place_country, prefer=prefer,
                       capital_elsewhere=partial(self._capital_elsewhere, prefer) if prefer else None)

    def _capital_elsewhere(self, prefer: tuple[str, ...], name: str, capital_of: str) -> str | None:
        """The country of the place named ``name`` that ``prefer`` picks, when it is not the capital's. A capital
        whose own country the story establishes too (``coding.story.story_countries`` counts no capital's bare
        name) keeps its government reading: 'Washington' in a British story that names the US."""
        if capital_of in prefer:
            return None
        place = self._place_index().lookup(name, prefer)
        return place.country if place is not None and place.country and place.country != capital_of else None

    def _relevant_prefer(self, tokens: list[Token], chunks: list[Chunk], text: str) -> tuple[str, ...]:
        """The document's preference where it changes what a capital in the text stands for or may break a tie
        between people of several countries (people.candidates), else () (one cache entry for every document)."""
        if not self._prefer:
            return ()
        for chunk in chunks:
            for seg in chunk.segments:
                if seg.kind == PERSON and len({r.country for e in seg.entries if isinstance(e.target, Person)
                                               for r in e.target.roles}) > 1:
                    return self._prefer
                target = seg.entries[0].target if seg.kind == CAPITAL else None
                if isinstance(target, Capital) and self._capital_elsewhere(
                    self._prefer, text[tokens[seg.start].start : tokens[seg.end - 1].end], target.country.iso3
                ):
                    return self._prefer
        return ()

    def _given_names(self) -> frozenset[str]:
        """First names of every person in the KB (folded): 'Carlos' before 'Johnson' is one."""
        if self._given is None:
            self._given = frozenset(
                fold(p.name.split()[0]) for p in self._c.people.values() if " " in p.name
            )
        return self._given

    def _parse_phrase(self, phrase: str) -> tuple[list[Token], list[Chunk], bool]:
        """Tokens, chunks, and whether any chunk holds something dated (a person, dated codes)."""
        tokens = tokenize(phrase)
        chunks = find_chunks(self._c.actors, tokens)
        return tokens, chunks, any(is_dated(c) for c in chunks)

    def _resolve(self, phrase: str, on: dt.date | None, prefer: tuple[str, ...]) -> Resolution | None:
        tokens, chunks, _ = self._parse(phrase)
        ctx = self._context(tokens, phrase, on, prefer)
        scored: list[tuple[Chunk, Resolution]] = []
        for chunk in chunks:
            res = resolve_chunk(chunk, ctx)
            if res is not None:
                scored.append((chunk, res))
        every = list(scored)
        if len(scored) > 1:  # "Putin's spokesman Dmitry Peskov": the possessor is not the head
            scored = [(c, r) for c, r in scored if not tokens[c.end - 1].possessive] or scored
            scored = [(c, r) for c, r in scored  # "the opposition-controlled parliament": the parliament
                      if not holds_later(c, tokens, any(o.start > c.end for o, _ in scored))] or scored
        if not scored:
            return None
        best = max(scored, key=lambda cr: specificity(cr[0]))
        return _with_reason(_org_first(best, every, ctx) or best[1])

    @staticmethod
    def _is_locative(chunk: Chunk, ctx: Context) -> bool:
        if len(chunk.segments) != 1 or chunk.segments[0].kind != CAPITAL or chunk.start == 0:
            return False
        return ctx.tokens[chunk.start - 1].key in LOCATIVES

    def _capital_keys(self) -> dict[str, set[str]]:
        """Each capital alias key of the actor table ('washington', 'washington d c') -> its countries."""
        keys: dict[str, set[str]] = {}
        for key, entries in self._c.actors.entries.items():
            for entry in entries:
                if entry.kind == CAPITAL and isinstance(entry.target, Capital):
                    keys.setdefault(key, set()).add(entry.target.country.iso3)
        return keys

    def _shared_country_names(self) -> dict[str, list[Country]]:
        """Country names the actor table reads as several countries ('Congo'), each with its countries, the
        default first."""
        return {entry.target.name: list(entry.target.countries) for entries in self._c.actors.entries.values()
                for entry in entries if entry.kind == COUNTRY and isinstance(entry.target, Ambiguity)}

    def _named_actor_keys(self) -> frozenset[str]:
        """The keys of the actor table's countries, their peoples and its named institutions ('thai', 'white
        house'): no alternate name of a city (``PlaceIndex.add_cities``)."""
        return frozenset(key for key, entries in self._c.actors.entries.items()
                         if any(e.kind in (COUNTRY, INSTITUTION) for e in entries))

    def _place_index(self) -> PlaceIndex:
        if self._places is None:
            self._places = build_places(
                self._data, self._c.countries, self._c.country_names, self._c.places, self._capital_keys(),
                self._shared_country_names(), self._named_actor_keys(),
            )
        return self._places


def _org_first(
    best: tuple[Chunk, Resolution], scored: list[tuple[Chunk, Resolution]], ctx: Context
) -> Resolution | None:
    """'UN humanitarian coordinator Tarvo Kellamaa', 'the UN's ...': a named organisation in a chunk before
    the name of someone the record has only in a lower office outranks the record (``names.org_outranks``)."""
    chunk, person = best
    if person.office not in MINOR_ROLES:
        return None
    for other, found in scored:
        inst = other.first(frozenset({INSTITUTION}))
        if other.end > chunk.start or inst is None:
            continue
        names = (ctx.span_text(other), getattr(inst.entries[0].target, "name", ""))
        if org_outranks(found.actor, names, person.actor, person.office, person.office_title, ctx.text):
            why = f"{found.reason}; the organisation written before the name outranks the record's lower office"
            actor = found.actor.model_copy(update={"name": person.actor.name})
            return found.model_copy(update={"actor": actor, "reason": f"{why} ({person.reason})"})
    return None


def _with_reason(res: Resolution) -> Resolution:
    """The actor carries its reason too (``Actor.reason``), so the coder passes it on without a copy.
    Set once on the freshly built actor, before the resolution is cached and shared."""
    res.actor.reason = res.reason
    return res

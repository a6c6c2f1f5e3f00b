"""Places: disputed/regional areas, countries, GeoNames cities (CC BY 4.0) and first-level regions.

One name can name several places; they are ordered hand-written/user areas first, then countries,
cities (primary names before alternate names, larger population first) and regions. Country
points are their capitals' coordinates (approximate, see SOURCES.md).

A city or region name held in several countries ("Tripoli": Libya and Lebanon; "Punjab": India and
Pakistan) reads as the first of them unless the document prefers a country (``prefer``: the countries a
story establishes, best first): then as the candidate in the best-ranked preferred country, among the
cities and regions no lower in rank than the first (an alternate name never beats a primary one). An area
or a country comes first whatever the story ("Georgia" stays the country). A capital gives way only to a large
city or one not far smaller than it (``_outshone``): "Tripoli" in a Lebanese story is Lebanon's second city, but
"Washington" in a British story is the US capital, not the town of Washington in Tyne and Wear.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from seismo.kb.records import Country, Entry
from seismo.kb.schema import DATA_DIR, PlaceSpec, malformed, read_yaml
from seismo.kb.tables import DETERMINERS, AliasTable
from seismo.kb.text import Token, tokenize
from seismo.models import Location

PLACE = "place"
# words that say what kind of place a name is, written after it: "Sindh province", "Kachin state"
PLACE_KINDS = frozenset(
    {"province", "state", "region", "district", "county", "governorate", "prefecture", "city", "town", "village",
     "municipality", "oblast", "department", "emirate", "canton"}
)  # fmt: skip
AREA, COUNTRY_PLACE, CITY, REGION = 0, 1, 2, 3
SETTLED = (CITY, REGION)  # the sources a story's country may re-rank
# a town that shares a capital's name and is far smaller ('Washington', England; 'Athens', Georgia) never
# displaces the capital; a city this large in a story country does ('Tripoli', Lebanon; 'London', Ontario), and so
# does one of at least this share of the capital's size ('San Juan', Philippines, beside Puerto Rico's capital)
CAPITAL_RIVAL_POPULATION = 200_000
CAPITAL_RIVAL_SHARE = 0.2


@dataclass(slots=True, eq=False)
class Place:
    location: Location
    source: int
    primary: bool
    population: int
    common: bool = False  # name is also a common English word: not auto-detected in running text
    seat: bool = False  # a country's capital city (``mark_capitals``)
    shared: bool = False  # a country name several countries bear ('Congo'): a story's country picks one

    def order(self) -> tuple[int, bool, int]:
        return (self.source, not self.primary, -self.population)


def _num(value: str) -> float | None:
    return float(value) if value else None


def _row_location(row: dict[str, str]) -> Location:
    """A city or region row of the gazetteer TSV files (blank lat/lon: unknown)."""
    return Location(name=row["name"], country=row["country"], lat=_num(row["lat"]), lon=_num(row["lon"]))


class PlaceIndex:
    def __init__(self) -> None:
        self.table = AliasTable()
        # keys of the words for a country's people ('german', 'somali'): a town or region so named is found in
        # running text only with its kind after it ('the Somali region'); alone it is the people's adjective
        self.people_words: frozenset[str] = frozenset()

    def add(self, names: list[str], place: Place, layer: int) -> None:
        """The first name is the primary one; the others share one 'alternate' record."""
        alternate = Place(place.location, place.source, False, place.population, place.common)
        for n, name in enumerate(names):
            if name:
                self.table.add(name, PLACE, place if n == 0 else alternate, layer=layer)

    def add_areas(self, specs: list[tuple[PlaceSpec, int]]) -> None:
        for spec, layer in specs:
            loc = Location(name=spec.name, country=spec.country, lat=spec.lat, lon=spec.lon)
            self.add([spec.name, *spec.aliases], Place(loc, AREA, True, 0), layer)

    def add_countries(self, countries: dict[str, Country], names: dict[str, list[str]]) -> None:
        for iso3, country in countries.items():
            loc = Location(name=country.name, country=iso3, lat=country.lat, lon=country.lon)
            self.add([country.name, *names.get(iso3, [])], Place(loc, COUNTRY_PLACE, True, 0), 0)

    def add_cities(self, path: Path, country_words: frozenset[str] = frozenset()) -> None:
        """``country_words``: keys of the words that name a country, its people or a named institution; a city's
        alternate name among them is none of the city's in English news ('Thai', an old name of Alor Setar, is
        Thailand's adjective; 'White House', a translation of Casablanca, the US presidency)."""
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                place = Place(_row_location(row), CITY, True, int(row["population"] or 0), row["common"] == "1")
                alternates = [a for a in row["alternates"].split("|") if _key(a) not in country_words]
                self.add([row["name"], *alternates], place, 0)

    def add_regions(self, path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                place = Place(_row_location(row), REGION, True, 0, row["common"] == "1")
                names = [row["name"], *row["aliases"].split("|")]
                if row["country"] in ARABIC_COUNTRIES:
                    names += [bare for n in names if (bare := without_article(n))]
                self.add(names, place, 0)

    def add_shared_countries(self, shared: dict[str, list[Country]]) -> None:
        """Country names the actor table reads as several countries, the usual one first ('Congo': the DRC, then
        the Republic): the place is that default, or the one a story's country picks (``choose``). Only a name
        the gazetteer holds as a country and as nothing else of those countries ('Georgia' is also a US state,
        and stays the country)."""
        for name, options in shared.items():
            bucket = [_place(e) for e in self.table.entries.get(_key(name), [])]
            isos = {c.iso3 for c in options}
            if len(options) < 2 or not any(p.source == COUNTRY_PLACE for p in bucket) \
                    or any(p.source != COUNTRY_PLACE and p.location.country in isos for p in bucket):
                continue
            for country in options:
                loc = Location(name=country.name, country=country.iso3, lat=country.lat, lon=country.lon)
                self.table.add(name, PLACE, Place(loc, COUNTRY_PLACE, True, 0, shared=True), layer=1)

    def mark_capitals(self, capitals: dict[str, set[str]]) -> None:
        """Mark each country's capital city: of the cities a capital alias key names ('washington': USA), the
        largest in the capital's own country."""
        for key, iso3s in capitals.items():
            cities = [p for p in map(_place, self.table.entries.get(key, []))
                      if p.source == CITY and p.location.country in iso3s]
            for iso3 in iso3s:
                own = [p for p in cities if p.location.country == iso3]
                if own:
                    max(own, key=lambda p: (p.primary, p.population)).seat = True

    def finish(self) -> None:
        for bucket in self.table.entries.values():
            bucket.sort(key=lambda e: _place(e).order())

    def lookup(self, name: str, prefer: tuple[str, ...] = ()) -> Location | None:
        """Exact name lookup, any case: 'Kiev', 'kyiv', 'the West Bank'; a name the gazetteer lacks with a
        trailing kind of place is the place it names ('Sindh province', 'Rakhine state', 'Gaza city')."""
        keys = [t.key for t in tokenize(name)]
        entries = self.table.entries.get(" ".join(keys), [])  # "The Valley" keeps its article
        while not entries and len(keys) > 1 and keys[0] in DETERMINERS:
            keys.pop(0)
            entries = self.table.entries.get(" ".join(keys), [])
        if not entries and len(keys) > 1 and keys[-1] in PLACE_KINDS:
            entries = self.table.entries.get(" ".join(keys[:-1]), [])
            kind = of_kind(entries, keys[-1], prefer)
            if kind is not None:
                return kind.location
        return choose(entries, prefer).location if entries else None

    def sole_country(self, name: str) -> str | None:
        """The country of every place the whole of ``name`` names, when they agree and the name is no common
        English word ('Chicago' -> USA; 'Victoria', a state, a capital and a harbour, or 'Reading' -> None)."""
        entries = self.table.entries.get(_key(name), [])
        places = [_place(e) for e in entries]
        countries = {p.location.country for p in places}
        if len(countries) != 1 or any(p.common for p in places):
            return None
        return countries.pop()

    def region_country(self, name: str) -> str | None:
        """The country of a first-level region (a state, province, nation of a union) that ``name`` writes in
        full ('New South Wales' -> AUS, 'Texas' -> USA), when every region and country of that name lies in it; a
        city of the name elsewhere does not count against it ('Ontario' is also a Californian city). None for an
        alternate name ('Federal' for Brazil's 'Federal District'), a city alone or a common English word."""
        places = [_place(e) for e in self.table.entries.get(_key(name), [])]
        regions = [p for p in places if p.source == REGION and p.primary]
        ranked = [p for p in places if p.source != CITY]
        countries = {p.location.country for p in ranked}
        if not regions or len(countries) != 1 or any(p.common for p in places):
            return None
        return countries.pop()

    def shared_names(self) -> list[tuple[Location, list[Location]]]:
        """Each city or region name held in several countries at equal rank (city and city or region and
        region, primary names, no area or country of the name before them): the place the name reads as in
        no story, and the places of the name in other countries that a story's country picks instead
        (``choose``). Common English words are left out (running text never finds them)."""
        out = []
        for bucket in self.table.entries.values():
            first = _place(bucket[0])
            if len(bucket) < 2 or first.source not in SETTLED or not first.primary or first.common:
                continue
            others = [
                p.location for p in map(_place, bucket[1:])
                if p.source == first.source and p.primary and not p.common and not _outshone(first, p)
                and p.location.country not in (None, first.location.country)
            ]
            if others:
                out.append((first.location, others))
        return out

    def find(
        self, text: str, tokens: list[Token] | None = None, prefer: tuple[str, ...] = ()
    ) -> list[tuple[int, int, Location]]:
        """Places named in ``text``, longest first; ``tokens``: the text's ``tokenize``, when already made."""
        tokens = tokenize(text) if tokens is None else tokens
        found: list[tuple[int, int, Location]] = []
        names, prefixes = self.table.entries, self.table.prefixes
        i = 0
        while i < len(tokens):
            if tokens[i].key not in names and tokens[i].key not in prefixes:
                i += 1  # no place name starts here (``longest`` would say so after a call)
                continue
            end, entries = self.table.longest(tokens, i)
            if not entries:
                i += 1
                continue
            kind = tokens[end].key if _kind_follows(tokens, end) else None
            place = of_kind(entries, kind, prefer) or choose(entries, prefer)
            matched = text[tokens[i].start : tokens[end - 1].end]
            if kind is not None and place.source == REGION:
                end += 1  # "Kachin state": the kind of place is part of the name (a people's name alone may be none)
            elif place.source in SETTLED and _key(matched) in self.people_words:
                i = end  # "German police", "the Somali capital": not the Isle of Man's German, Ethiopia's Somali
                continue
            if not (place.common and end - i == 1 and matched.isascii()) or _after_locative(tokens, i):
                last = tokens[end - 1]
                first = tokens[i + 1] if tokens[i].text == "the" and end - i > 1 else tokens[i]
                found.append(
                    (first.start, last.end - 2 if last.possessive else last.end, place.location)
                )
            i = end
        return found


def of_kind(entries: list[Entry], kind: str | None, prefer: tuple[str, ...] = ()) -> Place | None:
    """The region a name followed by a kind of division names ('Plateau State', 'Niger State', 'Delta State'): of its
    regions, those of the countries whose divisions news calls so (``data/region_kinds.yaml``) first; None when the
    kind is no division word, the name holds no region, or the word picks none (the usual order decides then)."""
    if kind is None or kind not in region_kinds():
        return None
    regions = [e for e in entries if _place(e).source == REGION]
    fitting = [e for e in regions if _place(e).location.country in region_kinds()[kind]]
    return choose(fitting, prefer) if fitting else None


@lru_cache(maxsize=1)
def region_kinds() -> dict[str, frozenset[str]]:
    """The countries whose first-level divisions news names with each kind word (``data/region_kinds.yaml``); a
    malformed file is the one-line K001 error."""
    path = DATA_DIR / "region_kinds.yaml"
    data = read_yaml(path)
    kinds = data.get("kinds") if isinstance(data, dict) else None
    if not isinstance(kinds, dict) or not all(isinstance(v, list) for v in kinds.values()):
        raise malformed(path, "kinds: a mapping of kind words to lists of ISO3 codes")
    return {str(k).lower(): frozenset(str(c).upper() for c in v) for k, v in kinds.items()}


# lower-case prepositions after which a capitalised town named like a common word is the town: "in Reading", "near Bath"
STATIC_LOCATIVES = frozenset({"in", "at", "near", "outside"})


def _after_locative(tokens: list[Token], i: int) -> bool:
    """'a stabbing in Reading', 'protests in Nice': a town whose name is also a common English word counts in running
    text when it is capitalised right after a static locative preposition written in lower case, and no capitalised
    word goes on with it ('in West Darfur', 'in Union Square': a longer name)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return i > 0 and tokens[i - 1].text in STATIC_LOCATIVES and tokens[i].text[:1].isupper() \
        and tokens[i].text[1:].islower() and not (nxt is not None and nxt.text[:1].isupper())


def _kind_follows(tokens: list[Token], end: int) -> bool:
    """A kind of place right after a name ('Kachin state'), not after a possessive ('Sindh's province')."""
    return (end < len(tokens) and tokens[end].gap == "" and tokens[end].key in PLACE_KINDS
            and not tokens[end - 1].possessive)  # fmt: skip


# the Arabic article as GeoNames writes it before a region's name ("Al Anbar", "Ar-Raqqah", "As Sulaymaniyah")
ARABIC_ARTICLES = ("al", "ar", "as", "ash", "at", "ad", "an", "az", "el")
ARABIC_COUNTRIES = frozenset(
    {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PSE", "QAT", "SAU", "SDN",
     "SYR", "TUN", "YEM"}
)  # fmt: skip


def without_article(name: str) -> str | None:
    """'Al Anbar' -> 'Anbar', 'Ar-Raqqah' -> 'Raqqah': news mostly drops the article; None when there is none or
    what is left is short (under five letters)."""
    head, sep, rest = name.replace("-", " ", 1).partition(" ")
    if sep and head.lower() in ARABIC_ARTICLES and len(rest) >= 5 and rest[:1].isupper():
        return rest
    return None


def choose(entries: list[Entry], prefer: tuple[str, ...] = ()) -> Place:
    """The place a name names: the first candidate, unless a city or region of the same name in a country
    ranked higher in ``prefer`` (and no lower in rank: a primary name for a primary name) comes before it."""
    first = _place(entries[0])
    rank = {country: n for n, country in enumerate(prefer)}
    if prefer and first.shared:  # 'Congo' in a story from Brazzaville: the Republic
        shared = [p for p in map(_place, entries) if p.shared]
        return min(shared, key=lambda p: rank.get(p.location.country or "", len(prefer)))
    if not prefer or len(entries) == 1 or first.source not in SETTLED:
        return first
    best, best_rank = first, rank.get(first.location.country or "", len(prefer))
    for entry in entries[1:]:
        place = _place(entry)
        if place.source not in SETTLED or (first.primary and not place.primary):
            continue
        if _outshone(first, place):
            continue  # 'Washington' in a British story: the US capital, not the English town
        place_rank = rank.get(place.location.country or "", len(prefer))
        if place_rank < best_rank:
            best, best_rank = place, place_rank
    return best


def _outshone(first: Place, other: Place) -> bool:
    """A town far smaller than the capital that the name first names: it never displaces the capital."""
    return first.seat and other.population < CAPITAL_RIVAL_POPULATION \
        and other.population < CAPITAL_RIVAL_SHARE * first.population


def _key(name: str) -> str:
    return " ".join(t.key for t in tokenize(name))


def country_words(countries: dict[str, Country], names: dict[str, list[str]]) -> frozenset[str]:
    """The keys of every country's name, aliases and demonym ('thai', 'kenyan')."""
    words = [w for c in countries.values() for w in (c.name, c.demonym) if w]
    words += [w for aliases in names.values() for w in aliases]
    return frozenset(_key(w) for w in words)


def _place(entry: Entry) -> Place:
    assert isinstance(entry.target, Place)
    return entry.target


def build_places(
    data: Path,
    countries: dict[str, Country],
    names: dict[str, list[str]],
    areas: list[tuple[PlaceSpec, int]],
    capitals: dict[str, set[str]] | None = None,
    shared: dict[str, list[Country]] | None = None,
    actor_keys: frozenset[str] = frozenset(),
) -> PlaceIndex:
    """``actor_keys``: the actor table's keys of countries, peoples and named institutions, no city's other name."""
    index = PlaceIndex()
    index.add_cities(data / "cities.tsv", country_words(countries, names) | actor_keys)
    index.people_words = frozenset(_key(c.demonym) for c in countries.values() if c.demonym)
    index.add_regions(data / "regions.tsv")
    index.add_countries(countries, names)
    index.add_areas(areas)
    index.add_shared_countries(shared or {})
    index.mark_capitals(capitals or {})
    index.finish()
    return index

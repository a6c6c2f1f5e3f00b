"""countries.csv: ISO3, CAMEO code, English name, demonym, capital, coordinates and variants.

Sources: countryinfo (MIT) for names, demonyms, capitals and alternative spellings; countrynames
(MIT) for ~27k variants, of which only a curated few survive (see ``curate_variants``); GeoNames
cities (CC BY 4.0) for the capital's coordinates, used as the country's point.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

from .common import fold, is_latin, read_csv, write_table

# CAMEO codes that differ from ISO 3166 alpha-3 (PETRARCH2 Phoenix.Countries.actors.txt).
CAMEO_OVERRIDES = {"XKX": "KSV"}
# Entities that no longer exist (countryinfo still lists them): Serbia and Montenegro,
# Netherlands Antilles.
OBSOLETE = {"SCG", "ANT"}

_HISTORIC = re.compile(
    r"\b(SSR|Soviet|Socialist|Empire|Colonies|Confederate|Yugoslav|Kingdom of England)\b"
)


_GENERIC = set(
    [
        "republic",
        "of",
        "the",
        "democratic",
        "people's",
        "peoples",
        "federation",
        "federal",
        "united",
        "kingdom",
        "state",
        "states",
        "islamic",
        "arab",
        "union",
        "commonwealth",
        "principality",
        "grand",
        "duchy",
        "sultanate",
        "emirates",
        "territories",
        "territory",
        "islands",
        "island",
        "and",
        "great",
        "northern",
        "southern",
        "north",
        "south",
        "east",
        "west",
        "central",
        "new",
        "saint",
        "plurinational",
        "bolivarian",
        "oriental",
        "cooperative",
        "independent",
        "america",
    ]
)


def _english_words(rows: list[dict[str, str]]) -> set[str]:
    words = set(_GENERIC)
    for row in rows:
        words.update(fold(w) for w in re.split(r"[\s\-]+", f"{row['name']} {row['demonym']}") if w)
    return words


def _acceptable(
    variant: str, row: dict[str, str], english: set[str], common: frozenset[str]
) -> bool:
    """English-looking variants only: single ASCII words sharing the English name's first four
    letters (Ukranian, Turkiye), or multiword forms made of English country-name words."""
    if not isinstance(variant, str) or not is_latin(variant) or "  " in variant:
        return False
    letters = re.sub(r"[^a-z]", "", fold(variant))
    if len(letters) < 4 or variant.islower() or variant.isupper() or not variant[0].isupper():
        return False
    if _HISTORIC.search(variant) or fold(variant) in common:
        return False
    words = [fold(w) for w in re.split(r"[\s\-]+", variant) if w]
    if len(words) == 1:
        anchors = {fold(row["name"])[:4], fold(row["demonym"])[:4]}
        return variant.isascii() and fold(variant)[:4] in anchors
    return all(w in english for w in words)


def curate_variants(
    rows: list[dict[str, str]],
    names_yaml: dict[str, list[str]],
    blocked: set[str],
    common: frozenset[str],
) -> dict[str, list[str]]:
    """Pick English-looking variants per ISO3; drop ones shared by two countries, naming a place,
    or containing another country's name or demonym ('Turkish Cypriot')."""
    english = _english_words(rows)
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        own = {fold(row["name"]), fold(row["demonym"])}
        pool = [row["name"], *row["alt_spellings"].split("|"), *names_yaml.get(row["iso2"], [])]
        for variant in pool:
            if not _acceptable(variant, row, english, common):
                continue
            key = fold(variant).replace(".", "")
            if key in blocked and key not in own:
                continue
            found[row["iso3"]].setdefault(key, variant)
    owners: dict[str, set[str]] = defaultdict(set)
    for iso3, variants in found.items():
        for key in variants:
            owners[key].add(iso3)
    others = {r["iso3"]: _other_names(rows, r["iso3"]) for r in rows}
    return {
        iso3: sorted(
            v
            for k, v in variants.items()
            if len(owners[k]) == 1 and not set(k.split()) & others[iso3]
        )
        for iso3, variants in found.items()
    }


def _other_names(rows: list[dict[str, str]], iso3: str) -> set[str]:
    """Single-word names and demonyms of all other countries (folded)."""
    out: set[str] = set()
    for row in rows:
        if row["iso3"] != iso3:
            out.update(fold(row[k]) for k in ("name", "demonym") if row[k] and " " not in row[k])
    return out


def _country_rows(shared: Path) -> list[dict[str, str]]:
    """One row per ISO3 (countryinfo lists a few twice; keep the one with a demonym)."""
    best: dict[str, dict[str, str]] = {}
    for row in read_csv(shared / "countryinfo" / "countries_demonyms.csv"):
        if row["iso3"] in OBSOLETE:
            continue
        old = best.get(row["iso3"])
        if old is None or (not old["demonym"] and row["demonym"]):
            best[row["iso3"]] = row
    return [best[k] for k in sorted(best)]


def _capital_point(row: dict[str, str], cities: dict[str, list[dict[str, str]]]) -> tuple[str, str]:
    """Coordinates of the capital (by name, in that country), else of the largest city."""
    in_country = cities.get(row["iso2"], [])
    capital = fold(row["capital"].replace(" D.C.", ""))
    for city in in_country:
        if fold(city["name"]) == capital or capital in {
            fold(a) for a in city["alternatenames_latin"].split("|")
        }:
            return city["latitude"], city["longitude"]
    if in_country:
        return in_country[0]["latitude"], in_country[0]["longitude"]
    return "", ""


def build_countries(shared: Path, out: Path, blocked: set[str], common: frozenset[str]) -> int:
    rows = _country_rows(shared)
    names_yaml = yaml.safe_load((shared / "countrynames" / "data.yaml").read_text(encoding="utf-8"))
    variants = curate_variants(rows, names_yaml, blocked, common)
    cities: dict[str, list[dict[str, str]]] = defaultdict(list)
    for city in read_csv(shared / "geonames_cities" / "cities_pop50k_latin.tsv", delimiter="\t"):
        cities[city["country_iso2"]].append(city)
    for group in cities.values():
        group.sort(key=lambda c: -int(c["population"] or 0))
    table = []
    for row in rows:
        lat, lon = _capital_point(row, cities)
        aliases = [
            v for v in variants.get(row["iso3"], []) if v not in (row["name"], row["demonym"])
        ]
        table.append(
            [
                row["iso3"],
                row["iso2"],
                CAMEO_OVERRIDES.get(row["iso3"], row["iso3"]),
                row["name"],
                row["demonym"],
                row["capital"],
                lat,
                lon,
                row["region"],
                "|".join(aliases),
            ]
        )
    header = [
        "iso3",
        "iso2",
        "cameo",
        "name",
        "demonym",
        "capital",
        "lat",
        "lon",
        "region",
        "aliases",
    ]
    return write_table(out / "countries.csv", header, table)

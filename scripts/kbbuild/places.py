"""cities.tsv and regions.tsv from GeoNames (CC BY 4.0, geonames.org).

Cities: population >= 50,000 with curated Latin alternate names (Kiev for Kyiv, Kharkov for
Kharkiv). Regions: first-level divisions with a point = population-weighted mean of their cities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .common import HAND_COMMON, fold, is_latin, read_csv, write_table

_CONNECTORS = {
    "de",
    "del",
    "della",
    "di",
    "da",
    "do",
    "dos",
    "das",
    "la",
    "le",
    "les",
    "el",
    "al",
    "of",
    "the",
    "am",
    "an",
    "der",
    "sur",
    "upon",
    "en",
    "on",
    "im",
    "bei",
    "ad",
    "du",
}
_REGION_SUFFIX = re.compile(
    r"\s+(Oblast|Oblast'|Province|Region|Governorate|Prefecture|Krai|Kray|Voivodeship|District|"
    r"County|Department|Division|State)$"
)


def _good_alternate(alt: str, name: str, common: frozenset[str]) -> bool:
    """Keep an ASCII alternate name that reads like a proper name of at least 4 letters."""
    if (
        not alt.isascii()
        or not is_latin(alt)
        or not alt[0].isupper()
        or alt.isupper()
        or fold(alt) == fold(name)
    ):
        return False
    letters = re.sub(r"[^a-z]", "", fold(alt))
    if len(letters) < 4 or fold(alt) in common:
        return False
    words = alt.replace("-", " ").split()
    return len(words) <= 4 and all(w[0].isupper() or w in _CONNECTORS for w in words)


def _alternates(city: dict[str, str], common: frozenset[str], taken: dict[str, int]) -> list[str]:
    """Curated alternates; one that is the name of a larger city or of a country is dropped."""
    pop = int(city["population"] or 0)
    seen: dict[str, str] = {}
    for alt in city["alternatenames_latin"].split("|"):
        alt = alt.strip()
        if alt and _good_alternate(alt, city["name"], common) and taken.get(fold(alt), -1) <= pop:
            seen.setdefault(fold(alt), alt)
    return sorted(seen.values())


def build_cities(
    shared: Path, out: Path, iso3: dict[str, str], common: frozenset[str], country_names: set[str]
) -> int:
    cities = read_csv(shared / "geonames_cities" / "cities_pop50k_latin.tsv", delimiter="\t")
    taken = dict.fromkeys(country_names, 10**12)
    for city in cities:
        key = fold(city["name"])
        taken[key] = max(taken.get(key, 0), int(city["population"] or 0))
    rows = []
    for city in cities:
        country = iso3.get(city["country_iso2"])
        if not country:
            continue
        rows.append(
            [
                city["geonameid"],
                city["name"],
                country,
                city["admin1code"],
                city["latitude"],
                city["longitude"],
                city["population"],
                "|".join(_alternates(city, common, taken)),
                int(fold(city["name"]) in HAND_COMMON),
            ]
        )
    rows.sort(key=lambda r: (-int(str(r[6]) or 0), int(str(r[0]))))
    header = [
        "geonameid",
        "name",
        "country",
        "admin1",
        "lat",
        "lon",
        "population",
        "alternates",
        "common",
    ]
    return write_table(out / "cities.tsv", header, rows, delimiter="\t")


def _region_points(shared: Path) -> dict[str, tuple[str, str]]:
    """admin1 code -> population-weighted mean of its cities' coordinates."""
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in read_csv(shared / "geonames_cities" / "cities_pop50k_latin.tsv", delimiter="\t"):
        pop = float(city["population"] or 0) or 1.0
        total = acc[f"{city['country_iso2']}.{city['admin1code']}"]
        total[0] += pop * float(city["latitude"])
        total[1] += pop * float(city["longitude"])
        total[2] += pop
    return {k: (f"{lat / w:.4f}", f"{lon / w:.4f}") for k, (lat, lon, w) in acc.items()}


def build_regions(shared: Path, out: Path, iso3: dict[str, str]) -> int:
    points = _region_points(shared)
    rows = []
    path = shared / "geonames_admin1" / "admin1CodesASCII.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = [*line.split("\t"), "", "", "", ""][:4]
        country = iso3.get(code.split(".")[0])
        if not country or not name:
            continue
        lat, lon = points.get(code, ("", ""))
        aliases = {ascii_name} if ascii_name != name else set()
        short = _REGION_SUFFIX.sub("", name)
        if short != name and len(short) >= 4:
            aliases.add(short)
        rows.append(
            [
                code,
                geonameid,
                name,
                country,
                lat,
                lon,
                "|".join(sorted(aliases)),
                int(fold(name) in HAND_COMMON),
            ]
        )
    rows.sort(key=lambda r: str(r[0]))
    header = ["code", "geonameid", "name", "country", "lat", "lon", "aliases", "common"]
    return write_table(out / "regions.tsv", header, rows, delimiter="\t")


def place_names(shared: Path) -> set[str]:
    """Folded names of cities and regions: a country variant equal to one of them is dropped."""
    names = {
        fold(c["name"])
        for c in read_csv(shared / "geonames_cities" / "cities_pop50k_latin.tsv", delimiter="\t")
    }
    for line in (
        (shared / "geonames_admin1" / "admin1CodesASCII.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    ):
        parts = line.split("\t")
        if len(parts) > 2:
            names.update({fold(parts[1]), fold(parts[2])})
    return names

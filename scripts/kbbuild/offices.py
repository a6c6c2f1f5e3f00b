"""Offices below the senior ones: cabinet ministers, deputy heads of government, attorneys general,
military chiefs, central-bank governors, envoys and US state governors (``offices.yaml``).

These people are many (about twice the senior ones) and little known, so their names are read more
strictly than a head of state's:

- no surname-only alias: "Smith said" never names a minister by itself. A document that wrote the full
  name before gets the bare surname from the coder's memory of names (``coding.mention_memory``), and a
  name the document introduces ("Health Minister Jane Roe ... Roe said") from ``coding.introductions``;
- no single-word names (a mononym is a surname-like alias), and no name that is a place, country or
  common word;
- a term needs a start date; an open-ended term that started before ``STALE_OPEN_START`` is dropped
  (Wikidata often leaves an envoy's or a minister's end date out), and so is a term over before 2000;
- at run time the full name counts only near a term (``seismo.kb.people.MINOR_WINDOW``): a namesake in a
  story twenty years after a minister's term is more likely someone else than a former minister.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .common import fold

OFFICES_PATH = Path(__file__).with_name("offices.yaml")
STALE_OPEN_START = "2012"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Office:
    code: str
    agent: str
    titles: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...] = ()
    countries: frozenset[str] = frozenset()
    places: str = ""
    keep_junior: bool = False


@dataclass(frozen=True)
class Offices:
    roles: tuple[Office, ...]
    junior: re.Pattern[str]
    divisions: dict[str, frozenset[str]]  # GeoNames ISO2 -> folded first-level division names

    def classify(self, country: str, title: str) -> tuple[str, str] | None:
        """(role, agent) for an office title in ``country``'s file, or None."""
        for office in self.roles:
            if office.countries and country not in office.countries:
                continue
            if not office.keep_junior and self.junior.search(title):
                continue
            if any(x.search(title) for x in office.exclude):
                continue
            for pattern in office.titles:
                m = pattern.search(title)
                if m and self._place_ok(office, m):
                    return office.code, office.agent
        return None

    def _place_ok(self, office: Office, m: re.Match[str]) -> bool:
        if not office.places:
            return True
        return fold(m["place"]) in self.divisions.get(office.places, frozenset())


def load_offices(shared: Path | None, path: Path = OFFICES_PATH) -> Offices:
    """The roles of ``offices.yaml``; ``shared`` gives the GeoNames divisions that ``places`` names."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    roles = tuple(
        Office(
            code=r["code"],
            agent=r["agent"],
            titles=tuple(re.compile(t) for t in r["titles"]),
            exclude=tuple(re.compile(x) for x in r.get("exclude", [])),
            countries=frozenset(r.get("countries", [])),
            places=r.get("places", ""),
            keep_junior=bool(r.get("keep_junior", False)),
        )
        for r in data["roles"]
    )
    wanted = {o.places for o in roles if o.places}
    return Offices(roles, re.compile(data["junior"]), _divisions(shared, wanted) if shared else {})


def _divisions(shared: Path, iso2s: set[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {c: set() for c in iso2s}
    path = shared / "geonames_admin1" / "admin1CodesASCII.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, *_ = line.split("\t")
        iso2 = code.split(".")[0]
        if iso2 in out:
            out[iso2] |= {fold(name), fold(ascii_name)}
    return {c: frozenset(v) for c, v in out.items()}


def minor_codes(path: Path = OFFICES_PATH) -> frozenset[str]:
    """The role codes ``offices.yaml`` defines."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(r["code"] for r in data["roles"])


def keep_term(start: str, end: str) -> bool:
    """A dated term (well-formed dates) that reaches 2000, and is not a stale open end."""
    if not _DATE.match(start) or (end and (not _DATE.match(end) or end[:4] < "2000")):
        return False
    return bool(end) or start[:4] >= STALE_OPEN_START


def name_ok(name: str, blocked: set[str]) -> bool:
    """Two or more words, no digits (an unlabelled Wikidata item), not a place or common word."""
    return len(name.split()) >= 2 and not re.search(r"\d", name) and fold(name) not in blocked

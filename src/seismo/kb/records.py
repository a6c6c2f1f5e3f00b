"""Records the knowledge base is compiled into: countries, people with dated roles, institutions,
agent nouns, and the alias entries that point at them. Plain slotted dataclasses: they are built
once at load and only read afterwards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from seismo.models import Actor

# Roles, most senior first: the order picks a person's role when several are valid on one day.
ROLE_RANK = {
    "HOS": 0,
    "HOG": 1,
    "IGOHEAD": 2,
    "VP": 3,
    "FM": 4,
    "DEF": 5,
    "INT": 6,
    "SEC": 7,
    "NSA": 8,
    "SPOKES": 9,
    "SPK": 10,
    "CJ": 11,
    # offices below (scripts/kbbuild/offices.yaml): full names only, near a term (people.MINOR_WINDOW)
    "DPM": 12,
    "MILCHIEF": 13,
    "AG": 14,
    "CBG": 15,
    "MIN": 16,
    "PR": 17,
    "AMB": 18,
    "GOVR": 19,
}
MINOR_ROLES = frozenset({"DPM", "MILCHIEF", "AG", "CBG", "MIN", "PR", "AMB", "GOVR"})
ROLE_NAMES = {
    "HOS": "head of state",
    "HOG": "head of government",
    "VP": "vice president",
    "FM": "foreign minister",
    "DEF": "defence minister",
    "INT": "interior minister",
    "NSA": "national security adviser",
    "SPK": "presiding officer of a legislature",
    "CJ": "top judge",
    "SEC": "security council",
    "SPOKES": "spokesperson",
    "IGOHEAD": "head of an international organisation",
    "DPM": "deputy head of government",
    "MILCHIEF": "military chief of staff or service chief",
    "AG": "attorney general",
    "CBG": "central bank governor",
    "MIN": "cabinet minister",
    "PR": "permanent representative to an international organisation",
    "AMB": "ambassador",
    "GOVR": "state governor",
}


class Resolution(BaseModel):
    """What a phrase was resolved to, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: Actor
    reason: str
    ambiguous: bool = False
    office: str | None = None  # a person's role (a ROLE_RANK key) whose record decided the code
    office_title: str | None = None  # that role's title ("ambassador to Chile")
    metonym: bool = False  # a capital's bare name standing for its government ('Washington')


@dataclass(slots=True)
class Country:
    iso3: str
    cameo: str
    name: str
    demonym: str = ""
    capital: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Role:
    """One dated office (or, for organisations, one dated code). ``end`` is exclusive."""

    country: str | None
    role: str
    title: str
    agent: str | None
    start: dt.date | None
    end: dt.date | None
    code: str | None = None
    igo: str | None = None
    source: str = ""
    exact: bool = True  # both dates known to the day (Wikidata sometimes gives only a year)

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def distance(self, day: dt.date) -> int:
        """Days between ``day`` and this term (0 inside it)."""
        if self.start and day < self.start:
            return (self.start - day).days
        if self.end and day >= self.end:
            return (day - self.end).days + 1
        return 0

    @property
    def rank(self) -> int:
        return ROLE_RANK.get(self.role, 10)

    def span(self) -> str:
        start = self.start.isoformat() if self.start else "?"
        end = self.end.isoformat() if self.end else ""
        return f"{start}..{end}"


@dataclass(slots=True)
class Person:
    pid: str
    name: str
    roles: list[Role] = field(default_factory=list)

    def active(self, day: dt.date) -> list[Role]:
        return sorted((r for r in self.roles if r.valid_on(day)), key=lambda r: r.rank)

    def latest(self) -> Role:
        """The role that started last (open-ended terms first among equals)."""
        far = dt.date.min
        return max(self.roles, key=lambda r: (r.start or far, r.end is None, -r.rank))

    def nearest(self, day: dt.date) -> Role:
        return min(self.roles, key=lambda r: (r.distance(day), r.rank))

    @property
    def minor(self) -> bool:
        """Only offices below the senior ones (MINOR_ROLES): matched by full name, near a term."""
        return all(r.role in MINOR_ROLES for r in self.roles)


@dataclass(slots=True)
class Institution:
    """A named actor: a fixed code (White House -> USAGOV) or dated codes (Taliban)."""

    name: str
    code: str | None
    country: str | None
    agent: str | None
    igo: str | None = None
    roles: list[Role] = field(default_factory=list)


@dataclass(slots=True)
class Agent:
    """An agent noun: its sector, and whether it only names a member of what precedes it."""

    sector: str | None
    weak: bool = False


@dataclass(slots=True)
class Ambiguity:
    """A name with several readings; cue keys (alias keys) in the context pick one."""

    name: str
    countries: list[Country]
    cues: dict[str, list[str]]


@dataclass(slots=True)
class Capital:
    country: Country


# Entry kinds, in the order they win when one alias names several things.
PERSON, INSTITUTION, CAPITAL, COUNTRY, AGENT = (
    "person",
    "institution",
    "capital",
    "country",
    "agent",
)
KIND_RANK = {PERSON: 0, INSTITUTION: 1, CAPITAL: 2, COUNTRY: 3, AGENT: 4}

Target = Person | Institution | Capital | Country | Ambiguity | Agent


@dataclass(slots=True, frozen=True, eq=False)
class Entry:
    """One alias pointing at one target. ``weak`` marks single-word person aliases (surnames),
    which only count near the person's time in office; ``layer`` is 0 generated, 1 hand-written,
    2 user files (higher wins)."""

    kind: str
    target: object  # a Target for actor tables, a Place for the place table
    shape: tuple[str, ...]
    weak: bool = False
    layer: int = 0
    titled: bool = False  # a surname the builder blocks ("Bush"): counts only after an office title

    def __reduce__(self) -> tuple[type[Entry], tuple[object, ...]]:
        """Pickled as its fields, rebuilt by ``__init__``: the cached KB holds ~100k entries, and the generic
        way of a frozen slotted dataclass (``__setstate__`` reading ``fields()`` per object) was a third of its load."""
        return Entry, (self.kind, self.target, self.shape, self.weak, self.layer, self.titled)

"""People with dated roles: loading people.csv, applying the hand-written updates, and picking the
role a person held on a given day.

Rules (docs/actors.md):
- a role valid on the day wins; several valid roles -> the most senior (head of state first);
- no role on the day -> the person's country + ELI (elite: former or future office holder);
- no day given -> the latest role, and the reason says so;
- several people of different countries in the most senior office held on the day (a bare "Akar": the
  Turkish and the Lebanese defence ministers): the one of a story country wins (the coder passes the
  document's countries, ``KnowledgeBase.preferring``), else the more prominent (``prominence``); still tied,
  no code is given (the resolution is ambiguous), never the first in file order;
- a surname alone ("Johnson") counts only for people within SURNAME_WINDOW of a term;
- someone who held only offices below the senior ones (records.MINOR_ROLES: other ministers,
  envoys, military chiefs, ...) has no surname alias, and even the full name counts only within
  MINOR_WINDOW of a term: further away, a namesake is likelier than a former junior office holder.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from seismo.kb.records import MINOR_ROLES, ROLE_NAMES, Person, Role
from seismo.kb.text import fold
from seismo.models import PersonStatus

SURNAME_WINDOW = dt.timedelta(days=8 * 365)
MINOR_WINDOW = SURNAME_WINDOW
LEADER_ROLES = frozenset({"HOS", "HOG"})  # heads of state or government
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_date(value: object, *, end: bool = False) -> dt.date | None:
    """'2004' / '2004-03' / '2004-03-09' or a date. Partial end dates become the exclusive day
    after the period ('2004' as an end -> 2005-01-01)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    m = _DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"invalid date {value!r}; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        last = calendar.monthrange(year, int(month))[1]
        return (
            dt.date(year, int(month), last) + dt.timedelta(days=1)
            if end
            else dt.date(year, int(month), 1)
        )
    return dt.date(year + 1, 1, 1) if end else dt.date(year, 1, 1)


def _role_from_row(row: dict[str, str]) -> Role:
    return Role(
        country=row.get("country") or None,
        role=row["role"],
        title=row.get("title", ""),
        agent=row.get("agent") or None,
        start=parse_date(row.get("start")),
        end=parse_date(row.get("end"), end=True),
        code=row.get("code") or None,
        igo=row.get("igo") or None,
        source=row.get("source", ""),
        exact=all(len(row.get(k) or "") in (0, 10) for k in ("start", "end")),
    )


def _split(aliases: str | None) -> list[str]:
    return [a.strip() for a in (aliases or "").split("|") if a.strip()]


class PeopleIndex:
    """All people, their aliases, and a name index used to apply updates."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self._by_name: dict[str, list[Person]] = defaultdict(list)

    def person(self, pid: str, name: str) -> Person:
        found = self.people.get(pid)
        if found is None:
            found = self.people[pid] = Person(pid, name)
            self.add_aliases(found, [name])
        return found

    def add_aliases(self, person: Person, aliases: Iterable[str]) -> None:
        for alias in aliases:
            self.aliases[person.pid].add(alias)
            if " " in alias.strip() or alias == person.name:
                self._by_name[fold(alias)].append(person)

    def find(self, pid: str, name: str, country: str | None) -> Person | None:
        if pid and pid in self.people:
            return self.people[pid]
        matches = list({id(p): p for p in self._by_name.get(fold(name), [])}.values())
        local = [p for p in matches if any(r.country == country for r in p.roles)]
        chosen = local or matches
        return chosen[0] if len(chosen) == 1 else None

    def load_base(self, path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                person = self.person(row["person_id"], row["name"])
                person.roles.append(_role_from_row(row))
                self.add_aliases(person, _split(row.get("aliases")))

    def apply_updates(self, path: Path) -> None:
        """Each row replaces the same person's overlapping term in the same office, or adds one;
        a row with action ``remove`` only deletes the overlapping term (a Wikidata error)."""
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                role = _role_from_row(row)
                person = self.find(row.get("person_id", ""), row["name"], role.country)
                if person is None:
                    pid = row.get("person_id") or f"hand:{fold(row['name']).replace(' ', '-')}"
                    person = self.person(pid, row["name"])
                person.roles[:] = [r for r in person.roles if not _same_term(r, role)]
                if (row.get("action") or "").strip() != "remove":
                    person.roles.append(role)
                self.add_aliases(person, _split(row.get("aliases")))

    def apply_aliases(self, path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                person = self.find(row.get("person_id", ""), row["name"], None)
                if person is not None:
                    self.add_aliases(person, _split(row.get("aliases")))


def _same_term(old: Role, new: Role) -> bool:
    if old.role != new.role or old.country != new.country or old.code != new.code:
        return False
    far_past, far_future = dt.date.min, dt.date.max
    return (old.start or far_past) < (new.end or far_future) and (new.start or far_past) < (
        old.end or far_future
    )


def role_reason(person: Person, role: Role, status: str, on: dt.date | None) -> str:
    where = role.igo or role.country or "?"
    what = role.title or ROLE_NAMES.get(role.role, role.role)
    head = f"{person.name}: {what} ({where}) {role.span()}"
    if on is None:
        return f"{head}; no event date given: using the latest known role"
    last = " (the term's last day)" if status == "in office" and role.end == on else ""
    return f"{head}, {status} on {on.isoformat()}{last}"


def pick_role(person: Person, on: dt.date | None) -> tuple[Role, PersonStatus]:
    """(role, status) with status 'in office', 'latest', 'former' or 'not yet in office'. A term's
    last day counts as in office for its holder: the record's end (exclusive, the day the successor
    takes over) is the day the holder resigns, hands over or is ousted, acting in that office
    ("Prime Minister X resigned on Monday"); who holds an office on a day (``candidates``) still
    reads the end as exclusive, so the successor alone answers "the prime minister" that day."""
    if on is None:
        return person.latest(), "latest"
    active = person.active(on) or sorted((r for r in person.roles if r.exact and r.end == on), key=lambda r: r.rank)
    if active:
        return active[0], "in office"
    nearest = person.nearest(on)
    return nearest, ("not yet in office" if nearest.start and on < nearest.start else "former")


def near_office(person: Person, on: dt.date | None, window: dt.timedelta = SURNAME_WINDOW) -> bool:
    """Is ``on`` within ``window`` of one of the person's terms (always true without a date)?"""
    if on is None:
        return True
    return any(r.distance(on) <= window.days for r in person.roles)


_QID = re.compile(r"^Q(\d+)$")


def prominence(person: Person) -> tuple[int, int, dt.date]:
    """How well known a person is, from the record alone: the number of senior terms held, then an
    early Wikidata item (a low Q number: items for well-known people were created first, so
    Q76 Barack Obama sorts before Q602837, a namesake), then the latest term's start.
    Larger is more prominent."""
    m = _QID.match(person.pid)
    early = -int(m[1]) if m else -(10**12)
    senior = sum(1 for r in person.roles if r.role not in MINOR_ROLES)  # a namesake's many lower posts
    return senior, early, person.latest().start or dt.date.min


def candidates(
    people: list[Person], on: dt.date | None, prefer: tuple[str, ...] = (), surname: str | None = None
) -> tuple[list[Person], str, bool]:
    """(pool, note, undecided): people in office on the day (most senior role first), else nearest in time;
    without a date, heads of state or government first (a bare "Khan" in an undated query is more likely
    Imran Khan than a junior minister), then the most prominent (``prominence``). ``note`` says how a
    same-day tie across countries was broken (``_break_tie``); ``undecided`` when nothing broke it."""
    if on is None:
        return sorted(people, key=lambda p: (_ever_led(p), prominence(p)), reverse=True), "", False
    in_office = sorted(((roles[0].rank, p) for p in people if (roles := p.active(on))), key=lambda rp: rp[0])
    if in_office:
        story_leader = _story_leader(people, [p for _, p in in_office], on, prefer) \
            or _last_name_leader(people, [p for _, p in in_office], on, surname, prefer)
        if story_leader is not None:
            return story_leader
        top = [p for rank, p in in_office if rank == in_office[0][0]]
        pool, note, undecided = _break_tie([p for _, p in in_office], top, on, prefer)
        return pool + [p for p in people if p not in pool], note, undecided  # the others: an ambiguity
    return sorted(people, key=lambda p: p.nearest(on).distance(on)), "", False


def _story_leader(
    people: list[Person], in_office: list[Person], on: dt.date, prefer: tuple[str, ...]
) -> tuple[list[Person], str, bool] | None:
    """'Obama' in a 2019 US story: nobody in office on the day holds a seat in a story country, but a former
    (or future) head of state or government of one bears the name: that leader, not the Equatorial Guinean
    prime minister in office. The code is then the leader's on the day (elite when out of office)."""
    rank = {c: i for i, c in enumerate(prefer)}
    if not rank or any(_seat(p, on) in rank for p in in_office):
        return None
    led = [(min(rank[r.country] for r in p.roles if r.country in rank), p.nearest(on).distance(on), n, p)
           for n, p in enumerate(people) if p not in in_office
           and any(r.country in rank and r.role in LEADER_ROLES for r in p.roles)]
    if not led:
        return None
    chosen = min(led)[3]
    country = next(r.country for r in chosen.roles if r.country in rank)
    note = (f"; nobody in office on {on.isoformat()} of that name sits in a story country ({'/'.join(prefer)}): "
            f"the {country} leader of that name, a story country")
    return _first([chosen], people), note, False


def _last_name_leader(
    people: list[Person], in_office: list[Person], on: dt.date, surname: str | None, prefer: tuple[str, ...]
) -> tuple[list[Person], str, bool] | None:
    """'Obama' in 2019 (a bare surname): news names a person by the last word of the name, so a surname that is
    only an inner word of the names of those in office (Francisco Pascual Obama Asue, Equatorial Guinea's prime
    minister) is the former head of state or government whose last name it is: the famous bearer out of office
    before a little-known namesake in office. Not when someone in office bears it as a last name ('Castillo' in
    2023) or sits in a story country, nor for a leader still to come ('Obama' in 2007: the prime minister of that
    day stays)."""
    def bears(person: Person) -> bool:
        return surname is not None and fold(person.name.split()[-1]) == surname

    if surname is None or any(bears(p) or _seat(p, on) in prefer for p in in_office):
        return None  # a story country's office holder stays (``_story_leader`` spoke first)
    led = [(p.nearest(on).distance(on), n, p) for n, p in enumerate(people) if bears(p) and any(
        r.role in LEADER_ROLES and (r.start or dt.date.min) <= on for r in p.roles)]
    if not led:
        return None
    chosen = min(led)[2]
    note = (f"; those in office on {on.isoformat()} bear '{surname}' only inside their names: the leader whose "
            "last name it is")
    return _first([chosen], people), note, False


def _ever_led(person: Person) -> bool:
    return any(r.role in LEADER_ROLES for r in person.roles)


def _seat(person: Person, on: dt.date) -> str:
    role = person.active(on)[0]
    return role.igo or role.country or "?"


def _break_tie(
    pool: list[Person], top: list[Person], on: dt.date, prefer: tuple[str, ...]
) -> tuple[list[Person], str, bool]:
    """People of several countries hold the most senior office on the day (``top``): a story country's
    wins, then the more prominent (``prominence``: senior terms, an early Wikidata item); else undecided."""
    seats = sorted({_seat(p, on) for p in top})
    if len(seats) < 2:
        return pool, "", False
    note = f"; a same-day tie: {'/'.join(seats)} office holders of that rank on {on.isoformat()}"
    rank = {c: i for i, c in enumerate(prefer)}
    best = min(rank.get(_seat(p, on), len(prefer)) for p in top)
    front = [p for p in top if rank.get(_seat(p, on), len(prefer)) == best]
    if best < len(prefer) and len({_seat(p, on) for p in front}) == 1:
        return _first(front, pool), f"{note}, {_seat(front[0], on)} is a story country", False
    most = max(prominence(p) for p in front)
    lead = [p for p in front if prominence(p) == most]
    if len({_seat(p, on) for p in lead}) == 1:
        return _first(lead, pool), f"{note}, the {_seat(lead[0], on)} one is the more prominent", False
    return front, f"{note}, nothing breaks it: no code", True


def _first(chosen: list[Person], pool: list[Person]) -> list[Person]:
    return chosen + [p for p in pool if p not in chosen]

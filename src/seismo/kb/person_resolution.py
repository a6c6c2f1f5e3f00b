"""The person a name segment names on the event date: surnames, titles, offices held then, ties.

Split from ``kb.resolve`` (the chunk resolver), which calls ``resolve_person`` for a chunk's name segment."""

from __future__ import annotations

import datetime as dt

from seismo.kb.chunks import Segment
from seismo.kb.context import Context, combine_agents
from seismo.kb.names import org_outranks, other_given_name, stale_title, surname_follows, title_office
from seismo.kb.people import MINOR_WINDOW, SURNAME_WINDOW, candidates, near_office, pick_role, role_reason
from seismo.kb.records import PERSON, Country, Person, Resolution, Role
from seismo.models import Actor, PersonReading


def _person_actor(person: Person, role: Role, status: str, name: str, ctx: Context) -> Actor:
    if status in ("in office", "latest"):
        code = role.code or f"{ctx.cameo(role.country)}{role.agent or ''}"
        return Actor(name=name, code=code, country=role.country, agent=role.agent, igo=role.igo)
    home = next(
        (
            r.country
            for r in sorted(person.roles, key=lambda r: r.distance(ctx.on or dt.date.max))
            if r.country
        ),
        None,
    )
    elite = f"{ctx.cameo(home)}ELI" if home else None
    return Actor(name=name, code=elite, country=home, agent="ELI")


_LEADERS = frozenset({"HOS", "HOG", "IGOHEAD"})


def _surname_ok(person: Person, ctx: Context, titled: bool) -> bool:
    """A surname alone counts near a term of office; in running text it also needs a title
    before it, an earlier full mention, or a head of state/government, in office or within the window
    ("Putin said"; "Obama" in 2019, which ``people.candidates`` weighs against the story's countries)."""
    if not near_office(person, ctx.on):
        return False
    return (not ctx.running_text or titled or person.pid in ctx.seen
            or any(r.role in _LEADERS for r in person.roles))


def _title_fits(person: object, title: list[Segment], ctx: Context) -> bool:
    """'President Bush': a surname kept only for titles counts when the title names an office
    the person held near the event date (any time without a date)."""
    if not title or not isinstance(person, Person):
        return False
    office = title_office([t.key for s in title for t in ctx.tokens[s.start : s.end]])
    return any(
        r.role == office and (ctx.on is None or r.distance(ctx.on) <= SURNAME_WINDOW.days)
        for r in person.roles
    )


def _title_matches_record(person: Person, title: list[Segment], ctx: Context) -> bool:
    """A title before a bare surname names an office the person held ('Prime Minister Johnson'), or, for a
    title that names no listed office ('Judge', 'Rabbi'), a sector the person worked in. 'President
    Johnson' is not Boris Johnson, who was never a president; 'Judge Miller' is no defence secretary."""
    office = title_office([t.key for s in title for t in ctx.tokens[s.start : s.end]])
    if office is not None:
        return any(r.role == office for r in person.roles)
    sector, _ = combine_agents(title)
    return sector is None or any(r.agent == sector for r in person.roles)


def resolve_person(
    seg: Segment,
    place: Country | None,
    ctx: Context,
    name: str,
    title: list[Segment] | None = None,
    start: int | None = None,
    org: tuple[Resolution, tuple[str, ...], str] | None = None,
) -> Resolution | None:
    """The person a name segment names on the event date, or None when no candidate fits.

    ``title`` holds the agent segments written before the name ("Interior Minister"): they let a
    surname count in running text and, for someone out of office, may name a newer office.
    ``start`` is where the phrase begins ("former" before it keeps the record's reading).
    ``org`` is the organisation written before the name, with its words ("UN humanitarian coordinator").
    """
    title = title or []
    entries = [e for e in seg.entries if e.kind == PERSON]
    entries = [e for e in entries if not e.titled or _title_fits(e.target, title, ctx)]
    people = [e.target for e in entries if isinstance(e.target, Person) and e.target.roles]
    # a lower office holder's full name counts only near a term (people.MINOR_WINDOW)
    people = [p for p in people if not p.minor or near_office(p, ctx.on, MINOR_WINDOW)]
    weak = any(e.weak for e in entries)
    if weak:
        people = [p for p in people if _surname_ok(p, ctx, bool(title))
                  and not surname_follows(seg, p, ctx.tokens)]
        if title:  # "President Johnson", "Judge Miller": a surname counts only for someone the title fits
            people = [p for p in people if _title_matches_record(p, title, ctx)]
        if not title:  # "Carlos Johnson": another given name is written, so not this person
            people = [
                p
                for p in people
                if not other_given_name(seg, p, ctx.tokens, ctx.given_names, ctx.running_text)
            ]
    if place is not None:
        local = [p for p in people if any(r.country == place.iso3 for r in p.roles)]
        if not local and (weak or seg.end - seg.start == 1):
            return None  # "Jordanian King Abdullah": one name of another country's person, not Malaysia's king
        people = local or people
    if not people:
        return None
    on = ctx.on
    surname = ctx.tokens[seg.start].key if weak and seg.end - seg.start == 1 else None  # a bare surname
    pool, tie, undecided = candidates(people, on, ctx.prefer, surname)
    if undecided:  # people of several countries in office on the day, nothing tells them apart
        agents = {p.active(on)[0].agent for p in pool if on}  # the tied office holders
        actor = Actor(name=name, code=None, country=None, agent=agents.pop() if len(agents) == 1 else None)
        return Resolution(actor=actor, reason=f"person{tie}" + _ambiguity_note(pool, seg, ctx), ambiguous=True)
    person = pool[0]
    if not weak:
        ctx.seen.add(person.pid)
    role, status = pick_role(person, on)
    actor = _person_actor(person, role, status, name, ctx)
    reason = "person " + role_reason(person, role, status, on)
    if org is not None and org_outranks(org[0].actor, org[1], actor, role.role, role.title, org[2]):
        why = f"{org[0].reason}; the organisation written before the name outranks the record's lower office"
        return org[0].model_copy(update={"reason": f"{why} ({reason})"})
    office: str | None = role.role
    newer = False  # a title in the text names an office the record lacks: the text decided
    written = stale_title(person, title, ctx.tokens, status, start, open_term=role.end is None)
    if written is not None and actor.country:
        sector, only_weak = combine_agents(title)
        if sector is not None and not (only_weak and _leader_word(title, ctx)):
            newer = True
            country = place.iso3 if place is not None else actor.country
            actor = Actor(name=name, code=f"{ctx.cameo(country)}{sector}", country=country, agent=sector)
            reason += (
                f"; the title '{written}' in the text names an office the record lacks: "
                f"the text is newer, {country} {sector}"
            )
            office = None  # the text's title decided, not the record
    if actor.agent == "ELI":
        reason += f"; not in a listed office then: {actor.country} elite (ELI)"
    if len(pool) > 1:
        reason += tie + _ambiguity_note(pool, seg, ctx)
    reading = PersonReading(
        pid=person.pid, name=person.name, office=role.role, country=role.country, start=role.start, end=role.end,
        status=status, on=on, elite=actor.agent == "ELI", plain=on is not None and not newer and len(pool) == 1,
        reason=reason)
    return Resolution(
        actor=actor.with_person(reading), reason=reason, ambiguous=len(pool) > 1, office=office,
        office_title=role.title,
    )


def _ambiguity_note(pool: list[Person], seg: Segment, ctx: Context) -> str:
    """'; ambiguous: 3 people match 'Johnson' (also Alan Johnson, Jeh Johnson)'."""
    matched = ctx.text[ctx.tokens[seg.start].start : ctx.tokens[seg.end - 1].end]
    others = ", ".join(p.name for p in pool[1:4]) + (", ..." if len(pool) > 4 else "")
    how = "" if ctx.on else "; no date: heads of state or government first, then the most prominent"
    return f"; ambiguous: {len(pool)} people match '{matched}' (also {others}){how}"


# "leader", "head", "chief" alone before a name say whom the person leads only with the word before them ("PTI
# leader Imran Khan": a party's, which the tables may not know): they name no office, so they never make a
# record's former office holder the government again, as "President X" would
LEADER_WORDS = frozenset({"leader", "head", "chief", "boss"})


def _leader_word(title: list[Segment], ctx: Context) -> bool:
    return all(t.key in LEADER_WORDS for s in title for t in ctx.tokens[s.start : s.end])

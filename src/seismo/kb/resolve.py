"""Turn an actor chunk into a Resolution (a CAMEO-style Actor plus the reason).

Order of evidence: a person (role valid on the event date) > a named institution or IGO >
place (country or capital) + agent noun > place alone > agent noun alone (no country: code None).
"""

from __future__ import annotations

import datetime as dt

from seismo.kb.chunks import FOREIGN_NAMED, LEADER_LINKS, PLACE_KINDS, PRO_ANTI, RELATIONS, Chunk, Segment
from seismo.kb.context import Context, combine_agents
from seismo.kb.foreign_names import foreign_party, tail_of_unknown_name, unknown_party
from seismo.kb.names import PAST_MARKERS, given_name_before
from seismo.kb.person_resolution import resolve_person
from seismo.kb.records import (
    AGENT,
    CAPITAL,
    INSTITUTION,
    PERSON,
    Agent,
    Ambiguity,
    Capital,
    Country,
    Institution,
    Resolution,
    Role,
)
from seismo.kb.text import Token
from seismo.models import Actor

__all__ = ["Context", "combine_agents", "holds_later", "is_dated", "resolve_chunk", "resolve_person", "specificity"]

# "Russian-backed", "a Russia-brokered truce", "the Saudi-led coalition", "a London-based group": a place
# joined to one of these words by a hyphen describes who stands behind or beside the thing named; it
# does not act itself.
_BACKED = frozenset(
    {
        "backed", "allied", "aligned", "leaning", "speaking", "supported", "friendly", "brokered",
        "led", "mediated", "sponsored", "funded", "financed", "drafted", "proposed", "imposed",
        "based", "born", "made", "built", "supplied", "trained", "armed", "controlled", "occupied",
        "held", "run", "owned", "linked", "affiliated", "inspired", "installed", "appointed",
        "hosted", "organised", "organized", "sanctioned", "designated", "bound", "bred", "dominated",
    }
)  # fmt: skip


def _related(seg: Segment, ctx: Context) -> bool:
    """'Trump loyalist Stephen Schwarzman', 'supporters of Imran Khan': the person stands beside the actor
    (chunks.RELATIONS), before the relation noun or after it with 'of'."""
    nxt = ctx.tokens[seg.end] if seg.end < len(ctx.tokens) else None
    if nxt is not None and nxt.key in RELATIONS and not ctx.tokens[seg.end - 1].possessive:
        return True
    before = ctx.tokens[seg.start - 2: seg.start] if seg.start >= 2 else []
    return len(before) == 2 and before[1].key == "of" and before[0].key in RELATIONS


def _pick_country(target: object, ctx: Context) -> tuple[Country, bool, str]:
    """(country, ambiguous, note) for a place entry; ambiguous names look for cue words."""
    if isinstance(target, Capital):
        return target.country, False, ""
    if isinstance(target, Ambiguity):
        hits = [
            c
            for c in target.countries
            if any(f" {cue} " in ctx.cues for cue in target.cues.get(c.iso3, []))
        ]
        if len(hits) == 1:
            return hits[0], False, f"; '{target.name}' read as {hits[0].iso3} from context"
        names = "/".join(c.iso3 for c in target.countries)
        return (
            target.countries[0],
            True,
            f"; '{target.name}' is ambiguous ({names}), default {target.countries[0].iso3}",
        )
    assert isinstance(target, Country)
    return target, False, ""


def _capital_elsewhere(seg: Segment, country: Country, ctx: Context) -> Country | None:
    if seg.kind != CAPITAL or ctx.capital_elsewhere is None:
        return None
    iso3 = ctx.capital_elsewhere(ctx.text[ctx.tokens[seg.start].start : ctx.tokens[seg.end - 1].end], country.iso3)
    return ctx.countries.get(iso3) if iso3 else None


def _detached(seg: Segment, ctx: Context, chunk: Chunk) -> bool:
    """'pro-Russian', 'Russian-backed', 'a Russia-brokered truce': the country describes an ally or a
    broker, not the actor. 'Vietnamese-led forces' keeps its leader: the forces are the leader's."""
    first, last = ctx.tokens[seg.start], ctx.tokens[seg.end - 1]
    before = seg.start > 0 and first.hyphen_before and ctx.tokens[seg.start - 1].key in PRO_ANTI
    nxt = ctx.tokens[seg.end] if seg.end < len(ctx.tokens) else None
    after = nxt is not None and nxt.hyphen_before and nxt.key in _BACKED and not last.possessive
    if after and nxt is not None and nxt.key in LEADER_LINKS:
        after = not any(s.kind == AGENT and s.start > seg.start for s in chunk.segments)
    return before or after


def holds_later(chunk: Chunk, tokens: list[Token], later: bool) -> bool:
    """'the opposition-controlled parliament', 'a government-appointed council': a chunk joined to '-controlled',
    '-appointed' ... (the words of 'Russian-backed') describes who holds the body a ``later`` chunk names, and
    the body acts (LEG, not OPP). With nothing after it, it still says whose the thing is ('rebel-held towns')."""
    nxt = tokens[chunk.end] if chunk.end < len(tokens) else None
    return later and nxt is not None and nxt.hyphen_before and nxt.key in _BACKED


def _org_before(
    chunk: Chunk, person_seg: Segment, ctx: Context, name: str
) -> tuple[Resolution, tuple[str, ...], str] | None:
    """The named organisation written before a person's name in the phrase, resolved, with its names
    (as written and canonical) and the phrase."""
    inst_seg = chunk.first(frozenset({INSTITUTION}))
    if inst_seg is None or inst_seg.end > person_seg.start or _detached(inst_seg, ctx, chunk):
        return None
    inst = inst_seg.entries[0].target
    assert isinstance(inst, Institution)
    written = ctx.text[ctx.tokens[inst_seg.start].start : ctx.tokens[inst_seg.end - 1].end]
    return resolve_institution(inst, [], ctx, name), (written, inst.name), ctx.span_text(chunk)


def _org_role(inst: Institution, on: dt.date | None) -> Role | None:
    """An organisation's dated code on the day: the first valid one (file order); without one,
    the undated default code if there is one, else the nearest term; the latest without a date."""
    roles = inst.roles
    if on is None:
        return None if inst.code else max(roles, key=lambda r: r.start or dt.date.min)
    valid = next((r for r in roles if r.valid_on(on)), None)
    if valid is not None or inst.code:
        return valid
    return min(roles, key=lambda r: r.distance(on))


def resolve_institution(
    inst: Institution, agents: list[Segment], ctx: Context, name: str
) -> Resolution:
    code, agent, country, igo = inst.code, inst.agent, inst.country, inst.igo
    why = f"institution '{inst.name}'"
    role = _org_role(inst, ctx.on) if inst.roles else None
    if role is not None:
        code, agent = role.code or code, role.agent or agent
        why += f": {role.code} {role.span()}" + (
            f" on {ctx.on}" if ctx.on else " (latest, no date given)"
        )
    sector, only_weak = combine_agents(agents)
    if sector and not only_weak and sector != agent and (igo or agent in (None, "GOV")):
        # "NATO troops": the IGO code, agent MIL; "Kremlin guards": RUS + MIL. Armed groups keep
        # their own sector ("Houthi fighters" stay REB).
        agent = sector
        code = code if igo or not country else f"{ctx.cameo(country)}{sector}"
        why += f" + agent {sector}"
    return Resolution(
        actor=Actor(name=name, code=code, country=country, agent=agent, igo=igo), reason=why
    )


def resolve_chunk(chunk: Chunk, ctx: Context) -> Resolution | None:
    name = ctx.span_text(chunk)
    place_seg = chunk.first(PLACE_KINDS)
    if place_seg is not None and given_name_before(place_seg, ctx.tokens, ctx.given_names):
        place_seg = None  # "Michael Jordan", "Paul Kenya": a surname, not the country
    country, ambiguous, note = None, False, ""
    if place_seg is not None and not _detached(place_seg, ctx, chunk):
        country, ambiguous, note = _pick_country(place_seg.entries[0].target, ctx)
        elsewhere = _capital_elsewhere(place_seg, country, ctx)
        if elsewhere is not None:  # a city of the name, not the government's seat: the place's country
            seat, country, place_seg = country, elsewhere, None
            note += f"; '{name}' read as the place in {country.iso3}, a story country, not {seat.iso3}'s capital"
    person_seg = chunk.first(frozenset({PERSON}))
    if person_seg is not None and (_detached(person_seg, ctx, chunk) or _related(person_seg, ctx)):
        person_seg = None  # "the Hague-based court", "Trump loyalist Stephen Schwarzman"
    if person_seg is not None:
        title = [s for s in chunk.segments if s.kind == AGENT and s.end <= person_seg.start]
        org = _org_before(chunk, person_seg, ctx, name)
        found = resolve_person(person_seg, country, ctx, name, title, chunk.start, org)
        if found is not None:
            return found
    inst_seg = chunk.first(frozenset({INSTITUTION}))
    agents = chunk.agents()
    if inst_seg is not None and _detached(inst_seg, ctx, chunk):  # "a Hamas-run ministry": Hamas runs it
        inst_seg = None
    if inst_seg is not None:
        inst = inst_seg.entries[0].target
        assert isinstance(inst, Institution)
        if inst.agent in FOREIGN_NAMED and country is not None and inst.country not in (None, country.iso3):
            return foreign_party(inst, country, name)  # "Hong Kong Democrats", "the Brazilian Congress"
        if inst.agent == "PTY" and tail_of_unknown_name(inst_seg, chunk, ctx):
            other = unknown_party(inst, inst_seg, ctx, name)  # "the Neo Democrats"
            if other is not None:
                return other
        national = _national_namesake(inst, inst_seg, place_seg, country)
        if national is not None:
            why = f"; '{name}': the {country.iso3} body of the name, not the {inst.igo} one"
            return _place_resolution(country, national, None, ambiguous, note + why, name)
        found = resolve_institution(inst, agents, ctx, name)
        if country is not None and inst.country is None and inst.igo is None:
            return _branch(found, country)
        return found
    sector, _ = combine_agents(agents) if agents else (None, True)
    if agents and _legislator_title(agents[-1], ctx):
        sector, note = "LEG", note + f"; '{ctx.tokens[agents[-1].start].text}' before a name: a legislator"
    if sector in OFFICE_SECTORS and _past_marked(chunk, ctx) and not _title_now(agents, ctx):
        sector, note = "ELI", note + "; 'former' before the title: a former office holder (ELI)"
    if country is not None and _marked(chunk, ctx, ETHNIC_MARKERS):
        # "ethnic Albanians in south Serbia": an ethnicity, not a nationality; the clause gives the country
        sector = sector or "ETH"
        actor = Actor(name=name, code=None, country=None, agent=sector)
        return Resolution(actor=actor, reason=f"'ethnic' before '{country.iso3}': an ethnic group, sector {sector}")
    if country is not None:
        return _place_resolution(country, sector, place_seg, ambiguous, note, name)
    if sector is None:
        return None
    actor = Actor(name=name, code=None, country=None, agent=sector)
    return Resolution(
        actor=actor, reason=f"agent noun only: sector {sector}, no country in the phrase"
    )


OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


# Capitalised titles of members of a legislature, written right before a name ("Representative Adam
# Schiff", "Rep. Jim Jordan") or capitalised after another word ("Republican Representatives");
# lower case "representatives of both sides", or capitalised only to start a sentence, keep their own sector.
LEGISLATOR_TITLES = frozenset({"representative", "representatives", "rep", "reps"})


def _legislator_title(seg: Segment, ctx: Context) -> bool:
    tokens = ctx.tokens
    if seg.end - seg.start != 1 or tokens[seg.start].key not in LEGISLATOR_TITLES:
        return False
    if not tokens[seg.start].text[:1].isupper():
        return False
    if seg.start > 0 and tokens[seg.start - 1].text not in (".", "!", "?", "\"", ":"):
        return True
    if seg.end >= len(tokens):
        return False
    after = tokens[seg.end]
    return after.text[:1].isupper() and after.text.isalpha() and after.key != "of"


ETHNIC_MARKERS = frozenset({"ethnic"})


def _past_marked(chunk: Chunk, ctx: Context) -> bool:
    """'Former Chilean dictator', 'ex-president': a past marker right before the phrase."""
    return _marked(chunk, ctx, PAST_MARKERS)


def _title_now(agents: list[Segment], ctx: Context) -> bool:
    """'former presidential candidate Senator Ted Cruz': 'former' qualifies the first title; a second,
    capitalised title written right before the name (or ending the phrase) is the office held now (LEG,
    not ELI). 'former Senator Jane Roe' has one title: ELI."""
    strong = [a for a in agents if not combine_agents([a])[1]]
    if len(strong) < 2 or strong[-1] is not agents[-1]:
        return False
    last, tokens = strong[-1], ctx.tokens
    if not tokens[last.start].text[:1].isupper():
        return False
    if last.end >= len(tokens):  # the title run before a name, read alone (coding.introductions)
        return True
    name = tokens[last.end]
    return name.gap == "" and name.text[:1].isupper() and name.text.isalpha()


def _marked(chunk: Chunk, ctx: Context, markers: frozenset[str]) -> bool:
    start = chunk.start
    return start > 0 and ctx.tokens[start - 1].key in markers and ctx.tokens[start].gap in ("", "-")


def _national_namesake(
    inst: Institution, inst_seg: Segment, place_seg: Segment | None, country: Country | None
) -> str | None:
    """"Russia's Security Council", "the Iranian Security Council": an international body's name that a
    state's own body shares (institutions.yaml lists it generic too) is the state's when a country is
    written right before it; the sector of the generic entry, else None."""
    if inst.igo is None or country is None or place_seg is None or place_seg.start > inst_seg.start:
        return None
    national = [e.target for e in inst_seg.entries if e.kind == AGENT and isinstance(e.target, Agent)]
    return national[0].sector if national else None


def _branch(found: Resolution, country: Country) -> Resolution:
    """'Iraq's al-Qaeda': a transnational group with a country written before it is its branch there."""
    actor = found.actor
    code = f"{country.cameo}{actor.agent or ''}"
    reason = f"{found.reason}; its branch in {country.iso3} (the country is written before it)"
    return Resolution(
        actor=actor.model_copy(update={"code": code, "country": country.iso3}), reason=reason
    )


def _place_resolution(
    country: Country, sector: str | None, seg: Segment | None, ambiguous: bool, note: str, name: str
) -> Resolution:
    capital = seg is not None and seg.kind == CAPITAL
    metonym = capital and sector is None
    if metonym:
        sector = "GOV"
        why = f"capital '{country.capital or name}' stands for the {country.iso3} government"
    elif sector:
        why = f"country {country.iso3} + agent {sector}"
    else:
        why = f"country {country.iso3}"
    actor = Actor(
        name=name, code=f"{country.cameo}{sector or ''}", country=country.iso3, agent=sector
    )
    return Resolution(actor=actor, reason=why + note, ambiguous=ambiguous, metonym=metonym)


def is_dated(chunk: Chunk) -> bool:
    """Does the event date matter for this chunk (a person, an organisation with dated codes)?"""
    for seg in chunk.segments:
        for entry in seg.entries:
            if entry.kind == PERSON or (
                isinstance(entry.target, Institution) and entry.target.roles
            ):
                return True
    return False


def specificity(chunk: Chunk) -> int:
    kinds = {s.kind for s in chunk.segments}
    if PERSON in kinds:
        return 4
    if INSTITUTION in kinds:
        return 3
    if kinds & PLACE_KINDS:
        return 2 + (len(kinds) > 1)
    return 1

"""Split tokens into actor chunks: runs of adjacent alias matches that name one actor.

"Russian Defense Minister Sergei Shoigu" is one chunk of three segments (country, agent, person);
"Russia and Ukraine" is two chunks. Rules: at most one place (country or capital), one
institution and one person per chunk; a place cannot follow an agent noun except through "of"
("the Ministry of Defence of Ukraine"); a person ends the chunk. A few modifiers ("new", "top",
"acting") may sit between segments; determiners and quantifiers before a chunk are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from seismo.kb.records import AGENT, CAPITAL, COUNTRY, INSTITUTION, PERSON, Entry
from seismo.kb.schema import DATA_DIR, malformed, read_yaml
from seismo.kb.tables import DETERMINERS, AliasTable
from seismo.kb.text import Token

HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "dr", "sir", "dame", "madam", "ayatollah", "sheikh", "sheik"]
)
MODIFIERS = frozenset(
    [
        "new",
        "top",
        "senior",
        "acting",
        "current",
        "then",
        "incoming",
        "outgoing",
        "interim",
        "caretaker",
        "newly",
        "appointed",
        "elected",
        "own",
        "local",
        "national",
        "federal",
        "regional",
        "unnamed",
        "unidentified",
        "anonymous",
        "high",
        "ranking",
        "high-ranking",
        "visiting",
        "deputy",  # "China's deputy ambassador", "Russia's deputy foreign minister": the office's deputy
        "vice",
        "assistant",
    ]
)
LEADER_LINKS = frozenset({"led"})  # "Vietnamese-led forces": the leader acts through its forces
_INSIDE = HONORIFICS | MODIFIERS | LEADER_LINKS
LINKS = frozenset({"of", "for"})
PRO_ANTI = frozenset({"pro", "anti"})
# "Trump loyalist Stephen Schwarzman", "Kremlin critic", "a Putin ally": a person named before one of these nouns is
# the one the actor stands with or against, not the actor.
RELATIONS = frozenset(
    {
        "loyalist", "loyalists", "ally", "allies", "supporter", "supporters", "critic", "critics", "opponent",
        "opponents", "rival", "rivals", "foe", "foes", "detractor", "detractors", "challenger", "challengers",
        "confidant", "confidante", "associate", "associates", "backer", "backers", "donor", "donors",
        "follower", "followers", "partisan", "partisans", "devotee", "devotees",
    }
)  # fmt: skip
PLACE_KINDS = frozenset({COUNTRY, CAPITAL})
_LINK_TARGETS = frozenset({COUNTRY, CAPITAL, INSTITUTION})


@dataclass(slots=True)
class Segment:
    kind: str
    entries: list[Entry]
    start: int
    end: int


@dataclass(slots=True)
class Chunk:
    segments: list[Segment]
    lead: int = (
        0  # 1 when a "pro-"/"anti-" token belongs to the mention ("pro-Russian separatists")
    )

    @property
    def start(self) -> int:
        return self.segments[0].start - self.lead

    @property
    def end(self) -> int:
        return self.segments[-1].end

    def first(self, kinds: frozenset[str]) -> Segment | None:
        return next((s for s in self.segments if s.kind in kinds), None)

    def agents(self) -> list[Segment]:
        return [s for s in self.segments if s.kind == AGENT]


def _fits(segments: list[Segment], seg: Segment, linked: bool) -> bool:
    kinds = {s.kind for s in segments}
    if PERSON in kinds:
        return False
    if seg.kind in PLACE_KINDS:
        return not (kinds & {COUNTRY, CAPITAL, INSTITUTION}) and (AGENT not in kinds or linked)
    if seg.kind == INSTITUTION:
        if INSTITUTION in kinds or (AGENT in kinds and not linked and not _described_group(segments, seg)):
            return False
        place = next((s for s in segments if s.kind in PLACE_KINDS), None)
        return place is None or _same_country(place, seg) or _transnational(seg) or _party(seg) \
            or _namesake(seg)
    return True


def _namesake(inst: Segment) -> bool:
    """'Russia's Security Council': an international body whose name a state's own body shares (listed
    generic too, kb/resolve._national_namesake) joins the country before it."""
    return any(e.kind == AGENT for e in inst.entries)


@dataclass(frozen=True)
class ChunkWords:
    """The word lists of ``data/chunk_words.yaml`` (its comments say what each decides)."""

    given_name_aliases: frozenset[str]  # "Marine Le Pen", "Jordan Bardella": a given name, not the alias
    rank_words: frozenset[str]  # "U.S. Marine Sgt. John Smith": a rank after the alias, then the name
    named_group_sectors: frozenset[str]  # "the militant group Hamas": a sector noun describing a named group


@lru_cache(maxsize=1)
def chunk_words() -> ChunkWords:
    """The chunk word lists, read once per process; a malformed file is the one-line K001 error."""
    path = DATA_DIR / "chunk_words.yaml"
    data = read_yaml(path)
    lists: dict[str, frozenset[str]] = {}
    for f in fields(ChunkWords):
        words = data.get(f.name) if isinstance(data, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise malformed(path, f"{f.name}: a list of words")
        lists[f.name] = frozenset(words)
    return ChunkWords(**lists)


def _described_group(segments: list[Segment], inst: Segment) -> bool:
    """'the paramilitary Rapid Support Forces', 'the militant group Hamas': a
    sector noun right before a named non-state group describes it (one actor: the group's own code)."""
    return segments[-1].kind == AGENT and segments[-1].end == inst.start and any(
        sector in chunk_words().named_group_sectors for e in inst.entries for sector in _sectors(e.target))


def _sectors(target: object) -> set[str | None]:
    """An organisation's sector, undated and in each dated role ('Rapid Support Forces': REB since 2023)."""
    return {getattr(target, "agent", None)} | {getattr(r, "agent", None) for r in getattr(target, "roles", ())}


# Sectors of named bodies whose name other countries' bodies share: another country's name before one of them
# ("Hong Kong Democrats", "the Brazilian Congress") names that country's party or legislature, not the listed
# one (the US Democrats, the US Congress); kb.resolve reads the chunk so.
FOREIGN_NAMED = frozenset({"PTY", "LEG"})


def _party(inst: Segment) -> bool:
    """A party or legislature word after a place ('Hong Kong Democrats', 'the Peruvian Congress'): the place's
    own party or legislature (kb.resolve reads it so)."""
    return any(getattr(e.target, "agent", None) in FOREIGN_NAMED for e in inst.entries)


def _joined(segments: list[Segment], seg: Segment, tokens: list[Token], k: int) -> bool:
    """Only spaces and hyphens join segments, and a comma before a name after a title
    ("the Kremlin spokesman, Dmitry Peskov"); a full stop or bracket ends the chunk."""
    if not segments:
        return True
    gaps = {t.gap for t in tokens[k : seg.start + 1]}
    if "x" in gaps:
        return False
    return "," not in gaps or (seg.kind == PERSON and segments[-1].kind == AGENT)


def _transnational(inst: Segment) -> bool:
    """A group with no country of its own (al-Qaeda): a place before it names its branch there."""
    return all(
        getattr(e.target, "country", None) is None and getattr(e.target, "igo", None) is None
        and getattr(e.target, "code", None) is not None
        for e in inst.entries
    )


def _same_country(place: Segment, inst: Segment) -> bool:
    target = place.entries[0].target
    country = getattr(target, "country", target)
    iso3 = getattr(country, "iso3", None)
    return any(getattr(e.target, "country", None) == iso3 for e in inst.entries)


def _skip(tokens: list[Token], i: int, words: frozenset[str]) -> int:
    while i < len(tokens) and tokens[i].key in words:
        i += 1
    return i


def _linked_segment(table: AliasTable, tokens: list[Token], k: int) -> tuple[int, Segment | None]:
    """'of'/'for' [the] place-or-institution after an agent noun."""
    j = _skip(tokens, k + 1, frozenset({"the"}))
    end, entries = table.longest(tokens, j, _LINK_TARGETS) if j < len(tokens) else (j, [])
    return (end, Segment(entries[0].kind, entries, j, end)) if entries else (k, None)


def read_chunk(table: AliasTable, tokens: list[Token], i: int) -> Chunk | None:
    segments: list[Segment] = []
    k = i
    while k < len(tokens):
        j = _skip(tokens, k, _INSIDE if segments else HONORIFICS)
        end, entries = table.longest(tokens, j) if j < len(tokens) else (j, [])
        if segments and j > k:  # "Brazilian national team": a skippable word that starts a longer entry is read
            whole_end, whole = table.longest(tokens, k)  # an agent noun only: "Pakistan's National Security
            if whole and whole_end >= end and whole[0].kind == AGENT:  # Council" is no US institution
                j, end, entries = k, whole_end, whole
        linked = False
        if not entries and segments and segments[-1].kind == AGENT and tokens[k].key in LINKS:
            end, seg = _linked_segment(table, tokens, k)
            if seg is None:
                break
            entries, j, linked = seg.entries, seg.start, True
        if not entries:
            break
        seg = Segment(entries[0].kind, entries, j, end)
        if not _fits(segments, seg, linked) or not _joined(segments, seg, tokens, k):
            break
        segments.append(seg)
        k = end
        if tokens[end - 1].possessive and seg.kind == PERSON:
            break
    if not segments:
        return None
    first = segments[0]
    lead = int(
        first.kind in PLACE_KINDS
        and first.start > 0
        and tokens[first.start].hyphen_before
        and tokens[first.start - 1].key in PRO_ANTI
    )
    return Chunk(segments, lead)


def find_chunks(table: AliasTable, tokens: list[Token]) -> list[Chunk]:
    chunks: list[Chunk] = []
    i = 0
    while i < len(tokens):
        j = _skip(tokens, i, DETERMINERS)
        chunk = _name_from_determiner(table, tokens, i) if j > i else None
        if chunk is None:
            chunk = read_chunk(table, tokens, j) if j < len(tokens) else None
        if chunk is None:
            i += 1
            continue
        # "Jordan De Vries": a known surname read as its own segment after the given name is the name's rest
        head = Chunk(chunk.segments[:-1], chunk.lead) if len(chunk.segments) > 1 \
            and chunk.segments[-1].kind == PERSON else chunk
        if _given_name(head, table, tokens):  # "Marine Le Pen", "Jordan Bardella": a person, not MIL or JOR
            end = _name_end(tokens, head.end)
            if len(head.segments) > 1:  # "far-right leader Marine Le Pen": the title stays, the name is no MIL
                chunks.append(Chunk(head.segments[:-1], head.lead))
            i = end
            continue
        chunks.append(chunk)
        i = chunk.end
    return chunks


def given_name_before(word: str, following: str) -> bool:
    """'Marine' before 'Le', 'Jordan' before 'Bardella': a given-name alias (``chunk_words.yaml``) written
    capitalised before a capitalised word that is no rank ('Marine Sgt. John Smith' is a marine) begins a name."""
    words = chunk_words()
    return word[:1].isupper() and word.lower() in words.given_name_aliases and following[:1].isupper() \
        and following[1:2].islower() and following.lower().rstrip(".") not in words.rank_words


def _given_name(chunk: Chunk, table: AliasTable, tokens: list[Token]) -> bool:
    """The chunk's last segment is one capitalised given-name word (``chunk_words.yaml``: an alias of a country,
    capital or sector noun that is also a common given name) before a capitalised word that starts no alias, or only
    a person's ("Marine De Vries" is no marine and Mr De Vries)."""
    first = chunk.segments[-1]
    if first.end != first.start + 1 or tokens[first.start].key not in chunk_words().given_name_aliases:
        return False
    if first.end >= len(tokens) or tokens[first.start].possessive:
        return False
    nxt, word = tokens[first.end], tokens[first.end].text
    if nxt.gap or not (word[:1].isupper() and word[1:2].islower()) or not tokens[first.start].text[:1].isupper():
        return False
    if nxt.key.rstrip(".") in chunk_words().rank_words:
        return False  # "U.S. Marine Sgt. John Smith": a marine's rank, then the name
    entries = table.longest(tokens, first.end)[1]  # none, or only a surname the KB knows ("Jordan De Vries")
    return not entries or all(e.kind == PERSON for e in entries)


def _name_end(tokens: list[Token], k: int) -> int:
    """The end of a run of capitalised words ('Le Pen')."""
    while k < len(tokens) and not tokens[k].gap and tokens[k].text[:1].isupper():
        k += 1
    return k


def _name_from_determiner(table: AliasTable, tokens: list[Token], i: int) -> Chunk | None:
    """'To Lam said', 'in The Valley': a name whose first word reads as a determiner."""
    chunk = read_chunk(table, tokens, i)
    if chunk is None or chunk.segments[0].start != i:
        return None
    return chunk if chunk.segments[0].end > i + 1 else None

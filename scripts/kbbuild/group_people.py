"""group_people.yaml: the leaders and members of armed groups that the PETRARCH2 actor dictionaries
list under a group our hand-written groups.yaml knows (bin Laden under al-Qaeda, Nasrallah under
Hezbollah). Such a person codes as the group (its code, country and dated roles).

PETRARCH2 lists a group's people in two ways: as synonyms in the group's block (``HEZBOLLAH_
[LBNREB]`` then ``+HASSAN_NASRALLAH``), or as their own entry carrying the group's specific code
(``OSAMA_BIN_LADEN_ [IMGMUSALQ]``, the code of the al-Qaeda block). A block belongs to a group when its
first name is one of the group's names (else when exactly one group's name is among its names); a
code belongs to a group when it is specific (its last letters name a group, not a region, religion or
sector: IMGMUSALQ, not IMGSASMUS) and used by that group's block.

A synonym is a person's name when, honorifics left off, it has two or more words, no word that names
an organisation ("army", "brigades", "front") and starts with a given name (the first word of a name
in people.csv) or a kunya (Abu, Abd, Abdul). Left out: a kunya alone ("Abu Abdullah") and two given
names ("Bashir Ahmed"), which name many men. Spellings of one person (same given name and last word,
vowels aside) are one entry; a one-word or particle-led synonym ("Nasrallah", "bin Laden") is kept only
as the surname of exactly one such name (weak, like other surnames) and never when it is a common
word. A name people.csv already gives a state office keeps that office; a name two groups list stays
with the first. A PETRARCH code whose country prefix is another known country than the group's (a
Yemeni group under LBNREB) is a dictionary slip: the block is skipped. PETRARCH's code dates bound the
role; most people have none (the note says "undated").
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[2] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from kbbuild.common import fold, read_csv, write_yaml  # noqa: E402
from seismo.kb.names import surname_part  # noqa: E402
from seismo.kb.petrarch import PetrarchActor, PetrarchCode, parse_actor_dictionary  # noqa: E402
from seismo.kb.schema import ActorSpec, load_kb_file  # noqa: E402
from seismo.kb.text import alias_key  # noqa: E402

FILES = ("Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt")
HONORIFICS = frozenset(
    {"sheikh", "sheik", "shaikh", "sayyid", "sayyed", "seyyed", "mullah", "mr", "mr.", "maulana",
     "imam", "emir", "commander", "dr", "dr."}
)  # fmt: skip
KUNYA = frozenset({"abu", "abd", "abdul", "abdel", "abdal", "umm"})
PARTICLES = frozenset({"al", "bin", "ibn", "bint", "ad", "ud", "el", "ar", "as", "ash", "ul", "ad-din"})
# CAMEO's sector, religion and region parts: a code ending in one names no particular group
GENERIC_CODES = frozenset(
    {"REB", "MUS", "SUN", "SHI", "CHR", "JEW", "HIN", "BUD", "SIK", "SAS", "SEA", "KAS", "MEA", "AFR",
     "EUR", "WAF", "EAF", "NAF", "CFR", "SAF", "WEU", "KKL", "INS", "SEP", "OPP", "UAF", "MIL", "GOV",
     "CVL", "RAD", "MOD", "SPY", "PTY", "NGO", "IGO", "BUS", "COP", "JUD", "LEG", "ELI", "MED"}
)  # fmt: skip
ORG_WORDS = frozenset(
    {"army", "armies", "front", "brigade", "brigades", "battalion", "battalions", "movement", "organization",
     "organisation", "party", "group", "groups", "council", "foundation", "network", "resistance",
     "jihad", "liberation", "forces", "force", "committee", "congress", "conference", "squad", "union",
     "islamic", "state", "operatives", "offshoot", "affiliated", "linked", "militia", "militias",
     "mujahideen", "jamaat", "harakat", "tanzim", "tanzeem", "government", "regime", "wing",
     "qaeda", "qaida", "shabaab", "taliban", "hezbollah", "hamas", "the", "of", "and", "for"}
)  # fmt: skip


def _lenient_text(path: Path) -> str:
    """The dictionary text with code lines PETRARCH's own reader would reject blanked out (a few
    lines of the Countries file carry nine-digit dates)."""
    from seismo.errors import KnowledgeError
    from seismo.kb.petrarch import _codes

    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for i, line in enumerate(lines):
        body = line.split("#", 1)[0]
        if "[" in body:
            try:
                _codes(body[body.index("[") :], str(path), i + 1, line)
            except KnowledgeError:
                lines[i] = ""
    return "\n".join(lines)


def _display(name: str) -> str:
    """'AYMAN AL-ZAWAHIRI' -> 'Ayman al-Zawahiri'; particles stay lower case."""
    words = []
    for word in name.split():
        parts = []
        for part in word.split("-"):
            low = part.lower()
            parts.append(low if low in PARTICLES else low[:1].upper() + low[1:])
        words.append("-".join(parts))
    return " ".join(words)


def _strip_honorifics(name: str) -> str:
    words = name.split()
    while words and fold(words[0]) in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _surname_only(name: str, common: frozenset[str]) -> bool:
    """One word that is no common word ('Nasrallah'), or a particle and one word ('bin Laden')."""
    words = name.split()
    if len(words) == 2 and fold(words[0]) in PARTICLES:
        words = words[1:]
    return len(words) == 1 and words[0].replace("-", "").isalpha() and fold(words[0]) not in common


def _is_person(name: str, given: frozenset[str]) -> bool:
    words = [fold(w) for w in name.replace("-", " ").split()]
    if len(name.split()) < 2 or any(w in ORG_WORDS for w in words):
        return False
    if not all(w.replace("'", "").isalpha() for w in words):
        return False  # acronyms in brackets, digits
    first = fold(name.split()[0])
    if first.split("-")[0] in PARTICLES:
        return False  # 'al Qa'ida'
    if any(len(w) < 2 for w in words) or (len(words) == 2 and first in KUNYA):
        return False  # 'Abu H Lala'; 'Abu Abdullah', a kunya alone, names many men
    if len(words) == 2 and all(w in given for w in words):
        return False  # 'Bashir Ahmed': two given names, shared by too many people
    return first in given or first.split("-")[0] in KUNYA


def _skeleton(word: str) -> str:
    """Consonants of a word without h, w, y and doubled letters: spellings of one name agree
    ('Usama'/'Osama' -> 'sm', 'Mughniyeh'/'Moughniyah' -> 'mgn')."""
    out = ""
    for c in fold(word):
        if c.isalpha() and c not in "aeiouhwy" and not out.endswith(c):
            out += c
    return out


def _words(name: str) -> list[str]:
    return [w for w in fold(name).replace("-", " ").split() if w not in PARTICLES]


def _name_key(name: str) -> str:
    """Spelling-blind key of a full name: the given name (with its kunya: 'Abu Bakr') and the last
    word. 'Osama bin Laden', 'Usama bin Ladin' and 'Osama bin Mohammed bin Awad bin Laden' agree;
    'Abu Bakr al-Baghdadi' and 'Abu Omar al-Baghdadi' do not."""
    words = _words(name)
    given = words[:2] if words[0] in KUNYA and len(words) > 2 else words[:1]
    return " ".join(_skeleton(w) for w in [*given, words[-1]])


def _surname_key(name: str) -> str:
    return _skeleton(_words(name)[-1]) if _words(name) else ""


def _group_index(data: Path) -> tuple[dict[str, ActorSpec], list[ActorSpec]]:
    groups = [
        s
        for s in load_kb_file(data / "groups.yaml").actors
        if not s.is_generic and (s.agent or s.roles)
    ]
    index = {alias_key(n): s for s in groups for n in [s.name, *s.aliases]}
    return index, groups


def _specific(code: str, countries: set[str]) -> bool:
    """Does the code name one group: its last three letters are no region, religion, sector or
    country code (IMGMUSALQ, PSEREBHMS; not IMGSASMUS, a South Asian Muslim group, nor PAKREB)?"""
    return len(code) > 6 and code[-3:] not in GENERIC_CODES and code[-3:] not in countries


def _consistent(code: str, group: ActorSpec, countries: set[str]) -> bool:
    prefix = code[:3]
    if group.code and group.code.startswith("IMG"):
        return prefix == "IMG" or prefix not in countries
    country = group.country or ""
    return prefix == country or prefix not in countries


def _block_group(
    actor: PetrarchActor, index: dict[str, ActorSpec], by_code: dict[str, ActorSpec]
) -> ActorSpec | None:
    root = index.get(alias_key(actor.names[0]))
    if root is not None:
        return root
    hits = {id(index[k]): index[k] for n in actor.names if (k := alias_key(n)) in index}
    if len(hits) == 1:
        return next(iter(hits.values()))
    codes = {by_code[c.code].name: by_code[c.code] for c in actor.codes if c.code in by_code}
    return next(iter(codes.values())) if len(codes) == 1 else None


def _roles(group: ActorSpec, code: PetrarchCode | None) -> list[dict[str, Any]]:
    """The group's roles (one undated one for a group with one code), bounded by PETRARCH's dates."""
    base = [
        {"code": r.code, "agent": r.agent, "start": r.start, "end": r.end} for r in group.roles
    ] or [{"code": group.code, "agent": group.agent, "start": None, "end": None}]
    lo, hi = (code.start, code.end) if code is not None else (None, None)
    roles = []
    for r in base:
        start = max([d for d in (_date(r["start"]), lo) if d], default=None)
        end = min([d for d in (_date(r["end"]), hi) if d], default=None)
        if start and end and start >= end:
            continue
        role = {"role": "MEMBER", "title": f"figure of {group.name}", "code": r["code"]}
        role |= {"country": group.country} if group.country else {}  # IMGREB groups have none
        role |= {"agent": r["agent"]} if r["agent"] else {}
        role |= {"start": start.isoformat()} if start else {}
        role |= {"end": end.isoformat()} if end else {}
        roles.append(role)
    return roles


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _taken_names(data: Path, hand: Path) -> set[str]:
    """Alias keys that people.csv, its updates and aliases give someone (a state office keeps them)."""
    taken: set[str] = set()
    for path in (data / "people.csv", hand / "people_updates.csv", hand / "people_aliases.csv"):
        for row in read_csv(path):
            taken.add(alias_key(row["name"]))
            taken.update(alias_key(a) for a in row["aliases"].split("|") if a)
    return taken


def _given_names(data: Path) -> frozenset[str]:
    return frozenset(fold(r["name"].split()[0]) for r in read_csv(data / "people.csv") if r["name"])


def collect(
    shared: Path, data: Path, common: frozenset[str], hand: Path | None = None
) -> list[dict[str, Any]]:
    """``data``: the folder with the generated people.csv and countries.csv; ``hand``: groups.yaml's."""
    hand = hand or data
    index, _ = _group_index(hand)
    countries = {r["iso3"] for r in read_csv(data / "countries.csv")}
    given, taken = _given_names(data), _taken_names(data, hand)
    blocks: list[tuple[PetrarchActor, str]] = []
    for file in FILES:
        text = _lenient_text(shared / "petrarch2" / file)
        blocks += [(a, file) for a in parse_actor_dictionary(text, file)]
    by_code: dict[str, ActorSpec] = {}
    ambiguous: set[str] = set()
    for actor, _ in blocks:
        group = _block_group(actor, index, {})
        for c in actor.codes if group else []:
            specific = _specific(c.code, countries) and _consistent(c.code, group, countries)
            if specific and by_code.setdefault(c.code, group) is not group:
                ambiguous.add(c.code)
    for code in ambiguous:
        del by_code[code]
    people: dict[tuple[str, str], dict[str, Any]] = {}
    for actor, file in blocks:
        group = _block_group(actor, index, by_code)
        codes = [c for c in actor.codes if c.code not in ("---", "+++", "###", "")]
        if group is None or not codes or not all(_consistent(c.code, group, countries) for c in codes):
            continue
        dated = next((c for c in codes if c.dated), None)
        names = [_strip_honorifics(n) for n in actor.names]
        full = [n for n in names if alias_key(n) not in index and _is_person(n, given)]
        for name in full:
            key = (group.name, _name_key(name))
            entry = people.setdefault(
                key, {"group": group, "names": [], "code": dated, "where": f"{file}:{actor.line}"}
            )
            entry["names"].append(_display(name))
        for name in names:  # 'Nasrallah', 'bin Laden': the surname of exactly one full name above
            if not _surname_only(name, common):
                continue
            owners = [k for k in people if k[0] == group.name and k[1].split()[-1] == _surname_key(name)]
            if len(owners) == 1:
                people[owners[0]]["names"].append(_display(name))
    return _entries(people, taken)


def _entries(people: dict[tuple[str, str], dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    entries, used = [], set(taken)
    for p in people.values():  # file order: a name two groups list stays with the first
        names = list(dict.fromkeys(n for n in p["names"] if alias_key(n) not in used))
        used.update(alias_key(n) for n in names)
        p["names"] = names
    for (_, _), p in sorted(people.items(), key=lambda kv: kv[0]):
        names = p["names"]
        multi = [n for n in names if " " in n and not surname_part(n, names[0])]
        if not multi:
            continue
        main = next((n for n in multi if "al-" in n), multi[0])  # 'al-Zawahiri' as news writes it
        note = f"PETRARCH2 {p['where']}" + ("" if p["code"] else "; undated: PETRARCH gives no dates")
        entry: dict[str, Any] = {"name": main}
        if len(names) > 1:
            entry["aliases"] = sorted(n for n in names if n != main)
        entry["type"] = "person"
        entry["roles"] = _roles(p["group"], p["code"])
        entry["note"] = note
        if entry["roles"]:
            entries.append(entry)
    return entries


def build_group_people(shared: Path, out: Path, hand: Path, common: frozenset[str]) -> int:
    entries = collect(shared, out, common, hand)
    header = (
        "# GENERATED by scripts/build_kb.py (kbbuild/group_people.py) from the PETRARCH2 actor\n"
        "# dictionaries (openeventdata/petrarch2, MIT): people PETRARCH lists under a group of\n"
        "# groups.yaml code as that group. Do not edit: fix groups.yaml or the builder and rebuild.\n"
    )
    write_yaml(out / "group_people.yaml", header, {"version": 1, "actors": entries}, width=110)
    return len(entries)

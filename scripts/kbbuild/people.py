"""people.csv: dated roles of heads of state and government, vice presidents, foreign, defence
and interior ministers, presiding officers of legislatures and top judges since 2000, from the
EveryPolitician/Wikidata ``holders_*.csv`` files (CC0); and, read more strictly, the offices below
them (other ministers, deputy prime ministers, attorneys general, military chiefs, central-bank
governors, envoys, US state governors: ``offices.yaml``, ``offices.py``).

Countries whose file lacks a head-of-state or head-of-government office get it from
``world_leaders_2021_wikidata.csv`` (years only). Changes after the 2022 snapshot live in the
hand-written ``people_updates.csv``, which the runtime applies on top of this file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

from .common import fold, read_csv, write_table
from .offices import Offices, keep_term, load_offices, name_ok
from .surnames import clan_forms, clan_names

_NOT_SENIOR = (
    r"(?!.*\b(Deputy|Vice|Assistant|Associate|Under|Delegate|State Secretary)\b)"
    r"(?!Minister of State\b)"
)
ROLE_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "HOS",
        "GOV",
        re.compile(
            r"^(President|Federal President|monarch|Monarch|King|Queen|Emir|emir|Sultan|"
            r"Supreme Leader|Yang di_pertuan Agong \(Monarch\)|Druk Gyalpo \(King\)|"
            r"Beretitenti \(President\)|"
            r"President of the Presidium of the Supreme People's Assembly)$"
        ),
    ),
    (
        "HOG",
        "GOV",
        re.compile(
            r"^(Prime Minister|Premier|Premier of the State Council|Federal Chancellor|Taoiseach|"
            r"Chairman of the Cabinet of Ministers \(Prime Minister\)|"
            r"Chairman of the Council of Ministers)$"
        ),
    ),
    (
        "VP",
        "GOV",
        re.compile(r"^(Vice President|Vice-President|Kauoman-ni-Beretitenti \(Vice President\))$"),
    ),
    (
        "FM",
        "GOV",
        re.compile(
            _NOT_SENIOR
            + r"(^(Federal )?(Minister|Secretary)( of State)? (of|for) (the )?(Foreign|External) "
            r"(Affairs|Relations)\b(?!.*Trade)|"
            r"^Minister (of|for) (Europe and )?Foreign( and European)? Affairs$|"
            r"^Secretary of State for Foreign and Commonwealth Affairs$)"
        ),
    ),
    (
        "DEF",
        "MIL",
        re.compile(
            _NOT_SENIOR + r"(^(Federal )?(Minister|Secretary)( of State)? (of|for) (the )?"
            r"(National )?Defen[cs]e"
            r"( and (Armed Forces|Veterans|National Security|Military)[A-Za-z ]*)?$|"
            r"^Minister of the (Revolutionary )?Armed Forces$)"
        ),
    ),
    (
        "INT",
        "GOV",
        re.compile(
            _NOT_SENIOR
            + r"^(Federal )?(Minister|Secretary)( of State)? (of|for) (the )?(Interior|Internal "
            r"Affairs|Home Affairs|Interior Affairs|Public Security|Homeland Security|"
            r"Home Department)\b"
        ),
    ),
    ("NSA", "GOV", re.compile(r"^National Security Advisor$")),
    (
        # presiding officers of legislatures: "Speaker Nancy Pelosi" acts for the legislature
        "SPK",
        "LEG",
        re.compile(
            r"^(Speaker|President|Chairman|Chairperson|Chair) of (the )?(?!.*\b(Federal Council|"
            r"Council of Ministers|Presidency|Central Bank|Commission|Committee|Supreme|Court|Party|"
            r"Republic|Government|Cabinet)\b).*\b(Assembly|Senate|House|Chamber|Parliament|Congress|"
            r"Rada|Duma|Knesset|Sejm|Bundestag|Majlis|Council of States|Legislative Council|"
            r"National Council|Federation Council|Storting|Riksdag|Cortes|Diet|Seimas|Saeima|"
            r"Riigikogu|Althing|Folketing|Eduskunta|Lok Sabha|Rajya Sabha|Shura Council|"
            r"People's Congress|Legislative Yuan)\b"
        ),
    ),
    (
        "CJ",
        "JUD",
        re.compile(
            r"^(Chief Justice\b|President of the (Supreme|Constitutional) Court)"
        ),
    ),
]
# Country-specific titles and exclusions.
COUNTRY_TITLES = {
    ("USA", "Secretary of State"): ("FM", "GOV"),
    ("USA", "Secretary of the Interior"): ("MIN", "GOV"),  # public lands, not the police
}
# AUT "President" mixes in the rotating presidents of the Bundesrat; IND "Minister of Foreign
# Affairs" rows are the Foreign Secretaries (civil servants); CAN "Minister of Public Security" is
# Quebec's.
COUNTRY_EXCLUDE = {
    ("USA", "President of the Senate"),  # the Vice President, already listed as VP
    ("CHE", "Chancellor"),
    ("AUT", "President"),
    ("IND", "Minister of Foreign Affairs"),
    ("CAN", "Minister of Public Security"),
}
# AFG "Supreme Leader" is the Taliban leader: head of state only from the 2021 takeover.
CLIP_START = {("AFG", "Supreme Leader"): "2021-08-15"}
EARLIEST = "2000-01-01"
OPEN_ENDED_DOUBTFUL = {"SPK", "CJ"}
# The British monarch is also head of state of these realms; news about them means the local
# government, so the monarch is coded only for GBR.
COMMONWEALTH_REALMS = {
    "ATG",
    "AUS",
    "BHS",
    "BLZ",
    "CAN",
    "GRD",
    "JAM",
    "KNA",
    "LCA",
    "NZL",
    "PNG",
    "SLB",
    "TUV",
    "VCT",
}
_REGNAL = re.compile(r"^[IVX]+$")
SPANISH_NAMES = {
    "ESP",
    "MEX",
    "COL",
    "ARG",
    "CHL",
    "PER",
    "VEN",
    "ECU",
    "BOL",
    "PRY",
    "URY",
    "CRI",
    "PAN",
    "GTM",
    "HND",
    "SLV",
    "NIC",
    "DOM",
    "CUB",
    "GNQ",
}
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "KHM", "MMR", "MNG"}
# family name first, given name last, and "Van"/"Thi" middle names, no particles: "Phan Van Khai" is "Khai"
# to the press, never "Van Khai"
NO_PARTICLES = {"VNM"}
POST_SOVIET = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "UZB", "TKM", "AZE", "ARM", "GEO", "MDA"}
# names written in Cyrillic (or until lately), whose English spellings vary the ways SPELLING_RULES give;
# Georgian, Armenian, Azerbaijani and Moldovan names have their own scripts or Latin spellings ("Irakli")
CYRILLIC_NAMES = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "UZB", "TKM"}
_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "del",
    "di",
    "du",
    "la",
    "le",
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "ben",
    "abu",
    "dos",
    "das",
    "ter",
}
WORLD_LEADER_NAMES = {
    "People's Republic of China": "CHN",
    "United States of America": "USA",
    "Kingdom of the Netherlands": "NLD",
    "State of Palestine": "PSE",
    "The Gambia": "GMB",
    "Kingdom of Denmark": "DNK",
    "Democratic Republic of the Congo": "COD",
    "Republic of the Congo": "COG",
    "Federated States of Micronesia": "FSM",
    "Ivory Coast": "CIV",
    "East Timor": "TLS",
    "Vatican City": "VAT",
    "Kosovo": "XKX",
    "North Korea": "PRK",
    "South Korea": "KOR",
    "Eswatini": "SWZ",
    "Cape Verde": "CPV",
    "Czech Republic": "CZE",
    "Sahrawi Arab Democratic Republic": "",
}


def classify(
    country: str, position: str, offices: Offices | None = None
) -> tuple[str, str] | None:
    """Map an office title to (role, agent), or None for offices we do not track; ``offices``
    adds the lower offices of ``offices.yaml`` after the senior ones."""
    if (country, position) in COUNTRY_EXCLUDE:
        return None
    if (country, position) in COUNTRY_TITLES:
        return COUNTRY_TITLES[(country, position)]
    for role, agent, pattern in ROLE_PATTERNS:
        if pattern.search(position):
            if role == "HOS" and country in COMMONWEALTH_REALMS and "President" not in position:
                return None
            return role, agent
    return offices.classify(country, position) if offices is not None else None


SENIOR_ROLES = frozenset(role for role, _, _ in ROLE_PATTERNS)
EX_OFFICIO_TOPS = frozenset({"HOS", "HOG"})


def clean_name(name: str) -> str:
    """'John Reid, Baron Reid of Cardowan' -> 'John Reid'; 'Salman of Saudi Arabia' -> 'Salman'."""
    name = re.sub(r"\s*\(.*?\)", "", name).split(",")[0].strip()
    return re.sub(r"\s+of\s+[A-Z].*$", "", name).strip()


def _translit_variants(name: str) -> set[str]:
    """Common English spellings of post-Soviet names: Sergey->Sergei, Shoygu->Shoigu, -yy->-y."""
    out = {name}
    rules = [
        (r"ey\b", "ei"),
        (r"oy(?=[a-z])", "oi"),
        (r"yy\b", "y"),
        (r"iy\b", "i"),
        (r"\bAleks", "Alex"),
    ]
    for pattern, repl in rules:
        out |= {re.sub(pattern, repl, n) for n in out}
    return out


# More spellings news gives the same name written in Cyrillic (CYRILLIC_NAMES), each way where both are
# common; a form these add is kept only when it names nobody else (``build_people``).
SPELLING_RULES = [
    (r"ei\b", "ey"),  # Sergei -> Sergey, Alexei -> Alexey
    (r"(?<=[a-z])y\b", "i"),  # Dmitry -> Dmitri, Yury -> Yuri
    (r"(?<=[a-z]{3})i\b", "y"),  # Dmitri -> Dmitry, Nikolai -> Nikolay (not "Ali")
    (r"(?<=[aeiou][lrdn])iy\b", "y"),  # Yuriy -> Yury, Vitaliy -> Vitaly (not Andriy, Serhiy, Oleksiy)
    (r"(?<=sk)yy?\b", "iy"),  # Zelenskyy, Zelensky -> Zelenskiy
    (r"(?<=[a-z])ya\b", "ia"),  # Nebenzya -> Nebenzia
    (r"(?<=[a-z])ia\b", "ya"),  # Nebenzia -> Nebenzya
    (r"(?<=[aeiouAEIOU])kh", "h"),  # Mikhail -> Mihail, Akhmetov -> Ahmetov (not Khodorkovsky)
    (r"\bYe(?=[a-z])", "E"),  # Yevgeny -> Evgeny, Yelena -> Elena
]


def spelling_variants(name: str) -> set[str]:
    """The forms ``SPELLING_RULES`` give ``name`` (one rule after another, so 'Dmitriy' -> 'Dmitry' -> 'Dmitri'),
    without the name itself."""
    out = {name}
    for pattern, repl in SPELLING_RULES:
        out |= {re.sub(pattern, repl, n) for n in out}
    return out - {name}


def surname(name: str, country: str) -> str | None:
    tokens = name.split()
    if len(tokens) < 2 or country in FAMILY_NAME_FIRST:
        return None
    if country in SPANISH_NAMES and len(tokens) >= 4:
        return tokens[-2]  # the paternal surname: "Andrés Manuel López Obrador" -> "López"
    if {"bin", "ibn", "bint"} & {t.lower() for t in tokens}:
        return None
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in _PARTICLES and country not in NO_PARTICLES:
        i -= 1
    return " ".join(tokens[i:])


def person_aliases(name: str, country: str, blocked: set[str], spellings: bool = True) -> list[str]:
    """Full name, folded spelling, first+last, transliterations and a surname when safe; ``spellings``: with
    the post-Soviet ``SPELLING_RULES`` forms too."""
    tokens = name.split()
    if len(tokens) >= 2 and _REGNAL.match(tokens[-1]):  # "Felipe VI", "Juan Carlos I"
        bare = " ".join(tokens[:-1])
        aliases = {bare} if fold(bare) not in blocked else set()
        return sorted((aliases | {_ascii(a) for a in aliases}) - {name})
    full = {name}
    if len(tokens) >= 3 and tokens[-2].lower() not in _PARTICLES:
        full.add(f"{tokens[0]} {tokens[-1]}")
    if country in SPANISH_NAMES and len(tokens) >= 4:  # paternal + maternal surname
        full.add(f"{tokens[-2]} {tokens[-1]}")
    if country in POST_SOVIET:
        full = {v for n in full for v in _translit_variants(n)}
        if spellings and country in CYRILLIC_NAMES:
            full |= {v for n in full for v in spelling_variants(n)}
    aliases = set(full)
    last = surname(name, country)
    if last:
        lasts = _translit_variants(last) if country in POST_SOVIET else {last}
        if spellings and country in CYRILLIC_NAMES:
            lasts |= {v for n in lasts for v in spelling_variants(n)}
        for s in lasts:
            bare = re.sub(r"^(al|el)-", "", s, flags=re.I)
            for form in {s, bare}:
                if len(re.sub(r"[^a-z]", "", fold(form))) >= 4 and fold(form) not in blocked:
                    aliases.add(form)
    aliases |= {_ascii(a) for a in aliases}
    aliases.discard(name)
    return sorted(a for a in aliases if a)


def _ascii(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _merge_spells(spells: list[list[str]]) -> list[list[str]]:
    """Merge touching or overlapping terms of one person in one office (split Wikidata rows)."""
    spells.sort(key=lambda r: r[6])
    merged: list[list[str]] = []
    for row in spells:
        prev = merged[-1] if merged else None
        if prev is not None and (not prev[7] or row[6] <= prev[7]):
            prev[7] = "" if not (prev[7] and row[7]) else max(prev[7], row[7])
        else:
            merged.append(list(row))
    return merged


def _holder_rows(shared: Path, offices: Offices | None = None) -> list[list[str]]:
    rows = []
    for path in sorted((shared / "everypolitician_wikidata").glob("holders_*.csv")):
        country = path.stem.split("_")[1]
        for rec in read_csv(path):
            cls = classify(country, rec["position"], offices)
            if not cls or not rec["person"] or (rec["end"] and rec["end"] < EARLIEST[:4]):
                continue
            if cls[0] not in SENIOR_ROLES and not keep_term(rec["start"], rec["end"]):
                continue
            start = max(rec["start"], CLIP_START.get((country, rec["position"]), ""))
            if rec["end"] and start and rec["end"] <= start:
                continue
            if cls[0] in OPEN_ENDED_DOUBTFUL and not rec["end"] and start < EARLIEST:
                continue  # a speaker or judge since the 1980s with no end date: a stale record
            rows.append(
                [
                    rec["personID"],
                    clean_name(rec["person"]),
                    country,
                    cls[0],
                    rec["position"],
                    cls[1],
                    start,
                    rec["end"],
                    f"everypolitician:{country}",
                ]
            )
    return rows


def _world_leader_rows(
    shared: Path, have: set[tuple[str, str]], iso_by_name: dict[str, str]
) -> list[list[str]]:
    rows = []
    for rec in read_csv(shared / "everypolitician_wikidata" / "world_leaders_2021_wikidata.csv"):
        country = WORLD_LEADER_NAMES.get(rec["country"], iso_by_name.get(fold(rec["country"]), ""))
        label = re.sub(r"\s+of\s+.*$", "", rec["positionLabel"]).strip()
        cls = classify(country, label[0].upper() + label[1:] if label else label)
        if not country or not cls or cls[0] not in {"HOS", "HOG"} or (country, cls[0]) in have:
            continue
        rows.append(
            [
                rec["officeholder"],
                clean_name(rec["officeholderLabel"]),
                country,
                cls[0],
                rec["positionLabel"],
                cls[1],
                rec["start_year"],
                rec["end_year"],
                "world_leaders_2021",
            ]
        )
    return rows


def given_names(names: list[str]) -> set[str]:
    """First names shared by two or more people in the data ("Antonio", "Hussein", "Thomas"): a
    surname equal to one of them would catch the wrong people, so it gets no surname-only alias."""
    counts: dict[str, set[str]] = defaultdict(set)
    for name in names:
        tokens = name.split()
        if len(tokens) >= 2:
            counts[fold(tokens[0])].add(name)
    return {first for first, people in counts.items() if len(people) >= 2}


def _day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _without_ex_officio(rows: list[list[str]]) -> list[list[str]]:
    """Drop a lower office that a head of state or government took up with the top office ("Minister
    for the Civil Service" with "Prime Minister"): held ex officio, it ends with the top office, whose
    record ``people_updates.csv`` keeps up to date, while the lower one would stay open."""
    tops: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for r in rows:
        if r[3] in EX_OFFICIO_TOPS and r[6]:
            tops[(r[0], r[2])].append(_day(r[6]))
    return [
        r
        for r in rows
        if r[3] in SENIOR_ROLES
        or not r[6]
        or not any(abs((_day(r[6]) - t).days) <= 31 for t in tops.get((r[0], r[2]), []))
    ]


def minor_aliases(name: str, country: str, blocked: set[str], spellings: bool = True) -> list[str]:
    """A lower office holder's aliases: full-name forms only, with the given name (no surname
    alone, nor one with a particle: "Al Kuwari", "da Costa"), none that is a place or a common word."""
    first = name.split()[0]
    given = {fold(first)} | {fold(v) for v in _translit_variants(first) | spelling_variants(first)}
    return [
        a
        for a in person_aliases(name, country, blocked, spellings)
        if len(a.split()) >= 2 and fold(a) not in blocked and not given.isdisjoint(fold(a).split())
    ]


def _alias_owners(rows: list[list[str]], senior: set[str], blocked: set[str]) -> dict[str, set[str]]:
    """Folded name or alias (without ``SPELLING_RULES`` forms) -> the people it names: a spelling form that is
    another person's name or alias ('Dmitri' made from 'Dmitry X' when a 'Dmitri X' exists) is not added."""
    owners: dict[str, set[str]] = defaultdict(set)
    for pid, name, country, *_ in rows:
        forms = person_aliases if pid in senior else minor_aliases
        for alias in [name, *forms(name, country, blocked, spellings=False)]:
            owners[fold(alias)].add(pid)
    return owners


def build_people(shared: Path, out: Path, blocked: set[str], iso_by_name: dict[str, str]) -> int:
    rows = _holder_rows(shared, load_offices(shared))
    have = {(r[2], r[3]) for r in rows}
    rows += _world_leader_rows(shared, have, iso_by_name)
    rows = _without_ex_officio(rows)
    senior = {r[0] for r in rows if r[3] in SENIOR_ROLES}
    # lower office holders: full names of two or more words that are no place or common word
    rows = [r for r in rows if r[0] in senior or name_ok(clean_name(r[1]), blocked)]
    groups: dict[tuple[str, str, str], list[list[str]]] = defaultdict(list)
    for row in rows:
        groups[(row[0], row[2], row[4])].append(row)
    merged = [r for key in sorted(groups) for r in _merge_spells(groups[key])]
    merged.sort(key=lambda r: (r[2], r[3], r[6], r[1]))
    # given names from the senior people only: the lower offices add no surname aliases to block,
    # and the senior people's surname aliases stay as they were
    blocked = blocked | given_names([r[1] for r in merged if r[0] in senior])
    # clan names ("Al Thani"): carried by many office holders of one country, none of them alone
    blocked |= clan_forms(clan_names((r[0], r[1], r[2]) for r in merged))
    named: set[str] = set()
    table = []
    owners = _alias_owners(merged, senior, blocked)
    for pid, name, country, role, title, agent, start, end, source in merged:
        if pid in named:
            aliases = ""
        else:
            forms = person_aliases if pid in senior else minor_aliases
            aliases = "|".join(a for a in forms(name, country, blocked) if pid in owners.get(fold(a), {pid}))
        named.add(pid)
        table.append([pid, name, aliases, country, role, title, agent, start, end, source])
    header = [
        "person_id",
        "name",
        "aliases",
        "country",
        "role",
        "title",
        "agent",
        "start",
        "end",
        "source",
    ]
    return write_table(out / "people.csv", header, table)

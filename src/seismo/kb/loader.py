"""Read the data files (and user extension files) into an alias table of records.

Layers: 0 = generated from shared sources, 1 = hand-written files in ``data/``, 2 = user files given
to ``load_kb(extra=...)``. For one alias key a higher layer replaces what a lower one said.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.kb.names import TITLED_ROLES, surname_part
from seismo.kb.people import PeopleIndex, parse_date
from seismo.kb.records import (
    AGENT,
    CAPITAL,
    COUNTRY,
    INSTITUTION,
    PERSON,
    Agent,
    Ambiguity,
    Capital,
    Country,
    Institution,
    Person,
    Role,
)
from seismo.kb.schema import DATA_DIR, ActorSpec, KBFile, PlaceSpec, load_kb_file, malformed, read_yaml
from seismo.kb.tables import AliasTable
from seismo.kb.text import alias_key, fold

GENERATED, HAND, USER = 0, 1, 2


@dataclass
class Compiled:
    countries: dict[str, Country]
    country_names: dict[str, list[str]]
    actors: AliasTable
    people: dict[str, Person]
    places: list[tuple[PlaceSpec, int]] = field(default_factory=list)


class _Agents:
    """One shared Agent record per (sector, weak)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str | None, bool], Agent] = {}

    def get(self, sector: str | None, weak: bool = False) -> Agent:
        return self._cache.setdefault((sector, weak), Agent(sector, weak))


def _float(value: Any) -> float | None:
    return float(value) if value not in (None, "") else None


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def load_countries(
    table: AliasTable, data: Path
) -> tuple[dict[str, Country], dict[str, list[str]]]:
    extra = read_yaml(data / "countries_extra.yaml")
    drop = {fold(d) for d in extra.get("drop", [])}
    countries: dict[str, Country] = {}
    names: dict[str, list[str]] = {}
    with (data / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            countries[row["iso3"]] = Country(
                row["iso3"],
                row["cameo"],
                row["name"],
                row["demonym"],
                row["capital"],
                _float(row["lat"]),
                _float(row["lon"]),
            )
            aliases = [a for a in _split(row["aliases"]) if fold(a) not in drop]
            table.add_many(
                [row["name"], row["demonym"], *aliases, *_plural(row["demonym"])],
                COUNTRY,
                countries[row["iso3"]],
                layer=GENERATED,
            )
            names[row["iso3"]] = [row["name"], *aliases]
    no_metonymy = {fold(c) for c in extra.get("no_metonymy", [])}
    for iso3, spec in extra.get("countries", {}).items():
        country = _merge_country(countries, iso3, spec)
        table.add_many(
            [country.name, country.demonym, *spec.get("aliases", []), *spec.get("demonyms", [])],
            COUNTRY,
            country,
            layer=HAND,
        )
        names.setdefault(iso3, []).extend([country.name, *spec.get("aliases", [])])
        for capital in spec.get("capitals", []):
            if fold(capital) not in no_metonymy:
                table.add(capital, CAPITAL, Capital(country), layer=HAND)
    for country in countries.values():
        if country.capital and fold(country.capital) not in no_metonymy:
            table.add(country.capital, CAPITAL, Capital(country), layer=GENERATED)
    _add_ambiguous(table, countries, extra.get("ambiguous", []))
    return countries, names


def _plural(demonym: str) -> list[str]:
    return [demonym + "s"] if demonym and demonym[-1] in "ni" and " " not in demonym else []


def _merge_country(countries: dict[str, Country], iso3: str, spec: dict[str, Any]) -> Country:
    country = countries.get(iso3) or Country(iso3, spec.get("cameo", iso3), spec.get("name", iso3))
    countries[iso3] = country
    for attr in ("cameo", "name", "demonym", "capital"):
        if spec.get(attr):
            setattr(country, attr, spec[attr])
    if "lat" in spec:
        country.lat, country.lon = float(spec["lat"]), float(spec["lon"])
    return country


def _add_ambiguous(
    table: AliasTable, countries: dict[str, Country], specs: list[dict[str, Any]]
) -> None:
    for spec in specs:
        options = [countries[c] for c in spec["countries"]]
        cues = {iso3: [alias_key(w) for w in words] for iso3, words in spec.get("cues", {}).items()}
        table.entries.pop(alias_key(spec["name"]), None)
        table.add(spec["name"], COUNTRY, Ambiguity(spec["name"], options, cues), layer=HAND)


def load_agents(table: AliasTable, data: Path, agents: _Agents) -> None:
    generated = read_yaml(data / "agents.yaml")["agents"]
    curated = read_yaml(data / "agents_curated.yaml")
    remove, weak = set(curated.get("remove", [])), set(curated.get("weak", []))
    hand = {noun: sector for sector, nouns in curated["agents"].items() for noun in nouns}
    for sector, nouns in generated.items():
        for noun in nouns:
            if noun not in remove and noun not in hand:
                table.add(noun, AGENT, agents.get(sector, noun in weak), layer=GENERATED)
    for noun, sector in hand.items():
        table.add(noun, AGENT, agents.get(sector, noun in weak), layer=HAND)
    for noun in weak - hand.keys():
        table.add(noun, AGENT, agents.get(None, True), layer=HAND)


def _roles(spec: ActorSpec, path: Path) -> list[Role]:
    roles = []
    for i, r in enumerate(spec.roles):
        try:
            start, end = parse_date(r.start), parse_date(r.end, end=True)
        except ValueError as exc:
            raise malformed(path, f"actors.{spec.name}.roles.{i}: {exc}") from exc
        roles.append(
            Role(
                country=r.country or spec.country,
                role=r.role,
                title=r.title or r.role,
                agent=r.agent or spec.agent,
                start=start,
                end=end,
                code=r.code,
                igo=r.igo or spec.igo,
                source=str(path.name),
            )
        )
    return roles


def add_actor_file(
    table: AliasTable,
    people: dict[str, Person],
    kb_file: KBFile,
    path: Path,
    layer: int,
    agents: _Agents,
) -> None:
    for spec in kb_file.actors:
        names = [spec.name, *spec.aliases]
        if spec.is_generic:
            if not spec.agent:
                raise malformed(
                    path, f"actors.{spec.name}: needs code, country, igo, roles or agent"
                )
            table.add_many(names, AGENT, agents.get(spec.agent), layer=layer)
        elif spec.is_person:
            person = Person(f"{path.stem}:{spec.name}", spec.name, _roles(spec, path))
            people[person.pid] = person
            _add_person(table, names, person, layer)
        else:
            inst = Institution(
                spec.name, spec.code, spec.country, spec.agent, spec.igo, _roles(spec, path)
            )
            table.add_many(names, INSTITUTION, inst, layer=layer)


def load_people(table: AliasTable, data: Path) -> dict[str, Person]:
    index = PeopleIndex()
    index.load_base(data / "people.csv")
    index.apply_updates(data / "people_updates.csv")
    index.apply_aliases(data / "people_aliases.csv")
    people = {pid: p for pid, p in index.people.items() if p.roles}  # all terms removed: drop
    for pid, person in people.items():
        _add_person(table, sorted(index.aliases[pid]), person, GENERATED)
        surname = titled_surname(person, index.aliases[pid])
        if surname is not None:
            table.add(surname, PERSON, person, layer=GENERATED, weak=True, titled=True)
    return people


def _add_person(table: AliasTable, aliases: list[str], person: Person, layer: int) -> None:
    """A person's aliases; the surname part of the name ('Johnson', 'da Silva') is weak (names.surname_part)."""
    for alias in aliases:
        if alias.strip():
            table.add(alias, PERSON, person, layer=layer, weak=surname_part(alias, person.name))


def titled_surname(person: Person, aliases: set[str]) -> str | None:
    """The last word of the name of someone who held an office a title names ("Bush" for George
    W. Bush) when the builder left it out as an alias (a common word, a place): "President Bush"
    still names him, a bare "bush" never does (person_resolution.resolve_person checks the title)."""
    words = person.name.split()
    last = words[-1] if len(words) > 1 else ""
    if not (last.isalpha() and last[0].isupper() and len(last) > 2):
        return None
    if fold(last) in {fold(a) for a in aliases}:
        return None
    return last if any(r.role in TITLED_ROLES for r in person.roles) else None


def compile_kb(extra: tuple[Path, ...], data: Path = DATA_DIR) -> Compiled:
    user_files = [(Path(p), load_kb_file(Path(p))) for p in extra]  # fail fast on a bad user file
    table, agents = AliasTable(), _Agents()
    load_agents(table, data, agents)
    countries, names = load_countries(table, data)
    people = load_people(table, data)
    compiled = Compiled(countries, names, table, people)
    group_people = data / "group_people.yaml"  # generated: people PETRARCH2 lists under a group
    if group_people.exists():
        add_actor_file(table, people, load_kb_file(group_people), group_people, GENERATED, agents)
    for name in ("igos.yaml", "institutions.yaml", "groups.yaml"):
        add_actor_file(table, people, load_kb_file(data / name), data / name, HAND, agents)
    compiled.places = [(p, HAND) for p in load_kb_file(data / "areas.yaml").places]
    for path, kb_file in user_files:
        add_actor_file(table, people, kb_file, path, USER, agents)
        compiled.places += [(p, USER) for p in kb_file.places]
    table.finish()
    return compiled

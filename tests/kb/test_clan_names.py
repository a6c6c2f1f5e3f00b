"""Clan and dynasty names ("Al X" carried by several office holders of one country) are nobody's
surname alias, and a lower office holder gets no surname with a particle ("da Lomba") either
(scripts/kbbuild/surnames.py, people.py). Every name here is invented."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

from seismo.kb import DATA_DIR, KnowledgeBase
from seismo.kb.loader import compile_kb

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from kbbuild import people as builder  # noqa: E402
from kbbuild.surnames import alias_core, clan_core, clan_forms, clan_names  # noqa: E402

HEADER = ["position", "person", "personID", "start", "end"]
# three office holders of one country share the family name "Al Zafrani": a clan
GULF = [
    ["Emir", "Rashid bin Hamdan Al Zafrani", "Q910000001", "2012-04-01", ""],
    ["Prime Minister", "Fahad bin Nasser Al Zafrani", "Q910000002", "2013-01-01", "2019-01-01"],
    ["Minister of Foreign Affairs", "Saif Khalid Al-Zafrani", "Q910000003", "2016-01-01", ""],
    ["Minister of Defence", "Omran Jasim al-Wardani", "Q910000004", "2015-01-01", "2020-01-01"],
]
# a namesake abroad, and a family name only two people of a country carry (no clan)
NORTH = [
    ["Prime Minister", "Karim al-Zafrani", "Q910000011", "2014-03-01", "2020-03-01"],
    ["Minister of Interior", "Tarek al-Wardani", "Q910000012", "2016-01-01", "2018-01-01"],
    ["Minister of Foreign Affairs", "Nadia Ferreira da Lomba", "Q910000013", "2015-01-01", "2019-01-01"],
    ["Minister of Fisheries", "Rui Pedro da Lomba", "Q910000014", "2016-01-01", "2019-01-01"],
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shared")
    (root / "geonames_admin1").mkdir()
    (root / "geonames_admin1" / "admin1CodesASCII.txt").write_text("", encoding="utf-8")
    wiki = root / "everypolitician_wikidata"
    wiki.mkdir()
    for name, body in (("holders_QAT.csv", GULF), ("holders_LBY.csv", NORTH), ("holders_USA.csv", [])):
        with (wiki / name).open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([HEADER, *body])
    (wiki / "world_leaders_2021_wikidata.csv").write_text(
        "country,positionLabel,officeholder,officeholderLabel,start_year,end_year\n", encoding="utf-8"
    )
    out = tmp_path_factory.mktemp("out")
    builder.build_people(root, out, set(), {})
    return out / "people.csv"


def _aliases(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            found.setdefault(row["name"], set()).update(a for a in row["aliases"].split("|") if a)
    return found


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Rashid bin Hamdan Al Zafrani", "zafrani"),
        ("Karim al-Zafrani", "zafrani"),
        ("Saif Khalid El-Zafrani", "zafrani"),
        ("Al Gorely", None),  # "Al" as a given name
        ("Nadia Ferreira da Lomba", None),
        ("Karim Zafrani", None),
    ],
)
def test_clan_core_reads_the_family_name_after_an_article(name: str, core: str | None) -> None:
    assert clan_core(name) == core


def test_a_family_name_is_a_clan_from_three_people_of_one_country() -> None:
    carriers = [(row[2], row[1], "QAT") for row in GULF] + [(row[2], row[1], "LBY") for row in NORTH]
    assert clan_names(carriers) == {"zafrani"}  # al-Wardani: one person in each country
    assert "al-zafrani" in clan_forms({"zafrani"}) and "el zafrani" in clan_forms({"zafrani"})
    assert alias_core("Al-Zafrani") == alias_core("al Zafrani") == alias_core("Zafrani") == "zafrani"


def test_nobody_gets_a_clan_name_as_a_bare_alias(built: Path) -> None:
    aliases = _aliases(built)
    clan = {"Zafrani", "al-Zafrani", "Al-Zafrani", "Al Zafrani"}
    assert not clan & aliases["Karim al-Zafrani"]  # the namesake abroad
    assert not clan & aliases["Saif Khalid Al-Zafrani"]
    assert "Saif Al-Zafrani" in aliases["Saif Khalid Al-Zafrani"]  # given name + family name stays
    # a family name that is no clan stays a surname alias
    assert {"Wardani", "al-Wardani"} <= aliases["Tarek al-Wardani"]


def test_a_lower_office_holder_gets_no_surname_with_a_particle(built: Path) -> None:
    aliases = _aliases(built)
    assert "da Lomba" in aliases["Nadia Ferreira da Lomba"]  # a foreign minister keeps it
    assert aliases["Rui Pedro da Lomba"] == set()  # the fisheries minister: full name only


def test_a_clan_name_alone_resolves_to_nobody(built: Path, tmp_path: Path) -> None:
    for path in DATA_DIR.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    shutil.copy(built, tmp_path / "people.csv")
    kb = KnowledgeBase(compile_kb((), tmp_path), tmp_path)
    day = dt.date(2017, 6, 1)
    assert kb.resolve_phrase("Al Zafrani", day) is None
    assert kb.resolve_phrase("al-Zafrani", day) is None
    found = kb.resolve_phrase("Karim al-Zafrani", day)
    assert found is not None and found.actor.code == "LBYGOV"
    found = kb.resolve_phrase("Wardani", day)  # no clan: a surname of two people, still matched
    assert found is not None and found.ambiguous


def test_a_vietnamese_van_is_a_middle_name_not_a_particle() -> None:
    # family name first, "Van" in the middle: the press writes the last name alone ("Thanh"), never "Van Thanh"
    assert builder.surname("Pham Van Thanh", "VNM") == "Thanh"
    assert builder.surname("Pieter van Thanh", "NLD") == "van Thanh"  # a Dutch particle stays with the surname

"""Offices below the senior ones (scripts/kbbuild/offices.yaml): which titles map to which role and
sector, which terms and names the build keeps, and how the loaded people match (full names only,
near a term). Every name here is invented."""

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
from kbbuild.offices import keep_term, load_offices  # noqa: E402

HEADER = ["position", "person", "personID", "start", "end"]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny shared folder: one holders file (country NOR), no world leaders, two US states."""
    root = tmp_path_factory.mktemp("shared")
    (root / "geonames_admin1").mkdir()
    (root / "geonames_admin1" / "admin1CodesASCII.txt").write_text(
        "US.TX\tTexas\tTexas\t1\nUS.OH\tOhio\tOhio\t2\nNG.05\tLagos\tLagos\t3\n", encoding="utf-8"
    )
    wiki = root / "everypolitician_wikidata"
    wiki.mkdir()
    rows = [
        ["Minister of Fisheries", "Orlanda Vesprini", "Q900000001", "2017-03-01", "2021-05-01"],
        ["Minister of Foreign Affairs", "Tomasz Quillfeather", "Q900000002", "2010-01-01", "2014-01-01"],
        ["Minister of Finance", "Tomasz Quillfeather", "Q900000002", "2015-01-01", "2018-01-01"],
        ["Chief of the General Staff", "Halvard Brennicke", "Q900000003", "2016-06-01", ""],
        ["Minister of Culture", "Zarathel", "Q900000004", "2018-01-01", "2020-01-01"],  # one word
        ["Minister of Tourism", "Oslo Bergen", "Q900000005", "2018-01-01", "2020-01-01"],  # a place
        ["Minister of Energy", "Ingrid Sallowmere", "Q900000006", "", "2019-01-01"],  # no start
        ["ambassador to Freedonia", "Petra Vandeluyt", "Q900000007", "2003-01-01", ""],  # stale
        ["Deputy Minister of Finance", "Jonas Tiller", "Q900000008", "2018-01-01", "2020-01-01"],
        ["Prime Minister", "Maren Oddvik", "Q900000009", "2019-03-10", ""],
        ["Minister for the Civil Service", "Maren Oddvik", "Q900000009", "2019-03-12", ""],  # ex officio
        ["Minister of Trade", "Maren Oddvik", "Q900000009", "2012-01-01", "2014-01-01"],
    ]
    for name, body in (("holders_NOR.csv", rows), ("holders_USA.csv", [])):
        with (wiki / name).open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([HEADER, *body])
    (wiki / "world_leaders_2021_wikidata.csv").write_text(
        "country,positionLabel,officeholder,officeholderLabel,start_year,end_year\n", encoding="utf-8"
    )
    return root


@pytest.mark.parametrize(
    ("country", "title", "expected"),
    [
        ("NOR", "Minister of Fisheries", ("MIN", "GOV")),
        ("NOR", "Minister for Rural Affairs", ("MIN", "GOV")),
        ("NOR", "Deputy Minister of Fisheries", None),
        ("NOR", "Minister of State for Fisheries", None),
        ("NOR", "Deputy Prime Minister", ("DPM", "GOV")),
        ("CHN", "Vice Premier of the State Council", ("DPM", "GOV")),
        ("NOR", "Attorney General", ("AG", "GOV")),
        ("NOR", "Attorney-General", ("AG", "GOV")),
        ("NOR", "Chief of the General Staff", ("MILCHIEF", "MIL")),
        ("NOR", "Chief of Naval Staff", ("MILCHIEF", "MIL")),
        ("NOR", "Vice Chief of the General Staff", None),
        ("USA", "White House Chief of Staff", None),
        ("NOR", "Chief of Defence Intelligence", None),
        ("NOR", "Governor of the Central Bank", ("CBG", "GOV")),
        ("NOR", "Governor of the Bank of Freedonia", ("CBG", "GOV")),
        ("NOR", "Deputy Governor of the Central Bank", None),
        ("NOR", "Permanent Representative to the United Nations", ("PR", "GOV")),
        ("NOR", "ambassador to Freedonia", ("AMB", "GOV")),
        ("NOR", "High Commissioner to Freedonia", ("AMB", "GOV")),
        ("NOR", "Ambassador-at-large for Oceans", None),
        ("USA", "Governor of Texas", ("GOVR", "GOV")),
        ("USA", "Governor of Puerto Rico", None),  # no US state
        ("USA", "Lieutenant Governor of Ohio", None),
        ("NGA", "Governor of Lagos", None),  # state governors of the USA only
        ("USA", "Secretary of the Treasury", ("MIN", "GOV")),
        ("USA", "Secretary of the Navy", None),
        ("GBR", "Secretary of State for Education", ("MIN", "GOV")),
        ("GBR", "Chancellor of the Exchequer", ("MIN", "GOV")),
        ("NOR", "Chief Minister of Nordland", None),
    ],
)
def test_lower_office_titles_map_to_a_role_and_sector(
    shared: Path, country: str, title: str, expected: tuple[str, str] | None
) -> None:
    assert builder.classify(country, title, load_offices(shared)) == expected


def test_senior_patterns_win_over_the_lower_offices(shared: Path) -> None:
    offices = load_offices(shared)
    assert builder.classify("NOR", "Minister of Foreign Affairs", offices) == ("FM", "GOV")
    assert builder.classify("NOR", "Minister of Defence", offices) == ("DEF", "MIL")
    assert builder.classify("NOR", "Minister of Fisheries") is None  # without offices: as before


@pytest.mark.parametrize(
    ("start", "end", "kept"),
    [
        ("2017-03-01", "2021-05-01", True),
        ("1995", "2001", True),
        ("1995", "1999-12-31", False),  # over before 2000
        ("", "2019", False),  # no start date
        ("2019-02", "", True),
        ("2003", "", False),  # open since long before the 2022 snapshot: a missing end date
        ("2014s", "", False),  # malformed
    ],
)
def test_lower_office_terms_need_dates(start: str, end: str, kept: bool) -> None:
    assert keep_term(start, end) is kept


@pytest.fixture(scope="module")
def built(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("out")
    builder.build_people(shared, out, {"oslo bergen"}, {})
    by_name: dict[str, list[dict[str, str]]] = {}
    with (out / "people.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by_name.setdefault(row["name"], []).append(row)
    return by_name


def test_the_build_keeps_full_names_only_for_lower_offices(built: dict[str, list[dict[str, str]]]) -> None:
    (minister,) = built["Orlanda Vesprini"]
    assert (minister["role"], minister["agent"], minister["country"]) == ("MIN", "GOV", "NOR")
    assert minister["aliases"] == ""  # no "Vesprini" alone
    (chief,) = built["Halvard Brennicke"]
    assert (chief["role"], chief["agent"]) == ("MILCHIEF", "MIL")
    # a senior office holder keeps the surname alias, and the lower office is added to the record
    rows = built["Tomasz Quillfeather"]
    assert {r["role"] for r in rows} == {"FM", "MIN"}
    assert "Quillfeather" in "|".join(r["aliases"] for r in rows).split("|")


def test_the_build_drops_an_office_held_ex_officio_with_the_top_one(
    built: dict[str, list[dict[str, str]]],
) -> None:
    titles = {r["title"] for r in built["Maren Oddvik"]}
    assert titles == {"Prime Minister", "Minister of Trade"}


def test_the_build_drops_one_word_names_places_undated_and_stale_terms(
    built: dict[str, list[dict[str, str]]],
) -> None:
    for name in ("Zarathel", "Oslo Bergen", "Ingrid Sallowmere", "Petra Vandeluyt", "Jonas Tiller"):
        assert name not in built


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The shipped data with an invented people.csv: one minister, one senior office holder."""
    data = tmp_path_factory.mktemp("data")
    for path in DATA_DIR.iterdir():
        if path.is_file():
            shutil.copy(path, data / path.name)
    header = "person_id,name,aliases,country,role,title,agent,start,end,source\n"
    (data / "people.csv").write_text(
        header
        + "Q900000001,Orlanda Vesprini,,NOR,MIN,Minister of Fisheries,GOV,2017-03-01,2021-05-01,test\n"
        + "Q900000003,Halvard Brennicke,,NOR,MILCHIEF,Chief of the General Staff,MIL,2016-06-01,,test\n"
        + "Q900000002,Tomasz Quillfeather,Quillfeather,NOR,FM,Minister of Foreign Affairs,GOV,"
        + "2010-01-01,2014-01-01,test\n"
        + "Q900000002,Tomasz Quillfeather,,NOR,MIN,Minister of Finance,GOV,2015-01-01,2018-01-01,test\n",
        encoding="utf-8",
    )
    return KnowledgeBase(compile_kb((), data), data)


def _code(kb: KnowledgeBase, phrase: str, on: dt.date) -> str | None:
    found = kb.resolve_phrase(phrase, on)
    return found.actor.code if found is not None else None


def test_a_lower_office_holder_resolves_by_full_name_on_the_day(small_kb: KnowledgeBase) -> None:
    assert _code(small_kb, "Orlanda Vesprini", dt.date(2019, 5, 2)) == "NORGOV"
    assert _code(small_kb, "Halvard Brennicke", dt.date(2020, 1, 1)) == "NORMIL"
    found = small_kb.resolve_phrase("Orlanda Vesprini", dt.date(2019, 5, 2))
    assert found is not None and "Minister of Fisheries" in found.reason


def test_a_lower_office_holder_matches_only_near_a_term(small_kb: KnowledgeBase) -> None:
    assert _code(small_kb, "Orlanda Vesprini", dt.date(2024, 1, 1)) == "NORELI"  # former, recently
    assert small_kb.resolve_phrase("Orlanda Vesprini", dt.date(2035, 1, 1)) is None  # a namesake
    assert small_kb.resolve_phrase("Orlanda Vesprini", dt.date(2005, 1, 1)) is None
    # a senior office holder's full name counts at any distance (former: elite)
    assert _code(small_kb, "Tomasz Quillfeather", dt.date(2035, 1, 1)) == "NORELI"

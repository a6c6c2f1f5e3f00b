"""Spellings of names written in Cyrillic (scripts/kbbuild/people.py, SPELLING_RULES): the build adds the
forms news writes ('Dmitri' for 'Dmitry', 'Nebenzia' for 'Nebenzya', 'Zelenskiy' for 'Zelenskyy') as aliases,
never one that names another person. Every name here is invented."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest

from seismo.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from kbbuild import people as builder  # noqa: E402

HEADER = ["position", "person", "personID", "start", "end"]
HOLDERS = {
    "RUS": [
        ["Minister of Foreign Affairs", "Dmitry Zarubenko", "Q910000001", "2012-01-01", "2016-01-01"],
        ["Minister of Defence", "Dmitri Zarubenko", "Q910000002", "2013-01-01", "2017-01-01"],  # another man
        ["Prime Minister", "Yuriy Tkalenkov", "Q910000003", "2014-01-01", "2018-01-01"],
        ["Permanent Representative to the United Nations", "Vasily Derbenzya", "Q910000004", "2017-01-01", ""],
        ["Minister of Finance", "Yevgeny Okhlomov", "Q910000005", "2015-01-01", "2019-01-01"],
    ],
    "UKR": [["President", "Oleksandr Kravetskyy", "Q910000006", "2019-01-01", ""]],
    "GEO": [["Prime Minister", "Irakli Mchedlashvili", "Q910000007", "2015-01-01", "2019-01-01"]],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("shared")
    (root / "geonames_admin1").mkdir()
    (root / "geonames_admin1" / "admin1CodesASCII.txt").write_text("", encoding="utf-8")
    wiki = root / "everypolitician_wikidata"
    wiki.mkdir()
    for iso3, rows in HOLDERS.items():
        with (wiki / f"holders_{iso3}.csv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([HEADER, *rows])
    (wiki / "world_leaders_2021_wikidata.csv").write_text(
        "country,positionLabel,officeholder,officeholderLabel,start_year,end_year\n", encoding="utf-8"
    )
    out = tmp_path_factory.mktemp("out")
    builder.build_people(root, out, set(), {})
    aliases: dict[str, str] = {}
    with (out / "people.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases[row["name"]] = aliases.get(row["name"], "") + "|" + row["aliases"]
    return aliases


def _aliases(built: dict[str, str], name: str) -> set[str]:
    return set(filter(None, built[name].split("|")))


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Yuriy Tkalenkov", "Yury Tkalenkov"),  # -iy / -y / -i
        ("Vasily Derbenzya", "Vasily Derbenzia"),  # -ya / -ia
        ("Vasily Derbenzya", "Vasili Derbenzia"),
        ("Yevgeny Okhlomov", "Evgeny Okhlomov"),  # Ye / E
        ("Yevgeny Okhlomov", "Yevgeny Ohlomov"),  # kh / h
        ("Oleksandr Kravetskyy", "Kravetskiy"),  # -yy / -y / -iy, the surname too
        ("Oleksandr Kravetskyy", "Oleksandr Kravetskiy"),
    ],
)
def test_the_build_adds_the_spellings_news_writes(built: dict[str, str], name: str, written: str) -> None:
    assert written in _aliases(built, name)


def test_a_spelling_that_is_another_persons_name_is_not_added(built: dict[str, str]) -> None:
    assert "Dmitri Zarubenko" not in _aliases(built, "Dmitry Zarubenko")
    assert "Dmitry Zarubenko" not in _aliases(built, "Dmitri Zarubenko")
    assert "Zarubenko" in _aliases(built, "Dmitry Zarubenko")  # the shared surname stays as it was


def test_names_not_written_in_cyrillic_keep_their_spelling(built: dict[str, str]) -> None:
    """Georgian 'Irakli' and '-shvili' are no transliterations of '-iy'."""
    assert not {a for a in _aliases(built, "Irakli Mchedlashvili") if "ly" in a or "Irakly" in a}


def test_spelling_variants_leave_short_words_alone() -> None:
    assert "Aly Petrov" not in builder.spelling_variants("Ali Petrov")
    assert "Dmitry Petrov" in builder.spelling_variants("Dmitri Petrov")
    assert "Sergey Petrov" in builder.spelling_variants("Sergei Petrov")


def test_the_shipped_kb_reads_the_other_spellings(kb: KnowledgeBase) -> None:
    on = dt.date(2022, 3, 1)
    for written, code in (("Vasily Nebenzia", "RUSGOV"), ("Zelenskiy", "UKRGOV"), ("Volodymyr Zelenskiy", "UKRGOV")):
        found = kb.resolve_phrase(written, on)
        assert found is not None and found.actor.code == code, (written, found and found.reason)

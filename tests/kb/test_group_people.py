"""People the PETRARCH2 actor dictionaries list under an armed group that groups.yaml knows code as
that group (kb/data/group_people.yaml, built by scripts/kbbuild/group_people.py).

The builder tests run on an invented dictionary and invented groups; the shipped-data tests check
that the generated file is loaded."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from seismo.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from kbbuild.group_people import collect  # noqa: E402

ON = dt.date(2015, 6, 1)

GROUPS = """\
version: 1
actors:
  - {name: Northern Liberation Army, aliases: [NLA], code: RURREB, country: RUR, agent: REB}
  - {name: Global Vanguard, code: IMGREB, agent: REB}
  - name: Coastal Front
    type: organisation
    country: RUR
    roles:
      - {code: RURREB, agent: REB, end: 2012-01-01}
      - {code: RURGOV, agent: GOV, start: 2012-01-01}
"""

DICTIONARY = """\
NORTHERN_LIBERATION_ARMY_ [RURREB] # an invented group
+NLA_
+NORTHERN_PEOPLES_BRIGADES_
+SHEIKH_TOMAS_VARKELU
+TOMAS_VARKELU
+VARKELU
+ABU_ZEMIR
+TOMAS_ORIN
+DOVAN_KESTRI
+KESTRI

GLOBAL_VANGUARD_
+VANGUARD_NETWORK_
	[IMGMUSGVX]

ORIN_BIN_HASKAR_
+ORIN_BIN_HASKAR_AL_TEMRI
+BIN_HASKAR
	[IMGMUSGVX]

MARO_TELLEK_ [IMGSASMUS] # a regional code names no particular group

COASTAL_FRONT_
+IDRA_MOLANE
	[RURREB 20050101-20150101]
"""

COUNTRIES = (
    "iso3,iso2,cameo,name,demonym,capital,lat,lon,region,aliases\n"
    "RUR,RR,RUR,Ruritania,Ruritanian,Strel,,,Europe,\n"
)
PEOPLE = (
    "person_id,name,aliases,country,role,title,agent,start,end,source\n"
    "Q1,Dovan Kestri,,RUR,FM,Minister of Foreign Affairs,GOV,2010-01-01,,test\n"
    "Q2,Tomas Brenn,,RUR,HOS,President,GOV,2010-01-01,,test\n"
    "Q3,Orin Pello,,RUR,DEF,Minister of Defence,GOV,2010-01-01,,test\n"
    "Q4,Idra Sunt,,RUR,INT,Minister of the Interior,GOV,2010-01-01,,test\n"
    "Q5,Maro Quist,,RUR,HOG,Prime Minister,GOV,2010-01-01,,test\n"
)  # their given names are what makes a dictionary name a person's


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    root = tmp_path_factory.mktemp("gp")
    (root / "petrarch2").mkdir()
    (root / "petrarch2" / "Phoenix.MilNonState.actors.txt").write_text(DICTIONARY, encoding="utf-8")
    (root / "petrarch2" / "Phoenix.Countries.actors.txt").write_text("", encoding="utf-8")
    (root / "groups.yaml").write_text(GROUPS, encoding="utf-8")
    (root / "countries.csv").write_text(COUNTRIES, encoding="utf-8")
    (root / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (root / "people_updates.csv").write_text("person_id,name,aliases\n", encoding="utf-8")
    (root / "people_aliases.csv").write_text("person_id,name,aliases\n", encoding="utf-8")
    entries = collect(root, root, frozenset({"army"}))
    return {e["name"]: e for e in entries}


def test_a_person_in_a_groups_block_codes_as_the_group(built: dict[str, dict]) -> None:
    varkelu = built["Tomas Varkelu"]
    assert varkelu["type"] == "person"
    assert [(r["code"], r["country"], r["agent"]) for r in varkelu["roles"]] == [("RURREB", "RUR", "REB")]
    assert "Varkelu" in varkelu["aliases"]  # the surname, weak like other surnames
    assert "undated" in varkelu["note"]


def test_group_names_kunyas_and_given_name_pairs_are_no_people(built: dict[str, dict]) -> None:
    names = {n for e in built.values() for n in [e["name"], *e.get("aliases", [])]}
    assert not names & {"Northern Peoples Brigades", "Vanguard Network", "Abu Zemir", "NLA"}
    assert "Tomas Orin" not in names  # two given names: too many people share them


def test_a_state_office_holder_keeps_the_office(built: dict[str, dict]) -> None:
    assert not any("Kestri" in n for e in built.values() for n in [e["name"], *e.get("aliases", [])])


def test_a_person_entry_with_the_groups_own_code_joins_it(built: dict[str, dict]) -> None:
    haskar = built["Orin bin Haskar"]
    assert [(r["code"], r.get("country")) for r in haskar["roles"]] == [("IMGREB", None)]
    assert "bin Haskar" in haskar["aliases"]


def test_a_regional_code_gives_no_group(built: dict[str, dict]) -> None:
    assert "Maro Tellek" not in built


def test_petrarch_dates_bound_the_groups_dated_roles(built: dict[str, dict]) -> None:
    roles = [(r["code"], r.get("start"), r.get("end")) for r in built["Idra Molane"]["roles"]]
    assert roles == [("RURREB", "2005-01-01", "2012-01-01"), ("RURGOV", "2012-01-01", "2015-01-01")]
    assert "undated" not in built["Idra Molane"]["note"]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Osama bin Laden", "IMGREB"),
        ("Abu Bakr al-Baghdadi", "IMGREB"),
        ("Ayman al-Zawahiri", "IMGREB"),
        ("Hassan Nasrallah", "LBNREB"),
        ("Joseph Kony", "UGAREB"),
    ],
)
def test_shipped_group_figures(kb: KnowledgeBase, phrase: str, code: str) -> None:
    found = kb.resolve_phrase(phrase, ON)
    assert found is not None and found.actor.code == code, phrase
    assert found.actor.country is None if code.startswith("IMG") else found.actor.country == code[:3]

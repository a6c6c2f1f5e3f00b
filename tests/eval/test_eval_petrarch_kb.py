"""`seismo kb import-petrarch`: TABARI/PETRARCH actor and agent dictionaries -> user-KB YAML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from seismo.errors import KnowledgeError
from seismo.kb.petrarch import (
    PetrarchCode,
    actor_entry,
    import_petrarch,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_date,
)
from seismo.kb.schema import load_kb_file

ACTORS = """<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->
<!--
# a multi-line comment with [FAKE] codes
-->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN # a comment
DENMARK  [DNK]
+DANISH

GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  incorrect code block
\t[HOBREB > 990816]

SAM_GAMGEE [HOB]  # default
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112] # overrides the next one
\t[HOBMIL 20080120-20121109]
LORIEN  [ELR/GAL]
PALESTINIAN [pse]
BOROMIR  [---]
INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_
+INTERPOL
\t[IGOCOPITP]\t# Interpol
UNITED_STATES  [USA]
+U.S.  #JW   9/12/91
<! -- NEW ACTORS (a malformed comment opener) -->
BARAD-DUR [MORTOR]
"""

AGENTS = """<!-- AGENTS -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
FOREIGN_MINISTER [~GOVFRM] # jap
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
ARMY [~MIL]
CHURCH [~REL]
HUMAN_RIGHTS_BODY  [NGO~]
# JOURNALISTS'_UNION  [~LABMED]
"""


def test_parse_actor_dictionary() -> None:
    actors = {a.names[0]: a for a in parse_actor_dictionary(ACTORS)}
    assert list(actors) == [
        "ARNOR",
        "GONDOR",
        "DENMARK",
        "GOLLUM",
        "SAM GAMGEE",
        "LORIEN",
        "PALESTINIAN",
        "BOROMIR",
        "INTERNATIONAL CRIMINAL POLICE ORGANIZATION",
        "UNITED STATES",
        "BARAD-DUR",
    ]
    assert actors["GONDOR"].names == ["GONDOR", "MINAS TIRITH", "ANORIEN"]
    assert actors["GOLLUM"].codes == [
        PetrarchCode("HOB", None, dt.date(1995, 6, 1)),
        PetrarchCode("HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15)),
        PetrarchCode("HOBREB", dt.date(1999, 8, 16), None),
    ]
    assert actors["LORIEN"].codes == [PetrarchCode("ELR")]
    assert actors["PALESTINIAN"].codes == [PetrarchCode("PSE")]
    assert actors["INTERNATIONAL CRIMINAL POLICE ORGANIZATION"].names[1] == "INTERPOL"


def test_two_digit_years() -> None:
    assert parse_date("950601") == dt.date(1995, 6, 1)
    assert parse_date("110203") == dt.date(2011, 2, 3)
    assert parse_date("20080120") == dt.date(2008, 1, 20)


def test_actor_entries() -> None:
    actors = {a.names[0]: a for a in parse_actor_dictionary(ACTORS)}
    assert actor_entry(actors["GONDOR"]) == {
        "name": "Gondor",
        "aliases": ["Minas Tirith", "Anorien"],
        "code": "GON",
        "country": "GON",
    }
    sam = actor_entry(actors["SAM GAMGEE"])
    assert sam is not None and sam["type"] == "organisation"
    assert sam["roles"] == [
        {"code": "HOBCIV", "end": "2008-01-20"},
        {"code": "ORCHOB", "start": "2010-01-09", "end": "2010-01-12"},
        {"code": "HOBMIL", "start": "2008-01-20", "end": "2012-11-09"},
        {"code": "HOB"},
    ]  # the undated code is the default, last
    assert actor_entry(actors["BOROMIR"]) is None
    interpol = actor_entry(actors["INTERNATIONAL CRIMINAL POLICE ORGANIZATION"])
    assert interpol == {
        "name": "International Criminal Police Organization",
        "aliases": ["Interpol"],
        "code": "IGOCOPITP",
    }  # IGO prefix: no country
    assert actor_entry(actors["UNITED STATES"])["aliases"] == ["U.S."]  # type: ignore[index]
    assert actor_entry(actors["BARAD-DUR"])["name"] == "Barad-dur"  # type: ignore[index]


def test_parse_agent_dictionary() -> None:
    agents = {a.nouns[0]: a for a in parse_agent_dictionary(AGENTS)}
    assert agents["foreign minister"].nouns == ("foreign minister", "foreign ministers")
    assert agents["foreign minister"].agent == "GOVFRM"
    assert agents["police"].nouns == ("police",) and agents["police"].agent == "COP"
    assert agents["golden goose"].nouns == ("golden goose", "golden geese")
    assert agents["congressman"].nouns == (
        "congressman",
        "congressmen",
        "congresswoman",
        "congresswomen",
    )
    assert agents["army"].nouns == ("army", "armies")
    assert agents["church"].nouns == ("church", "churches")
    assert agents["human rights body"].prefix and agents["human rights body"].agent == "NGO"
    assert "journalists' union" not in agents


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[ARN]\nARNOR [ARN]\n", "code before any name"),
        ("+ARNOR\n", "synonym before any name"),
        ("ARNOR [ARN <9506]\n", "unreadable"),
    ],
)
def test_malformed_actor_lines(text: str, fragment: str) -> None:
    with pytest.raises(KnowledgeError, match=fragment):
        parse_actor_dictionary(text, "a.txt")


def test_malformed_agent_line() -> None:
    with pytest.raises(KnowledgeError, match="K102"):
        parse_agent_dictionary("POLICE [COP]\n", "g.txt")


def test_import_writes_a_valid_user_kb(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "agents.txt").write_text(AGENTS, encoding="utf-8")
    out = tmp_path / "kb.yaml"
    report = import_petrarch(tmp_path / "actors.txt", tmp_path / "agents.txt", out)
    assert (report.actors, report.agents, report.skipped) == (10, 7, ["BOROMIR"])
    assert out.read_text(encoding="utf-8").startswith("# seismo user knowledge base")
    kb_file = load_kb_file(out)  # the KB's own schema accepts it
    assert len(kb_file.actors) == 17
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["version"] == 1


def test_import_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="K101"):
        import_petrarch(tmp_path / "nope.txt", None, tmp_path / "kb.yaml")


def test_imported_kb_resolves_dated_roles_and_agents(tmp_path: Path) -> None:
    from seismo.kb import load_kb

    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "agents.txt").write_text(AGENTS, encoding="utf-8")
    import_petrarch(tmp_path / "actors.txt", tmp_path / "agents.txt", tmp_path / "kb.yaml")
    kb = load_kb([tmp_path / "kb.yaml"])

    def code(phrase: str, on: dt.date | None = None) -> str | None:
        found = kb.resolve_phrase(phrase, on)
        return found.actor.code if found else None

    assert code("Minas Tirith") == "GON"
    assert code("the Gondor foreign minister") == "GONGOVFRM"
    assert code("Danish police") == "DNKCOP"
    assert code("Smeagol", dt.date(1990, 1, 1)) == "HOB"
    assert code("Gollum", dt.date(1996, 1, 1)) == "HOBGOV"
    assert code("Gollum", dt.date(2001, 1, 1)) == "HOBREB"
    assert code("Sam Gamgee", dt.date(2010, 1, 10)) == "ORCHOB"  # first matching role wins
    assert code("Sam Gamgee", dt.date(2011, 1, 10)) == "HOBMIL"
    assert code("Sam Gamgee", dt.date(2009, 1, 1)) == "HOBMIL"
    assert code("Sam Gamgee", dt.date(2015, 1, 1)) == "HOB"  # no dated role: the default
    assert code("Interpol") == "IGOCOPITP"

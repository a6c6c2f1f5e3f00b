"""User extension files: add or override entries; malformed files raise K001."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seismo.errors import KnowledgeError
from seismo.kb import load_kb

D = dt.date

USER_FILE = """
version: 1
actors:
  - name: Azov Brigade
    aliases: [Azov, Azov regiment]
    code: UKRMIL
    country: UKR
    agent: MIL
  - name: Kremlin            # override: code the Kremlin as the presidency's security organs
    code: RUSSPY
    country: RUS
    agent: SPY
  - name: Ivan Petrenko      # a person with dated roles
    aliases: [Petrenko]
    country: UKR
    roles:
      - {role: GOV, title: Governor of Testshire, agent: GOV, start: 2020-01-01, end: 2023-01-01}
      - {role: DEF, title: Defence Minister, agent: MIL, start: 2023-01-01}
  - name: the watchers       # a generic agent noun
    agent: SPY
places:
  - name: Testgrad
    aliases: [Test City]
    country: UKR
    lat: 48.0
    lon: 37.0
  - name: Kyiv               # override a built-in place
    country: UKR
    lat: 1.0
    lon: 2.0
"""


@pytest.fixture(scope="module")
def user_kb(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("kb") / "mine.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    return load_kb([path])


def test_user_file_adds_actors(user_kb) -> None:  # type: ignore[no-untyped-def]
    assert user_kb.resolve_phrase("the Azov regiment", None).actor.code == "UKRMIL"
    assert user_kb.resolve_phrase("the watchers", None).actor.agent == "SPY"


def test_user_file_overrides_builtin(user_kb) -> None:  # type: ignore[no-untyped-def]
    assert user_kb.resolve_phrase("the Kremlin", None).actor.code == "RUSSPY"
    default = load_kb().resolve_phrase("the Kremlin", None)  # the built-in KB is untouched
    assert default is not None and default.actor.code == "RUSGOV"


def test_user_person_roles_are_dated(user_kb) -> None:  # type: ignore[no-untyped-def]
    assert user_kb.resolve_phrase("Ivan Petrenko", D(2021, 1, 1)).actor.code == "UKRGOV"
    assert user_kb.resolve_phrase("Petrenko", D(2024, 1, 1)).actor.code == "UKRMIL"


def test_user_places(user_kb) -> None:  # type: ignore[no-untyped-def]
    assert user_kb.place("Test City").country == "UKR"
    assert (user_kb.place("Kyiv").lat, user_kb.place("Kyiv").lon) == (1.0, 2.0)
    text = "Shelling hit Testgrad."
    assert [text[s:e] for s, e, _ in user_kb.find_places(text)] == ["Testgrad"]


def test_load_is_cached_per_file_set(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("actors: []\n", encoding="utf-8")
    assert load_kb([path]) is load_kb([str(path)])
    assert load_kb() is load_kb(())
    assert load_kb([path]) is not load_kb()


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("actors: [unclosed\n", "invalid YAML"),
        ("- just a list\n", "top level must be a mapping"),
        ("actors:\n  - aliases: [no name]\n", "actors.0.name"),
        ("actors:\n  - name: X\n    country: Ukraine\n", "ISO3"),
        ("actors:\n  - name: X\n    colour: red\n", "colour"),
        ("actors:\n  - name: X\n", "needs code, country, igo, roles or agent"),
        ("actors:\n  - name: X\n    roles:\n      - {start: 2020-13-45}\n", "invalid value"),
        ("actors:\n  - name: X\n    roles:\n      - {start: 'March 2020'}\n", "invalid date"),
        ("places:\n  - name: X\n    lat: 123\n", "places.0.lat"),
    ],
)
def test_malformed_file_is_k001(tmp_path: Path, content: str, detail: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_kb([path])
    message = str(info.value)
    assert message.startswith("K001 ")
    assert str(path) in message and detail in message
    assert "\n" not in message
    assert info.value.code == "K001"


def test_missing_file_is_k001(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"^K001 .*cannot read"):
        load_kb([tmp_path / "nope.yaml"])

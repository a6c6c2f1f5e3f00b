"""Gold-set readers: the JSONL format, the PETRARCH XML records and the CAMEO->PLOVER table."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from seismo.errors import InputError
from seismo.evaluation.goldsets import (
    UNMAPPED_NO_PLOVER,
    UNMAPPED_TEST_ONLY,
    CameoTable,
    cameo_to_plover,
    load_cameo_table,
    read_gold_jsonl,
    read_petrarch_records,
)

RECORD = {
    "id": "R1",
    "text": "Senior Hungarian and Romanian officials agreed on Wednesday.",
    "published": None,
    "gold": {
        "relevant": True,
        "types": ["AGREE"],
        "quad": 1,
        "source_countries": ["HUN", "ROU"],
        "target_countries": [],
        "events": [{"type": "AGREE", "source_countries": ["HUN", "ROU"], "target_countries": []}],
    },
    "meta": {"context": "refugees"},
}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_gold_jsonl(tmp_path: Path) -> None:
    other = {
        "id": "R2",
        "text": "Markets rose.",
        "published": "2024-03-05",
        "gold": {"relevant": False, "types": [], "quad": 0},
    }
    records = read_gold_jsonl(_write(tmp_path, [json.dumps(RECORD), "", json.dumps(other)]))
    assert [r.id for r in records] == ["R1", "R2"]
    first, second = records
    assert first.gold.types == ("AGREE",)
    assert first.gold.events[0].source_countries == ("HUN", "ROU")  # type: ignore[index]
    assert first.meta == {"context": "refugees"}
    assert second.published == dt.date(2024, 3, 5)
    assert second.gold.relevant is False and second.gold.events == () and second.gold.quad == 0


def test_events_default_to_record_countries(tmp_path: Path) -> None:
    rec = {
        "id": "R",
        "text": "x",
        "gold": {"types": ["ASSAULT"], "source_countries": ["RUS"], "target_countries": ["UKR"]},
    }
    (record,) = read_gold_jsonl(_write(tmp_path, [json.dumps(rec)]))
    assert record.gold.relevant is True
    assert record.gold.quad is None
    assert record.gold.events[0].target_countries == ("UKR",)  # type: ignore[index]


def test_limit(tmp_path: Path) -> None:
    rows = [json.dumps({**RECORD, "id": f"R{i}"}) for i in range(5)]
    assert len(read_gold_jsonl(_write(tmp_path, rows), limit=2)) == 2


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("{not json", "I102"),
        (json.dumps({"id": "x", "gold": {}}), "missing 'text'"),
        (json.dumps({"id": "x", "text": "  "}), "non-empty"),
        (json.dumps([1, 2]), "not a JSON object"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, line: str, fragment: str) -> None:
    path = _write(tmp_path, [json.dumps(RECORD), line])
    with pytest.raises(InputError) as info:
        read_gold_jsonl(path)
    assert f"{path}:2" in str(info.value)
    assert fragment in str(info.value)


def test_duplicate_ids_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="duplicate id"):
        read_gold_jsonl(_write(tmp_path, [json.dumps(RECORD), json.dumps(RECORD)]))
    with pytest.raises(InputError, match="I101"):
        read_gold_jsonl(tmp_path / "nope.jsonl")


XML = """<Validation>
<!-- header # with a <Sentence> mention -->
<Sentences>
<!--
<Sentence date="19950101" id="COMMENTED" category="DEMO"><Text>Not a record.</Text></Sentence>
-->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"THE MINISTRY OF MAGIC"' targetcode="gon" eventcode="041"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="20080105" id="NOEV-01" category="DATE" sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Sam Gamgee went home.</Text>
</Sentence>
<Sentence date="19950101" id="DISCARD-01" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A typhoon hit Arnor.</Text>
</Sentence>
<Sentence date="19950101" id="PATTERN-06" category="PATTERN" sentence="true">
<Text>Gollum was in an accord with a parade.</Text>
</Sentence>
<Sentence date="19950101" id="NOEV-01" category="AGENTS" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>A repeated id.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_read_petrarch_records(tmp_path: Path) -> None:
    (tmp_path / "PETR.UnitTest.records.xml").write_text(XML, encoding="utf-8")
    records = read_petrarch_records(tmp_path)
    assert [r.id for r in records] == [
        "DEMO-00",
        "NOEV-01",
        "DISCARD-01",
        "PATTERN-06",
        "NOEV-01#2",
    ]
    demo, noev, discard, pattern, _ = records
    assert demo.text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert demo.date == dt.date(1995, 1, 1)
    assert [(c.source, c.target, c.code) for c in demo.codings] == [
        ("ARN", "GON", "064"),
        ('"THE MINISTRY OF MAGIC"', "GON", "041"),
    ]
    assert not demo.noevents
    assert noev.noevents and noev.codings == () and noev.date == dt.date(2008, 1, 5)
    assert discard.error == "storydiscard" and not discard.noevents
    assert pattern.noevents  # no EventCoding at all: PETRARCH codes nothing


def test_read_petrarch_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="I103"):
        read_petrarch_records(tmp_path)
    (tmp_path / "PETR.UnitTest.records.xml").write_text(
        "<Validation><oops></Validation>", encoding="utf-8"
    )
    with pytest.raises(InputError, match="I103"):
        read_petrarch_records(tmp_path)


def test_bundled_cameo_table() -> None:
    table = load_cameo_table()
    assert table.codes["041"] == ("CONSULT", "phone")
    assert table.codes["163"][0] == "COERCE"  # sanctions are COERCE in the 2021 table
    assert table.codes["1712"][0] == "ASSAULT"
    assert table.roots["08"] == "CONCEDE"  # 08 is listed twice; the first wins
    assert "01" not in table.roots and "02" not in table.roots


@pytest.mark.parametrize(
    ("code", "ptype", "reason"),
    [
        ("041", "CONSULT", None),
        ("0874", "RETREAT", None),
        ("195", "ASSAULT", None),
        ("1717", "COERCE", None),  # not in the table: root 17
        ("1010", "REQUEST", None),
        ("023", None, UNMAPPED_NO_PLOVER),
        ("010", None, UNMAPPED_NO_PLOVER),
        ("174K", None, UNMAPPED_TEST_ONLY),
        ("345", None, UNMAPPED_TEST_ONLY),
        ("903", None, UNMAPPED_TEST_ONLY),
        ("223", None, UNMAPPED_TEST_ONLY),
        ("---", None, UNMAPPED_TEST_ONLY),
    ],
)
def test_cameo_to_plover(code: str, ptype: str | None, reason: str | None) -> None:
    assert cameo_to_plover(code, load_cameo_table()) == (ptype, reason)


def test_malformed_table_line(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("# c\n04: CONSULT\n040: CONSULT, ,  # Consult\nbogus line\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t.txt:4"):
        load_cameo_table(path)
    path.write_text("04: CONSULT\n040: CONSULT, ,  # Consult\n", encoding="utf-8")
    assert load_cameo_table(path) == CameoTable({"040": ("CONSULT", None)}, {"04": "CONSULT"})


def test_petrarch_readings_only_retype_codes_the_cameo_table_maps() -> None:
    from seismo.evaluation.goldsets import PETRARCH_READINGS, overlay_table

    table = load_cameo_table()
    readings = load_cameo_table(PETRARCH_READINGS)
    assert readings.codes["041"][0] == "SUPPORT" and readings.codes["064"][0] == "SUPPORT"
    for code in readings.codes:  # same records scored under both readings
        assert cameo_to_plover(code, table)[0] is not None, code
    merged = overlay_table(table, readings)
    assert cameo_to_plover("041", merged) == ("SUPPORT", None)
    assert cameo_to_plover("042", merged) == ("CONSULT", None)

"""PLOVER JSON and GDELT-style exports (issue 16): validated by a JSON Schema, loaded by pandas and DuckDB."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest
from helpers import ACTORS, DAY, document, event, located, three_reports_and_a_copy
from typer.testing import CliRunner

from seismo.analysis import build_stories, export
from seismo.analysis.gdelt import EMPTY_COLUMNS, GDELT_NAMES
from seismo.cli import app
from seismo.errors import AnalysisError
from seismo.formats import plover_record, plover_schema
from seismo.models import Actor, Location, Modality, Quantity
from seismo.store import Store

runner = CliRunner()
RAW_NAME = 'the "Wagner"\tgroup'  # TSV has no quoting: tab -> space, " -> ' (Parquet keeps it as it is)
# GDELT 2.0 event table (GDELT-Event_Codebook-V2.0), in order: 5 + 2 x 10 actor + 10 event + 3 x 8 geo + 2.
GDELT_2 = (
    "GlobalEventID Day MonthYear Year FractionDate "
    + " ".join(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code"))
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources"
    " NumArticles AvgTone "
    + " ".join(f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in (
        "Type", "Fullname", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"))
    + " DATEADDED SOURCEURL"
).split()


@pytest.fixture
def filled(store: Store) -> Store:
    docs = three_reports_and_a_copy()
    located_event = event("kyiv-1", type_="ASSAULT", source="RUSMIL", target="UKRMIL", cameo="19",
                          location=Location(name="Kyiv", country="UKR", lat=50.45, lon=30.52))  # fmt: skip
    located_event.source = Actor(name=RAW_NAME, code="RUSMIL", country="RUS", agent="MIL")
    docs.append(document("kyiv-1", [located_event], outlet="Kyiv Post"))
    store.add_documents(docs)
    return store


def validator() -> jsonschema.protocols.Validator:
    schema = plover_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def full_event():
    return event("doc-1", type_="ACCUSE", cameo="112", mode="criticize", modality=Modality.DENIED,
                 attributed_to=ACTORS["FRAGOV"], location=located("UKR"), quantity=Quantity(value=3, unit="people"),
                 trigger="accused", date_text="on Tuesday", published=DAY + dt.timedelta(days=1))  # fmt: skip


def test_plover_record_has_the_manuals_names_and_seismos_extras() -> None:
    record = plover_record(full_event(), {"url": "https://x.example/1", "title": "T"})
    validator().validate(record)
    assert record["id"] == "doc-1-e0" and record["date"] == DAY.isoformat() and record["event"] == ["ACCUSE"]
    assert record["actor"][0] == {"code": "USA", "sector": "GOV", "entity_text": "Joe Biden",
                                  "actor_code": "USAGOV", "igo": None}  # fmt: skip
    assert record["recipient"][0]["code"] == "RUS" and record["mode"] == ["criticize"]
    assert record["quad_code"] == 3 and record["event_scale"] == -3.0
    assert record["event_loc"]["country_code"] == "UKR"
    assert record["cite_info"]["url"] == "https://x.example/1"
    assert record["text_info"] == {"start": 0, "end": 18} == {k: record["evidence"][k] for k in ("start", "end")}
    assert record["modality"] == "denied" and record["attribution"]["code"] == "FRA"
    assert record["quantity"] == {"value": 3.0, "unit": "people"} and record["cameo"] == "112"


def test_undated_event_falls_back_to_publication_date() -> None:
    record = plover_record(event("doc-1", date=None, published=DAY))
    assert record["date"] == DAY.isoformat()
    validator().validate(record)


@pytest.mark.parametrize("break_it", [
    lambda r: r.pop("id"), lambda r: r.pop("actor"), lambda r: r.update(date="05/03/2024"),
    lambda r: r.update(event=[]), lambda r: r.update(quad_code=5), lambda r: r.update(modality="rumoured"),
    lambda r: r["actor"][0].update(code="US"),
])  # fmt: skip
def test_schema_rejects_broken_records(break_it) -> None:
    record = copy.deepcopy(plover_record(full_event()))
    break_it(record)
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(record)


def test_export_and_events_write_valid_plover_lines(filled: Store, tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "events.plover.jsonl"
    assert export(filled, "events", "plover", path) == 4  # partner-1 is a near-duplicate: left out
    records = [json.loads(line) for line in path.read_text().splitlines()]
    for record in records:
        validator().validate(record)
    by_id = {r["id"]: r for r in records}
    assert by_id["reuters-1-e0"]["cite_info"]["title"] == "Title reuters-1"
    assert by_id["kyiv-1-e0"]["event_loc"]["lat"] == 50.45
    filled.close()
    result = runner.invoke(app, ["events", "--db", str(db_path), "--format", "plover"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == [r["id"] for r in records]


def test_plover_is_for_events_only(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(AnalysisError, match="A004"):
        export(filled, "stories", "plover", tmp_path / "x.jsonl")


def test_gdelt_tsv_and_parquet_load_with_61_named_columns(filled: Store, tmp_path: Path) -> None:
    assert tuple(GDELT_2) == GDELT_NAMES and len(GDELT_NAMES) == 61
    tsv, parquet = tmp_path / "events.gdelt.tsv", tmp_path / "events.gdelt.parquet"
    assert export(filled, "events", "gdelt", tsv) == 2
    assert export(filled, "events", "gdelt-parquet", parquet) == 2
    frames = {
        "pandas tsv": pd.read_csv(tsv, sep="\t", dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str}),
        "pandas parquet": pd.read_parquet(parquet),
        "duckdb tsv": duckdb.connect().execute(
            "SELECT * FROM read_csv(?, delim='\t', header=true, types={'EventCode': 'VARCHAR', "
            "'EventBaseCode': 'VARCHAR', 'EventRootCode': 'VARCHAR'})", [str(tsv)]).df(),
        "duckdb parquet": duckdb.connect().execute("SELECT * FROM read_parquet(?)", [str(parquet)]).df(),
    }
    for name, frame in frames.items():
        assert list(frame.columns) == GDELT_2, name
        call = frame[frame["NumSources"] == 3].iloc[0]
        assert (call["Day"], call["MonthYear"], call["Year"]) == (20240305, 202403, 2024), name
        assert call["NumArticles"] == 3 and call["NumMentions"] == 3 and call["QuadClass"] == 1, name
        assert call["Actor1CountryCode"] in ("USA", "RUS") and call["Actor1Type1Code"] == "GOV", name
        assert call["SOURCEURL"] != call["SOURCEURL"] or call["SOURCEURL"] is None, name  # no URLs stored: empty
        war = frame[frame["Actor1Code"] == "RUSMIL"].iloc[0]
        assert (war["EventCode"], war["EventBaseCode"], war["EventRootCode"]) == ("190", "190", "19"), name
        assert war["ActionGeo_CountryCode"] == "UKR" and war["ActionGeo_Lat"] == pytest.approx(50.45), name
        assert war["ActionGeo_Fullname"] == "Kyiv" and str(war["DATEADDED"]).startswith("20"), name
        assert war["Actor1Name"] == (RAW_NAME if "parquet" in name else "the 'Wagner' group"), name
        assert frame[list(EMPTY_COLUMNS)].isna().all().all(), name


def test_gdelt_rejects_documents_and_parquet_on_a_stream(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(AnalysisError, match="A004"):
        export(filled, "documents", "gdelt", tmp_path / "x.tsv")
    with pytest.raises(AnalysisError, match="A004"):
        export(filled, "events", "gdelt-parquet", __import__("io").BytesIO())


def test_cli_export_gdelt(filled: Store, db_path: Path, tmp_path: Path) -> None:
    build_stories(filled)  # the CLI opens the store read-only
    filled.close()
    out = tmp_path / "g.tsv"
    result = runner.invoke(app, ["export", "--db", str(db_path), "--format", "gdelt", "--output", str(out)],
                           catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    header, *rows = out.read_text().splitlines()
    assert header.split("\t") == GDELT_2 and len(rows) == 2
    assert all(len(row.split("\t")) == 61 for row in rows)

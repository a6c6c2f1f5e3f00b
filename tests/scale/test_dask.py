"""Dask: a 2-worker LocalCluster on 127.0.0.1 codes into Parquet parts; same events, same ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from seismo.cli import app
from seismo.scale import ScaleOptions, code_articles, ingest, parquet_events
from seismo.store import EventFilter, Store

pytestmark = pytest.mark.slow
EVERYTHING = EventFilter(all_modalities=True, include_duplicates=True)


@pytest.fixture(scope="module")
def dask_run(tmp_path_factory, inputs_with_copies, small_settings) -> dict:
    """One LocalCluster run (ingest into a store, parts kept) and the one-process reference."""
    parts = tmp_path_factory.mktemp("parts")
    out = {"parts": parts}
    for name, scale in (("one", None), ("dask", ScaleOptions(dask_local=2, parts=str(parts)))):
        with Store.open(":memory:") as store:
            report = ingest(inputs_with_copies, small_settings, store, scale=scale)
            out[name] = (report.copies_carried, report.added, report.events_added,
                         [e.model_dump() for e in store.events(EVERYTHING)])
    return out


def test_dask_ingest_stores_what_one_process_stores(dask_run) -> None:
    assert dask_run["dask"] == dask_run["one"]
    assert dask_run["one"][0] == 2 and dask_run["one"][2] > 50  # two copies carried, not parsed


def test_every_partition_wrote_documents_and_events(dask_run, sample_articles, small_settings) -> None:
    parts: Path = dask_run["parts"]
    n_parts = -(-len(sample_articles) // ScaleOptions().chunk_size(small_settings.batch_size))
    for table in ("documents", "events"):
        assert len(list((parts / table).glob("part-*.parquet"))) == n_parts


def test_events_query_parts_directly_like_the_store(dask_run) -> None:
    from_parts = [e.model_dump() for e in parquet_events(str(dask_run["parts"]))]
    parsed_docs = {e["doc_id"] for e in from_parts}
    # the parts hold what the cluster coded; the copies' carried events were added by the client
    stored = [e for e in dask_run["one"][3] if e["modality"] == "asserted" and e["doc_id"] in parsed_docs]
    carried = {e["doc_id"] for e in dask_run["one"][3] if e["doc_id"] not in parsed_docs}
    key = lambda e: e["event_id"]  # noqa: E731
    assert sorted(from_parts, key=key) == sorted(stored, key=key)
    assert len(carried) == 2
    assault = parquet_events(str(dask_run["parts"]), EventFilter(type="assault", country="UKR"))
    assert assault and all(e.type == "ASSAULT" for e in assault)


def test_cli_events_parquet(dask_run) -> None:
    result = CliRunner().invoke(app, ["events", "--parquet", str(dask_run["parts"]), "--format", "jsonl",
                                      "--type", "ASSAULT"])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == len(parquet_events(str(dask_run["parts"]), EventFilter(type="ASSAULT")))


def test_code_on_dask_yields_in_input_order(sample_articles, small_settings, tmp_path) -> None:
    """Also the `code` path (no store), with the filter on, into an fsspec file:// URL."""
    scale = ScaleOptions(dask_local=2, parts=f"file://{tmp_path}/p", candidate_filter=True)
    one = [d.model_dump() for d in code_articles(sample_articles, small_settings, ScaleOptions(candidate_filter=True))]
    dask = [d.model_dump() for d in code_articles(sample_articles, small_settings, scale)]
    assert dask == one

"""Issue 16 acceptance: `seismo code <seed> --format plover` validates against the shipped PLOVER schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from seismo.formats import PLOVER_SCHEMA_PATH, plover_schema

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "article.txt"


def test_schema_ships_inside_the_package() -> None:
    import seismo

    assert PLOVER_SCHEMA_PATH.is_relative_to(Path(seismo.__file__).parent)
    jsonschema.Draft202012Validator.check_schema(plover_schema())
    assert plover_schema()["required"] == ["id", "date", "actor", "event"]  # the manual's "Required? Y"


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")
def test_seed_article_as_plover_validates() -> None:
    env = {**os.environ}
    env.pop("SEISMO_DB", None)
    result = subprocess.run([sys.executable, "-m", "seismo", "code", str(SEED), "--published", "2022-02-15",
                             "--format", "plover"], capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    validator = jsonschema.Draft202012Validator(plover_schema())
    assert len(records) >= 5
    for record in records:
        validator.validate(record)
    text = SEED.read_text(encoding="utf-8")
    assert all(r["evidence"]["sentence"] in text and r["modality"] == "asserted" for r in records)
    assert all(r["cite_info"]["title"] for r in records)
    assert {"RETREAT", "SANCTION"} <= {r["event"][0] for r in records}


def test_formats_doc_names_every_plover_field_and_empty_gdelt_group() -> None:
    from seismo.analysis.gdelt import EMPTY_COLUMNS
    from seismo.formats import plover_record
    from seismo.models import Event, Evidence

    doc = (Path(__file__).resolve().parents[1] / "docs" / "formats.md").read_text(encoding="utf-8")
    record = plover_record(Event(event_id="e", doc_id="d", type="CONSULT", evidence=Evidence(sentence="s", start=0,
                                                                                              end=1)))  # fmt: skip
    missing = [key for key in record if f"`{key}" not in doc and f".{key}" not in doc]
    assert not missing, f"docs/formats.md does not name the PLOVER fields {missing}"
    for column in EMPTY_COLUMNS:  # "Actor1EthnicCode" is documented as "Actor{1,2}EthnicCode" or "Actor1Geo_*"
        stem = column.replace("Actor1", "Actor{1,2}").replace("Actor2", "Actor{1,2}")
        geo = column.split("_")[0] + "_*"
        assert stem in doc or column in doc or geo in doc, column

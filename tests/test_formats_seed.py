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

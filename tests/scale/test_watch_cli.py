"""`seismo watch DIR --once` with the real model: stores new files once, then nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seismo.cli import app
from seismo.store import Store

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_watch_once_is_incremental(tmp_path) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "kenya_protests_2023.txt", inbox)
    runner = CliRunner()
    args = ["watch", str(inbox), "--once", "--db", str(db)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    shutil.copy(EXAMPLES / "sudan_adre_aid_2024.txt", inbox)
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    third = runner.invoke(app, args)
    assert "0 inputs" in third.output
    with Store.open(db, read_only=True) as store:
        assert len(store.documents()) == 2

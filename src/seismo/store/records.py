"""Typed results of store calls, so the CLI, API and analysis never pass bare dicts."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from seismo.models import Record


class IngestStats(Record):
    """What one ``add_documents`` call did; the CLI prints it and re-runs show ``skipped``."""

    added: int = 0  # new doc_ids
    skipped: int = 0  # already stored with the same content hash (or repeated in the batch)
    updated: int = 0  # stored with a different hash: document and its events replaced
    events_added: int = 0  # events written for added and updated documents, every modality
    asserted_added: int = 0  # of those, asserted: the ones `seismo events` lists and counts count
    duplicates_added: int = 0  # documents written that are near-duplicates: their events are not counted


class DocumentRow(Record):
    """One stored document as listed by ``seismo docs`` (no text: that is ``Store.document``)."""

    doc_id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    source: str | None = None
    n_events: int = 0  # asserted events only: other modalities are kept but never counted
    ingested_at: dt.datetime


class RejectionRow(Record):
    """One stored rejection; ``seen_at`` is the last time that (source, code) was rejected."""

    source: str
    code: str
    reason: str
    seen_at: dt.datetime


class Summary(Record):
    """Store-wide counts for ``seismo summary`` and the dashboard's front page."""

    documents: int = 0  # every stored document, near-duplicates included
    duplicate_documents: int = 0  # near-duplicate copies: stored, their events never counted
    rejections: int = 0
    events: int = 0  # asserted events of original documents: what every count counts
    events_all: int = 0  # every stored mention: all modalities, near-duplicate documents included
    events_by_modality: dict[str, int] = Field(default_factory=dict)  # mentions of original documents
    events_by_type: dict[str, int] = Field(default_factory=dict)  # asserted, most frequent first
    events_by_quad_class: dict[int, int] = Field(default_factory=dict)  # asserted, NULL left out
    first_date: dt.date | None = None  # earliest asserted event date
    last_date: dt.date | None = None

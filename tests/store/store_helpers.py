"""Hand-built documents and events for store tests (spaCy-style: no pipeline needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from seismo.models import Actor, Article, CodedDocument, Event, Evidence, Location, Quantity

TEXT = "Russian forces shelled Kharkiv on Monday. Officials said talks may resume."


def make_event(doc_id: str = "doc1", n: int = 0, **fields: Any) -> Event:
    """A fully populated event; override any field by keyword."""
    start = n * 10
    values: dict[str, Any] = {
        "event_id": f"{doc_id}-e{n}",
        "doc_id": doc_id,
        "type": "ASSAULT",
        "mode": "firearms",
        "cameo": "19",
        "goldstein": -10.0,
        "quad_class": 4,
        "source": Actor(name="Russian forces", code="RUSMIL", country="RUS", agent="MIL"),
        "target": Actor(name="Kharkiv", code="UKR", country="UKR"),
        "attributed_to": None,
        "date": dt.date(2024, 3, 4),
        "date_text": "Monday",
        "date_precision": "day",
        "location": Location(name="Kharkiv", country="UKR", lat=49.99, lon=36.23),
        "quantity": Quantity(value=3.0, unit="shells"),
        "evidence": Evidence(
            sentence="Russian forces shelled Kharkiv on Monday.", start=start, end=start + 41
        ),
        "trigger": "shelled",
        "published": dt.date(2024, 3, 5),
        "outlet": "Example News",
        "coder_version": "seismo-0.1.0",
    }
    values.update(fields)
    return Event(**values)


def doc_text(doc_id: str) -> str:
    """A default text of its own per document: equal texts are near-duplicates (issue 6)."""
    return f"{TEXT} Filed by the {doc_id} desk for {doc_id} readers."


def make_doc(
    doc_id: str = "doc1", events: list[Event] | None = None, text: str | None = None, **fields: Any
) -> CodedDocument:
    """A coded document; ``events`` defaults to one asserted event, ``text`` to ``doc_text``."""
    text = doc_text(doc_id) if text is None else text
    article = Article(
        doc_id=doc_id,
        text=text,
        title=fields.pop("title", f"Title of {doc_id}"),
        url=fields.pop("url", f"https://example.org/{doc_id}"),
        outlet=fields.pop("outlet", "Example News"),
        published=fields.pop("published", dt.date(2024, 3, 5)),
        dateline=fields.pop("dateline", "KYIV"),
        source=fields.pop("source", f"/data/{doc_id}.txt"),
        content_hash=fields.pop("content_hash", Article.hash_text(text)),
    )
    assert not fields, f"unknown fields {fields}"
    return CodedDocument(article=article, events=[make_event(doc_id)] if events is None else events)

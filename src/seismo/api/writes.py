"""Writes: documents posted to the API are parsed, coded and stored by one writer thread.

DuckDB allows one writer per database, so every write runs on a single-thread
executor (``Writer``): writes are serialized, while reads keep running on the
server's thread pool with their own cursors.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import TypeVar

from seismo.api.schemas import DocumentIn, IngestResult, Rejected
from seismo.config import Settings
from seismo.ingest.records import parse_record
from seismo.models import Article, CodedDocument, Rejection
from seismo.store import Store

T = TypeVar("T")
CodeFn = Callable[[list[Article]], Iterable[CodedDocument]]


class Writer:
    """The one thread that writes to the store."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="seismo-writer")

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(*args)`` on the writer thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(fn, *args))

    def call(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(*args)`` on the writer thread and wait for it (from a worker thread)."""
        return self._pool.submit(fn, *args).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)


def pipeline_coder(settings: Settings) -> CodeFn:
    """The real NLP + coding pipeline (spaCy is loaded on the first write, not at startup)."""

    def code(articles: list[Article]) -> list[CodedDocument]:
        from seismo.pipeline import code_articles

        return list(code_articles(articles, settings))

    return code


def ingest_documents(
    store: Store, documents: list[DocumentIn], settings: Settings, code: CodeFn
) -> IngestResult:
    """Parse, code and store posted documents in one store transaction; say what happened.

    Each document is read like a JSON record given to ``seismo ingest``; one that is
    rejected (no English text, say) is reported by index and recorded as a rejection,
    and the others are still stored. Documents already stored unchanged are not coded again.
    """
    articles, rejections, rejected = _parse(documents, settings)
    if rejections:
        store.add_rejections(rejections)
    todo = [a for a in articles if not store.has_document(a.doc_id, a.content_hash)]
    stats = store.add_documents(list(code(todo)))
    return IngestResult(
        added=stats.added,
        updated=stats.updated,
        skipped=stats.skipped + len(articles) - len(todo),
        events_added=stats.events_added,
        doc_ids=[a.doc_id for a in articles],
        rejected=rejected,
    )


def _parse(
    documents: list[DocumentIn], settings: Settings
) -> tuple[list[Article], list[Rejection], list[Rejected]]:
    articles: list[Article] = []
    rejections: list[Rejection] = []
    rejected: list[Rejected] = []
    for index, doc in enumerate(documents):
        record = doc.model_dump(mode="json", exclude_none=True)
        result = parse_record(record, f"api:{doc.id or index}", settings)
        if isinstance(result, Rejection):
            rejections.append(result)
            rejected.append(Rejected(index=index, code=result.code, reason=result.reason))
        else:
            articles.append(result)
    return articles, rejections, rejected

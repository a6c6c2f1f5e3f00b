"""Writes: posted documents are coded on one thread and stored by one writer thread.

DuckDB allows one writer per database, so every write (documents, rejections, the
rebuild of the story tables) runs on one dedicated thread, the writer ``Worker``. Coding
(spaCy) is slow and touches no database, so it runs before, on its own single thread:
writer jobs stay short, and reads, which run on the server's thread pool with their own
cursors, never wait long behind a write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

from seismo.analysis.stories import build_stories
from seismo.api.schemas import DocumentIn, IngestResult, Rejected
from seismo.config import Settings
from seismo.ingest.records import parse_record
from seismo.models import Article, CodedDocument, Rejection
from seismo.store import Store

T = TypeVar("T")
CodeFn = Callable[[list[Article]], Iterable[CodedDocument]]


class Worker:
    """One dedicated thread: jobs run one at a time, in order (the writer, the coder)."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(*args)`` on this thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, partial(fn, *args))

    def call(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn(*args)`` on this thread and wait for it (from another worker thread)."""
        return self._pool.submit(fn, *args).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)


def pipeline_coder(settings: Settings) -> CodeFn:
    """The real NLP + coding pipeline (spaCy is loaded on the first write, not at startup)."""

    def code(articles: list[Article]) -> list[CodedDocument]:
        from seismo.pipeline import code_articles

        return list(code_articles(articles, settings))

    return code


@dataclass
class Prepared:
    """Posted documents read and coded, ready for the writer."""

    coded: list[CodedDocument] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    unchanged: int = 0  # already stored with the same text: not coded again
    rejections: list[Rejection] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def prepare_documents(
    reader: Store, documents: list[DocumentIn], settings: Settings, code: CodeFn
) -> Prepared:
    """Read each document like a JSON record for ``seismo ingest``, then code the new ones.

    A rejected document (no English text, say) is reported by its index and the others
    go on. Only reads the store (to skip documents already stored unchanged).
    """
    prepared = Prepared()
    articles: list[Article] = []
    for index, doc in enumerate(documents):
        record = doc.model_dump(mode="json", exclude_none=True)
        result = parse_record(record, f"api:{doc.id or index}", settings)
        if isinstance(result, Rejection):
            prepared.rejections.append(result)
            prepared.rejected.append(Rejected(index=index, code=result.code, reason=result.reason))
        else:
            articles.append(result)
            prepared.doc_ids.append(result.doc_id)
    todo = [a for a in articles if not reader.has_document(a.doc_id, a.content_hash)]
    prepared.unchanged = len(articles) - len(todo)
    prepared.coded = list(code(todo))
    return prepared


def store_prepared(store: Store, prepared: Prepared) -> IngestResult:
    """On the writer thread: store documents and rejections, then rebuild the story events."""
    if prepared.rejections:
        store.add_rejections(prepared.rejections)
    stats = store.add_documents(prepared.coded)
    if stats.added or stats.updated:
        build_stories(store, full=False)
    return IngestResult(
        added=stats.added,
        updated=stats.updated,
        skipped=stats.skipped + prepared.unchanged,
        events_added=stats.events_added,
        doc_ids=prepared.doc_ids,
        rejected=prepared.rejected,
    )

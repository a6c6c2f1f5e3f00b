"""``--workers N``: code on N processes of this machine; the caller stays the only store writer.

Articles go to the workers in chunks of whole coding batches (``ScaleOptions.chunk_size``); each
worker loads the model and the coder once (``load_pipeline``/``get_coder`` cache per process) and
returns the coded documents, which are small next to a spaCy Doc. Results come back in input
order, at most ``2 * workers`` chunks in flight, so memory stays bounded on any input size.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from seismo.config import Settings
from seismo.models import Article, CodedDocument
from seismo.scale.options import ScaleOptions

START_METHOD = "forkserver"  # clean children (no inherited DuckDB or progress-bar threads), fast forks
PRELOAD = ["seismo.scale._preload"]  # the fork server loads the default model once; workers fork from it


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def warm_worker(settings: Settings, candidate_filter: bool = False) -> None:
    """Load the model, the coder and the filter once, when the worker process starts."""
    from seismo.coding.prefilter import prefilter
    from seismo.nlp import load_pipeline
    from seismo.pipeline import get_coder

    nlp = load_pipeline(settings.model, tuple(settings.kb))
    get_coder(settings)
    if candidate_filter:
        prefilter(nlp, tuple(settings.kb))


def code_chunk(articles: list[Article], settings: Settings,
               candidate_filter: bool = False) -> list[CodedDocument]:
    """Code one chunk in this process exactly as the one-process path does (a worker task)."""
    from seismo.pipeline import code_articles

    return list(code_articles(articles, settings, candidate_filter=candidate_filter))


def _context() -> multiprocessing.context.BaseContext:
    if START_METHOD in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context(START_METHOD)
        if START_METHOD == "forkserver":
            ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def code_parallel(articles: Iterable[Article], settings: Settings,
                  scale: ScaleOptions) -> Iterator[CodedDocument]:
    """Code ``articles`` on ``scale.workers`` processes; yields in input order."""
    size = scale.chunk_size(settings.batch_size)
    pool = ProcessPoolExecutor(scale.workers, mp_context=_context(), initializer=warm_worker,
                               initargs=(settings, scale.candidate_filter))
    pending: deque[Future[list[CodedDocument]]] = deque()
    try:
        for chunk in chunked(articles, size):
            pending.append(pool.submit(code_chunk, chunk, settings, scale.candidate_filter))
            if len(pending) >= 2 * scale.workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

"""Scaling out: N processes on one machine, or a Dask distributed cluster, with one writer.

``ScaleOptions`` carries the knobs (``--workers``, ``--scheduler``, ``--dask-local``, ``--parts``,
``--candidate-filter``); ``code_articles`` and ``ingest`` here take it and choose: this process
(``seismo.pipeline``), a process pool or Dask, whose workers run the pipeline's ``code_articles`` on
their chunk. Every path codes the same chunks with the same batches as one process, so the events and
their ids are identical. The pipeline never imports this package: imports run one way.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from seismo.config import Settings
from seismo.models import Article, CodedDocument
from seismo.scale.options import ScaleOptions
from seismo.scale.parts import parquet_events, read_parts, write_part
from seismo.scale.pool import code_chunk, code_parallel

if TYPE_CHECKING:
    from seismo.pipeline import IngestReport

__all__ = [
    "ScaleOptions",
    "code_articles",
    "code_chunk",
    "code_distributed",
    "code_parallel",
    "ingest",
    "parquet_events",
    "read_parts",
    "write_part",
]


def code_distributed(articles: Iterable[Article], settings: Settings,
                     scale: ScaleOptions) -> Iterator[CodedDocument]:
    """Dispatch for ``code_articles``: a Dask cluster when one is named, else a process pool."""
    if scale.uses_dask:
        from seismo.scale.dask import code_dask

        return code_dask(list(articles), settings, scale)
    return code_parallel(articles, settings, scale)


def code_articles(articles: Iterable[Article], settings: Settings,
                  scale: ScaleOptions | None = None) -> Iterator[CodedDocument]:
    """``seismo.pipeline.code_articles`` spread as ``scale`` says: same documents, same order (issue 7).

    With one worker and no Dask the pipeline runs in this process; nothing loads or starts without work.
    """
    from seismo import pipeline

    scale = scale or ScaleOptions()
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return
    articles = itertools.chain([first], articles)
    if scale.uses_dask or scale.workers > 1:
        yield from code_distributed(articles, settings, scale)
    else:
        yield from pipeline.code_articles(articles, settings, candidate_filter=scale.candidate_filter)


def ingest(inputs: Sequence[str], settings: Settings, store,
           progress: Callable[[int, int], None] | None = None,
           scale: ScaleOptions | None = None) -> IngestReport:
    """``seismo.pipeline.ingest`` with the coding spread as ``scale`` says; this process stays the only writer."""
    from seismo import pipeline

    return pipeline.ingest(inputs, settings, store, progress,
                           code=lambda todo: code_articles(todo, settings, scale))

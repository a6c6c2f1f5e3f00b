"""Scaling out: N processes on one machine, or a Dask distributed cluster, with one writer.

``ScaleOptions`` carries the knobs (``--workers``, ``--scheduler``, ``--dask-local``, ``--parts``,
``--candidate-filter``); ``seismo.pipeline.code_articles`` and ``ingest`` take it and call
``code_distributed`` here. Every path codes the same chunks with the same batches as one process,
so the events and their ids are identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from seismo.config import Settings
from seismo.models import Article, CodedDocument
from seismo.scale.options import ScaleOptions
from seismo.scale.parts import parquet_events, read_parts, write_part
from seismo.scale.pool import code_chunk, code_parallel

__all__ = [
    "ScaleOptions",
    "code_chunk",
    "code_distributed",
    "code_parallel",
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

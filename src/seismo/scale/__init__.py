"""Scaling out: N processes on one machine, or a Dask distributed cluster, with one writer.

``ScaleOptions`` carries the knobs (``--workers``, ``--scheduler``, ``--dask-local``, ``--parts``,
``--candidate-filter``); ``seismo.pipeline.code_articles`` and ``ingest`` take it and call
``code_parallel`` (process pool) or ``code_dask`` (Parquet parts) from here. Every path codes the
same chunks with the same batches as one process, so the events and their ids are identical.
"""

from seismo.scale.options import ScaleOptions
from seismo.scale.parts import parquet_events, read_parts, write_part
from seismo.scale.pool import code_chunk, code_parallel

__all__ = ["ScaleOptions", "code_chunk", "code_parallel", "parquet_events", "read_parts", "write_part"]

"""``--scheduler tcp://HOST:8786`` / ``--dask-local N``: code partitions on a Dask distributed cluster.

The client splits the articles into partitions of whole coding batches and submits one task per
partition. A worker loads the model once (``WarmModel`` plugin at start, and the per-process caches
of ``load_pipeline``/``get_coder`` after that), codes its partition exactly as one process would,
and writes the Parquet parts (``seismo.scale.parts``). The client then reads the parts back in
partition order, so the store, still with a single writer, receives the same documents in the same
order as from one process: same events, same ids.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from seismo.config import Settings
from seismo.errors import SeismoError
from seismo.models import Article, CodedDocument
from seismo.scale.options import ScaleOptions
from seismo.scale.parts import clear_parts, read_parts, write_part
from seismo.scale.pool import chunked

try:
    import distributed
    from distributed import WorkerPlugin
except ImportError:  # optional extra: fail with an actionable message only when Dask is asked for
    distributed = None
    WorkerPlugin = object

INSTALL_HINT = "Dask is not installed; run `pip install 'dask[distributed]'` (or `pip install seismo[scale]`)"


def _distributed() -> Any:
    if distributed is None:
        raise SeismoError(INSTALL_HINT, "E100")
    return distributed


class WarmModel(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Worker plugin: load the spaCy model, the coder and the filter when a worker starts."""

    name = "seismo-warm-model"

    def __init__(self, settings: Settings, candidate_filter: bool) -> None:
        self.settings = settings
        self.candidate_filter = candidate_filter

    def setup(self, worker: Any) -> None:
        from seismo.scale.pool import warm_worker

        warm_worker(self.settings, self.candidate_filter)

    def teardown(self, worker: Any) -> None:
        """Nothing to release: the caches die with the worker process."""


def code_partition(articles: list[Article], settings: Settings, parts: str, index: int,
                   candidate_filter: bool) -> dict[str, int]:
    """A Dask task: code one partition and write its Parquet parts; returns the row counts."""
    from seismo.scale.pool import code_chunk

    return write_part(parts, index, code_chunk(articles, settings, candidate_filter))


@contextmanager
def dask_client(scale: ScaleOptions) -> Iterator[Any]:
    """A client on ``scale.scheduler``, or on a LocalCluster of ``scale.dask_local`` processes on 127.0.0.1."""
    distributed = _distributed()
    if scale.scheduler:
        with distributed.Client(scale.scheduler) as client:
            yield client
        return
    with distributed.LocalCluster(n_workers=scale.dask_local, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def code_to_parts(articles: Sequence[Article], settings: Settings, scale: ScaleOptions,
                  parts: str) -> list[int]:
    """Code ``articles`` on the cluster into ``parts``; returns the partition indexes, in order.

    Part files of an earlier run in the same folder are removed first, so the folder holds this run only.
    """
    clear_parts(parts)
    chunks = list(chunked(articles, scale.chunk_size(settings.batch_size)))
    with dask_client(scale) as client:
        client.register_plugin(WarmModel(settings, scale.candidate_filter))
        futures = [client.submit(code_partition, chunk, settings, parts, i, scale.candidate_filter,
                                 key=f"seismo-part-{i:05d}-{id(chunks)}", pure=False)
                   for i, chunk in enumerate(chunks)]
        client.gather(futures)  # raises the first worker error
    return list(range(len(chunks)))


def code_dask(articles: Sequence[Article], settings: Settings,
              scale: ScaleOptions) -> Iterator[CodedDocument]:
    """Code on Dask and yield the coded documents in input order (read back from the parts).

    Without ``scale.parts`` the parts go to a temporary folder, removed afterwards; that needs the
    workers on this machine (``dask_local``): remote workers cannot write to the client's disk.
    """
    if scale.scheduler and not scale.parts:
        raise SeismoError("--scheduler needs --parts URL: a folder the workers and this client can both "
                          "reach (s3://..., a shared file system)", "E101")
    parts = scale.parts or tempfile.mkdtemp(prefix="seismo-parts-")
    try:
        indexes = code_to_parts(articles, settings, scale, parts)
        yield from read_parts(parts, indexes)
    finally:
        if scale.parts is None:
            shutil.rmtree(parts, ignore_errors=True)

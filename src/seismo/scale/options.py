"""One options object for the scaling knobs (trafilatura ``Extractor`` style)."""

from __future__ import annotations

from dataclasses import dataclass

CHUNK_BATCHES = 1  # a worker task is this many coding batches (settings.batch_size articles each)


@dataclass(frozen=True)
class ScaleOptions:
    """How to spread coding: processes on this machine, or a Dask cluster; and the sentence filter.

    ``workers``: processes on this machine (1 = in this process). ``scheduler``: address of a running
    Dask scheduler (``tcp://host:8786``). ``dask_local``: start a ``LocalCluster`` with this many
    worker processes on 127.0.0.1. ``parts``: where Dask workers write Parquet parts (any fsspec
    URL; a temporary folder when None). ``candidate_filter``: parse only candidate sentences.
    """

    workers: int = 1
    scheduler: str | None = None
    dask_local: int = 0
    parts: str | None = None
    candidate_filter: bool = False
    chunk_batches: int = CHUNK_BATCHES

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, not {self.workers}")
        if self.dask_local < 0:
            raise ValueError(f"dask_local must be >= 0, not {self.dask_local}")
        if self.scheduler and self.dask_local:
            raise ValueError("give either a scheduler address or dask_local, not both")

    @property
    def uses_dask(self) -> bool:
        return bool(self.scheduler or self.dask_local)

    def chunk_size(self, batch_size: int) -> int:
        """Articles per task: whole coding batches, so every path parses the same batches."""
        return max(1, batch_size) * max(1, self.chunk_batches)

"""Imported once by the fork server of ``--workers N``: load the default model and coder there.

Every worker is forked from that server, so it starts with the model already in memory (shared
copy-on-write pages, no per-worker load). A failure here only costs that head start: the workers
then load the model themselves (``warm_worker``), and that is where an error is reported.
"""

from __future__ import annotations

import gc

try:
    from seismo.config import Settings
    from seismo.nlp import load_pipeline
    from seismo.pipeline import get_coder

    _settings = Settings()
    load_pipeline(_settings.model, tuple(_settings.kb))
    get_coder(_settings)
except Exception:
    pass
gc.collect()
gc.freeze()  # what is loaded lives as long as the workers: their collections never write to its pages

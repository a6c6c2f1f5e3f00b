"""seismo: news in, auditable political event data out."""

import sys

__version__ = "0.1.0"
CODER_VERSION = f"seismo-{__version__}"

__all__ = ["CODER_VERSION", "__version__"]


def _thinc_without_torch() -> None:
    """thinc, spaCy's machine-learning library, imports torch whenever it is installed, only to offer it as a
    backend that seismo's pipeline never uses: about 250 MB and seconds of start-up in every process (main, fork
    server, each worker). torch comes with the optional ``model`` extra, whose type scorer imports it itself
    when it is switched on; hidden only while thinc loads, it stays importable afterwards (issue 15)."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError: thinc goes on
    try:
        import thinc.api  # noqa: F401
    finally:
        del sys.modules["torch"]


_thinc_without_torch()

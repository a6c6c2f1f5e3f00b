"""seismo: news in, auditable political event data out."""

__version__ = "0.1.0"
CODER_VERSION = f"seismo-{__version__}"

__all__ = ["CODER_VERSION", "__version__"]

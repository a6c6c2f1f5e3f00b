"""Stage 3: spaCy Doc + Article -> events. Pure functions of the parse and the dictionaries."""

from __future__ import annotations

from seismo.coding.coder import Coder
from seismo.coding.lexicon import Lexicon, load_lexicon

__all__ = ["Coder", "Lexicon", "load_lexicon"]

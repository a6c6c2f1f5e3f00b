"""Stage 2: article text -> spaCy Doc."""

from seismo.nlp.pipeline import load_pipeline, parse_texts

__all__ = ["load_pipeline", "parse_texts"]

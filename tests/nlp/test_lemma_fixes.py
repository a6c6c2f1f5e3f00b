"""seismo_lemmas visits only the words of its fix lists, found in the LOWER column (issue 15)."""

from __future__ import annotations

import pytest

from seismo.nlp import load_pipeline
from seismo.nlp.components import NOUN_LEMMA_FIXES, VERB_LEMMA_FIXES, fix_noun_lemmas

pytestmark = pytest.mark.slow


def test_fix_words_are_found_in_any_case_and_corrected() -> None:
    nlp = load_pipeline()
    doc = nlp("Staged protests spread as the army waged war. The clinic delivered 105,000 doses to Samoa. "
              "India hoped to deepen ties, and a court fined two men.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["doses"] == NOUN_LEMMA_FIXES["doses"]
    assert lemmas["waged"] == VERB_LEMMA_FIXES["waged"] and lemmas["hoped"] == "hope" and lemmas["fined"] == "fine"
    assert fix_noun_lemmas(nlp.make_doc("")) is not None  # an empty document has no column to read

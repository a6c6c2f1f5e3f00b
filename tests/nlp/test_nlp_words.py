"""The word lists of the nlp stage live in one data file (``nlp/data/words.yaml``), read by the parse repairs and by
the coder alike (lane mend4): the coder's dictionaries repeat none of them."""

from __future__ import annotations

import spacy
import yaml
from spacy.tokens import Doc

from seismo.coding import lexicon
from seismo.nlp.components import fix_participle_objects
from seismo.nlp.words import WORDS_FILE, prepositional_participles


def test_the_list_is_read_from_the_nlp_data_file() -> None:
    listed = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))["prepositional_participles"]
    assert prepositional_participles() == frozenset(listed) and {"following", "surrounding"} <= set(listed)


def test_the_coder_dictionaries_do_not_repeat_it() -> None:
    for path in lexicon.DICT_DIR.glob("*.yaml"):
        assert "prepositional_participles" not in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}), path


def test_a_listed_participle_takes_a_prepositional_object() -> None:
    # "Surrounding talks with X, ...": hand-built as the parser leaves it, the noun the participle's dobj
    words = ["Surrounding", "talks", "with", "Kenya", ",", "Uganda", "protested", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 0, 1, 2, 6, 6, 6, 6],
              deps=["prep", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"])
    assert fix_participle_objects(doc)[1].dep_ == "pobj"

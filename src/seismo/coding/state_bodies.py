"""Named public bodies the knowledge base does not know: 'the National Telecommunications Commission', 'the Federal
Aviation Authority'. Wire copy names a country's regulators and commissions by their full names, which no actor
dictionary lists; the head noun of such a name says it is part of the state, so it is its country's government
(GOV), placed like any sector by its clause, paragraph or story (``DocumentContext.locate``). Words of a newsroom,
a firm, an international, armed, security or judicial body leave the name unknown (its own sector is another one).
The words are ``dictionaries/state_bodies.yaml``, next to ``org_heads.civil_group`` for civil society.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from seismo.coding.lexicon import word_list, word_sets
from seismo.models import Actor


@dataclass(frozen=True)
class StateBodies:
    sector: str
    heads: frozenset[str]
    state_heads: frozenset[str]
    state_words: frozenset[str]
    other_words: frozenset[str]


@word_list
def _rules() -> StateBodies:
    data, words = word_sets("state_bodies.yaml", ("heads", "state_heads", "state_words", "other_words"))
    return StateBodies(str(data.get("sector") or "GOV"), *words)


def state_body_sector(token: Token, text: str) -> str | None:
    """The sector of a capitalised name of two words or more headed 'Commission', 'Ministry', ... (or 'Authority',
    'Agency', ... with a word of the state: 'National', 'Federal'), None for any other name."""
    rules = _rules()
    words = set(re.findall(r"\b[A-Z][a-z]*", text)) - {"The"}
    if token.pos_ != "PROPN" or len(words) < 2 or words & rules.other_words:
        return None
    if token.text in rules.heads or (token.text in rules.state_heads and words & rules.state_words):
        return rules.sector
    return None


def state_body(token: Token, text: str) -> Actor | None:
    """'The National Telecommunications Commission issued an order': a public body by its name, with no
    country here (its clause's or story's, as for any sector)."""
    sector = state_body_sector(token, text)
    if sector is None:
        return None
    return Actor(name=text, agent=sector, reason=f"a body the knowledge base does not know; its name "
                                                f"'{text}' names a public body of a state ({sector})")

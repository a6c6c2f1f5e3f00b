"""A town the gazetteer knows, written as the object of an attack ('Russia attacked Kharkiv overnight', 'troops
shelled Idlib'), is where the attack hit whatever entity type the recogniser gives it: it reads odd town names as
nothing, a person, an organisation or a product (docs/coding.md, "Names are not places")."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token

from seismo.coding.phrases import phrase_text
from seismo.coding.running_names import misread_place
from seismo.models import Location

# entity types the recogniser gives odd town names in an attack's object
NAMED_THINGS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})


def read_as_place(token: Token, known: Location) -> bool:
    """'Russia attacked Kharkiv overnight', 'troops shelled Kherson', 'jets bombed Mariupol': a town the gazetteer
    knows as an attack's object is where it hit whatever the entity recogniser reads in it (no entity, a lone
    person ``misread_place``, a person of several words: 'attacked Novi Sad', a named thing: 'shelled Idlib' read
    as a product), when the text writes the town's own name: not a gazetteer's other name of a town ('Google',
    once Topeka) that an organisation may bear."""
    if not token.ent_type_ or misread_place(token):
        return True
    name = phrase_text(token)
    return (token.ent_type_ in NAMED_THINGS or (token.ent_type_ == "PERSON" and " " in name)) \
        and _folded(known.name) == _folded(name)


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))

"""A town the gazetteer knows, written as the object of an attack ('Russia attacked Kharkiv overnight', 'troops
shelled Idlib'), is where the attack hit whatever entity type the recogniser gives it: it reads odd town names as
nothing, a person, an organisation or a product (docs/coding.md, "Names are not places")."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Span, Token

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


def entity_end(token: Token) -> int:
    """The end of a place name the recogniser reads past the parser's name ('the Granja do Torto': the parser makes
    'do' a verb, the recogniser keeps 'Granja do Torto' one facility): the place entity ``token`` begins or is
    inside, else the token's own end."""
    doc = token.doc
    end = token.i + 1
    if token.ent_type_ not in ("FAC", "GPE", "LOC"):
        return end
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == token.ent_type_:
        end += 1
    return end


def begins_facility(span: Span) -> bool:
    """'at the Granja do Torto': a town's name ('Granja', a town in Ceará) that begins a facility the recogniser
    reads on past it is part of the facility's name, not the town (the facility is then a place the knowledge base
    does not know, named as written: ``places.unknown_places``)."""
    last = span[-1]
    return last.ent_type_ == "FAC" and entity_end(last) > last.i + 1

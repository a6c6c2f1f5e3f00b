"""Ground that changes hands, told from the place's side: 'the city of Kunduz fell to the Taliban', 'Palmyra fell
under Islamic State control', 'the town came under rebel control', 'fell into the hands of the rebels'. The clause's
subject is the place taken and the one who took it is named in a phrase after the verb, so a rule with
``taker_source`` reads its source there (CAMEO 192 occupy territory: COERCE seize, as 'took control of the town';
``dictionaries/events.yaml`` 'fall', 'come'). Only a place falls so: 'prices fell to a record low', 'the task fell to
the UN' and 'support fell under 20 percent' name no place and no taker."""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.word_tables import place_nouns

PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
TAKER_DEPS = ("compound", "amod", "poss", "nmod")  # "under Taliban control", "under the rebels' control"


def taker_tokens(verb: Token) -> list[Token]:
    """Who took the place: the object of 'to' ('fell to the rebels'), the owner of 'control' after 'under'
    ('under Taliban control', 'under the control of the rebels') or of 'hands' after 'into' ('into the hands of
    the rebels'); nothing unless the clause's subject is a place."""
    if not _place_subject(verb):
        return []
    found: list[Token] = []
    for prep in children_with(verb, ("prep",)):
        for noun in children_with(prep, ("pobj",)):
            if prep.lower_ == "to" and noun.lemma_.lower() not in ("control", "hand"):
                found.append(noun)
            elif prep.lower_ in ("under", "into", "to") and noun.lemma_.lower() in ("control", "hand"):
                found.extend(_owners(noun))
    return found


def _owners(noun: Token) -> list[Token]:
    """'Taliban control', 'the rebels' control', 'the control of the rebels', 'the hands of the rebels'."""
    owners = [c for c in children_with(noun, TAKER_DEPS) if c.pos_ in ("PROPN", "NOUN", "ADJ")]
    owners += [g for c in children_with(noun, ("prep",)) if c.lower_ == "of" for g in children_with(c, ("pobj",))]
    return owners


def _place_subject(verb: Token) -> bool:
    """'the city of Kunduz', 'Kunduz', 'the provincial capital': a place word or a name (the parser tags many
    town names as people or bodies; a person taker is refused by the rule check, a match score by ``not_score``)."""
    return any(s.lemma_.lower() in place_nouns().settlement_nouns or s.ent_type_ in PLACE_ENTITIES
               or (s.pos_ == "PROPN" and s.ent_type_ != "PERSON") for s in children_with(verb, ("nsubj",)))

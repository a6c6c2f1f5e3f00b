"""A state or province the tagger did not mark as a place, written before a sector noun: 'New South Wales MPs',
'the Cross River governor'. ``actors._place_modifier`` reads a tagged place there ('Chicago Mayor X'); the small
tagger often leaves a multi-word region untagged, so the phrase kept no country ('New South Wales MPs' had none
while 'Queensland lawmakers' were AUSLEG). Only the primary name of a first-level region counts
(``KnowledgeBase.region_country``): an untagged capitalised word is too often a name ('Federal judges' is no
Brazilian district's, 'Google engineers' no US city's)."""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.kb import KnowledgeBase
from seismo.models import Actor

NOT_PLACES = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def region_modifier(token: Token, actor: Actor, kb: KnowledgeBase) -> Actor | None:
    """The actor with the country of the region named by the capitalised compound words right before its head,
    or None when they name no region of one country."""
    run = _compound_run(token)
    for start in range(len(run)):  # the longest name first: 'New South Wales', then 'South Wales', 'Wales'
        name = " ".join(t.text for t in run[start:])
        country = kb.region_country(name)
        if country is not None:
            return actor.model_copy(update={
                "country": country, "code": f"{country}{actor.agent}",
                "reason": f"{actor.reason}; country {country} from the region '{name}' in the phrase"})
    return None


def _compound_run(token: Token) -> list[Token]:
    """The capitalised modifiers that end right before ``token`` and hang inside its phrase, whatever the tagger
    made of them ('West Bengal' as adjectives, 'Minas Gerais' as a person's name). A head that is a person's name
    has none ('prime minister Andreas Papandreou': Andreas is also a Manx parish)."""
    run: list[Token] = []
    if token.ent_type_ == "PERSON":
        return run
    k = token.i - 1
    while k >= token.left_edge.i:
        word = token.doc[k]
        if word.dep_ not in ("compound", "amod") or not word.text[:1].isupper() or word.ent_type_ in NOT_PLACES:
            break
        run.insert(0, word)
        k -= 1
    if k >= 0 and token.doc[k].text == "-":  # "an anti-Texas campaigner": not a place written as a name part
        return []
    return run


# Nouns for a state of a federation or a province: "the state of Texas", "the province of Quebec"
DIVISION_NOUNS = frozenset({"state", "province"})


def region_government(token: Token, kb: KnowledgeBase) -> Actor | None:
    """'The state of Texas sued', 'the province of Quebec rejected the plan': a state or province named with its
    'of' complement acts through its government (GOV of the country it lies in; seismo's codes have no
    sub-national marker, docs/actors.md). Only a region's primary name counts: 'the state of emergency' is none."""
    if token.lemma_.lower() not in DIVISION_NOUNS:
        return None
    for pobj in (g for c in children_with(token, ("prep",)) if c.lower_ == "of"
                 for g in children_with(c, ("pobj",)) if g.pos_ == "PROPN"):
        name = token.doc[pobj.left_edge.i : pobj.i + 1].text
        country = kb.region_country(name)
        if country is not None:
            return Actor(name=token.doc[token.left_edge.i : pobj.i + 1].text, code=f"{country}GOV", country=country,
                         agent="GOV", reason=f"the {token.lower_} of '{name}', a region of {country}: its government")
    return None

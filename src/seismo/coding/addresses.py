"""A place's address read as a second subject: 'the council of Perth, Australia voted', 'Police in Kano, Nigeria
arrested'. News writes a place with its country or state after a comma; the parser often hangs that second name on
the verb as a subject of its own (or as a conjunct of the subject), so the country would act instead of the council
or beside the police. The name completes the address of the place before the comma; the phrase that place belongs
to is the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

ADDRESS_ENTITIES = frozenset({"GPE"})
LIST_WORDS = frozenset({"and", "or", "&"})  # "officials from Texas, Florida and Ohio": a list, not an address
CLIMB_DEPS = frozenset({"pobj", "compound", "flat"})
BRACKET_REACH = 6  # tokens back to the "(" of a short name: "New South Wales (NSW), Australia"


def address_owner(name: Token) -> Token | None:
    """The noun whose phrase holds the place that ``name`` completes the address of ('council' for 'Australia' in
    'the council of Perth, Australia'); None when ``name`` is no such address part. The place is the object of a
    preposition right before the comma (a bracketed short name may follow it), and the noun it hangs from is not
    itself in a prepositional phrase ('According to officials in Kabul, Afghanistan said': Afghanistan speaks)."""
    if name.ent_type_ not in ADDRESS_ENTITIES or name.pos_ != "PROPN":
        return None
    doc, start = name.doc, name.left_edge.i
    end = name.right_edge.i + 1
    if start < 2 or doc[start - 1].text != "," or (end < len(doc) and doc[end].lower_ in LIST_WORDS):
        return None
    k = start - 2
    if doc[k].text == ")":
        k = next((j - 1 for j in range(k - 1, max(k - BRACKET_REACH, 0), -1) if doc[j].text == "("), -1)
    if k < 0 or doc[k].pos_ != "PROPN" or doc[k].dep_ not in CLIMB_DEPS:
        return None
    current = doc[k]
    while current.dep_ in CLIMB_DEPS or (current.dep_ == "prep" and current.pos_ == "ADP"):
        if current.head.i == current.i:
            return None
        current = current.head
    if current.pos_ not in ("NOUN", "PROPN") or current.dep_ == "pobj" or current.i == name.i:
        return None
    return current

"""Staff of an international organisation: 'the Kenya director of Amnesty International', "Human Rights Watch's
Asia researcher". A country or place in front of such a role noun names the branch the person runs, not the
state they act for, so the organisation named by the noun's of/for/at complement (or its possessor) beats the
country reading (docs/annotation.md: an IGO or NGO source is coded by its name, whatever office it has where).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import word_list, word_sets
from seismo.models import Actor

STAFF_PREPS = frozenset({"of", "for", "at", "with"})


@word_list
def _staff_heads() -> frozenset[str]:
    _, (heads,) = word_sets("titles.yaml", ("org_staff_heads",))
    return heads


def org_staff(token: Token, actor: Actor | None, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """The organisation a staff role noun works for when that is an international one (``actor.igo``), instead
    of the country its modifier gives ('the Hong Kong director of Amnesty International' is Amnesty, not HKG).
    Only a reading that is a state's or nobody's is replaced: an actor already an organisation stays."""
    if (actor is not None and actor.igo) or token.lemma_.lower() not in _staff_heads():
        return actor
    owners = [c for c in children_with(token, ("poss",)) if c.pos_ == "PROPN"]
    owners += [g for p in children_with(token, ("prep",)) if p.lower_ in STAFF_PREPS
               for g in children_with(p, ("pobj",)) if g.pos_ in ("PROPN", "NOUN")]
    for owner in owners:
        org = resolve(owner)
        if org is None or not org.igo:
            continue
        return org.model_copy(update={
            "reason": f"{org.reason}; the {token.lemma_.lower()} of '{owner.text}' acts for it"
                      + (f" (not {actor.code}, the place before it)" if actor is not None and actor.code else "")})
    return actor

"""An infinitive complement that a date phrase separates from its verb is still the verb's complement.

"Syria and Afghanistan agreed on Thursday to fight terrorism", "Greece asked its partners on Monday to refuse
...": with a date between the verb and its 'to' infinitive the small model hangs the infinitive as an adverbial
clause (a purpose), so the rules that need a complement ('agreed to', 'asked X to') never fire and the agreement
or the request is lost. For a verb the lexicon reads with an infinitive complement (a rule with ``xcomp``,
``xcomp_lemma``, ``to_complement``, ``infinitive`` or ``complement_subject_actor``), such an adverbial 'to'
infinitive right after a date phrase is relabelled a complement (``xcomp``), in place, before coding. A verb
with a complement of its own already, or one whose infinitive follows anything but a date ('met to discuss
trade', 'went to Geneva to sign'), is left alone.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from seismo.coding.doc_memo import forget
from seismo.coding.doc_words import words_now
from seismo.coding.lexicon import Lexicon

DATE_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})


def repair_dated_complements(doc: Doc, lexicon: Lexicon) -> None:
    """Relabel each 'to' infinitive the parser hung as an adverbial clause after a date phrase as the complement
    of a verb that takes one."""
    verbs = complement_verbs(lexicon)
    moved = False
    for token in (doc[i] for i in words_now(doc, DEP, ("advcl",))):  # the relabelling touches its word only
        if _dated_complement(token, verbs):
            token.dep_ = "xcomp"
            moved = True
    if moved:
        forget(doc)  # what was read of the parse before (``coding.doc_memo``) no longer holds


def _dated_complement(token: Token, verbs: frozenset[str]) -> bool:
    head = token.head
    if token.dep_ != "advcl" or token.tag_ != "VB" or head.i >= token.i or head.lemma_.lower() not in verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return False
    before = token.left_edge.i - 1
    return before > head.i and _in_date_phrase(head.doc[before], head)


def _in_date_phrase(token: Token, verb: Token) -> bool:
    """'on Thursday', 'last week', 'yesterday', 'on 3 May': the word ends a date phrase of the verb."""
    if token.ent_type_ == "DATE" or token.lower_ in DATE_WORDS:
        top = token
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        return top.head.i == verb.i and top.dep_ in ("prep", "npadvmod", "advmod", "pobj")
    return False


_CACHE: dict[int, tuple[object, frozenset[str]]] = {}


def complement_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verb lemmas with a rule that reads an infinitive complement (read once per lexicon)."""
    kept = _CACHE.get(id(lexicon.verbs))
    if kept is not None and kept[0] is lexicon.verbs:
        return kept[1]
    verbs = frozenset(lemma for lemma, rules in lexicon.verbs.items()
                      if any(r.xcomp or r.xcomp_lemma or r.to_complement or r.infinitive or r.complement_subject_actor
                             for r in rules))
    _CACHE[id(lexicon.verbs)] = (lexicon.verbs, verbs)
    return verbs

"""A finite verb the parser coordinates with a verb under a modal in a reported clause belongs to the report.

"The army chief said that the military would form an interim government and urged protesters to go home": the
small model hangs 'urged' on 'form', inside the complement of 'said', so the request reads as the military's and
as hypothetical (under 'would'). A modal takes a bare verb ('would form'); a past or present-tense verb ('urged',
'urges') cannot share it, so it is coordinated with the reporting verb whose tense it has: the speaker urged, and
did. So with a perfect or passive participle ('said 600 people had left and urged the rest to surrender', 'said
20 soldiers were killed and vowed to punish the rebels'), or with a present tense ('said that Iran appears to be
standing down and announced new sanctions'): a simple past cannot share 'had' or 'were', nor the present. The
repair rehangs such a conjunct (with its conjunction) on the reporting verb, in place, before coding. A
conjunct with a subject of its own ('... would form a government and protesters went home') is left alone.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from seismo.coding.doc_memo import forget
from seismo.coding.doc_words import words_now

MODALS = frozenset({"would", "will", "could", "might", "may", "should", "can", "must", "shall", "'ll", "'d"})
FINITE_TAGS = frozenset({"VBD", "VBZ"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # 'said that Iran appears to ... and announced sanctions': not one tense
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def repair_modal_conjuncts(doc: Doc) -> None:
    """Rehang each finite conjunct of a modal verb in a complement clause on the clause's reporting verb."""
    moved = False
    for token in (doc[i] for i in words_now(doc, DEP, ("conj",))):  # a rehanging changes heads, no relation
        reporter = _reporting_verb(token)
        if reporter is None:
            continue
        for cc in [c for c in token.head.children if c.dep_ in ("cc", "punct") and c.i < token.i
                   and c.i > token.head.i and doc[c.i + 1 : token.i].text.strip(" ,") == ""]:
            cc.head = reporter
        token.head = reporter
        moved = True
    if moved:
        forget(doc)  # what was read of the parse before (``coding.doc_memo``) no longer holds


def _reporting_verb(token: Token) -> Token | None:
    """The reporting verb a misplaced conjunct belongs to, or None when the token is no such conjunct."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.tag_ not in FINITE_TAGS or head.dep_ != "ccomp":
        return None
    if not (_modal_bare(head) or (token.tag_ == "VBD" and (_compound_participle(head) or head.tag_ in PRESENT_TAGS
                                                           or _copula(head)))):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    reporter = head.head  # before the clause: 'Sri Lanka has established ties and opened an embassy, the ministry
    # said' is an inverted report whose conjuncts share the clause's subject
    return reporter if reporter.pos_ == "VERB" and reporter.tag_ == token.tag_ and reporter.i < head.i else None


def _modal_bare(head: Token) -> bool:
    """'would form': a bare verb under a modal, which a finite verb cannot share."""
    return head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)


def _compound_participle(head: Token) -> bool:
    """'had left', 'were killed': a participle under a perfect or passive auxiliary, which a simple past ('urged',
    'vowed') cannot share ('said 600 people had left the campus and urged the rest to surrender')."""
    return head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be")
                                      for c in head.children)


def _copula(head: Token) -> bool:
    """'said the claim was "an attempt to usurp power" and warned against intervention': a clause that says what
    its subject is; the act joined to it is the speaker's."""
    return head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in head.children)

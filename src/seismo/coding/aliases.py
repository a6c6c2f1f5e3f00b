"""Short names the story defines for itself, read over the whole document before the sentences are coded.

News writes a body's full name once with the short form it will use afterwards: "the National Transitional
Council (NTC)", "the Brazilian Landless Workers Movement (MST)", "Hayat Tahrir al-Sham, known as HTS",
"the Popular Front, also called the PF". Later sentences say only "the NTC said". When the knowledge base
knows one of the two names and not the other, every mention of the unknown one takes the known one's actor
(both directions), with a reason that quotes the defining words (``seismo explain`` shows it).

A parenthesised acronym is the story's own definition: when the full name before it reads as an actor with a
country or a code, the acronym takes that actor even where the knowledge base gives the same letters to a
different body (the KB's "MST" need not be Brazil's landless movement). The KB's reading of the acronym
stands for the full name only when the KB's body carries the same name (its canonical name shares the
full name's words), since otherwise the letters are a coincidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from seismo.coding.actors import DocumentContext
from seismo.coding.doc_memo import doc_text
from seismo.coding.doc_words import doc_words
from seismo.coding.phrases import phrase_start
from seismo.kb import KnowledgeBase
from seismo.kb.records import Resolution
from seismo.models import Actor

Lookup = Callable[[Token, Actor | None], Actor | None]

# "NTC", "IRGC", "PdL", "M23", "U.N.": two or more capitals, at most ten characters, no lower-case run at the front
ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.\-]{1,9}$")
ALIAS_CUES = (("also", "known", "as"), ("known", "as"), ("also", "called"), ("calls", "itself"),
              ("call", "themselves"), ("calls", "themselves"))
CUE_STARTS = frozenset(cue[0] for cue in ALIAS_CUES)
LEADING = {"the", "a", "an", "both", "either"}
NAME_POS = {"PROPN", "NOUN"}


@dataclass
class Alias:
    """One name the story defines: the other name's actor is what its mentions take."""

    actor: Actor
    words: str  # the defining words, quoted in the reason


@dataclass
class Aliases:
    """Per document: name as written -> the actor its defined other name reads as."""

    names: dict[str, Alias]
    after: Lookup | None = None  # the next document look-up (``coding.introductions``)

    def actor_for(self, token: Token, found: Actor | None = None) -> Actor | None:
        """The actor of a mention whose name the story defined ('the NTC said'), else the next look-up's."""
        if self.after is not None:
            found = self.after(token, found)
        if not self.names or token.pos_ not in NAME_POS or (found is not None and found.igo):
            return found  # most stories define no short name: no phrase to build for the look-up
        alias = self.names.get(_name(token)) or self._compound(token, found)
        if alias is None:
            return found
        reason = f"defined in the document as '{alias.words}': {alias.actor.reason}"
        return alias.actor.model_copy(update={"name": token.doc[phrase_start(token) : token.i + 1].text,
                                              "reason": reason})

    def _compound(self, token: Token, found: Actor | None) -> Alias | None:
        """'MST members', 'the NTC chairman': a defined body's short name in front of a common noun is that body,
        where it is a body (an agent): 'NSW police' stays the police of the place NSW stands for."""
        if token.pos_ != "NOUN":
            return None
        for child in token.lefts:
            alias = self.names.get(child.text) if child.dep_ == "compound" and child.pos_ == "PROPN" else None
            if alias is not None and (alias.actor.agent or found is None):
                return alias
        return None


def read_aliases(doc: Doc, kb: KnowledgeBase, resolve: Callable[[Token], Actor | None], on: object) -> dict[str, Alias]:
    """Every name pair the document defines, turned into name -> the actor the name should take.

    The knowledge base decides which side leads: a full name it places gives its reading to the short name
    (over a different body the KB knows by the same letters); else a short name it places gives its reading to
    the full name, unless the letters are the full name's initials and the KB's body is named otherwise; else
    the short name takes the full name's reading in context (its sector, its clause's or story's country)."""
    names: dict[str, Alias] = {}
    for long_head, long_name, short, words, acronym in _definitions(doc):
        if not long_name or long_name == short or long_name in names or short in names:
            continue
        long_kb, short_kb = kb.resolve_phrase(long_name, on), kb.resolve_phrase(short, on)  # type: ignore[arg-type]
        if (_placed(long_kb) and not _placed(short_kb)) or (acronym and _placed(long_kb)):
            actor = resolve(long_head)
            if actor is not None:
                names[short] = Alias(_with_sector(actor, short_kb), words)
        elif _placed(short_kb) and long_head.text[:1].isupper() and not (acronym and _initials(short, long_name)
                                        and not _same_body(short_kb.reason, long_name)):  # type: ignore[union-attr]
            names[long_name] = Alias(short_kb.actor.model_copy(update={"reason": short_kb.reason}), words)  # type: ignore[union-attr]
        elif short_kb is None or acronym:
            actor = resolve(long_head)
            if actor is not None and (actor.agent or _placed_actor(actor)):
                names[short] = Alias(actor, words)
    return names


def _with_sector(actor: Actor, short_kb: Resolution | None) -> Actor:
    """'a Kenyan Member of Parliament (MP)': the full name gives the country, the KB's sector-only reading of
    the letters ('MP': LEG) the sector the full name's words did not."""
    sector = short_kb.actor.agent if short_kb is not None and not short_kb.actor.country else None
    if actor.agent or not actor.country or actor.igo or sector is None:
        return actor
    return actor.model_copy(update={"agent": sector, "code": f"{actor.country}{sector}",
                                    "reason": f"{actor.reason}; sector {sector} from the letters: {short_kb.reason}"})  # type: ignore[union-attr]


def _definitions(doc: Doc) -> list[tuple[Token, str, str, str, bool]]:
    """(head of the full name, the full name, short name, defining words, whether it is a parenthesised acronym)."""
    found = []
    w = doc_words(doc)  # read once: a test per token must not build a token or a span
    texts, lowers = w.text, w.lower
    for i, text in enumerate(texts):
        if text == "(" and i + 2 < len(doc) and texts[i + 2] == ")" and i > 0:
            short, head = texts[i + 1], doc[i - 1]
            if ACRONYM.match(short) and head.pos_ in NAME_POS and head.text[:1].isupper():
                head, name = _spelt_out(head, short, i)
                found.append((head, name, short, doc[phrase_start(head) : i + 3].text, True))
        cue = _cue_at(lowers, i)
        if cue:
            found.extend(_alias_after(doc, i, cue))
    return found


def _spelt_out(inner: Token, short: str, end: int) -> tuple[Token, str]:
    """The name an acronym stands for, ending right before its bracket: 'Member of Parliament (MP)' and 'Ministry
    of Foreign Affairs (MFA)' reach over 'of' to the outer noun, 'Parliament of New South Wales (NSW)' stops at
    the place. The widest name whose initials the letters follow wins; the innermost where none does."""
    doc, heads = inner.doc, [inner]
    while heads[-1].dep_ == "pobj" and heads[-1].head.lower_ in ("of", "for") and heads[-1].head.head.i < heads[-1].i \
            and heads[-1].head.head.pos_ in NAME_POS and heads[-1].head.head.text[:1].isupper():
        heads.append(heads[-1].head.head)
    names = [(h, _strip(doc, phrase_start(h), end)) for h in heads]
    return next(((h, n) for h, n in reversed(names) if _initials(short, n)), names[0])


def _cue_at(lowers: Sequence[str], i: int) -> int:
    """The length of an alias cue ('known as', 'also called') starting at token ``i`` of the document's
    lower-cased words, 0 where none does."""
    if lowers[i] not in CUE_STARTS:
        return 0
    for cue in ALIAS_CUES:
        if tuple(lowers[i : i + len(cue)]) == cue:
            return len(cue)
    return 0


def _alias_after(doc: Doc, i: int, cue: int) -> list[tuple[Token, str, str, str, bool]]:
    """'Hayat Tahrir al-Sham, known as HTS', 'the armed group, which calls itself the Popular Front': the
    capitalised name after the cue, and the name or noun right before the comma (or 'which') that it defines
    (a common noun only ever lends its reading to the name: 'the group' is not made the KB's body)."""
    j = i + cue
    while j < len(doc) and (doc[j].lower_ in LEADING or doc[j].is_quote):
        j += 1
    run = []
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        run.append(doc[j])
        j += 1
    before = i - 1
    while before >= 0 and (doc[before].lower_ in ("which", "who", "that", "also") or doc[before].text == ","):
        before -= 1
    if not run or before < 0 or doc[before].pos_ not in NAME_POS:
        return []
    short = doc[run[0].i : run[-1].i + 1].text
    return [(doc[before], _name(doc[before]), short, doc[phrase_start(doc[before]) : j].text, False)]


def _name(token: Token) -> str:
    """The name a mention is written with: its phrase less a leading article ('the NTC' -> 'NTC')."""
    return _strip(token.doc, phrase_start(token), token.i + 1)


def _strip(doc: Doc, start: int, end: int) -> str:
    """The text of ``doc[start:end]`` less leading articles, spaced as written ("Workers' Party")."""
    words = doc_words(doc)
    while start < end and words.lower[start] in LEADING:
        start += 1
    return doc_text(doc)[words.idx[start] : words.end_char(end - 1)] if start < end else ""


def _placed(found: Resolution | None) -> bool:
    """The knowledge base reads the name alone as a country, a coded body or an IGO (not a bare sector)."""
    return found is not None and _placed_actor(found.actor)


def _placed_actor(actor: Actor) -> bool:
    return bool(actor.code or actor.country or actor.igo)


def _initials(short: str, long_name: str) -> bool:
    """'NTC' for 'National Transitional Council', 'MP' for 'Kenyan Member of Parliament': the short name's
    capitals follow the full name's initials to its last word, from its first or second word (a nationality
    may lead; small words such as 'of' may be skipped)."""
    capitals = [c for c in short if c.isupper()]
    initials = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long_name)]
    if len(capitals) < 2 or not initials or capitals[-1] != initials[-1]:
        return False
    for start in (0, 1):
        it = iter(initials[start:])
        if initials[start:start + 1] == capitals[:1] and all(c in it for c in capitals):
            return True
    return False


def _same_body(reason: str, long_name: str) -> bool:
    """The KB's body behind an acronym carries the full name the story wrote (most of its words)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", long_name)}
    known = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", reason)}
    return bool(words) and len(words & known) * 2 >= len(words)


def aliases(doc: Doc, ctx: DocumentContext, kb: KnowledgeBase, after: Lookup | None = None) -> Lookup:
    """The look-up ``ctx`` consults for names the story defined. Full names are read by a fresh, memory-free
    context of the same story, so the pre-pass leaves the coder's discourse memory untouched."""
    reader = DocumentContext(kb, ctx.on, home=ctx.home)  # no introductions: they read people, not bodies
    return Aliases(read_aliases(doc, kb, reader.resolve, ctx.on), after).actor_for

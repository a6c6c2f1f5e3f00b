"""People and organisations the knowledge base does not know, as the document introduces them.

A news story says who someone is once, where it first names them, and then uses the bare name:
"Nadia Korrel, of the provincial council, ... Korrel also alleged ...", "Kenyan lawmaker Amos Otieno",
"the Defence Secretary, Rafael Dumas", "Karim Dassouli was a Moroccan diplomat". This module reads
those introductions over the whole document before the sentences are coded (a document pass:
``../shared/design/coder.md``) and gives every mention of the same name (full name or surname alone)
the introduction's code, with a reason that quotes the introducing words (``seismo explain`` shows it).

Introductions, in the order they are tried for each name:

* the **title run** before the name: "Kenyan lawmaker", "United States Senator from Ohio", or a
  capitalised title from ``dictionaries/titles.yaml`` ("Deputy Tomas Verani");
* an **apposition**: "Korrel, a member of the provincial council", "Otieno, spokesperson for the governor";
* the name as the apposition of a role: "the Defence Secretary, Rafael Dumas";
* an **of-complement** on the name: "Korrel, of the Nakuru provincial council";
* a **copula**, also in a relative clause: "Dassouli was a Moroccan diplomat", "Dassouli, who is a diplomat";
* the title whose 'from'/'of' the parser hung the name on: "United States Senator from Vermont Bernie Sanders".

The knowledge base keeps priority: a name it knows is not re-read from the document (nor one it knows only
with the title written before it: 'President Bush', 'Prime Minister May'), with one exception.
A person it knows only from a **lower office** (``kb.records.MINOR_ROLES``: a minister, an envoy, a military
chief ...) yields to an introduction that says whom the person works for (a country, an IGO or an organisation
with its own code) and reads differently from the record: "Tarvo Kellamaa, the UN's humanitarian coordinator"
is a UN official whatever post the record gives a namesake or the same man years before. An introduction that
names only a sector ("Finance Minister Ilse Brandauer", "X, a senior official") leaves the record's reading,
and heads of state or government and the other senior offices keep theirs. A surname two introduced people
share is no key (neither gets it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from seismo.coding.actors import DocumentContext
from seismo.coding.doc_words import children_with, doc_words, tagged
from seismo.coding.lexicon import word_list, word_sets
from seismo.coding.phrases import phrase_text
from seismo.coding.sector_countries import needs_country
from seismo.kb import KnowledgeBase, Resolution
from seismo.kb.chunks import given_name_before
from seismo.kb.names import ENVOY_OFFICES, ENVOY_WORDS
from seismo.kb.records import MINOR_ROLES
from seismo.models import Actor

RUN_POS = {"PROPN", "NOUN", "ADJ"}
RUN_LINKS = {"of", "from", "for"}  # "Senator from Vermont", "Minister of Defence"
NAME_DEPS_SKIP = {"compound", "flat"}  # parts of a longer name
COPULAS = {"be"}
NON_PERSON = {"GPE", "ORG", "NORP", "LOC", "FAC"}
REPORTERS = {"MED"}  # "the news agency AFP", "journalist X": who reports is no party the document introduces

Resolve = Callable[[Token], Actor | None]
Locate = Callable[[Token, Actor | None], Actor | None]


@word_list
def titles() -> dict[str, str]:
    """Capitalised titles before a name -> sector ('Deputy' -> LEG), those the agent nouns leave out."""
    data, _ = word_sets("titles.yaml", ())
    return {str(word): str(sector) for sector, words in (data.get("titles") or {}).items() for word in words}


@word_list
def modified_heads() -> frozenset[str]:
    """Role nouns whose sector is their modifier's ('opposition leader', 'rebel chief'): ``titles.yaml``."""
    _, (heads,) = word_sets("titles.yaml", ("modified_heads",))
    return heads


@dataclass
class Introduction:
    actor: Actor
    words: str  # the introducing words, quoted in the reason
    own: bool = True  # the role names whom the person works for (not a sector placed by the story)
    over: Resolution | None = None  # the knowledge base's lower-office reading of the name it outranks


@dataclass
class Introductions:
    """Per document: name -> the role its introduction gives (read on first use)."""

    doc: Doc
    kb: KnowledgeBase
    on: object  # the publication date (dt.date | None): KB look-ups of names and titles
    resolve: Resolve  # a memory-free reading of a role noun (a fresh ``DocumentContext``)
    locate: Locate  # the role's country from its clause, paragraph or story, where the role has none
    _keys: dict[str, Introduction | None] | None = None
    _known: dict[str, Resolution | None] = field(default_factory=dict)
    _firsts: dict[int, int] = field(default_factory=dict)  # name head -> its first word (``name_tokens``)

    def actor_for(self, token: Token, found: Actor | None = None) -> Actor | None:
        """The actor a name token refers to given the reading so far (``found``): the document's introduction
        when that reading has no sector, or when it is a bare surname of someone else the knowledge base
        knows ('Samuel Soto, a lawmaker ... Soto said' is not the KB's Soto)."""
        if token.pos_ != "PROPN" or token.dep_ in NAME_DEPS_SKIP or _name_goes_on(token) \
                or (found is not None and found.igo):
            return found
        keys = self._read() if self._keys is None else self._keys
        if not keys:
            return found  # the story introduced nobody (most stories): no name to build for the look-up
        parts = self.name_tokens(token)
        name = " ".join(t.text for t in parts)
        bare = len(parts) == 1
        # "Abu Mahdi al-Muhandis ... al-Muhandis was the deputy commander of the PMF": a full name takes what its
        # surname alone was introduced as (a surname two people share is no key: ``_read``)
        intro = keys.get(name) or (keys.get(token.text) or _vowel_variant(token.text, keys) if bare
                                   else keys.get(parts[-1].text))
        # a lower-office record of the same name yields to the introduction (``Introduction.over``)
        outranks = intro is not None and intro.over is not None \
            and (found is None or found.country == intro.over.actor.country)
        if found is not None and found.agent and not (bare and intro is not None) and not outranks:
            return found
        if intro is None and bare and token.text in keys and found is None:  # marked ambiguous
            return Actor(name=name, reason=f"the document names several people '{name}': a surname alone is "
                                           "none of them (no country)")
        if intro is None:
            return found
        reason = f"introduced in the document as '{intro.words}': {intro.actor.reason}"
        if intro.over is not None:
            reason = (f"introduced in the document as '{intro.words}', which outranks the knowledge base's lower "
                      f"office ({intro.over.reason}): {intro.actor.reason}")
        return intro.actor.model_copy(update={"name": name, "reason": reason})

    def _read(self) -> dict[str, Introduction | None]:
        keys: dict[str, Introduction | None] = {}
        full_names: dict[str, set[str]] = {}  # surname -> the full names written with it
        names: list[tuple[Token, list[Token], str]] = []
        for head in tagged(self.doc, ("PROPN",)):
            if head.dep_ in NAME_DEPS_SKIP or _name_goes_on(head):
                continue
            parts = self.name_tokens(head)
            names.append((head, parts, " ".join(t.text for t in parts)))
            if len(parts) > 1:
                full_names.setdefault(parts[-1].text, set()).add(names[-1][2])
        for head, parts, name in names:
            # "arrested Grace Dubois ... Dubois is a lawmaker": a surname the story wrote in full, as a name the
            # knowledge base does not know, is that person, whoever else the KB knows by the surname alone
            written_in_full = len(parts) == 1 and any(not self._kb_knows(n) for n in full_names.get(name, ()))
            known = None if written_in_full else self._kb_reading(name)
            if name in keys or (known is not None and known.office not in MINOR_ROLES) \
                    or (known is None and self._titled_person(parts)):
                continue
            intro = self._introduce(head, parts)
            if known is not None and intro is not None:
                intro = _outranking(intro, known)
            if intro is None:
                continue
            keys[name] = intro
            if len(parts) > 1:
                keys.setdefault(parts[-1].text, intro)
        _add_given_names(keys, [(parts, name) for _, parts, name in names], self._kb_knows)
        for surname, written in full_names.items():  # two people sharing a surname: the surname alone is neither
            # "al-Muhandis" is the end of "Abu Mahdi al-Muhandis": one person written two ways
            names = {n for n in written if not any(m.endswith(" " + n) for m in written)}
            if len(names) > 1 and surname in keys and not all(_same(keys.get(n), keys[surname]) for n in names):
                keys[surname] = None
        self._keys = keys
        return keys

    def name_tokens(self, head: Token) -> list[Token]:
        """The proper nouns that make up a name ending at ``head``: its compound run, less any title words
        ('Senator', 'President') or nationality at its front. Read once per name: the document pass reads every
        name, and the coder asks again for each mention."""
        first = self._firsts.get(head.i)
        if first is None:
            first = self._firsts[head.i] = self._first_of_name(head)
        doc = head.doc
        return [doc[k] for k in range(first, head.i + 1)]

    def _first_of_name(self, head: Token) -> int:
        start = head.i
        doc = head.doc
        words = doc_words(doc)  # most names start at once: no Token for the word before them (issue 15)
        pos, dep, heads = words.pos, words.dep, words.head
        while start > 0 and pos[start - 1] == "PROPN" and (
                (dep[start - 1] in NAME_DEPS_SKIP and start - 1 < heads[start - 1] <= head.i)
                or _same_entity(doc[start - 1], doc[start])):  # "Ana Quispel" parsed as two nouns
            start -= 1
        parts = list(doc[start : head.i + 1])
        while len(parts) > 1 and not _one_place_name(parts[0], parts[1]):
            size = self._title_size(parts)
            if not size:
                break
            parts = parts[size:]
        return parts[0].i

    def _title_size(self, parts: list[Token]) -> int:
        """How many words at the front of a name run are a title: one word ('Deputy', 'Senator'), or several
        that the knowledge base reads whole as an agent noun ('Prime Minister Anwar Ibrahim' is 'Anwar Ibrahim',
        though 'Prime' alone is no title)."""
        for size in range(len(parts) - 1, 1, -1):
            if not self._is_title(parts[size - 1]):  # 'Prime Minister Laura': a title ends on a title word
                continue
            words = " ".join(t.text for t in parts[:size])
            found = self.kb.resolve_phrase(words, self.on)  # type: ignore[arg-type]
            if found is not None and found.actor.name == words and found.actor.agent and not found.actor.country:
                return size
        return 1 if self._is_title(parts[0]) else 0

    def _is_title(self, token: Token) -> bool:
        """A capitalised title ('Deputy'), an agent noun the knowledge base reads alone ('Senator') or a
        country's name ('Brazil' in a compound run): words in front of a name that are no part of it; not a
        word the knowledge base reads as a given name there ('Marine Le Pen': ``kb.chunks.given_name_before``)."""
        if token.text in titles():
            return True
        if token.i + 1 < len(token.doc) and given_name_before(token.text, token.nbor(1).text):
            return False  # "Marine Le Pen", "Jordan Bardella": the knowledge base's given names, as it reads them
        found = self.kb.resolve_phrase(token.text, self.on)  # type: ignore[arg-type]
        return found is not None and (bool(found.actor.agent) != bool(found.actor.country))

    def _titled_person(self, parts: list[Token]) -> bool:
        """'President Bush': a surname the knowledge base reads only after a title ('bush' is a common word, so
        no bare alias) names the senior office holder with the title written before it; the knowledge base keeps
        priority, as for a name it knows alone, and the title is no introduction of an unknown 'Bush'."""
        first, _ = _run_bounds(parts[0])
        if first is None:
            return False
        found = self.kb.resolve_phrase(parts[0].doc[first : parts[-1].i + 1].text, self.on)  # type: ignore[arg-type]
        return found is not None and found.actor.person is not None and found.office not in MINOR_ROLES

    def _kb_knows(self, name: str) -> bool:
        return self._kb_reading(name) is not None

    def _kb_reading(self, name: str) -> Resolution | None:
        if name not in self._known:
            self._known[name] = self.kb.resolve_phrase(name, self.on)  # type: ignore[arg-type]
        return self._known[name]

    def _introduce(self, head: Token, parts: list[Token]) -> Introduction | None:
        for role, words in _descriptions(head, parts, self.kb, self.on, self.resolve):
            if role is not None and (role.agent or role.igo) and role.agent not in REPORTERS \
                    and not _names_itself(role, parts):
                located = self.locate(head, role) or role
                return Introduction(located, words, own=not needs_country(role))
        return None


def _descriptions(head: Token, parts: list[Token], kb: KnowledgeBase, on: object,
                  resolve: Resolve) -> Iterator[tuple[Actor | None, str]]:
    if head.ent_type_ not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART"):  # people: not "the news agency AFP"
        yield from _title_run(head, parts, kb, on)
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i > head.i:
            yield resolve(child), _words(child)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        yield resolve(head.head), _words(head.head)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > head.i:
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ not in ("NOUN", "PROPN"):
                    continue
                whole = head.doc[parts[0].i : pobj.i + 1].text  # "House of Representatives": one body's name
                found = kb.resolve_phrase(whole, on) if prep.i == head.i + 1 else None  # type: ignore[arg-type]
                if found is not None and found.actor.agent:
                    yield found.actor.model_copy(update={"reason": found.reason}), whole
                else:
                    yield resolve(pobj), f"{prep.text} {_words(pobj)}"
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ in COPULAS:
        yield from _copula_roles(verb, resolve)
    for clause in head.children:  # "Dassouli, who is a Moroccan diplomat"
        if clause.dep_ == "relcl" and clause.lemma_ in COPULAS \
                and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            yield from _copula_roles(clause, resolve)
    title = head.head.head if head.dep_ == "pobj" and head.head.lower_ in RUN_LINKS else None
    if title is not None and title.pos_ == "PROPN" and title.i < head.i and head.ent_type_ != "GPE":
        # "United States Senator from Vermont Bernie Sanders": the parser hangs the name on the title's 'from'
        yield resolve(title), phrase_text(title)


ENDING_PREPS = frozenset({"until", "till"})  # "who was the finance minister until December": a former role


def _copula_roles(verb: Token, resolve: Resolve) -> Iterator[tuple[Actor | None, str]]:
    """'who is a Moroccan diplomat': the role named; 'who was the finance minister until December': a role held
    until a past day is a former one, the person's country's elite (ELI, as 'a former finance minister'), also
    when the role is capitalised ('who was Trump's Special Presidential Envoy ... until December')."""
    ended = verb.tag_ == "VBD" and any(c.lower_ in ENDING_PREPS for c in children_with(verb, ("prep",)))
    for attr in verb.children:
        if attr.dep_ == "attr" and (attr.pos_ == "NOUN" or (ended and attr.pos_ == "PROPN")):
            role = resolve(attr)
            if ended and role is not None and role.country and not role.igo:
                role = role.model_copy(update={"agent": "ELI", "code": f"{role.country}ELI",
                                               "reason": f"'{_words(attr)}' until a past day: a former role"})
            yield role, _words(attr)


def _title_run(head: Token, parts: list[Token], kb: KnowledgeBase, on: object) -> Iterator[tuple[Actor | None, str]]:
    """'Kenyan lawmaker Otieno', 'United States Senator from Ohio Ann Price', 'Deputy Tomas Verani'."""
    first, end = _run_bounds(parts[0])
    if first is None:
        return
    doc = head.doc
    words, last = doc[first:end].text, doc[end - 1]
    own = kb.resolve_phrase(last.text, on)  # type: ignore[arg-type]
    found = kb.resolve_phrase(words, on)  # type: ignore[arg-type]
    # the run's last word is the role ('lobbyist' of 'Trump loyalist' is none); its own sector stands unless
    # the run says 'former' (ELI), names an organisation with its own code ('Taliban spokesperson') or ends in a
    # role whose sector is its modifier's ('opposition leader Ana Ruiz' is the opposition, not the government)
    if found is not None and found.actor.agent and own is not None and own.actor.agent \
            and (found.actor.agent in (own.actor.agent, "ELI") or found.actor.code
                 or last.lemma_.lower() in modified_heads()):
        yield found.actor, words
        return
    sector = titles().get(last.text) or titles().get(last.text.capitalize())  # "Brazilian deputy Tomas Verani"
    if sector is not None:
        country = found.actor.country if found is not None and not found.actor.agent else None
        code = f"{country}{sector}" if country else None
        yield Actor(name=words, code=code, country=country, agent=sector,
                    reason=f"the title '{last.text}' names sector {sector}"
                           + (f"; country {country} in '{words}'" if country else "")), words


def _run_bounds(start: Token) -> tuple[int | None, int]:
    """The words right before a name that may be its title: nouns, adjectives and proper nouns, with 'of',
    'from', 'for' inside ('Secretary of State'). None when the word before the name is no role noun: a link
    ('an employee of Varga Holdings'), part of the same named place ('the Islamic Republic'), a people's name
    ('Muslim Mindanao')."""
    doc, end = start.doc, start.i
    first = end
    words = doc_words(doc)  # the run's words from the lists: no Token per word asked (issue 15)
    pos, text, dep, low = words.pos, words.text, words.dep, words.lower
    while first > 0 and (pos[first - 1] in RUN_POS or text[first - 1] == "-"
                         or (dep[first - 1] == "amod" and doc[first - 1].tag_ in ("VBG", "VBN"))  # 'acting'
                         or (low[first - 1] in RUN_LINKS and first - 1 > 0)):
        first -= 1
    while first < end and (low[first] in RUN_LINKS or text[first] == "-"):
        first += 1
    if first < end and first > 1 and doc[first - 1].tag_ == "POS" and doc[first - 2].ent_type_ == "GPE":
        first -= 2  # "Thailand's acting Prime Minister", "the United States' envoy": whose title it is
        while first > 0 and _same_entity(doc[first - 1], doc[first]):
            first -= 1
    last = doc[end - 1] if end > first else None
    if last is None or last.lower_ in RUN_LINKS or last.pos_ not in ("NOUN", "PROPN") \
            or last.ent_type_ == "NORP" or _one_place_name(last, start):
        return None, end
    return first, end


def _same_entity(before: Token, after: Token) -> bool:
    return after.ent_iob_ == "I" and before.ent_iob_ != "O" and before.ent_type_ == after.ent_type_


def _name_goes_on(token: Token) -> bool:
    """'Ana' of 'Ana Quispel': the next word continues the same named entity."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and _same_entity(token, doc[token.i + 1])


def _one_place_name(before: Token, after: Token) -> bool:
    """Both words inside one named place or body ('Islamic Republic' of Iran): the first is no title."""
    return after.ent_iob_ == "I" and after.ent_type_ in NON_PERSON and before.ent_type_ == after.ent_type_


def _add_given_names(keys: dict[str, Introduction | None], names: list[tuple[list[Token], str]],
                     kb_knows: Callable[[str], bool]) -> None:
    """'Malaysian Prime Minister Anwar Ibrahim ... Anwar hosted', 'Thai Prime Minister Phumtham Wechayachai ...
    Phumtham said': where a name's first word is the one news repeats (Malay, Thai, Indonesian names; also the
    first names of a story's private people), the first word alone is the introduced person. Only a first word
    that one introduced full name begins with, that is no other key and that the knowledge base does not read."""
    given: dict[str, set[str]] = {}
    for parts, name in names:
        if len(parts) > 1 and keys.get(name) is not None:
            given.setdefault(parts[0].text, set()).add(name)
    for word, written in given.items():
        if len(written) == 1 and word not in keys and not kb_knows(word):
            keys[word] = keys[next(iter(written))]


def _vowel_variant(surname: str, keys: dict[str, Introduction | None]) -> Introduction | None:
    """'Yahya Sarea ... Saree said': a transliterated surname spelt again with one vowel changed is the one
    introduced (only a long name, only one such name in the document)."""
    if len(surname) < 5 or surname in keys:
        return None
    found = [intro for key, intro in keys.items() if " " not in key and len(key) == len(surname)
             and key[:3] == surname[:3] and _one_vowel_apart(key, surname)]
    return found[0] if len(found) == 1 else None


def _one_vowel_apart(a: str, b: str) -> bool:
    apart = [(x, y) for x, y in zip(a.lower(), b.lower(), strict=True) if x != y]
    return len(apart) == 1 and all(c in "aeiouy" for c in apart[0])


def _words(token: Token) -> str:
    sub = list(token.subtree)
    return token.doc[sub[0].i : sub[-1].i + 1].text


def _names_itself(role: Actor, parts: list[Token]) -> bool:
    """A role read from the name's own words ('Vermont' in 'Vermont Bernie Sanders') is no introduction."""
    return role.name in " ".join(t.text for t in parts)


def _outranking(intro: Introduction, known: Resolution) -> Introduction | None:
    """The introduction of a name the knowledge base knows from a lower office, where it outranks the record:
    it names whom the person works for and reads differently ('the UN's humanitarian coordinator' against
    an ambassador's record). A sector alone ('Finance Minister') or the record's own reading leaves the record."""
    mine, theirs = intro.actor, known.actor
    if not intro.own or (mine.code, mine.igo, mine.agent) == (theirs.code, theirs.igo, theirs.agent):
        return None
    if known.office in ENVOY_OFFICES and ENVOY_WORDS & set(intro.words.lower().split()):
        return None  # 'X, the UN ambassador': a country's envoy, as the record's envoy is
    return Introduction(mine, intro.words, own=True, over=known)


def _same(a: Introduction | None, b: Introduction | None) -> bool:
    return a is not None and b is not None and a.actor.code == b.actor.code and a.actor.agent == b.actor.agent


def introductions(doc: Doc, ctx: DocumentContext, kb: KnowledgeBase) -> Callable[[Token, Actor | None], Actor | None]:
    """The look-up ``ctx`` consults for names the knowledge base does not know. Roles are read by a fresh,
    memory-free context of the same story, so the pre-pass leaves the coder's discourse memory untouched."""
    reader = DocumentContext(kb, ctx.on, home=ctx.home)
    return Introductions(doc, kb, ctx.on, reader.resolve, reader.locate).actor_for

"""A sector noun with no country of its own ('police', 'the rebels', 'students') takes one from the text: a place
in its own phrase ('the rebels in Darfur', 'Chicago Mayor ...'), the group its members act for ('militants from
ISIS'), the clause subject a possessive points to ('The U.S. evacuated its embassy staff'), else its clause's,
paragraph's or story's country (``coding.placement``) or the side a strike hit (``coding.struck_sides``).

Split from ``coding.actors``: ``SectorCountries`` is the part of ``actors.DocumentContext`` that places sector
actors; it reads the document's knowledge base, placer and resolver through the context it is mixed into.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from seismo.coding.doc_memo import memo
from seismo.coding.doc_words import children_with, doc_words
from seismo.coding.group_nouns import group_nouns
from seismo.coding.mention_memory import because
from seismo.coding.mentions import PLACE_PREPS, named_complements
from seismo.coding.org_heads import head_sector
from seismo.coding.phrases import phrase_span, phrase_text
from seismo.coding.placement import ELSEWHERE, Placement, Placer, from_elsewhere
from seismo.coding.region_modifiers import region_modifier
from seismo.coding.struck_sides import struck_side
from seismo.kb import KnowledgeBase
from seismo.models import Actor

__all__ = ["POLITICAL_SECTORS", "SectorCountries", "needs_country"]

POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}


class SectorCountries:
    """Placing sector actors, mixed into ``actors.DocumentContext``, which holds the state read here."""

    kb: KnowledgeBase
    _by_place: dict[int, Actor]  # id -> civilian placed by a place (kept alive)
    _at_home: dict[int, Actor]  # id -> actor given the story's country (kept alive)

    @property
    def placer(self) -> Placer:
        """Clause and paragraph places of the document (``DocumentContext.placer``)."""
        raise NotImplementedError

    def resolve(self, token: Token, on: dt.date | None = None) -> Actor | None:
        """The actor a nominal token refers to (``DocumentContext.resolve``)."""
        raise NotImplementedError

    def locate(self, token: Token, actor: Actor | None) -> Actor | None:
        """A sector with no country ('police', 'the interior ministry') takes the country of its clause,
        else its paragraph, else the story's (``coding.placement``); the reason says which."""
        if not needs_country(actor):
            return actor
        assert actor is not None
        found = self.placer.locate(token, actor.agent)
        struck = struck_side(token, self.resolve, self.at_home, self.kb.place_country) \
            if found is not None and not found.by_place else None
        if struck is not None:  # "shelled Ukrainian positions, killing four civilians": the side the strike hit
            found = Placement(struck[0], f"{struck[0]} from '{struck[1]}', what the clause it hangs from acts on",
                              by_place=False)
        if found is None:
            return because(actor, f"{actor.reason}; {ELSEWHERE}") if from_elsewhere(token) else actor
        placed = actor.model_copy(update={
            "country": found.country, "code": f"{found.country}{actor.agent}",
            "reason": f"{actor.reason or 'sector ' + str(actor.agent)}; country {found.reason}",
        })
        if found.by_place and actor.agent not in POLITICAL_SECTORS:
            self._by_place[id(placed)] = placed
        if not found.by_place and struck is None:
            self._at_home[id(placed)] = placed
        return placed

    def at_home(self, actor: Actor) -> bool:
        """An actor whose country is only the story's main country: ``locate`` found no place (nor struck side)
        in the text to decide it."""
        return self._at_home.get(id(actor)) is actor

    def placed_only(self, actor: Actor | None) -> bool:
        """A civilian sector noun whose country only a place in the text gave ('16 residents' of Leeds): a
        mere sector still, which names nobody an event without a source could be about. Soldiers killed by
        an IED in Helmand are state agents: they count."""
        return actor is not None and self._by_place.get(id(actor)) is actor

    def _owned_by_subject(self, token: Token, actor: Actor, on: dt.date | None) -> Actor:
        """'The U.S. evacuated its embassy staff': 'its' is the clause subject's. 'Israel said its warplanes struck
        targets in Syria': a possessive on the subject of a reported clause is the reporter's (never the place's)."""
        if token.i not in _possessive_owners(token.doc):
            return actor  # no "its"/"their" in the token's subtree
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in children_with(verb, ("nsubj", "nsubjpass")) if c.i != token.i), None)
        if subj is None and token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
            subj = next(children_with(verb.head, ("nsubj", "nsubjpass")), None)
        owner = self.resolve(subj, on) if subj is not None else None
        if owner is None or not owner.country:
            return actor
        return actor.model_copy(update={
            "country": owner.country, "code": f"{owner.country}{actor.agent}",
            "reason": f"{actor.reason}; country {owner.country}: the possessive is the subject's ({owner.name})",
        })

    def _placed(self, token: Token, actor: Actor | None, on: dt.date | None) -> Actor | None:
        """'the rebels in Darfur', 'students from Kharkiv': a sector with no country of its own is the country
        of the place its phrase puts it in (before the story's country). 'Militants from ISIS', 'fighters
        loyal to al-Qaeda': members of a named group are that group; 'supporters of Imran Khan' are not the person
        they follow."""
        if not needs_country(actor):
            return actor
        assert actor is not None
        own = self._place_modifier(token, actor) or self._based_in(token, actor) \
            or region_modifier(token, actor, self.kb)
        if own is not None:
            return own
        for prep, pobj in named_complements(token):
            name = phrase_text(pobj).strip()
            whole = self.kb.place(name) if name.lower().startswith("the ") else None
            if whole is not None and whole.country is None and prep.lower_ in PLACE_PREPS:
                continue  # "a tanker in the Gulf": a sea named with its article, not Papua New Guinea's Gulf
            if name.lower().startswith("the "):
                name = name[4:]
            place = whole or self.kb.place(name)
            if place is None:
                group = self.kb.resolve_phrase(name, on)
                if group is not None and not group.reason.startswith("person ") and _acts_for(token, group.actor):
                    named = head_sector(pobj, because(group.actor, group.reason), self.kb, on)  # 'of the X Front'
                    why = f"{named.reason}; its members ('{prep.text} {name}')"
                    return named.model_copy(update={"name": phrase_text(token), "reason": why})
            if prep.lower_ not in PLACE_PREPS:
                continue
            country = place.country if place is not None else None
            if country is None:
                found = self.kb.resolve_phrase(name, on)
                country = found.actor.country if found and not found.actor.agent else None
            if country:
                return actor.model_copy(update={
                    "country": country, "code": f"{country}{actor.agent}",
                    "reason": f"{actor.reason}; country {country} from '{prep.text} {name}' in the phrase"
                              + (self.kb.place_note(name) if place is not None else ""),
                })
        return actor

    def _place_modifier(self, token: Token, actor: Actor) -> Actor | None:
        """'Chicago Mayor Lisa Harmon', 'the Texas police': a city or region the actor table lacks, tagged as a
        place inside the phrase before its head, gives the sector noun its country (when the gazetteer's places
        of that name all lie in one country)."""
        words = [t for t in phrase_span(token) if t.i < token.i and t.ent_type_ in ("GPE", "LOC")]
        if not words or words[-1].i - words[0].i + 1 != len(words):  # one run of place words
            return None
        doc = token.doc
        if any(t.dep_ != "compound" for t in words) or (words[0].i > 0 and doc[words[0].i - 1].text == "-") \
                or doc[words[-1].i + 1].text == "-":
            return None  # "an anti-Syria journalist", "Nicaragua's government": not a place written as a name part
        name = token.doc[words[0].i : words[-1].i + 1].text
        country = self.kb.place_country(name)
        if country is None:
            return None
        return actor.model_copy(update={
            "country": country, "code": f"{country}{actor.agent}",
            "reason": f"{actor.reason}; country {country} from the place '{name}' in the phrase"})

    def _based_in(self, token: Token, actor: Actor) -> Actor | None:
        """'the Lagos-based rights group', 'a Nairobi-based lawyer': the place a '<place>-based' modifier names is
        where the sector's people work, so its country is theirs (before the story's country)."""
        for based in token.children:
            if based.dep_ != "amod" or based.lower_ != "based":
                continue
            words = [t for t in based.lefts if t.pos_ == "PROPN" and t.dep_ in ("npadvmod", "compound", "nmod")]
            if not words or based.i - words[-1].i != 2 or token.doc[words[-1].i + 1].text != "-" \
                    or words[-1].i - words[0].i + 1 != len(words):  # one run of name words: 'Rio de Janeiro'
                continue
            name = token.doc[words[0].left_edge.i : words[-1].i + 1].text
            country = self.kb.place_country(name)
            if country:
                return actor.model_copy(update={
                    "country": country, "code": f"{country}{actor.agent}",
                    "reason": f"{actor.reason}; country {country} from '{name}-based' in the phrase"})
        return None


POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "SPY", "PTY", "ELI", "UAF", "INS",
                               "SEP"})


def _acts_for(token: Token, group: Actor) -> bool:
    """'Militants from ISIS': members of a named armed group are that group. 'Representatives from Amnesty
    International', 'officials from the UN', 'delegates of the Civic Party': people a body sends are that body,
    an IGO, an NGO or a party the knowledge base knows only by its sector (its country comes from the text)."""
    if group.agent and group.code and not group.igo:
        return True
    nouns, lemma = group_nouns(), token.lemma_.lower()
    sent = lemma in nouns.collective_heads or lemma in nouns.sent_nouns  # "officials from the UN"
    return sent and bool(group.code or group.igo or group.agent)


def _possessive_owners(doc: Doc) -> frozenset[int]:
    """The tokens whose subtree holds a possessive pronoun ('its', 'their'): each such pronoun and its heads up
    to the root, read once per document (walking each mention's subtree built a ``Token`` per word)."""
    return memo(doc, "possessive_owners", lambda: _owners(doc))


def _owners(doc: Doc) -> frozenset[int]:
    w = doc_words(doc)
    found = [i for i, (dep, lower) in enumerate(zip(w.dep, w.lower, strict=True))
             if dep == "poss" and lower in POSSESSIVE_PRONOUNS]
    heads = w.head
    owners: set[int] = set()
    for k in found:
        while k not in owners:
            owners.add(k)
            k = heads[k]  # the root is its own head: added, then the walk stops
    return frozenset(owners)


def needs_country(actor: Actor | None) -> bool:
    """A sector noun with no country of its own ('police', 'the foreign ministry'). Named organisations
    with their own code keep what the knowledge base says: al-Qaeda (IMGREB) has no country."""
    return actor is not None and bool(actor.agent) and not (actor.country or actor.igo or actor.code)

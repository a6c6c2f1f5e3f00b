"""Actors: from parse tokens to noun phrases to knowledge-base actors, with discourse memory.

The knowledge base resolves a phrase ("Russia's Defense Ministry", "President Joe Biden") on the
event date. This module decides *which* phrase to resolve (the noun and its left modifiers, not
its prepositional attachments: "Russian troops near Ukraine's border" is Russian troops) and
fills in what the phrase leaves open from earlier sentences: pronouns ("He added"), bare titles
("the President"), and spokespeople, whose words belong to their organisation. The memory of those
earlier sentences lives in ``coding.mention_memory``; the look-ups a phrase's own words settle
(coordinated modifiers, nationalities, formal state names, 'of' complements) in ``coding.phrase_lookups``;
the country a sector noun takes from the text ('the rebels in Darfur', 'its embassy staff') in
``coding.sector_countries``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from seismo.coding.arguments import arrival_place
from seismo.coding.current_roles import described_now
from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.event_day import on_event_day
from seismo.coding.group_nouns import federal_states, group_nouns, home_party, named_body, others_of, peers_of
from seismo.coding.led_groups import led_coalition
from seismo.coding.mention_memory import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    MentionMemory,
    because,
    document_nouns,
    is_bare_title,
    spokes_words,
    title_of,
)
from seismo.coding.namesake_appositions import namesake_described
from seismo.coding.of_country import group_head, led_by, of_country
from seismo.coding.org_heads import candidate_campaign, civil_group, head_sector
from seismo.coding.org_staff import org_staff
from seismo.coding.outlets import outlet
from seismo.coding.party_leaders import party_leader
from seismo.coding.party_standing import party_standing
from seismo.coding.phrase_lookups import nationality_first, of_complement, shared_modifier, split_modifiers, state_name
from seismo.coding.phrases import named_with_of, phrase_span, phrase_text
from seismo.coding.placement import Placer
from seismo.coding.region_modifiers import region_government
from seismo.coding.running_names import RunningNames, misread_place
from seismo.coding.sector_countries import SectorCountries, needs_country
from seismo.coding.state_bodies import state_body
from seismo.coding.surname_forms import leader_by_surname, named_government
from seismo.kb import KnowledgeBase
from seismo.kb.records import Resolution
from seismo.models import Actor

__all__ = ["DocumentContext", "phrase_span"]

SPEECH_PRONOUNS = {"i", "me", "my", "myself", "we", "us", "our", "ourselves", "you", "your"}  # coding.speakers
NOMINAL_POS = {"NOUN", "PROPN", "PRON"}
COUNTRY_NOUNS = {"country", "nation", "homeland"}  # 'his country': the state of the pronoun's referent
COUNTRY_OWNERS = {"his", "her", "their", "its", "our", "my"}



@dataclass
class DocumentContext(SectorCountries):
    """One document's actor resolution: what a phrase names, filled in from ``memory`` where it leaves a gap; a
    sector noun with no country of its own is placed by ``sector_countries.SectorCountries``."""

    kb: KnowledgeBase
    on: dt.date | None
    home: str | None = None  # the story's country: sector-only actors ("police", "students") belong to it
    countries: tuple[str, ...] = ()  # the countries the story establishes, best first (``story.story_countries``)
    home_mentions: tuple[tuple[int, int, bool], ...] = ()  # where the lede names ``home`` (``coding.lent_homes``)
    filed: str | None = None  # the dateline's country (``story.dateline_country``)
    memory: MentionMemory = field(default_factory=MentionMemory)  # what earlier sentences named
    _cache: dict[tuple[int, dt.date | None], Actor | None] = field(default_factory=dict)
    _placer: Placer | None = None
    _by_place: dict[int, Actor] = field(default_factory=dict)  # id -> civilian placed by a place (kept alive)
    _at_home: dict[int, Actor] = field(default_factory=dict)  # id -> actor given the story's country (kept alive)
    quoted: Callable[[Token, dt.date | None], Actor | None] | None = None  # "we"/"I" in quotes (coding.speakers)
    quote_speaker: Callable[[Token, dt.date | None], Actor | None] | None = None  # who says a quote
    introduced: Callable[[Token, Actor | None], Actor | None] | None = None  # coding.introductions
    _running: RunningNames | None = None

    @property
    def running(self) -> RunningNames:
        """Known people's whole names in the running text (``coding.running_names``)."""
        if self._running is None:
            self._running = RunningNames(self.kb)
        return self._running

    @property
    def placer(self) -> Placer:
        """Clause and paragraph places of this document (built on first use, after ``home`` is set)."""
        if self._placer is None:
            self._placer = Placer(self.kb, self.home)
        return self._placer

    def resolve(self, token: Token, on: dt.date | None = None) -> Actor | None:
        """The actor a nominal token refers to, on the event date ``on`` (else publication date)."""
        key = (token.i, on or self.on)
        if key not in self._cache:  # a person remembered from the publication day: read on the event's own day
            actor = described_now(token, self._resolve(token, on or self.on), self.resolve, on)  # ', the leader of'
            actor = namesake_described(token, actor, self.resolve, on)  # "David Cameron, a Kenyan activist"
            self._cache[key] = on_event_day(actor, on, self.kb) if on is not None and on != self.on else actor
        return self._cache[key]

    def _resolve(self, token: Token, on: dt.date | None) -> Actor | None:
        collective = group_nouns().collective_heads
        if token.pos_ not in NOMINAL_POS and not (token.pos_ == "NUM" and token.lemma_.lower() in collective):
            return None
        if token.lower_ in SPEECH_PRONOUNS and token.pos_ == "PRON" and token.text != "US":
            return self.quoted(token, on) if self.quoted is not None else None
        if token.lower_ in PERSON_PRONOUNS:
            return self.memory.person(token)
        if token.lower_ == "it":
            return self.memory.last_thing(token)
        if token.lower_ in GROUP_PRONOUNS:
            return self.memory.last_group(token)
        owned = self._pronoun_country(token)
        if owned is not None:
            return owned
        grouped = peers_of(token, lambda t: self.resolve(t, on)) or federal_states(token, self.home) \
            or others_of(token, lambda t: self.resolve(t, on))
        if grouped is not None:  # "my colleagues", "urged states not to": coding.group_nouns
            return grouped
        span = phrase_span(token)
        text = self.running.whole_name(token, span, on) or phrase_text(token).strip()
        if not text:
            return None
        if any(s in text.lower() for s in spokes_words()):
            spoken_for = org_staff(token, None, lambda t: self.resolve(t, on)) or self._complement_org(token, on) \
                or self._speaker_org(text, on)  # "Amnesty's Kenya spokesman": Amnesty, not Kenya
            if spoken_for is not None:
                return spoken_for
        text = named_with_of(self.kb, token, text, on) or text  # 'the Human Rights Commission of Pakistan'
        found = self.kb.resolve_phrase(text, on)
        if found is None or found.actor.agent != "MED":  # 'the Washington Post': an outlet, not Washington
            named_outlet = outlet(token, span, text, self.kb, on)
            if named_outlet is not None:
                return named_outlet
        found = None if found is not None and (_domain_word(token, found.actor) or _bare_person(token, found.actor)
                                               or self._place_named(token, text, found.actor)) else found
        if found is not None and found.metonym and named_body(token):  # 'the Lima Group': a body, not Peru
            return Actor(name=text, reason=f"{UNKNOWN_NAME}; '{token.text}' names a body after a capital")
        if found is not None and found.metonym and _named_after_capital(token) and self.kb.place(text) is None:
            # 'Sofia Sapega': a person ('Buenos Aires', a PERSON to the tagger, is the whole capital's name)
            return self._unknown_name(token, text, on)
        actor = nationality_first(self.kb, span, found.actor, on) if found else None
        actor = candidate_campaign(token, head_sector(token, actor, self.kb, on))  # 'the Biden campaign'
        if actor is None or needs_country(actor):  # 'the Bush administration': coding.surname_forms
            actor = named_government(self.kb, token, on, self.countries) or actor
        actor = state_name(self.kb, token, span, on) or actor
        actor = party_standing(span, home_party(text, actor, self.home, self.countries) or actor)
        actor = party_leader(token, actor, self.kb, on)  # 'Labour leader Jeremy Corbyn': a party's
        title = title_of(text)
        if title and not _former(text) and (actor is None or actor.country is None or is_bare_title(text)):
            actor = self._titled(title, token, on) or actor
        if needs_country(actor):
            actor = self._owned_by_subject(token, actor, on)
        if needs_country(actor) and len(span) == 2 and span[0].lower_ == "the":
            actor = self.memory.named_before(token) or actor
        if (actor is None or needs_country(actor)) and len(span) == 2 and span[0].lower_ == "the":
            actor = self.memory.same_kind(token) or actor  # "broadcaster ABS-CBN ... the network"
        if actor is None:
            actor = self.memory.force_member(token)  # "Police fired tear gas ... Officers arrested 38 people"
        if actor is None and token.lemma_.lower() in collective:
            actor = of_complement(self.kb, token, on) or self._named_body_of(token, on)
        actor = actor or region_government(token, self.kb)  # 'the state of Texas'
        if actor is None and token.lemma_.lower() in document_nouns():  # "the statement said": its issuer
            actor = self.memory.issuer(token)
        if self.introduced is not None:
            actor = self.introduced(token, actor)
        if token.pos_ == "PROPN" and token.text in self.memory.names and (actor is None or _bare_surname_in_doubt(
                span, found)):  # "former Prime Minister Imran Khan ... charged Khan": not a namesake in office
            actor = self.memory.names[token.text]
        if actor is None and token.pos_ == "PROPN":  # "On Tuesday, Brown said": coding.surname_forms
            actor = leader_by_surname(self.kb, token, on, self.countries)
        if actor is None and token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and token.pos_ == "PROPN":
            actor = self._unknown_name(token, text, on)
        if actor is None and token.pos_ == "NOUN" and token.lemma_.lower() in group_nouns().org_nouns \
                and any(t.pos_ == "PROPN" and t.ent_type_ == "ORG" for t in span[:-1]):
            # "the Asia-Pacific Economic Cooperation (APEC) forum": a named body
            actor = Actor(name=text, reason=UNKNOWN_NAME)
        if (actor is None or not (actor.code or actor.country or actor.igo or actor.agent)) and arrival_place(token):
            actor = self._arrived_at(text) or actor
        if actor is None or not (actor.country or actor.igo):  # "the Saudi-led (military) coalition": SAUMIL
            actor = led_coalition(token, self.kb, on) or shared_modifier(self.kb, token, actor, on) or actor
        actor = led_by(token, of_country(token, actor, self.kb, on), self.kb, on)  # "the government of Netanyahu"
        actor = org_staff(token, actor, lambda t: self.resolve(t, on))  # "the Kenya director of Amnesty"
        return self.locate(token, self._placed(token, group_head(token, actor, self.kb, on), on))

    def _pronoun_country(self, token: Token) -> Actor | None:
        """'Ebrard said his country had granted Morales asylum', 'their nation': the state of the one the
        possessive pronoun stands for (a person, a group, the quote's speaker)."""
        if token.lower_ not in COUNTRY_NOUNS:  # "their countries": each its own, none named (asked first: most
            return None                        # mentions are no country noun, and their dependents go unread)
        poss = next((c for c in children_with(token, ("poss",)) if c.lower_ in COUNTRY_OWNERS), None)
        if poss is None:
            return None
        owner = self.memory.last_group(poss) if poss.lower_ == "their" else self.memory.last_thing(poss) \
            if poss.lower_ == "its" else self.resolve(poss)
        if owner is None or not owner.country or owner.igo:
            return None
        return Actor(name=f"{poss.text} {token.text}", code=f"{owner.country}GOV", country=owner.country, agent="GOV",
                     reason=f"country {owner.country}: '{poss.text} {token.text}' is the state of {owner.name}")

    def _arrived_at(self, text: str) -> Actor | None:
        """'convoys sent by France reached Incheon': the place goods are brought to stands for its country,
        whatever entity type the tagger gave the name (a port city read as an organisation)."""
        place = self.kb.place(text)
        if place is None or not place.country:
            return None
        return Actor(name=text, code=place.country, country=place.country,
                     reason=f"the place reached, '{text}', is in {place.country}{self.kb.place_note(text)}")

    def _place_named(self, token: Token, text: str, actor: Actor) -> bool:
        """'the West Bank': a proper name the gazetteer knows as a place whose last word is only an agent noun
        ('Bank': BUS) is the place, read as any unknown place name is (its country), not that sector."""
        return token.pos_ == "PROPN" and actor.country is None and not actor.igo and actor.code is None \
            and token.ent_type_ in ("GPE", "LOC", "FAC") and self.kb.place(text) is not None

    def _unknown_name(self, token: Token, text: str, on: dt.date | None) -> Actor:
        """A name the knowledge base does not know. 'Carlos Johnson, a shopkeeper': a person takes the
        sector (and country) of an apposition that says who they are; otherwise the name stays without
        a country: an unknown organisation or demonym is never given the story's country."""
        if token.ent_type_ == "PERSON":
            for appos in token.children:
                if appos.dep_ != "appos" or appos.pos_ != "NOUN":
                    continue
                said = self._described_as(appos, on)
                if said is not None and (said.agent or said.country) and not said.igo:
                    why = f"a person the knowledge base does not know, described as '{phrase_text(appos)}'"
                    said = national(appos, said)  # "a Kenyan": one of its people, not its state
                    return said.model_copy(update={"name": text, "reason": f"{why}: {said.reason}"})
        if token.ent_type_ in ("GPE", "LOC", "FAC") or misread_place(token):
            # "troops shelled Istanbul": the place stands for its country
            place = self.kb.place(text)
            if place is not None and place.country:
                return Actor(name=text, code=place.country, country=place.country,
                             reason=f"the place {place.name}: its country {place.country}{self.kb.place_note(text)}")
        return civil_group(token, text) or state_body(token, text) or Actor(name=text, reason=UNKNOWN_NAME)

    def _named_body_of(self, token: Token, on: dt.date | None) -> Actor | None:
        """'members of the Association of African Jurists': a body the knowledge base does not know, named as
        the 'of' complement of a collective head, is who acts (without a country, as any unknown name); so is
        the group a counted pronoun stands for ('thousands of them')."""
        for pobj in (g for c in children_with(token, ("prep",)) if c.lower_ == "of"
                     for g in children_with(c, ("pobj",))):
            if pobj.pos_ == "PROPN" and pobj.ent_type_ == "ORG":
                return self.resolve(pobj, on)
            # 'Supporters rallied ... Thousands of them marched': a counted 'them' is read as the subject it heads
            # would be ('They marched'), the group an earlier subject names
            if pobj.lower_ in GROUP_PRONOUNS:
                return self.memory.last_group(token)
        return None

    def _described_as(self, appos: Token, on: dt.date | None) -> Actor | None:
        """'a spokesman for the PMF', 'head of Iran's Quds Force': the organisation the apposition names
        speaks for the person; else the apposition's own reading ('a shopkeeper', 'a US peace envoy')."""
        own = self.resolve(appos, on)
        return self._complement_org(appos, on, own.agent if own is not None else None) or own

    def _complement_org(self, token: Token, on: dt.date | None, agent: str | None = "GOV") -> Actor | None:
        """'spokesperson for the Israeli prime minister', 'a spokesman for the PMF': the organisation a
        person's for/of/at complement names is whom they act for (a country alone takes ``agent``)."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "with"):
                continue
            pobj = next(children_with(prep, ("pobj",)), None)
            org = self.resolve(pobj, on) if pobj is not None and pobj.pos_ in ("PROPN", "NOUN") else None
            if org is not None and (org.country or org.igo) and (org.code or org.igo):
                sector = org.agent or agent
                code = org.code if org.agent or org.igo else f"{org.country}{sector or ''}"
                return org.model_copy(update={"agent": sector, "code": code,
                                              "reason": f"{org.reason}; named by '{prep.text} {pobj.text}'"})
        return None

    def resolve_all(self, token: Token, on: dt.date | None = None) -> list[Actor]:
        """Every actor a token names: 'U.S. and South Korean forces' is two actors, USA and KOR forces."""
        split = split_modifiers(self.kb, token, on or self.on) or [
            because(f.actor, f"{f.reason}; one of the names coordinated in '{text}'")
            for f, text in self.running.coordinated(token, phrase_span(token), on or self.on)]
        if split:
            return split
        actor = self.resolve(token, on)
        return [actor] if actor is not None else []

    def _speaker_org(self, text: str, on: dt.date | None) -> Actor | None:
        """'spokesperson X said': the statement belongs to the organisation X speaks for."""
        found = self.kb.resolve_phrase(text, on)
        if found and found.actor.country and not _only_agent_word(text):
            return found.actor
        return self.memory.speakers[-1] if self.memory.speakers else None

    def _titled(self, title: str, token: Token, on: dt.date | None) -> Actor | None:
        """'the President': the latest earlier holder of that title not contrasted in this sentence."""
        return self.memory.titled(title, token, self._qualified_countries(title, token, on))

    def _qualified_countries(self, title: str, token: Token, on: dt.date | None) -> set[str]:
        """Countries named with the same title elsewhere in the sentence ('the Russian President')."""
        countries: set[str] = set()
        doc, sent = token.doc, sentence_of(token)
        for other in (doc[k] for k in range(sent.start, sent.end)):
            if other.i == token.i or other.pos_ not in NOMINAL_POS:
                continue
            text = phrase_text(other)
            if title_of(text) == title and not is_bare_title(text):
                found = self.kb.resolve_phrase(text, on)
                if found and found.actor.country:
                    countries.add(found.actor.country)
        return countries

    def remember(self, token: Token, actor: Actor) -> None:
        """Record a resolved mention for later pronouns and bare titles (``coding.mention_memory``)."""
        self.memory.remember(token, actor)

    def remember_speaker(self, actor: Actor) -> None:
        self.memory.remember_speaker(actor)


UNKNOWN_NAME = "a name the knowledge base does not know: no country (never the story's)"


def national(appos: Token, said: Actor) -> Actor:
    """'Marcus Dwyer, a Kenyan, accused ...': a person described by a nationality alone (one noun after 'a'/'an')
    is one of that country's people (CVL, as plural demonyms are), not its state, which a verbal or military act
    would otherwise make of a country-only code. Any other description is returned as it is."""
    if said.agent or said.igo or not said.country or said.code != said.country \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children) \
            or has_child(appos, ("amod", "compound", "nmod")):
        return said
    return said.model_copy(update={"code": f"{said.country}CVL", "agent": "CVL",
                                   "reason": f"one of the people of {said.country} (CVL)"})
RELATION_PREPS = ("with", "between")


def _bare_surname_in_doubt(span: Span, found: Resolution | None) -> bool:
    """A name written alone that the knowledge base reads as one of several people: in running text it refers
    back to the person the story named in full before (AP style: full name first, surname after)."""
    return found is not None and found.ambiguous and sum(t.pos_ == "PROPN" for t in span) == 1


def _domain_word(token: Token, actor: Actor) -> bool:
    """'all official contact with Uganda', 'military ties with Kenya': an agent word that is only an adjective on
    a relation whose with/between phrase names the parties says what kind of relation it is; it names no actor."""
    if actor.country or actor.igo or actor.code or not actor.agent or not actor.name:
        return False
    words = {w.lower() for w in actor.name.split()}
    modifiers = [c for c in token.children if c.lower_ in words]
    if not modifiers or len(modifiers) != len(words) or not all(map(_kind_modifier, modifiers)):
        return False
    return any(c.dep_ == "prep" and c.lower_ in RELATION_PREPS and any(g.dep_ == "pobj" for g in c.children)
               for c in token.children)


PLAIN_PEOPLE = {"man", "men", "boy", "boys", "teenager", "teenagers"}  # civilians only with a nationality


def _bare_person(token: Token, actor: Actor) -> bool:
    """'a Ugandan man' is one of Uganda's people (CVL), but 'a man was shot' names no party: a plain word for a
    person is an actor only with the country its own phrase gives, or a sector of its own ('armed men' are REB)."""
    return token.lemma_.lower() in PLAIN_PEOPLE and not (actor.country or actor.igo or actor.code) \
        and actor.agent in (None, "CVL")


def _kind_modifier(word: Token) -> bool:
    """An adjective on the relation ('military ties'), or the first of coordinated modifiers, which the parser
    may tag a noun ('military and intelligence ties')."""
    if word.dep_ == "amod" and word.pos_ == "ADJ":
        return True
    return word.dep_ in ("amod", "nmod", "compound") and has_child(word, ("conj",))


def _former(text: str) -> bool:
    """'Former prime minister John Major': no holder of the title now, so not the latest one named."""
    return any(w in ("former", "ex") or w.startswith("ex-") for w in text.lower().split())


def _only_agent_word(text: str) -> bool:
    return all(w.lower() in spokes_words() or w.lower() in ("the", "a", "an", "press") for w in text.split())


def _named_after_capital(token: Token) -> bool:
    """'Sofia Sapega', 'Kabul Ahmed': a person's name whose given name is a capital's (the tagger's PERSON over
    the whole name, the capital only a compound before the surname) names the person, not that government."""
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.i == token.i - 1 for c in token.children)

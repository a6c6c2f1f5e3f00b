"""What earlier sentences named: the per-document memory that pronouns, bare titles and definite nouns read.

``coding.actors`` resolves what a phrase says itself (the knowledge base, its modifiers and complements);
what a phrase leaves open ("He added", "the President", "The embassy declined", "the statement said") is
filled from the mentions recorded here, sentence by sentence, as the coder goes through the document.
Kept apart so that the memory (what was said, in order) and the look-up (what a phrase names) change
independently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from seismo.coding.doc_memo import sentence_of
from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import word_list, word_sets
from seismo.coding.phrases import phrase_text
from seismo.coding.pronouns import (
    clause_person,
    continued_person,
    continued_subject,
    main_clause_subject,
    reporter_it,
)
from seismo.models import Actor

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them"}
INDEFINITES = frozenset({"a", "an", "another", "any", "no", "some"})  # 'a president': no one told before
PLURAL_TAGS = {"NNS", "NNPS"}
OBJECT_PRONOUN_DEPS = {"dobj", "obj", "dative", "pobj"}
WHERE_PREPS = {"in", "near", "at", "outside", "around", "inside", "into"}  # "fighters near Kismayo": a place
GROUP_WINDOW = 80  # tokens back that "they" may reach for its antecedent
DEFINITE_WINDOW = 400  # tokens back that "the embassy" may reach for "the US Embassy"


@word_list
def back_nouns() -> dict[str, frozenset[str]]:
    """``dictionaries/back_references.yaml``: definite nouns ('the network') -> the sectors of the organisation
    named before that they may refer back to."""
    return _noun_sectors("nouns")


@word_list
def force_members() -> dict[str, frozenset[str]]:
    """``force_members`` of ``dictionaries/back_references.yaml``: nouns for members of a force that say neither
    which force nor which sector ('officers') -> the sectors of the force told of before that they may belong to."""
    return _noun_sectors("force_members")


def _noun_sectors(key: str) -> dict[str, frozenset[str]]:
    """A noun -> sectors mapping of ``dictionaries/back_references.yaml``."""
    data, _ = word_sets("back_references.yaml", ())
    return {str(noun).lower(): frozenset(str(s) for s in sectors or ())
            for noun, sectors in (data.get(key) or {}).items()}


@word_list
def document_nouns() -> frozenset[str]:
    """``document_nouns`` of ``dictionaries/back_references.yaml``: 'the statement said' is its issuer's."""
    return word_sets("back_references.yaml", ("document_nouns",))[1][0]


@word_list
def office_titles() -> tuple[str, ...]:
    """``offices`` of ``dictionaries/titles.yaml``, in its order: the offices a bare title refers back to."""
    data, _ = word_sets("titles.yaml", ())
    return tuple(str(w) for w in data.get("offices") or ())


@word_list
def spokes_words() -> frozenset[str]:
    """``spokes`` of ``dictionaries/titles.yaml``: those who speak for an organisation ('a spokesman')."""
    return word_sets("titles.yaml", ("spokes",))[1][0]


@word_list
def speaker_heads() -> frozenset[str]:
    """``speaker_heads`` of ``dictionaries/titles.yaml``: a subject that is a person who speaks ('the foreign
    minister said'), not a body ('the ministry said')."""
    return word_sets("titles.yaml", ("speaker_heads",))[1][0]


def _of_kind(actor: Actor, sectors: frozenset[str]) -> bool:
    """An organisation of one of ``sectors`` that says whose it is (a country, an IGO or a code of its own)."""
    if actor.igo and "IGO" in sectors:
        return True
    return actor.agent in sectors and bool(actor.country or actor.code)


def _place_named(token: Token) -> bool:
    """'captured fighters near Kismayo. The army accused them': a place in a prepositional phrase is where
    things happened, not the group an object 'them' names."""
    return token.dep_ == "pobj" and (token.ent_type_ in ("GPE", "LOC", "FAC") or token.head.lower_ in WHERE_PREPS)


def _same_code(actor: Actor, others: list[Actor]) -> bool:
    return any(actor.name == o.name or (actor.code is not None and actor.code == o.code) for o in others)


def title_of(text: str) -> str | None:
    """The office a phrase names ('the Russian President': president), for 'the President' later."""
    low = text.lower()
    return next((t for t in office_titles() if t in low), None)


def is_bare_title(text: str) -> bool:
    """'the President': the title alone, which only an earlier mention can fill."""
    words = [w for w in text.lower().split() if w not in ("the", "a", "an")]
    return " ".join(words) in office_titles()


def because(actor: Actor, reason: str) -> Actor:
    """The knowledge base's actor with the reason it was resolved (results are shared: copy)."""
    return actor.model_copy(update={"reason": reason})


@dataclass
class Mention:
    token_i: int
    actor: Actor
    title: str | None
    is_subject: bool
    person: bool


@dataclass
class MentionMemory:
    """Who was mentioned in one document, how, and who spoke, in reading order."""

    mentions: list[Mention] = field(default_factory=list)
    # surname -> actor, for "Gil said" after "Foreign Minister Yvan Gil"
    names: dict[str, Actor] = field(default_factory=dict)
    speakers: list[Actor] = field(default_factory=list)

    def remember(self, token: Token, actor: Actor) -> None:
        """Record a resolved mention for later pronouns and bare titles."""
        title = title_of(phrase_text(token))
        is_subject = token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ in ("nsubj", "nsubjpass")
        # the tagger misses many foreign names ("Roxana Maracineanu", "Mulatu Teshome" as ORG or GPE): a person
        # the knowledge base named counts too, for "he" later and for "... Maracineanu said" (the same person)
        kb_person = (actor.reason or "").startswith("person ")
        if token.lower_ not in PERSON_PRONOUNS and token.lower_ not in GROUP_PRONOUNS and token.lower_ != "it":
            person = title is not None or token.ent_type_ == "PERSON" or kb_person
            person = person or token.lemma_.lower() in spokes_words()
            # "expelled the German ambassador, accusing him of ...": one holder of a personal role is a person
            person = person or (token.tag_ == "NN" and token.lemma_.lower() in speaker_heads())
            self.mentions.append(Mention(token.i, actor, title, is_subject, person))
        named = token.ent_type_ == "PERSON" or kb_person
        if token.pos_ == "PROPN" and named and (actor.country or actor.igo):
            self.names.setdefault(token.text, actor)

    def remember_speaker(self, actor: Actor) -> None:
        if actor.country or actor.igo:
            self.speakers.append(actor)

    def person(self, token: Token) -> Actor | None:
        """'he', 'him': a person named earlier in the sentence as an object, else the last person subject."""
        return self._object_person(token) or self._other_person(token) or clause_person(token, self.mentions) \
            or continued_person(token, self.mentions) or self._last_person(token.i)

    def last_group(self, token: Token) -> Actor | None:
        """'The rebels said they will ...': the latest non-person actor named shortly before; a sentence that
        opens on 'They' continues the plural subject of an earlier sentence, not its last-named object."""
        earlier = continued_subject(token, self.mentions, GROUP_WINDOW) or main_clause_subject(token, self.mentions)
        if earlier is not None:
            return earlier
        own = self._own_subjects(token)
        for mention in reversed(self.mentions):
            if token.i - GROUP_WINDOW <= mention.token_i < token.i and not mention.person \
                    and not _same_code(mention.actor, own) and not (own and _place_named(token.doc[mention.token_i])):
                return mention.actor
        return None

    def _own_subjects(self, token: Token) -> list[Actor]:
        """'The army accused them', 'Putin praised him': the actors of an object pronoun's own clause subjects,
        whom it never names (that would be 'themselves', 'himself'). [] for a pronoun that is no object."""
        if token.dep_ not in OBJECT_PRONOUN_DEPS:
            return []
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subjects = {c.i for c in children_with(verb, ("nsubj", "nsubjpass"))}
        return [m.actor for m in self.mentions if m.token_i in subjects]

    def _other_person(self, token: Token) -> Actor | None:
        """'Putin met Xi in Moscow. Putin praised him': an object pronoun is the latest person named before it in
        this or the previous sentence who is not its own clause's subject, whatever that person's role."""
        own = self._own_subjects(token)
        if token.lower_ not in ("him", "her") or not own:
            return None
        start = token.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
        known = {m.token_i for m in self.mentions}
        for mention in reversed(self.mentions):
            if start <= mention.token_i < token.i and mention.person and not _same_code(mention.actor, own):
                between = token.doc[mention.token_i + 1 : token.i]
                if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat")
                       and t.i not in known for t in between):
                    return None  # 'Robert was killed ... Sirhan shot him': a person the memory could not resolve
                return mention.actor
        return None

    def last_thing(self, token: Token) -> Actor | None:
        """'called the junta illegitimate and accused it': 'it' is the last organisation in the sentence; 'said it
        shot down': the sayer (``pronouns.reporter_it``)."""
        sayer = reporter_it(token, self.mentions)
        if sayer is not None:
            return sayer
        start = sentence_of(token).start
        for mention in reversed(self.mentions):
            if mention.token_i < token.i and mention.token_i >= start and not mention.person:
                return mention.actor
        return None

    def titled(self, title: str, token: Token, excluded: set[str]) -> Actor | None:
        """'the President': the latest earlier holder of that title whose country is not ``excluded``; 'a
        self-proclaimed president', 'another president' name no one told before."""
        if any(c.dep_ == "det" and c.lower_ in INDEFINITES for c in token.children):
            return None
        for mention in reversed(self.mentions):
            if mention.token_i >= token.i or mention.title != title:
                continue
            if mention.actor.country and mention.actor.country not in excluded:
                return mention.actor
        return None

    def named_before(self, token: Token) -> Actor | None:
        """'wrote to the US Embassy in London ... The embassy declined': a bare definite noun is the latest
        earlier mention with the same head noun that had a country or an organisation of states ('European Union
        leaders agreed ... The leaders, meeting in Brussels': the EU's, not the story country's). A singular noun
        never refers back to a plural one ('the Gabonese and Estonian teams ... The team arrived': not Gabon's)."""
        doc = token.doc
        singular = token.tag_ not in PLURAL_TAGS
        for mention in reversed(self.mentions):
            if token.i - DEFINITE_WINDOW <= mention.token_i < token.i and (mention.actor.country or mention.actor.igo) \
                    and doc[mention.token_i].lemma_.lower() == token.lemma_.lower() \
                    and not (singular and doc[mention.token_i].tag_ in PLURAL_TAGS):
                return because(mention.actor, f"{mention.actor.reason}; '{phrase_text(token)}' refers back "
                                              f"to '{phrase_text(doc[mention.token_i])}'")
        return None

    def same_kind(self, token: Token) -> Actor | None:
        """'broadcaster ABS-CBN ... the network', 'Facebook ... the company': a bare definite noun of
        ``back_nouns`` is the latest organisation named in the last few paragraphs whose sector the noun may
        have: one organisation, so never a person ('the group' after 'Duterte' is no one) nor a plural noun
        ('the network' after 'journalists' is no newsroom)."""
        sectors = back_nouns().get(token.lemma_.lower()) or back_nouns().get(token.lower_)
        if not sectors:
            return None
        doc = token.doc
        for mention in reversed(self.mentions):
            if token.i - DEFINITE_WINDOW <= mention.token_i < token.i and not mention.person \
                    and doc[mention.token_i].tag_ not in PLURAL_TAGS and _of_kind(mention.actor, sectors):
                return because(mention.actor, f"{mention.actor.reason}; '{phrase_text(token)}' refers back "
                                              f"to '{phrase_text(doc[mention.token_i])}', the latest "
                                              f"{'/'.join(sorted(sectors))} named")
        return None

    def force_member(self, token: Token) -> Actor | None:
        """'Police fired tear gas ... Officers arrested 38 people': a member noun with no modifier that names a
        force ('officers', 'the officers', '38 officers'; not 'army officers') belongs to the latest force of one of
        its sectors named in the last few paragraphs, with that force's country; none named, it stays no one."""
        sectors = force_members().get(token.lemma_.lower())
        if not sectors or has_child(token, ("compound", "amod", "poss")):
            return None
        doc = token.doc
        for mention in reversed(self.mentions):
            if token.i - DEFINITE_WINDOW <= mention.token_i < token.i and not mention.person \
                    and mention.actor.agent in sectors and mention.actor.country:
                actor = mention.actor.model_copy(update={"name": phrase_text(token)})
                return because(actor, f"{mention.actor.reason}; '{phrase_text(token)}' are members of "
                                      f"'{phrase_text(doc[mention.token_i])}', the latest force named")
        return None

    def issuer(self, token: Token) -> Actor | None:
        """'The ministry issued a statement on Tuesday. "...," the statement said': a definite document noun is
        the body that earlier issued one (the subject of a verb with that noun as object or 'in a statement')."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
            return None
        doc, lemma = token.doc, token.lemma_.lower()
        for mention in reversed(self.mentions):
            subject = doc[mention.token_i]
            if not token.i - DEFINITE_WINDOW <= mention.token_i < token.i or subject.dep_ != "nsubj":
                continue
            verb = subject.head
            nouns = [c for c in children_with(verb, ("dobj",))]
            nouns += [g for c in children_with(verb, ("prep",)) for g in children_with(c, ("pobj",))]
            if any(n.lemma_.lower() == lemma and n.i < token.i for n in nouns):  # not itself: "welcomed the
                # announcement" is no announcement the welcomer issued
                return because(mention.actor, f"{mention.actor.reason}; '{phrase_text(token)}' is the one "
                                              f"'{phrase_text(subject)}' issued")
        return None

    def _object_person(self, token: Token) -> Actor | None:
        """'Republicans broke with Trump and urged him to concede': an object pronoun refers to a person named
        earlier in its own sentence (never to its own clause's subject), before any earlier sentence's subject."""
        if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "obj", "pobj", "dative"):
            return None
        verb = token.head if token.dep_ != "pobj" else token.head.head
        own = {c.i for c in children_with(verb, ("nsubj", "nsubjpass"))}
        start = sentence_of(token).start
        for mention in reversed(self.mentions):
            if start <= mention.token_i < token.i and mention.person and mention.token_i not in own:
                return mention.actor
        return None

    def _last_person(self, before: int) -> Actor | None:
        for mention in reversed(self.mentions):
            if mention.token_i < before and mention.is_subject and mention.person:
                return mention.actor
        return None

"""Stage contracts: the typed records that flow ingest -> nlp -> coding -> store.

Every stage takes and returns these objects, never bare dicts, so that the
same fields appear in JSON output, DuckDB rows, Parquet exports and the API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

# "published": the text gives no date, the event is dated on its article's publication (docs/dates.md)
DatePrecision = Literal["day", "week", "month", "year", "published"]


# The PLOVER manual's general contexts (table "General contexts"), in its order: what Event.contexts holds
# (coding/dictionaries/contexts.yaml says how each is recognised; users may add their own, docs/contexts.md).
PLOVER_CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
)


class Modality(StrEnum):
    """Whether the text says the event happened (only ``asserted`` counts as an event)."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    DENIED = "denied"


class Record(BaseModel):
    """Base for all stage records: strict about unknown fields."""

    model_config = ConfigDict(extra="forbid")


class Article(Record):
    """One news document after ingest, before NLP.

    ``text`` is the stored body; every evidence offset points into it.
    ``published`` is None when no metadata or ``--published`` gave it: relative
    dates then stay unresolved rather than being guessed from today.
    """

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    dateline: str | None = None  # place named in a dateline ("KYIV (Reuters) -")
    source: str | None = None  # where it was read from: path, URL, "stdin", feed item
    content_hash: str = ""

    @staticmethod
    def hash_text(text: str) -> str:
        """Stable content hash used for ids and idempotent re-ingest."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Rejection(Record):
    """An input that could not become an Article, with a coded reason for the user."""

    source: str
    code: str  # e.g. "I003"
    reason: str


# pick_role's answer for the event date: the role held that day, the latest (no date), or the nearest ended/future one
PersonStatus = Literal["in office", "latest", "former", "not yet in office"]


@dataclass(frozen=True, slots=True)
class PersonReading:
    """How the knowledge base read a mention of a known person (``kb.person_resolution``): which person, which of
    their roles, its dates, and where the event date fell. The coder's later passes (``coding.event_day``,
    ``coding.current_roles``) ask these facts here instead of parsing ``Actor.reason``, the human-readable text
    written from them. Kept on the actor in memory only (``Actor.person``), never stored or served."""

    pid: str
    name: str  # the record's name ("Saad Hariri"), whatever the text wrote
    office: str  # the role's key (HOG, FM, ...)
    country: str | None  # the role's country (ISO3)
    start: dt.date | None
    end: dt.date | None  # exclusive, as in the record
    status: PersonStatus
    on: dt.date | None  # the day it was read on (None: no event date)
    elite: bool  # in no listed office on the day: the person's country elite (ELI)
    plain: bool  # the record alone decided: a dated reading, no newer title in the text, no namesake tie
    reason: str  # the words the reading wrote into Actor.reason


class Actor(Record):
    """An event participant as coded: CAMEO-style code plus its parts.

    ``person`` is the knowledge base's structured reading of a person mention (``PersonReading``): a pydantic
    private attribute, so the stored and served Event schema is unchanged; ``model_copy`` carries it along, a
    JSON round trip drops it (``coding.person_readings`` says when it still describes the actor)."""

    name: str
    code: str | None = None  # e.g. RUSMIL, USAGOV, IGOWSTNAT
    country: str | None = None  # ISO3
    agent: str | None = None  # GOV, MIL, ...
    igo: str | None = None  # NATO, UN, ...
    reason: str | None = None  # the evidence that decided the code ("country NGA from 'Lagos' in the same clause")
    _person: PersonReading | None = PrivateAttr(default=None)

    @property
    def person(self) -> PersonReading | None:
        """The knowledge base's reading of the person this actor was resolved to, if any (read from the private
        table: ``self._person`` goes through pydantic's ``__getattr__``, and the coder asks ~10k times per 40
        articles)."""
        return self.__pydantic_private__["_person"]  # type: ignore[index]

    def with_person(self, reading: PersonReading | None) -> Actor:
        """A copy of this actor that carries ``reading``."""
        copy = self.model_copy()
        copy._person = reading
        return copy

    @classmethod
    def implied(cls, country: str, agent: str | None = None, reason: str | None = None) -> Actor:
        """A party the text implies but never names: '(KEN government implied)', coded KENGOV; '(KEN implied)' with
        no sector. The bracketed name is the mark other stages read (``coding.counterparts``: no evidence that an
        act was aimed at anyone)."""
        words = f" {IMPLIED_WORDS.get(agent, agent)}" if agent else ""
        return cls(name=f"({country}{words} implied)", code=f"{country}{agent or ''}", country=country, agent=agent,
                   reason=reason)


IMPLIED_WORDS = {"GOV": "government", "CVL": "civilians", "JUD": "courts"}  # how an implied party's name says it


class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Quantity(Record):
    value: float
    unit: str | None = None


class Evidence(Record):
    """The sentence an event was read from; offsets index ``Article.text``."""

    sentence: str
    start: int
    end: int


class Event(Record):
    """One coded event mention. Non-asserted modalities are kept but never counted."""

    event_id: str
    doc_id: str
    type: str  # PLOVER event type
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)  # PLOVER contexts ("why"), coding/contexts.py
    cameo: str | None = None  # CAMEO root code, e.g. "04"
    goldstein: float | None = None
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    modality: Modality = Modality.ASSERTED
    source: Actor | None = None
    target: Actor | None = None
    attributed_to: Actor | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_precision: DatePrecision | None = None
    location: Location | None = None
    quantity: Quantity | None = None
    evidence: Evidence
    # other sentences of the document that tell this same event ("the attack took place at 7 p.m."): the
    # references pass folds them into the first mention (coding/references.py), keeping where each was read
    mentions: list[Evidence] = Field(default_factory=list)
    trigger: str | None = None  # the word(s) that triggered the event type
    # who decided the type (docs/model.md): the rules alone, the learned scorer (``rule_type`` then holds the
    # rules' choice) or both agreeing; ``type_scores`` are the scorer's best probabilities. None: not recorded.
    type_source: Literal["rule", "model", "both"] | None = "rule"
    rule_type: str | None = None
    type_scores: dict[str, float] | None = None
    published: dt.date | None = None
    outlet: str | None = None
    coder_version: str = ""

    @staticmethod
    def make_id(doc_id: str, *parts: object) -> str:
        """Deterministic id: the same document coded the same way gives the same id everywhere."""
        key = ":".join([doc_id, *(str(p) for p in parts)])
        return hashlib.sha256(key.encode()).hexdigest()[:16]


class CodedDocument(Record):
    """The output of coding one article: the article and its events."""

    article: Article
    events: list[Event] = Field(default_factory=list)

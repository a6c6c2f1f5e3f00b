"""Hand-built documents and events for analysis tests (no spaCy model needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from seismo.models import Actor, Article, CodedDocument, Event, Evidence, Location

DAY = dt.date(2024, 3, 5)  # a Tuesday

ACTORS = {
    "USAGOV": Actor(name="Joe Biden", code="USAGOV", country="USA", agent="GOV"),
    "RUSGOV": Actor(name="Vladimir Putin", code="RUSGOV", country="RUS", agent="GOV"),
    "RUSMIL": Actor(name="Russian forces", code="RUSMIL", country="RUS", agent="MIL"),
    "UKR": Actor(name="Ukraine", code="UKR", country="UKR"),
    "UKRMIL": Actor(name="Ukrainian army", code="UKRMIL", country="UKR", agent="MIL"),
    "FRAGOV": Actor(name="Emmanuel Macron", code="FRAGOV", country="FRA", agent="GOV"),
}

SCORES = {"CONSULT": (2.5, 1), "AGREE": (2.5, 1), "ASSAULT": (-9.0, 4), "ACCUSE": (-3.0, 3)}


def event(
    doc_id: str,
    n: int = 0,
    type_: str = "CONSULT",
    source: str | None = "USAGOV",
    target: str | None = "RUSGOV",
    date: dt.date | None = DAY,
    **fields: Any,
) -> Event:
    """One asserted event; actor codes name entries of ``ACTORS``; any field overridable."""
    goldstein, quad = SCORES.get(type_, (0.0, 3))
    values: dict[str, Any] = {
        "event_id": f"{doc_id}-e{n}",
        "doc_id": doc_id,
        "type": type_,
        "goldstein": goldstein,
        "quad_class": quad,
        "source": ACTORS[source] if source else None,
        "target": ACTORS[target] if target else None,
        "date": date,
        "date_precision": "day" if date else None,
        "evidence": Evidence(sentence=f"Sentence {n} of {doc_id}.", start=n * 20, end=n * 20 + 18),
        "coder_version": "test",
    }
    values.update(fields)
    return Event(**values)


def document(
    doc_id: str,
    events: list[Event],
    text: str | None = None,
    outlet: str = "Outlet",
    published: dt.date | None = DAY,
) -> CodedDocument:
    """A coded document whose events carry its outlet and publication date, as the coder does."""
    body = text if text is not None else unique_text(doc_id)
    article = Article(
        doc_id=doc_id,
        text=body,
        title=f"Title {doc_id}",
        outlet=outlet,
        published=published,
        content_hash=Article.hash_text(body),
    )
    evs = [e.model_copy(update={"outlet": outlet, "published": published}) for e in events]
    return CodedDocument(article=article, events=evs)


def unique_text(doc_id: str) -> str:
    """A text that shares no 5-word shingle with any other doc_id's text."""
    words = [f"{doc_id}w{i}" for i in range(30)]
    return " ".join(words)


def located(code: str) -> Location:
    return Location(name=f"somewhere in {code}", country=code)


CALL_TEXTS = {
    "reuters": (
        "WASHINGTON (Reuters) - U.S. President Joe Biden spoke by telephone with Russian President "
        "Vladimir Putin on Tuesday, urging him to pull troops back from the Ukrainian border and "
        "warning of severe economic costs if Moscow moved further, the White House said in a "
        "statement. The call lasted just under an hour and aides described it as direct and "
        "businesslike, with both leaders agreeing that their teams would keep talking."
    ),
    "ap": (
        "Putin and Biden held a phone conversation on Tuesday, the Kremlin said, as tension over "
        "Ukraine remained high. According to Moscow, the Russian leader told his American "
        "counterpart that new sanctions would be a colossal mistake that could rupture ties "
        "entirely. Kremlin aide Yuri Ushakov told reporters the tone was calm."
    ),
    "bbc": (
        "The leaders of the United States and Russia talked for fifty minutes on Tuesday in a call "
        "requested by the Kremlin. Officials in both capitals gave few details, but analysts in "
        "Europe said the conversation showed that channels remained open despite the crisis on "
        "the Ukrainian frontier and the build-up of forces there."
    ),
}


def syndicated_copy(text: str) -> str:
    """What a partner site prints: its own byline and credit around the unchanged wire text."""
    return "By Reuters staff. " + text + " Reporting by the Washington bureau."


def three_reports_and_a_copy() -> list[CodedDocument]:
    """Acceptance 1: three outlets report the same call, one with source and target reversed."""
    return [
        document("reuters-1", [event("reuters-1")], text=CALL_TEXTS["reuters"], outlet="Reuters"),
        document(
            "ap-1",
            [event("ap-1", source="RUSGOV", target="USAGOV")],
            text=CALL_TEXTS["ap"],
            outlet="AP",
            published=DAY + dt.timedelta(days=1),
        ),
        document("bbc-1", [event("bbc-1")], text=CALL_TEXTS["bbc"], outlet="BBC"),
        document(
            "partner-1",
            [event("partner-1")],
            text=syndicated_copy(CALL_TEXTS["reuters"]),
            outlet="Partner Site",
        ),
    ]

"""What the context-rule tests share: a blank English pipeline with a sentencizer (no model), the bundled rules,
hand-made actors and one hand-made event whose contexts are read."""

from __future__ import annotations

import spacy

from seismo.coding.context_rules import load_contexts
from seismo.coding.contexts import assign_contexts
from seismo.models import Actor, Event, Evidence

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")
RULES = load_contexts()


def actor(country: str, sector: str | None = None, igo: str | None = None) -> Actor:
    return Actor(name=f"{country} {sector}", code=f"{country}{sector or ''}", country=country, agent=sector,
                 igo=igo)  # fmt: skip


def on(text: str, type_: str, mode: str | None = None, source: Actor | None = None,
       target: Actor | None = None) -> list[str]:  # fmt: skip
    """The contexts one event of ``type_`` gets in ``text``."""
    made = Event(event_id="e0", doc_id="d", type=type_, mode=mode, source=source, target=target,
                 evidence=Evidence(sentence=text, start=0, end=len(text)))  # fmt: skip
    return assign_contexts([made], NLP(text), RULES)[0].contexts

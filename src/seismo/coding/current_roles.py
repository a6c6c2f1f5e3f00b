"""'Former Prime Minister Khaleda Zia, the leader of the opposition BNP, said ...': an apposition that names what a
known person is now beats the knowledge base's ended role. A person the record holds in no listed office on the day
(a former office holder: elite, ELI) takes the sector the apposition's own reading gives ('the leader of the
opposition': OPP, 'a senator': LEG), in the person's country. An apposition that names another person, a past role
('the former president') or another country leaves the record's reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.person_readings import reading_of
from seismo.models import Actor

__all__ = ["described_now"]

PAST_WORDS = frozenset({"former", "ex", "late", "then", "onetime", "erstwhile"})


def described_now(token: Token, actor: Actor | None, resolve: Callable[[Token, dt.date | None], Actor | None],
                  on: dt.date | None) -> Actor | None:
    """``actor``, or its person in the sector an apposition of ``token`` names when the record has them in no
    office on the day."""
    read = reading_of(actor)  # a known person the record holds in no listed office on the day (elite)
    if actor is None or read is None or not read.elite or not actor.country or token.pos_ != "PROPN":
        return actor
    reason = actor.reason or ""
    for appos in token.children:
        if appos.dep_ != "appos" or appos.pos_ != "NOUN" or appos.i < token.i \
                or any(t.lower_.removesuffix("-") in PAST_WORDS or t.lower_.startswith("ex-") for t in appos.subtree):
            continue
        said = resolve(appos, on)
        if said is None or not said.agent or said.agent == "ELI" or said.igo \
                or (said.reason or "").startswith("person ") or said.country not in (None, actor.country):
            continue
        return actor.model_copy(update={
            "agent": said.agent, "code": f"{actor.country}{said.agent}",
            "reason": f"{reason}; described now as '{appos.text}' ({said.agent}): {said.reason}"})
    return actor

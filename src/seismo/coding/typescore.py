"""Document pass, last step: a learned scorer re-reads the type of each candidate event.

The rules found the candidate, its actors, modality and date; the type they gave is the prior. The
scorer embeds each candidate's sentence once (batched per document) and reads one probability per
PLOVER type from the shipped heads (``typemodel``). It may

- **keep** the rule's type (``type_source`` ``both`` when the model's best type agrees, else ``rule``);
- **change** it to the model's best type when that type is clearly preferred: its probability at least
  ``switch`` and ``margin`` above the rule type's, and no other candidate of the sentence has it already;
- **drop** the candidate when no type is plausible for the sentence at all (every head below ``drop``).

The thresholds were chosen by cross-validation on the GSR and the dev articles (docs/model.md), never on
the held-out test articles. ``Settings.type_model`` / ``--no-model`` leave the rules alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from seismo.coding.lexicon import Lexicon
from seismo.coding.typemodel import Encoder, TypeHeads, shared_encoder
from seismo.models import Event

SHOWN_SCORES = 3  # the best types kept on the event for `seismo explain` (plus the rule's own)


@dataclass(frozen=True)
class Policy:
    """When the model overrides the rules (docs/model.md gives the cross-validation behind the values)."""

    switch: float = 0.7
    margin: float = 0.5
    drop: float = 0.05  # 0: never drop


class TypeScorer:
    """Heads + encoder + policy; ``rescore`` is a pure function of the events and their sentences."""

    def __init__(self, heads: TypeHeads, lexicon: Lexicon, policy: Policy | None = None,
                 encoder: Encoder | None = None) -> None:
        self.heads = heads
        self.lexicon = lexicon
        self.policy = policy or Policy()
        self.encoder = encoder or shared_encoder()
        self._index = {t: i for i, t in enumerate(heads.types)}

    def sentence_scores(self, sentences: Sequence[str]) -> np.ndarray:
        """Type probabilities (sentences x heads.types), one batched encoder call."""
        return self.heads.scores(self.encoder.embed(list(sentences)))

    def rescore(self, events: list[Event], scores: np.ndarray | None = None) -> list[Event]:
        """The events with their type decided; ``scores`` (one row per distinct evidence sentence, in
        order of first appearance) lets evaluation reuse embeddings with other heads."""
        if not events:
            return events
        sentences = list(dict.fromkeys(e.evidence.sentence for e in events))
        probs = self.sentence_scores(sentences) if scores is None else scores
        row = {s: probs[i] for i, s in enumerate(sentences)}
        taken = {(e.evidence.sentence, e.type) for e in events}
        out = []
        for event in events:
            decided = self.decide(event, row[event.evidence.sentence], taken)
            if decided is not None:
                out.append(decided)
        return out

    def decide(self, event: Event, probs: np.ndarray, taken: set[tuple[str, str]]) -> Event | None:
        """One candidate's outcome: kept (with its scores), retyped, or None (dropped)."""
        policy = self.policy
        best = int(np.argmax(probs))
        best_type, best_p = self.heads.types[best], float(probs[best])
        rule_p = float(probs[self._index[event.type]]) if event.type in self._index else 0.0
        if best_p < policy.drop:
            return None
        shown = _shown(self.heads.types, probs, event.type)
        if best_type == event.type:
            return event.model_copy(update={"type_source": "both", "type_scores": shown})
        if best_p >= policy.switch and best_p - rule_p >= policy.margin \
                and (event.evidence.sentence, best_type) not in taken:
            return self._retyped(event, best_type, shown)
        return event.model_copy(update={"type_source": "rule", "type_scores": shown})

    def _retyped(self, event: Event, type_: str, shown: dict[str, float]) -> Event:
        """The rule's mode belongs to the rule's type, so a retyped event has none."""
        info = self.lexicon.types[type_]
        return event.model_copy(update={
            "type": type_, "mode": None, "cameo": info.cameo_for(None), "goldstein": info.score_for(None),
            "quad_class": info.quad, "type_source": "model", "rule_type": event.type, "type_scores": shown,
        })


def _shown(types: Sequence[str], probs: np.ndarray, rule_type: str) -> dict[str, float]:
    order = np.argsort(-probs, kind="stable")[:SHOWN_SCORES]
    shown = {types[i]: round(float(probs[i]), 3) for i in order}
    if rule_type in types and rule_type not in shown:
        shown[rule_type] = round(float(probs[list(types).index(rule_type)]), 3)
    return shown

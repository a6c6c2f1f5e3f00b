"""Event recall of the candidate-sentence filter relative to the unfiltered coder.

Sets: the PLOVER gold sentences, the non-event gold sentences (tests/gold/nonevents.jsonl), and
the sample articles (examples/ + the seed article). An event counts as found when the filtered
run produces the same event id (same document, trigger offsets, type, source and target); for
those, the evidence offsets must be equal too.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from corpus import ROOT, gold_sentences, sample_articles

from seismo.config import Settings
from seismo.models import Article, Event
from seismo.scale import ScaleOptions, code_articles


def _records_to_articles(records: list[dict[str, Any]]) -> list[Article]:
    out = []
    for r in records:
        published = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        out.append(Article(doc_id=r["id"], text=r["text"], published=published, source=r["id"],
                           content_hash=Article.hash_text(r["text"])))
    return out


def gold_sets() -> dict[str, list[Article]]:
    sets = {"plover_gsr": _records_to_articles(gold_sentences())}
    nonevents = ROOT / "tests" / "gold" / "nonevents.jsonl"
    if nonevents.exists():
        lines = [json.loads(x) for x in nonevents.read_text(encoding="utf-8").splitlines() if x.strip()]
        sets["nonevents"] = _records_to_articles(lines)
    sets["sample_articles"] = sample_articles()
    return sets


def _events(articles: list[Article], candidate_filter: bool) -> tuple[dict[str, Event], float]:
    t = time.perf_counter()
    coded = code_articles(articles, Settings(), ScaleOptions(candidate_filter=candidate_filter))
    events = {e.event_id: e for d in coded for e in d.events}
    return events, time.perf_counter() - t


def compare(full: dict[str, Event], filt: dict[str, Event]) -> dict[str, Any]:
    both = set(full) & set(filt)
    missed = [full[k] for k in sorted(set(full) - both)]
    return {
        "events_unfiltered": len(full), "events_filtered": len(filt), "found_by_both": len(both),
        "recall": round(len(both) / len(full), 4) if full else None,
        "asserted_recall": _asserted_recall(full, filt),
        "filtered_only": len(set(filt) - both),
        "evidence_offset_mismatches": sum(
            1 for k in both if (full[k].evidence.start, full[k].evidence.end)
            != (filt[k].evidence.start, filt[k].evidence.end)),
        "missed": [f"{e.doc_id} {e.type} {e.source and e.source.code}->{e.target and e.target.code} "
                   f"'{e.trigger}': {e.evidence.sentence[:120]}" for e in missed[:20]],
    }


def _asserted_recall(full: dict[str, Event], filt: dict[str, Event]) -> float | None:
    asserted = [k for k, e in full.items() if e.modality == "asserted"]
    return round(sum(1 for k in asserted if k in filt) / len(asserted), 4) if asserted else None


def recall_report() -> dict[str, Any]:
    out: dict[str, Any] = {}
    _events(sample_articles()[:1], False)  # load the model before timing
    for name, articles in gold_sets().items():
        full, t_full = _events(articles, False)
        filt, t_filt = _events(articles, True)
        out[name] = {"documents": len(articles), "seconds_unfiltered": round(t_full, 2),
                     "seconds_filtered": round(t_filt, 2), **compare(full, filt)}
    return out


if __name__ == "__main__":
    print(json.dumps(recall_report(), indent=1))
    _ = Path

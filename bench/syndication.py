"""Issue 15, item 1: what a syndicated copy costs next to an original, on a feed with ~30 % copies.

Corpus (deterministic, ``random.Random(f"{SEED}:{i}")``): originals are the repo's sample articles
(``examples/``) and Wikinews articles from ``../shared/news/wikinews_en.jsonl`` (Wikinews
contributors, CC BY 2.5; each record keeps its ``url``); a copy is an original as a partner site
prints it: a byline or a dateline credit, a credit line at the end, and one small edit (a word
inserted, a word changed, the headline reworded or the last paragraph cut). Copies follow their
original in the feed, so they are about 30 % of the documents.

Measured (one process, model loaded and warmed before timing, CPU seconds of this process so the
neighbours' load does not count; ``--rounds`` alternating rounds, medians):

- ``originals``: ``seismo.pipeline.ingest`` of the originals into a fresh store;
- ``copies``: then one copy of each original into that store (their originals stored: not parsed;
  only the copies recognised as such are timed, the others are listed with their similarity);
- ``mixed`` / ``mixed_parsed``: the whole feed in one run into a fresh store, with the copies
  recognised before the parse (the default) and with that switched off (every copy parsed).

    python bench/syndication.py [--originals 60] [--rounds 2] [--name syndication]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SEED = 15
COPY_SHARE = 0.3
OUTLETS = ["Partner Daily", "Wire Mirror", "Regional Times", "Aggregator News"]


def originals(n: int) -> list[dict[str, Any]]:
    """The sample articles, then Wikinews articles, as ingest records (n in all)."""
    from seismo.config import Settings
    from seismo.pipeline import split_inputs

    samples, _ = split_inputs([str(ROOT / "examples")], Settings())
    out = [{"id": a.doc_id, "title": a.title, "text": a.text, "outlet": a.outlet or "sample",
            "published": a.published.isoformat() if a.published else None, "url": a.url} for a in samples]
    wikinews = ROOT.parent / "shared" / "news" / "wikinews_en.jsonl"
    rows = [json.loads(line) for line in wikinews.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(SEED).shuffle(rows)
    for row in rows[: max(0, n - len(out))]:
        out.append({"id": row["id"], "title": row["title"], "text": row["text"], "outlet": "Wikinews",
                    "published": row["published"], "url": row["url"]})
    return out[:n]


def syndicate(record: dict[str, Any], i: int) -> dict[str, Any]:
    """A partner's print of ``record``: byline or dateline credit, one small edit, credit line."""
    rng = random.Random(f"{SEED}:{i}")
    outlet = rng.choice(OUTLETS)
    paras = [p for p in record["text"].split("\n\n") if p.strip()]
    edit = rng.choice(["insert", "replace", "headline", "cut"])
    k = rng.randrange(len(paras))
    words = paras[k].split(" ")
    if edit == "insert":
        words.insert(rng.randrange(len(words) + 1), rng.choice(["reportedly", "also", "on Monday"]))
    elif edit == "replace" and len(words) > 3:
        words[rng.randrange(1, len(words))] = rng.choice(["officials", "the government", "it"])
    paras[k] = " ".join(words)
    if edit == "cut" and len(paras) > 3:
        paras = paras[:-1]
    title = record.get("title") or ""
    if edit == "headline":
        title = f"{title} - {outlet}"
    lead = rng.choice([f"By {outlet} staff\n\n", f"({outlet}) - "])
    text = lead + "\n\n".join(paras) + f"\n\nThis story was distributed by {outlet}."
    slug = "".join(c if c.isalnum() else "-" for c in str(record["id"]))[-40:]
    return {"id": f"copy{i}-{slug}", "title": title, "text": text, "outlet": outlet,
            "published": record.get("published"), "url": f"https://{outlet.lower().replace(' ', '')}.example/{slug}"}


def feed(n_originals: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(originals, copies, mixed feed): copies are COPY_SHARE of the feed, each after its original."""
    origs = originals(n_originals)
    n_copies = round(COPY_SHARE * len(origs) / (1 - COPY_SHARE))
    rng = random.Random(SEED)
    picks = [rng.randrange(len(origs)) for _ in range(n_copies)]
    copies = [syndicate(origs[j], i) for i, j in enumerate(picks)]
    mixed = list(origs)
    for copy, j in zip(copies, picks, strict=True):
        source = next(k for k, r in enumerate(mixed) if r is origs[j])
        mixed.insert(rng.randrange(source + 1, len(mixed) + 1), copy)
    return origs, copies, mixed


def recognised(origs: list[dict[str, Any]], copies: list[dict[str, Any]]
               ) -> tuple[list[dict[str, Any]], dict[str, float]]:
    """The copies ``find_copies`` recognises after the originals, and the best similarity of the others."""
    from seismo.ingest.dedupe import NearDuplicateIndex, signature, similarity
    from seismo.ingest.syndication import find_copies
    from seismo.models import Article

    index = NearDuplicateIndex()
    index.add_many((r["id"], signature(r["text"]), None) for r in origs)
    found = find_copies([Article(doc_id=r["id"], text=r["text"]) for r in copies], index)
    missed = {r["id"]: round(max(similarity(signature(r["text"]), signature(o["text"])) for o in origs), 3)
              for r in copies if r["id"] not in found}
    return [r for r in copies if r["id"] in found], missed


def find_copies_in(records: list[dict[str, Any]]) -> dict[str, Any]:
    from seismo.ingest.syndication import find_copies
    from seismo.models import Article

    return find_copies([Article(doc_id=r["id"], text=r["text"]) for r in records], None)


def _write(records: list[dict[str, Any]], folder: Path, name: str) -> str:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def timed_ingest(path: str, db: Path, carry: bool = True) -> tuple[float, Any]:
    """CPU seconds of one ``ingest`` run (with or without copies recognised before the parse)."""
    import seismo.pipeline as pipeline
    from seismo.config import Settings
    from seismo.ingest.syndication import find_copies
    from seismo.store import Store

    pipeline.find_copies = find_copies if carry else (lambda todo, index: {})
    try:
        with Store.open(db) as store:
            t = time.process_time()
            report = pipeline.ingest([path], Settings(db=db), store)
            return time.process_time() - t, report
    finally:
        pipeline.find_copies = find_copies


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--originals", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--name", default="syndication")
    args = ap.parse_args()
    origs, all_copies, mixed = feed(args.originals)
    # a copy's cost: one copy of every original (so per-run costs, e.g. the story rebuild, spread over as
    # many documents as in the originals' run), those recognised as copies
    copies, missed = recognised(origs, [syndicate(r, 1000 + i) for i, r in enumerate(origs)])
    tmp = Path(tempfile.mkdtemp(prefix="seismo-synd-"))
    paths = {n: _write(r, tmp, n) for n, r in (("originals", origs), ("copies", copies), ("mixed", mixed))}
    timed_ingest(_write(origs[:2], tmp, "warm"), tmp / "warm.duckdb")  # model, KB, coder loaded untimed
    runs: dict[str, list[float]] = {"originals": [], "copies": [], "mixed": [], "mixed_parsed": []}
    detected = events = 0
    for r in range(args.rounds):
        db = tmp / f"split{r}.duckdb"
        runs["originals"].append(timed_ingest(paths["originals"], db)[0])
        cpu, report = timed_ingest(paths["copies"], db)
        runs["copies"].append(cpu)
        detected, events = report.copies_carried, report.events_added
        runs["mixed"].append(timed_ingest(paths["mixed"], tmp / f"mixed{r}.duckdb")[0])
        runs["mixed_parsed"].append(timed_ingest(paths["mixed"], tmp / f"parsed{r}.duckdb", carry=False)[0])
    from seismo.config import Settings
    from seismo.pipeline import split_inputs

    for name in ("originals", "copies"):  # reading the input as ingest does (the language check comes after
        t = time.process_time()           # the copies are found, and only originals pay it)
        split_inputs([paths[name]], Settings(check_language=False))
        runs[f"read_{name}"] = [time.process_time() - t]
    med = {k: statistics.median(v) for k, v in runs.items()}
    per_original = med["originals"] / len(origs)
    per_copy = med["copies"] / len(copies)
    result = {
        "corpus": {"originals": len(origs), "copies_in_mixed_feed": len(all_copies),
                   "copy_share": round(len(all_copies) / len(mixed), 3),
                   "copies_in_mixed_feed_recognised": len(find_copies_in(mixed)),
                   "copies_timed": len(copies), "copies_not_recognised": missed,
                   "words_original_mean": round(statistics.mean(len(r["text"].split()) for r in origs)),
                   "copies_recognised": detected, "events_carried": events},
        "cpu_s": {k: [round(x, 3) for x in v] for k, v in runs.items()},
        "per_original_ms": round(1000 * per_original, 2), "per_copy_ms": round(1000 * per_copy, 2),
        "copy_cost_share": round(per_copy / per_original, 4),
        "copy_cost_share_after_reading": round(
            (med["copies"] - med["read_copies"]) / len(copies)
            / ((med["originals"] - med["read_originals"]) / len(origs)), 4),
        "mixed_speedup": round(med["mixed_parsed"] / med["mixed"], 3),
        "load_average": os.getloadavg(), "python": sys.version.split()[0],
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

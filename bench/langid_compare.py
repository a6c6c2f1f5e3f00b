"""Which language identifier should ingest use? lingua-language-detector vs py3langid, measured.

    pip install lingua-language-detector   # the candidate seismo does not depend on
    python bench/langid_compare.py [--out bench/results/langid.json]

The labelled set (built here, deterministically):

* English, from the repository and ../shared: the headlines of the Wikinews articles, single sentences
  of their paragraphs, the PLOVER gold-standard sentences, the paragraphs and whole documents of
  ``examples/``, and ``bench/langid/english_names.jsonl`` (hand-written photo captions full of names,
  name-heavy one-line wire sentences, bylines, credit lines, a social-post signature);
* not English, ``bench/langid/foreign.jsonl``: headlines, wire sentences and photo captions in German,
  French, Spanish, Russian, Arabic, Chinese, Turkish, Portuguese, Italian and Dutch (written for this
  set), plus one document per language made of its sentences;
* ``heldout``: snippets not looked at while the rule's numbers were chosen: the remaining Wikinews
  sentences, and ``bench/langid/foreign_heldout.jsonl`` (written afterwards; Catalan, Slovak and
  Lithuanian are outside ``NEWS_LANGUAGES``).

Each candidate answers "reject as not English?" for every snippet. Reported per candidate: English
snippets accepted and non-English snippets caught (by kind), CPU time per English document (the
machine may be shared, so CPU and not wall time), load CPU time and memory (each candidate loads in
a fresh child process), and install size. ``legacy`` is the hand-written function-word test that
seismo used before (kept here as the baseline).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
DATA = HERE / "langid"
SEED = 13
MAX_WIKI_SENTENCES = 300

# legacy: the old hand-written test. lingua / py3langid: each library alone, all its languages, "is the
# most likely language English?". lingua-rule: lingua under seismo's rule (names are no evidence, news
# languages only, English must be improbable). seismo: what ingest runs (py3langid under that rule).
CANDIDATES = ("legacy", "lingua", "py3langid", "lingua-rule", "seismo")


def _sentences(paragraph: str) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from seismo.coding.filter import split_segments

    return [paragraph[a:b].strip() for a, b in split_segments(paragraph) if paragraph[a:b].strip()]


def build_set() -> list[dict]:
    """Labelled snippets: {lang, kind, text, source}."""
    rows: list[dict] = []
    rng = random.Random(SEED)
    wiki = [json.loads(line) for line in (SHARED / "news" / "wikinews_en.jsonl").open(encoding="utf-8")]
    rows += [{"lang": "en", "kind": "headline", "text": w["title"], "source": w["id"]} for w in wiki]
    sentences = [s for w in wiki for p in w["text"].split("\n\n") for s in _sentences(p)]
    rng.shuffle(sentences)
    rows += [{"lang": "en", "kind": "sentence", "text": s, "source": "wikinews"}
             for s in sentences[:MAX_WIKI_SENTENCES]]
    # The rule was chosen on the first MAX_WIKI_SENTENCES; the rest are held out.
    rows += [{"lang": "en", "kind": "heldout", "text": s, "source": "wikinews"} for s in sentences[MAX_WIKI_SENTENCES:]]
    rows += [{"lang": "en", "kind": "document", "text": w["text"], "source": w["id"]} for w in wiki]
    for line in (SHARED / "gold" / "plover_gsr.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        rows.append({"lang": "en", "kind": "sentence", "text": rec["text"], "source": rec["id"]})
    for path in sorted((ROOT / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        rows.append({"lang": "en", "kind": "document", "text": text, "source": path.name})
        rows += [{"lang": "en", "kind": "paragraph", "text": p.strip(), "source": path.name}
                 for p in text.split("\n\n")[1:] if len(p.split()) >= 8]
    for name in ("english_names.jsonl", "foreign.jsonl"):
        for line in (DATA / name).open(encoding="utf-8"):
            rows.append({**json.loads(line), "source": name})
    # Written after the rule was chosen, partly in languages outside NEWS_LANGUAGES: a held-out check.
    for line in (DATA / "foreign_heldout.jsonl").open(encoding="utf-8"):
        rows.append({**json.loads(line), "kind": "heldout", "source": "foreign_heldout.jsonl"})
    by_lang: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row["lang"] != "en" and row["kind"] == "sentence":
            by_lang[row["lang"]].append(row["text"])
    rows += [{"lang": lang, "kind": "document", "text": " ".join(texts), "source": "foreign.jsonl"}
             for lang, texts in by_lang.items()]
    return rows


# -- the candidates --------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def legacy_judge():
    """seismo's old test: >= 20 words, Latin script, >= 12 % common English function words."""
    import unicodedata

    words = frozenset(w.strip().lower() for w in (DATA / "english_words.txt").read_text().splitlines()
                      if w.strip() and not w.startswith("#"))

    def judge(text: str) -> bool:
        tokens = _TOKEN.findall(text)
        if len(tokens) < 20:
            return False
        letters = [c for c in text if c.isalpha()]
        latin = sum(1 for c in letters if c.isascii() or unicodedata.name(c, "").startswith("LATIN"))
        if letters and latin / len(letters) < 0.7:
            return True
        return sum(1 for t in tokens if t.lower() in words) / len(tokens) < 0.12

    return judge


def lingua_judge():
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def judge(text: str) -> bool:
        return detector.detect_language_of(text) not in (Language.ENGLISH, None)

    return judge


def lingua_rule_judge():
    """lingua over seismo's news languages, judged by seismo's rule (non_english_reason)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    sys.path.insert(0, str(ROOT / "src"))
    from seismo.ingest.language import NEWS_LANGUAGES, non_english_reason

    lingua_code = {"no": "NB"}  # lingua has Norwegian as Bokmål and Nynorsk
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, lingua_code.get(code, code.upper())))
                 for code in NEWS_LANGUAGES]
    detector = LanguageDetectorBuilder.from_languages(*languages).build()

    def identify(text: str) -> dict[str, float]:
        return {v.language.iso_code_639_1.name.lower(): v.value
                for v in detector.compute_language_confidence_values(text)}

    return lambda text: non_english_reason(text, identify) is not None


def py3langid_judge():
    import py3langid

    def judge(text: str) -> bool:
        return py3langid.classify(text)[0] != "en"

    return judge


def seismo_judge():
    sys.path.insert(0, str(ROOT / "src"))
    from seismo.ingest.language import non_english_reason

    return lambda text: non_english_reason(text) is not None


JUDGES = {"legacy": legacy_judge, "lingua": lingua_judge, "py3langid": py3langid_judge,
          "lingua-rule": lingua_rule_judge, "seismo": seismo_judge}


def run_candidate(name: str) -> dict:
    """In this (fresh) process: load the candidate, judge every snippet, time the documents."""
    import psutil

    rows = build_set()
    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t0 = time.process_time()
    judge = JUDGES[name]()
    judge("The minister said on Tuesday that talks would resume.")  # first call loads lazy models
    load_s = time.process_time() - t0
    wrong: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [right, total]
    doc_times = []
    for row in rows:
        start = time.process_time()
        rejected = judge(row["text"])
        if row["kind"] == "document" and row["lang"] == "en":
            doc_times.append(time.process_time() - start)
        ok = rejected != (row["lang"] == "en")
        key = f"{'en' if row['lang'] == 'en' else 'xx'}:{row['kind']}"
        counts[key][0] += ok
        counts[key][1] += 1
        if not ok:
            wrong[key].append(f"[{row['lang']}] {row['text'][:100]}")
    doc_times.sort()
    return {
        "load_s": round(load_s, 3),
        "rss_mb": round((proc.memory_info().rss - rss0) / 2**20, 1),
        "ms_per_document_median": round(1000 * doc_times[len(doc_times) // 2], 3),
        "ms_per_document_max": round(1000 * doc_times[-1], 3),
        "counts": {k: v for k, v in sorted(counts.items())},
        "wrong": {k: v for k, v in sorted(wrong.items())},
    }


def install_mb(package_dirs: list[str]) -> float:
    import site

    total = 0
    for base in site.getsitepackages():
        for name in package_dirs:
            for path in Path(base).glob(name):
                total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return round(total / 2**20, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "results" / "langid.json")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_candidate(args.case)))
        return
    results = {}
    for name in CANDIDATES:
        done = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True,
                              check=True)
        results[name] = json.loads(done.stdout.strip().splitlines()[-1])
    lingua_mb, py3langid_mb = install_mb(["lingua", "lingua_*"]), install_mb(["py3langid", "py3langid-*"])
    for name in CANDIDATES:
        results[name]["install_mb"] = {"lingua": lingua_mb, "lingua-rule": lingua_mb, "legacy": 0.0}.get(
            name, py3langid_mb)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(results)


def print_table(results: dict) -> None:
    kinds = sorted({k for r in results.values() for k in r["counts"]})
    print(f"{'':14}" + "".join(f"{k:>15}" for k in kinds) + f"{'ms/doc':>9}{'load s':>8}{'MB':>7}")
    for name, r in results.items():
        cells = "".join(f"{'{}/{}'.format(*r['counts'].get(k, (0, 0))):>15}" for k in kinds)
        print(f"{name:14}{cells}{r['ms_per_document_median']:>9}{r['load_s']:>8}{r['rss_mb']:>7}")


if __name__ == "__main__":
    main()

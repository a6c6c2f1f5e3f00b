"""What the ``seismo_boundaries`` component costs and what it fixes (issue 13, item 9).

    python bench/sentence_boundaries.py [--rounds 3] [--out bench/results/sentence_boundaries.json]

Parses the 110 Wikinews articles in ../shared/news and the bundled examples with the pipeline as
``load_pipeline`` builds it, with and without the component (``nlp.select_pipes``), in alternating
rounds so that both see the same machine load. Reports CPU seconds per round (the machine may be
shared: wall time would count other people's work), the best round of each, and the sentences that
run across a blank line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from seismo.config import Settings  # noqa: E402
from seismo.nlp.pipeline import load_pipeline  # noqa: E402
from seismo.pipeline import PARSE_BATCH, split_inputs  # noqa: E402


def corpus() -> list[str]:
    wiki = ROOT.parent / "shared" / "news" / "wikinews_en.jsonl"
    with wiki.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    articles, _ = split_inputs([str(ROOT / "examples")], Settings())
    return texts + [a.text for a in articles]


def crossing(doc) -> int:
    count = 0
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words and "\n\n" in doc.text[words[0].idx : words[-1].idx]:
            count += 1
    return count


def parse(nlp, texts: list[str], with_component: bool) -> tuple[float, int, int]:
    disable = [] if with_component else ["seismo_boundaries"]
    with nlp.select_pipes(disable=disable):
        start = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=PARSE_BATCH))
        cpu = time.process_time() - start
    return cpu, sum(map(crossing, docs)), sum(len([s for s in d.sents if s.text.strip()]) for d in docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "sentence_boundaries.json")
    args = parser.parse_args()
    nlp = load_pipeline(Settings().model)
    texts = corpus()
    parse(nlp, texts[:5], True)  # warm up
    rounds: dict[str, list[float]] = {"without": [], "with": []}
    found: dict[str, dict[str, int]] = {}
    for _ in range(args.rounds):
        for key, flag in (("without", False), ("with", True)):
            cpu, cross, sents = parse(nlp, texts, flag)
            rounds[key].append(round(cpu, 2))
            found[key] = {"sentences_across_a_blank_line": cross, "sentences": sents}
    best = {key: min(values) for key, values in rounds.items()}
    result = {
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "cpu_s_per_round": rounds,
        "best_cpu_s": best,
        "overhead_pct": round(100 * (best["with"] - best["without"]) / best["without"], 1),
        **{key: found[key] for key in found},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

"""Draw the annotated real-news article set from ../shared/news/wikinews_en.jsonl (run once).

Articles of at most MAX_WORDS words are drawn at random with a fixed seed and split once into dev/
(two thirds) and test/ (one third). Each article becomes ``<id>.txt`` (title, blank line, body: the
layout seismo's plain-text reader expects) and ``<id>.yaml`` with its document header; the events
are annotated by hand afterwards following docs/annotation.md. Re-running never overwrites an
annotated file.

The first draw is fixed forever (SEED, N_ARTICLES). Later dev growth uses ``--extra N``: the pool
articles (same MAX_WORDS) that are in neither the first dev nor test draw are shuffled once with their
own seed (EXTRA_SEED) and the first N of that order go to dev/ only; test/ never grows. No topic filter
is applied on top of the corpus's own keyword selection rule (../shared/news/README.md, which keeps only
politics and conflict articles), so the order is not chosen by reading texts. Annotators take extra
articles in this order and say in the README how far they got; asking for a larger N later keeps the
earlier ones (a prefix of the same order).

    python scripts/make_article_set.py [--news PATH] [--out tests/gold/articles] [--extra N]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "news" / "wikinews_en.jsonl"
SEED = 20261205
N_ARTICLES = 66
EXTRA_SEED = 20261206  # the order of the extra dev articles (--extra), drawn after the first 66
MAX_WORDS = 1100  # the two long features (3,000+ words) would take a whole annotation session each
HEADER = """# Wikinews contributors, CC BY 2.5 ({url})
# Annotated by hand from the text and docs/annotation.md alone, before reading seismo's output.
"""


def draw(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The fixed random sample, split two thirds dev / one third test."""
    pool = sorted((r for r in rows if len(r["text"].split()) <= MAX_WORDS), key=lambda r: r["id"])
    sample = random.Random(SEED).sample(pool, N_ARTICLES)
    cut = round(N_ARTICLES * 2 / 3)
    return sample[:cut], sample[cut:]


def draw_extra(rows: list[dict], n: int) -> list[dict]:
    """The first n of a fixed shuffle of the pool articles not in the first draw (dev only)."""
    dev, test = draw(rows)
    taken = {r["id"] for r in dev + test}
    rest = sorted((r for r in rows if len(r["text"].split()) <= MAX_WORDS and r["id"] not in taken),
                  key=lambda r: r["id"])
    random.Random(EXTRA_SEED).shuffle(rest)
    return rest[:n]


def write(row: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text_path, yaml_path = folder / f"{row['id']}.txt", folder / f"{row['id']}.yaml"
    text_path.write_text(f"{row['title']}\n\n{row['text'].strip()}\n", encoding="utf-8")
    if yaml_path.exists():
        return
    document = {"published": row["published"], "title": row["title"], "url": row["url"],
                "attribution": "Wikinews contributors (CC BY 2.5)"}
    lines = [HEADER.format(url=row["url"]), f"file: {text_path.name}", "", "document:"]
    lines += [f"  {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in document.items()]
    lines += ["", "must: []", "", "should: []", "", "must_not: []", ""]
    yaml_path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "gold" / "articles")
    parser.add_argument("--extra", type=int, default=0, metavar="N",
                        help="also write the first N extra dev articles (EXTRA_SEED order)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.news.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.extra:
        extra = draw_extra(rows, args.extra)
        for row in extra:
            write(row, args.out / "dev")
        print(f"{len(extra)} extra dev articles under {args.out / 'dev'}: " + ", ".join(r["id"] for r in extra))
        return
    dev, test = draw(rows)
    for split, chosen in (("dev", dev), ("test", test)):
        for row in chosen:
            write(row, args.out / split)
    print(f"{len(dev)} dev, {len(test)} test articles under {args.out}")


if __name__ == "__main__":
    main()

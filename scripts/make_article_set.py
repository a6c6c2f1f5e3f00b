"""Draw the annotated real-news article set from ../shared/news/wikinews_en.jsonl (run once).

Articles of at most MAX_WORDS words are drawn at random with a fixed seed and split once into dev/
(two thirds) and test/ (one third). Each article becomes ``<id>.txt`` (title, blank line, body: the
layout seismo's plain-text reader expects) and ``<id>.yaml`` with its document header; the events
are annotated by hand afterwards following docs/annotation.md. Re-running never overwrites an
annotated file.

    python scripts/make_article_set.py [--news PATH] [--out tests/gold/articles]
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
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.news.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev, test = draw(rows)
    for split, chosen in (("dev", dev), ("test", test)):
        for row in chosen:
            write(row, args.out / split)
    print(f"{len(dev)} dev, {len(test)} test articles under {args.out}")


if __name__ == "__main__":
    main()

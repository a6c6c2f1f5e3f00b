"""The benchmark corpus: reproducible articles of 300-900 words built from the repo's own text.

Paragraphs come from the sample articles (``examples/``), the seed article
(``shared/seed/article.txt``, when present) and the PLOVER gold sentences
(``shared/gold/plover_gsr.jsonl``, grouped 2-3 to a paragraph). Article ``i`` of a corpus draws a
headline, a length in [300, 900] words, a publication date and its paragraphs from
``random.Random(f"{seed}:{i}")``, so any prefix of the 10k corpus *is* the 1k corpus and a run is
the same on every machine.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

from seismo.config import Settings
from seismo.models import Article
from seismo.pipeline import split_inputs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = 7
MIN_WORDS, MAX_WORDS = 300, 900


@dataclass(frozen=True)
class Pool:
    headlines: list[str]
    paragraphs: list[str]
    sources: dict[str, int]


def _shared(*parts: str) -> Path | None:
    for base in (SHARED, Path("/work/shared")):
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return None


def sample_articles() -> list[Article]:
    """The repo's sample articles plus the seed article, read by seismo's own ingest."""
    inputs = [str(ROOT / "examples")]
    seed = _shared("seed", "article.txt")
    if seed is not None:
        inputs.append(str(seed))
    articles, _ = split_inputs(inputs, Settings())
    return articles


def gold_sentences() -> list[dict]:
    path = _shared("gold", "plover_gsr.jsonl")
    if path is None:
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_pool(seed: int = SEED) -> Pool:
    headlines, paragraphs = [], []
    for article in sample_articles():
        chunks = [p.strip() for p in article.text.split("\n\n") if p.strip()]
        headlines.append(article.title or chunks[0])
        paragraphs += [p for p in chunks if len(p.split()) >= 12]
    n_samples = len(paragraphs)
    sentences = [r["text"].strip() for r in gold_sentences()]
    rng = random.Random(f"{seed}:gold")
    rng.shuffle(sentences)
    i = 0
    while i < len(sentences):
        k = rng.choice((2, 3))
        paragraphs.append(" ".join(sentences[i:i + k]))
        i += k
    return Pool(headlines, paragraphs, {"sample_paragraphs": n_samples,
                                        "gold_paragraphs": len(paragraphs) - n_samples,
                                        "gold_sentences": len(sentences)})


def make_article(pool: Pool, i: int, seed: int = SEED) -> Article:
    rng = random.Random(f"{seed}:{i}")
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    parts = [rng.choice(pool.headlines)]
    words = len(parts[0].split())
    while words < target:
        para = rng.choice(pool.paragraphs)
        parts.append(para)
        words += len(para.split())
    text = "\n\n".join(parts) + "\n"
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    return Article(doc_id=f"bench-{seed}-{i:06d}", text=text, title=parts[0], published=published,
                   outlet="Bench Wire", source=f"bench:{i}", content_hash=Article.hash_text(text))


def build_corpus(n: int, seed: int = SEED, pool: Pool | None = None) -> list[Article]:
    pool = pool or build_pool(seed)
    return [make_article(pool, i, seed) for i in range(n)]


def word_count(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)

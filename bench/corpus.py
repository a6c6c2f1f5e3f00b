"""The benchmark corpus: reproducible articles of 300-900 words built from the repo's own text.

Paragraphs come from the sample articles (``examples/``), the seed article
(``shared/seed/article.txt``, when present) and the PLOVER gold sentences
(``shared/gold/plover_gsr.jsonl``, grouped 2-3 to a paragraph). Article ``i`` of a corpus draws a
headline, a length in [300, 900] words, a publication date and its paragraphs from
``random.Random(f"{seed}:{i}")``, so any prefix of the 10k corpus *is* the 1k corpus and a run is
the same on every machine.

That corpus is event-dense by construction (every gold sentence holds an event). The *mixed* corpus
adds the repo's non-event gold sentences (``tests/gold/nonevents.jsonl``: economy, sport, weather...)
as paragraphs of their own, so about 40% of its paragraphs hold no event, closer to a news wire.
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


def _nonevent_sentences() -> list[str]:
    path = ROOT / "tests" / "gold" / "nonevents.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"].strip() for line in lines if line.strip()]


def _grouped(sentences: list[str], rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(sentences):
        k = rng.choice((2, 3))
        out.append(" ".join(sentences[i:i + k]))
        i += k
    return out


def build_pool(seed: int = SEED, mixed: bool = False) -> Pool:
    headlines, paragraphs = [], []
    for article in sample_articles():
        chunks = [p.strip() for p in article.text.split("\n\n") if p.strip()]
        headlines.append(article.title or chunks[0])
        paragraphs += [p for p in chunks if len(p.split()) >= 12]
    n_samples = len(paragraphs)
    sentences = [r["text"].strip() for r in gold_sentences()]
    rng = random.Random(f"{seed}:gold")
    rng.shuffle(sentences)
    paragraphs += _grouped(sentences, rng)
    sources = {"sample_paragraphs": n_samples, "gold_paragraphs": len(paragraphs) - n_samples,
               "gold_sentences": len(sentences)}
    if mixed:
        nonevents = _nonevent_sentences()
        rng.shuffle(nonevents)
        extra = _grouped(nonevents, rng)
        paragraphs += extra
        sources["nonevent_paragraphs"] = len(extra)
    return Pool(headlines, paragraphs, sources)


def make_article(pool: Pool, i: int, seed: int = SEED, prefix: str = "bench") -> Article:
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
    return Article(doc_id=f"{prefix}-{seed}-{i:06d}", text=text, title=parts[0], published=published,
                   outlet="Bench Wire", source=f"bench:{i}", content_hash=Article.hash_text(text))


def build_corpus(n: int, seed: int = SEED, mixed: bool = False) -> list[Article]:
    pool = build_pool(seed, mixed)
    return [make_article(pool, i, seed, "benchmix" if mixed else "bench") for i in range(n)]


def word_count(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)

"""The whole pipeline as library calls: inputs -> articles -> parsed docs -> events -> store.

The CLI and the API are thin shells over ``code_articles`` and ``ingest``. Everything here runs in this
process; ``seismo.scale`` drives ``code_articles`` chunk by chunk on other processes or a Dask cluster and
chooses between the two (this module never imports it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from seismo.coding import Coder, load_lexicon
from seismo.coding.context_rules import load_contexts
from seismo.config import Settings
from seismo.ingest import read_inputs
from seismo.ingest.syndication import english_or_copies, find_copies, with_copies
from seismo.kb import load_kb
from seismo.models import Article, CodedDocument, Rejection
from seismo.nlp import load_pipeline, parse_texts

# Articles per nlp.pipe batch. The parse does not depend on it, nor (within 5%) does the speed, but
# spaCy's working memory does: ~630 MB peak at 32 articles of 600 words, ~320 MB at 8 (issue 7).
PARSE_BATCH = 8


@lru_cache(maxsize=4)
def _coder(kb_paths: tuple[Path, ...], context_paths: tuple[Path, ...] = (), type_model: bool = False) -> Coder:
    lexicon = load_lexicon()
    return Coder(load_kb(kb_paths), lexicon, contexts=load_contexts(context_paths) if context_paths else None,
                 scorer=load_type_scorer(lexicon) if type_model else None)


def load_type_scorer(lexicon):
    """The shipped type heads with the packaged encoder (its weights load on the first sentence)."""
    from seismo.coding.typemodel import TypeHeads
    from seismo.coding.typescore import TypeScorer

    return TypeScorer(TypeHeads.load(), lexicon)


def get_coder(settings: Settings) -> Coder:
    """The coder for these settings (knowledge base and context files of the user's, type model on or off),
    built once per process."""
    return _coder(tuple(settings.kb), tuple(settings.context_files), settings.type_model)


def code_articles(articles: Iterable[Article], settings: Settings, *,
                  candidate_filter: bool = False) -> Iterator[CodedDocument]:
    """Parse and code articles in batches, in input order (the model loads only if there is work).

    ``candidate_filter`` parses only the sentences that can hold an event (``coding.prefilter``). This is the
    one-process path and the per-chunk function of ``seismo.scale``, whose ``code_articles`` takes
    ``ScaleOptions`` and yields the same documents in the same order.
    """
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return
    articles = itertools.chain([first], articles)
    nlp = load_pipeline(settings.model, tuple(settings.kb))
    coder = get_coder(settings)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= settings.batch_size:
            yield from _code_batch(batch, nlp, coder, settings, candidate_filter)
            batch = []
    if batch:
        yield from _code_batch(batch, nlp, coder, settings, candidate_filter)


def _code_batch(batch: list[Article], nlp, coder: Coder, settings: Settings,
                candidate_filter: bool = False) -> Iterator[CodedDocument]:
    texts = (a.text for a in batch)
    parse_batch = min(settings.batch_size, PARSE_BATCH)
    if candidate_filter:
        from seismo.coding.filter import parse_filtered
        from seismo.coding.prefilter import prefilter

        docs = parse_filtered(nlp, texts, batch_size=parse_batch, filt=prefilter(nlp, tuple(settings.kb)))
    else:
        docs = parse_texts(nlp, texts, batch_size=parse_batch)
    for article, doc in zip(batch, docs, strict=True):
        yield CodedDocument(article=article, events=coder.code(doc, article))


def split_inputs(inputs: Sequence[str], settings: Settings) -> tuple[list[Article], list[Rejection]]:
    """Read every input; articles and rejections kept apart, duplicates within the run dropped."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    seen: set[str] = set()
    for item in read_inputs(list(inputs), settings):
        if isinstance(item, Rejection):
            rejections.append(item)
        elif item.doc_id not in seen:
            seen.add(item.doc_id)
            articles.append(item)
    return articles, rejections


@dataclass
class IngestReport:
    """What an ingest run did, for the CLI summary and the API response."""

    added: int = 0
    skipped: int = 0
    updated: int = 0
    events_added: int = 0  # every modality
    asserted_added: int = 0  # what `seismo events` lists
    duplicates_added: int = 0  # near-duplicate documents: their events are stored, not counted
    copies_carried: int = 0  # of those, recognised before the parse: not parsed, the original's events carried
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def documents_seen(self) -> int:
        return self.added + self.skipped + self.updated


def ingest(inputs: Sequence[str], settings: Settings, store,
           progress: Callable[[int, int], None] | None = None,
           code: Callable[[list[Article]], Iterable[CodedDocument]] | None = None) -> IngestReport:
    """Read, code and store inputs; one store transaction per batch, so a failure loses no earlier batch.

    Documents already stored with the same content are not parsed again (re-runs are cheap and add nothing).
    ``code`` codes the new articles (default ``code_articles`` here); ``seismo.scale.ingest`` passes one that
    runs on N processes or Dask, and this process stays the only store writer.
    """
    code = code or (lambda todo: code_articles(todo, settings))
    articles, rejections = split_inputs(inputs, settings.model_copy(update={"check_language": False}))
    stored = store.stored_hashes([a.doc_id for a in articles])
    todo = [a for a in articles if stored.get(a.doc_id) != a.content_hash or not a.content_hash]
    copies = find_copies(todo, store.near_duplicate_index() if todo else None)  # issue 15: before any NLP
    checked, foreign, copies = english_or_copies(todo, copies)  # stored documents and copies: not checked again
    if foreign:
        dropped = {a.doc_id for a in todo} - {a.doc_id for a in checked}
        articles, todo, rejections = [a for a in articles if a.doc_id not in dropped], checked, rejections + foreign
    report = IngestReport(rejections=rejections)
    if rejections:
        store.add_rejections(rejections)
    report.skipped = len(articles) - len(todo)
    done = report.skipped
    if progress:
        progress(done, len(articles))
    report.copies_carried = len(copies)
    originals = [a for a in todo if a.doc_id not in copies]
    batch: list[CodedDocument] = []
    for coded in with_copies(todo, copies, iter(code(originals)), store.events_of):
        batch.append(coded)
        if len(batch) >= settings.batch_size:
            done += _flush(batch, store, report)
            if progress:
                progress(done, len(articles))
    done += _flush(batch, store, report)
    if progress:
        progress(done, len(articles))
    _refresh_stories(store)  # issue 6
    return report


def _refresh_stories(store) -> None:
    """Issue 6 hook: rebuild story events when this run changed the stored documents."""
    from seismo.analysis.stories import ensure_stories

    ensure_stories(store)


def _flush(batch: list[CodedDocument], store, report: IngestReport) -> int:
    if not batch:
        return 0
    stats = store.add_documents(batch)
    report.added += stats.added
    report.skipped += stats.skipped
    report.updated += stats.updated
    report.events_added += stats.events_added
    report.asserted_added += stats.asserted_added
    report.duplicates_added += stats.duplicates_added
    n = len(batch)
    batch.clear()
    return n

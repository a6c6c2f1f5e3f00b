"""Syndicated copies found before the parse: a copy is not parsed, it carries its original's events.

The same wire story reaches a feed from several sites, with a byline, a credit line or a word
changed. Parsing it again costs as much as the original (the parse is seismo's main cost) and gives
the same events, which are then not counted anyway (``docs/dedup.md``). So ``ingest`` asks this
module, before any NLP, which incoming articles are near-duplicates (the same MinHash signatures,
threshold and "earliest document is the original" rule that ``Store.add_documents`` applies at
write time), parses only the others, and gives each copy its original's events instead:

- re-identified under the copy's doc_id (``Event.make_id(copy, "carried", original_event_id)``, so
  a re-run gives the same ids), with the copy's outlet and publication date;
- with the evidence offsets moved to where the same sentence stands in the copy's text. An event
  whose sentence the copy edited is left out: its evidence must be text of the copy.

Nor is a copy language-checked (``english_or_copies``): it is as English as the original that was accepted.
The copy is still stored in full as a document, and the store marks it ``duplicate_of`` its
original exactly as before, so what is counted does not change: the copy's events stay out of
counts and stories, and the copy's outlet joins its original's story outlets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from seismo.ingest.language import non_english_reason
from seismo.ingest.reject import reject
from seismo.models import Article, CodedDocument, Event, Evidence, Rejection

if TYPE_CHECKING:
    from seismo.ingest.dedupe import Match, NearDuplicateIndex


def find_copies(articles: Sequence[Article], stored: NearDuplicateIndex | None) -> dict[str, Match]:
    """The near-duplicates among ``articles`` (doc_id -> match), judged in input order.

    Each article is compared with the stored documents (``stored``, the store's own index) and with
    the articles before it, as ``Store.add_documents`` will compare it when the run writes it. Stored
    documents that this run replaces are left out as originals: their stored text is about to change.
    """
    from seismo.ingest.dedupe import Match, NearDuplicateIndex, signature, similarity

    incoming = {a.doc_id for a in articles}
    batch = NearDuplicateIndex()
    copies: dict[str, Match] = {}
    for article in articles:
        sig = signature(article.text)
        best: tuple[float, str, str] | None = None  # (score, candidate, its original)
        for index, skip in ((stored, incoming), (batch, {article.doc_id})):
            if index is None:
                continue
            for candidate in index.candidates(sig) - skip:
                score = similarity(sig, index.signature_of(candidate))
                if score >= batch.threshold and (best is None or (-score, candidate) < (-best[0], best[1])):
                    best = (score, candidate, index.original_of(candidate))
        match = Match(article.doc_id, best[2], best[0]) if best else None
        batch.add(article.doc_id, sig, match.original if match else None)
        if match:
            copies[article.doc_id] = match
    return copies


def english_or_copies(articles: Sequence[Article], copies: dict[str, Match]
                      ) -> tuple[list[Article], list[Rejection], dict[str, Match]]:
    """The I009 language check after copies are found: (articles kept, rejections, copies kept).

    A copy of a stored document or of an accepted article of this run is as English as its original, so it
    is not checked again (py3langid costs a copy as much as its whole carry). Input order: an original comes
    before its copies, and a copy of a rejected original is checked on its own and, if it passes, parsed.
    """
    rejected: set[str] = set()
    rejections: list[Rejection] = []
    kept: dict[str, Match] = {}
    for article in articles:
        match = copies.get(article.doc_id)
        if match is not None and match.original not in rejected:
            kept[article.doc_id] = match
            continue
        reason = non_english_reason(article.text)
        if reason is not None:
            rejected.add(article.doc_id)
            rejections.append(reject("I009", article.source or article.doc_id, detail=reason))
    return [a for a in articles if a.doc_id not in rejected], rejections, kept


def carry_events(events: Iterable[Event], copy: Article) -> list[Event]:
    """The original's events as events of ``copy`` (same coding, the copy's id, outlet and offsets)."""
    out = []
    for event in events:
        start = locate(copy.text, event.evidence.sentence, event.evidence.start)
        if start is None:
            continue
        update: dict[str, object] = {
            "event_id": Event.make_id(copy.doc_id, "carried", event.event_id),
            "doc_id": copy.doc_id,
            "evidence": Evidence(sentence=event.evidence.sentence, start=start,
                                 end=start + len(event.evidence.sentence)),
            "published": copy.published,
            "outlet": copy.outlet,
        }
        if event.date_precision == "published":  # dated on publication: the copy's own
            update["date"] = copy.published
            update["date_precision"] = "published" if copy.published else None
        out.append(event.model_copy(update=update))
    return out


def locate(text: str, sentence: str, hint: int) -> int | None:
    """Where ``sentence`` stands in ``text``: the occurrence nearest ``hint``, or None."""
    best: int | None = None
    at = text.find(sentence)
    while at >= 0:
        if best is None or abs(at - hint) < abs(best - hint):
            best = at
        at = text.find(sentence, at + 1)
    return best


def with_copies(articles: Sequence[Article], copies: dict[str, Match], coded: Iterator[CodedDocument],
                stored_events: Callable[[list[str]], dict[str, list[Event]]]) -> Iterator[CodedDocument]:
    """Every article coded, in input order: originals from ``coded``, copies with carried events.

    ``coded`` yields the coded non-copies in input order. A copy's original is either earlier in
    this run (its events are kept until the run ends) or stored: ``stored_events`` reads those
    in one query up front (``Store.events_of``).
    """
    parsed_here = {a.doc_id for a in articles if a.doc_id not in copies}
    originals = {m.original for m in copies.values()}
    held = stored_events(sorted(originals - parsed_here)) if originals - parsed_here else {}
    for article in articles:
        match = copies.get(article.doc_id)
        if match is None:
            doc = next(coded)
            if doc.article.doc_id in originals:
                held[doc.article.doc_id] = doc.events
            yield doc
            continue
        if match.original not in held:  # replaced later in this run: its stored events
            held.update(stored_events([match.original]))
        yield CodedDocument(article=article, events=carry_events(held.get(match.original, []), article))

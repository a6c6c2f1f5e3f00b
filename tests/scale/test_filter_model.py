"""The candidate filter with the real model: same events, same evidence offsets, forms cover triggers."""

from __future__ import annotations

import pytest

from seismo.coding import load_lexicon
from seismo.coding.filter import FilterStats, candidate_filter, parse_filtered
from seismo.config import Settings
from seismo.models import Article
from seismo.nlp import load_pipeline
from seismo.scale import ScaleOptions, code_articles

pytestmark = pytest.mark.slow


def _events(articles: list[Article], settings: Settings, candidate_filter: bool) -> dict:
    scale = ScaleOptions(candidate_filter=candidate_filter)
    return {e.event_id: e for d in code_articles(articles, settings, scale) for e in d.events}


def test_filtered_coding_finds_the_same_events_at_the_same_offsets(sample_articles, small_settings) -> None:
    full = _events(sample_articles, small_settings, False)
    filtered = _events(sample_articles, small_settings, True)
    both = set(full) & set(filtered)
    assert len(both) >= 0.99 * len(full)
    for key in both:
        assert filtered[key].evidence == full[key].evidence
        assert _coded(filtered[key]) == _coded(full[key])


def _coded(event) -> dict:
    """The event without the actors' explanations: a country the coder took from a place named in a skipped
    sentence of the paragraph is the same country, explained as the story's (docs/scaling.md)."""
    dump = event.model_dump()
    for role in ("source", "target"):
        if dump.get(role):
            dump[role].pop("reason", None)
    return dump


def test_filtered_docs_index_the_article_text(sample_articles) -> None:
    nlp = load_pipeline()
    stats = FilterStats()
    texts = [a.text for a in sample_articles]
    docs = list(parse_filtered(nlp, texts, stats=stats))
    assert [d.text for d in docs] == texts
    assert stats.fallbacks == 0 and 0 < stats.candidates < stats.sentences
    for doc in docs:
        assert all(doc.text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_trigger_forms_cover_every_dictionary_word_the_parser_lemmatizes(sample_articles) -> None:
    nlp = load_pipeline()
    forms = candidate_filter(nlp).forms
    lexicon = load_lexicon()
    known = forms.always | set(forms.conditional)
    def trigger_word(t) -> bool:  # what find_triggers reads: verbs, and nouns as their objects
        lemma = t.lemma_.lower()
        return (t.pos_ in ("VERB", "AUX") and lemma in lexicon.verbs) or (t.pos_ == "NOUN" and lemma in lexicon.nouns)

    missing = {t.lower_ for doc in nlp.pipe(a.text for a in sample_articles) for t in doc
               if trigger_word(t) and t.lower_ not in known}
    assert not missing

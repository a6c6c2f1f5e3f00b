"""The trigger-and-actor sentence filter (issue 15): word lists from the dictionaries and the KB."""

from __future__ import annotations

import pytest

from seismo.coding.filter import parse_filtered
from seismo.coding.prefilter import ActorMentions, load_pronouns
from seismo.kb import load_kb

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from seismo.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def strict(nlp):
    from seismo.coding.prefilter import build_prefilter

    return build_prefilter(nlp, lede=0)


def candidates(filt, text: str) -> list[bool]:
    return [s.candidate for s in filt.segments(text)]


def test_a_sentence_needs_a_trigger_and_an_actor(strict) -> None:
    text = ("Hezbollah fighters attacked a convoy near the border. Markets rallied as shares rose. "
            "The storm destroyed several houses. Stocks fell. The United Nations condemned the attack.")
    assert candidates(strict, text) == [True, False, False, False, True]


def test_pronouns_count_as_actors(strict) -> None:
    assert candidates(strict, "They attacked the convoy.") == [True]


def test_multiword_names_match_over_the_kb_alias_prefixes() -> None:
    mentions = ActorMentions(load_kb().actor_table, frozenset())
    assert mentions.found("A United Nations envoy arrived.")
    assert not mentions.found("The United colours faded.")


def test_names_keep_the_kb_case_rules() -> None:
    mentions = ActorMentions(load_kb().actor_table, frozenset())
    assert mentions.found("The US imposed tariffs.")
    assert not mentions.found("It was sent to us and is said to be fine.")  # "us", "said", "is": no names
    assert mentions.found("Riot police arrived.")  # group nouns in any case


def test_kb_and_lexicon_additions_flow_in(nlp) -> None:
    from seismo.coding import load_lexicon
    from seismo.coding.filter import build_trigger_forms
    from seismo.coding.prefilter import PreFilter
    from seismo.kb.tables import AliasTable

    forms = build_trigger_forms(load_lexicon(), nlp)
    table = AliasTable()
    table.add("Zorblax League", "institution", object(), layer=2)
    filt = PreFilter(forms, ActorMentions(table, load_pronouns()), lede=0)
    assert candidates(filt, "The Zorblax League attacked a convoy.") == [True]
    assert candidates(filt, "The Zorblax club attacked a convoy.") == [False]


def test_a_verb_form_after_a_determiner_is_a_noun(strict) -> None:
    assert candidates(strict, "Police told the press about it.") == [False]  # "press" (urge) as a noun
    assert candidates(strict, "Police pressed the government.") == [True]
    assert candidates(strict, "Erdoğan pledged support.") == [True]  # no "an" inside a word


def test_a_pronoun_subject_brings_the_sentences_before_it(nlp) -> None:
    from seismo.coding.prefilter import build_prefilter

    filt = build_prefilter(nlp, lede=0, context=2)
    text = "Senator Smith arrived. It rained. The weather was fine. Later he attacked the proposal."
    assert candidates(filt, text) == [False, True, True, True]


def test_filtered_docs_still_index_the_article_text(nlp, strict) -> None:
    texts = ["Markets rallied. Russian troops shelled Kharkiv on Monday. Stocks fell.\n\nHe said more would come."]
    [doc] = parse_filtered(nlp, texts, filt=strict)
    assert doc.text == texts[0]
    assert any(t.lemma_ == "shell" for t in doc)


def test_telling_is_a_trigger_only_with_an_infinitive(strict) -> None:
    """'told X to ... or else' is a threat (coding/directives.py), 'told X to stop' a request (issue 13);
    'told X about it' and 'told reporters that ...' are no trigger."""
    assert candidates(strict, "Kenya told Uganda to stop or else.") == [True]
    assert candidates(strict, "Kenya told Uganda to stop.") == [True]
    assert candidates(strict, "Kenya told Uganda about it.") == [False]

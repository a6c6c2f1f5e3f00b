"""Quantities: numbers, what they count, and what is not a quantity (years, dates, times)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seismo.coding.quantities import QuantityMention, find_quantities

# (sentence, mention text, value, unit, approx): one quantity per sentence
CASES = [
    ("Russia massed 130,000 troops at the border.", "130,000 troops", 130_000, "troops", False),
    ("Russia has massed over 130,000 troops.", "over 130,000 troops", 130_000, "troops", True),
    ("Some 2,000 soldiers arrived.", "Some 2,000 soldiers", 2_000, "soldiers", True),
    ("1.5 million people have fled.", "1.5 million people", 1_500_000, "people", False),
    ("Two soldiers were killed.", "Two soldiers", 2, "soldiers", False),
    ("two Ukrainian soldiers died", "two Ukrainian soldiers", 2, "soldiers", False),
    ("They destroyed a dozen tanks.", "a dozen tanks", 12, "tanks", False),
    ("Police detained dozens of protesters.", "dozens of protesters", 24, "protesters", True),
    ("The US pledged $200 million in aid.", "$200 million", 200_000_000, "USD", False),
    ("The EU gave 200 million euros.", "200 million euros", 200_000_000, "EUR", False),
    ("It shares a 3,000 km border.", "3,000 km", 3_000, "km", False),
    ("130,000 Russian troops", "130,000 Russian troops", 130_000, "troops", False),
    ("500 Americans were evacuated.", "500 Americans", 500, "americans", False),
    ("tens of thousands of people marched", "tens of thousands of people", 20_000, "people", True),
    ("hundreds of thousands of people", "hundreds of thousands of people", 200_000, "people", True),
    ("thousands of Russian troops", "thousands of Russian troops", 2_000, "troops", True),
    ("twenty-five soldiers", "twenty-five soldiers", 25, "soldiers", False),
    ("two hundred and fifty people", "two hundred and fifty people", 250, "people", False),
    ("several thousand troops", "several thousand troops", 3_000, "troops", True),
    ("a few hundred protesters", "a few hundred protesters", 200, "protesters", True),
    ("a $1.2bn deal", "$1.2bn", 1_200_000_000, "USD", False),
    ("a €50m loan", "€50m", 50_000_000, "EUR", False),
    ("10 million US dollars", "10 million US dollars", 10_000_000, "USD", False),
    ("more than 2 million refugees", "more than 2 million refugees", 2_000_000, "refugees", True),
    ("nearly 3,000 more combat troops", "nearly 3,000 more combat troops", 3_000, "troops", True),
    ("a 100,000-strong force", "100,000-strong force", 100_000, "force", False),
    ("at least 30 killed", "at least 30", 30, None, True),
    ("30 wounded civilians", "30 wounded civilians", 30, "civilians", False),
    ("The death toll rose to 130.", "130", 130, None, False),
    ("He was jailed for 20 years.", "20 years", 20, "years", False),
    ("about 2000 soldiers", "about 2000 soldiers", 2_000, "soldiers", True),
    ("12 unarmed military observers", "12 unarmed military observers", 12, "observers", False),
    ("two rebel groups met", "two rebel groups", 2, "groups", False),
    ("Seven opposition parties", "Seven opposition parties", 7, "parties", False),
    ("It killed one U.S. soldier", "one U.S. soldier", 1, "soldier", False),
    ("a 10,000-member force", "10,000-member force", 10_000, "force", False),
    ("Hundreds of thousands of people blocked streets", "Hundreds of thousands of people", 200_000,
     "people", True),
    ("50 police were hurt", "50 police", 50, "police", False),
    ("Officials said 30 died.", "30", 30, None, False),
    ("Biden and Putin spoke for an hour, and 2 soldiers died.", "2 soldiers", 2, "soldiers", False),
]  # fmt: skip

NOT_QUANTITIES = [
    "Biden said it could come before the end of the 2022 Winter Olympics on February 20.",
    "The talks took place in 2019 and again in 2022.",
    "The 2014 annexation of Crimea.",
    "Shelling began at 10:30 a.m. and again at 3pm and 0800 GMT.",
    "He lived on the 14th floor in the 20th century.",
    "COVID-19 reached the G20 while F-16 jets flew.",
    "NATO's Article 5 and Resolution 2231 apply.",
    "It happened two days ago and three weeks ago.",
    "No one was hurt; one of the soldiers fled.",
    "They held a two-day summit with a 35-year-old envoy.",
    "A Boeing 737 crashed.",
    "Several soldiers and many protesters gathered.",
    "They march on February 20, 2022 and on Feb. 14.",
    "He ran the 200m sprint.",
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "approx"), CASES)
def test_find_quantities(
    sentence: str, text: str, value: float, unit: str | None, approx: bool
) -> None:
    found = find_quantities(sentence)
    assert [(q.text, q.value, q.unit, q.approx) for q in found] == [(text, value, unit, approx)]
    assert sentence[found[0].start : found[0].end] == text


def test_percentages_are_marked_with_their_unit() -> None:
    found = find_quantities("Prices rose 5% and wages 3 percent.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("5%", 5, "percent"),
        ("3 percent", 3, "percent"),
    ]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_offsets() -> None:
    sentence = "Moscow said some 2,000 soldiers and 40 tanks left on Tuesday."
    assert find_quantities(sentence) == [
        QuantityMention(12, 31, 2000.0, "soldiers", "some 2,000 soldiers", True),
        QuantityMention(36, 44, 40.0, "tanks", "40 tanks", False),
    ]


def test_several_quantities_in_one_sentence() -> None:
    sentence = (
        "Ukraine says 130,000 Russian troops, 1,200 tanks and dozens of jets are massed, "
        "while the US sent $200 million and 90 tons of ammunition."
    )
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [
        (130_000, "troops"),
        (1_200, "tanks"),
        (24, "jets"),
        (200_000_000, "USD"),
        (90, "tons"),
    ]


_NUMBERY = st.sampled_from(
    ["130,000", " troops", "$", "200", " million", "€", "dozens of", " two", "-", "%", "2022",
     " Winter", "a dozen", "1.5", ",", " some ", "hundred and", "February 20", ":"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_NUMBERY, max_size=10).map("".join)))
def test_never_raises_and_offsets_are_exact(text: str) -> None:
    previous_end = 0
    for q in find_quantities(text):
        assert previous_end <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.value >= 0
        previous_end = q.end

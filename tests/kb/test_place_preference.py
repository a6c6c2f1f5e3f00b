"""A place name held in several countries reads as the one in a country the document prefers (``preferring``)."""

from __future__ import annotations

from seismo.kb import KnowledgeBase


def test_no_preference_keeps_the_first_place(kb: KnowledgeBase) -> None:
    assert kb.place("Tripoli").country == "LBY"
    assert kb.preferring(()).place("Tripoli").country == "LBY"
    assert kb.preferring(("FRA",)).place("Tripoli").country == "LBY"  # neither candidate's country


def test_a_preferred_country_picks_its_city(kb: KnowledgeBase) -> None:
    assert kb.preferring(("LBN",)).place("Tripoli").country == "LBN"
    assert kb.preferring(("PAK",)).place("Punjab").country == "PAK"
    assert kb.place("Punjab").country == "IND"


def test_the_best_ranked_country_wins(kb: KnowledgeBase) -> None:
    assert kb.preferring(("IND", "PAK")).place("Punjab").country == "IND"
    assert kb.preferring(("LBY", "LBN")).place("Tripoli").country == "LBY"
    assert kb.preferring(("FRA", "LBN", "LBY")).place("Tripoli").country == "LBN"


def test_a_country_name_is_never_re_ranked(kb: KnowledgeBase) -> None:
    """'Georgia' is first the country: a US story does not make it the state."""
    assert kb.preferring(("USA",)).place("Georgia").country == "GEO"


def test_running_text_places_follow_the_preference(kb: KnowledgeBase) -> None:
    text = "Gunmen fired on a checkpoint outside Tripoli overnight."
    assert [loc.country for _, _, loc in kb.find_places(text)] == ["LBY"]
    assert [loc.country for _, _, loc in kb.preferring(("LBN",)).find_places(text)] == ["LBN"]
    assert [loc.country for _, _, loc in kb.find_places(text)] == ["LBY"]  # the shared cache is per preference


def test_the_note_says_which_place_was_passed_over(kb: KnowledgeBase) -> None:
    assert kb.place_note("Tripoli") == ""
    note = kb.preferring(("LBN",)).place_note("Tripoli")
    assert "LBY" in note and "LBN" in note


def test_a_capital_named_in_another_story_country_is_that_place(kb: KnowledgeBase) -> None:
    """'Tripoli' in a story about Lebanon stands for no Libyan government."""
    lebanese = kb.preferring(("LBN",)).resolve_phrase("Tripoli")
    assert lebanese is not None and lebanese.actor.country == "LBN" and lebanese.actor.code != "LBYGOV"
    assert "LBY" in lebanese.reason
    default = kb.resolve_phrase("Tripoli")  # asked after: the cache kept the two apart
    assert default is not None and default.actor.code == "LBYGOV"
    libyan = kb.preferring(("LBY", "LBN")).resolve_phrase("Tripoli")
    assert libyan is not None and libyan.actor.code == "LBYGOV"


def test_a_capital_in_running_text_follows_the_preference(kb: KnowledgeBase) -> None:
    text = "Tripoli said the talks would resume."
    [(_, _, found)] = kb.preferring(("LBN",)).find_actor_mentions(text)
    assert found.actor.country == "LBN"
    [(_, _, found)] = kb.find_actor_mentions(text)
    assert found.actor.code == "LBYGOV"


def test_a_town_named_like_a_capital_does_not_displace_it(kb: KnowledgeBase) -> None:
    """'Washington' in a British story is the US capital, not the English town; 'Athens' in a US story is Greece's."""
    assert kb.preferring(("GBR",)).place("Washington").country == "USA"
    assert kb.preferring(("USA",)).place("Athens").country == "GRC"
    found = kb.preferring(("GBR",)).resolve_phrase("Washington")
    assert found is not None and found.actor.code == "USAGOV"
    text = "Washington said the talks would resume."
    [(_, _, mention)] = kb.preferring(("GBR", "FRA")).find_actor_mentions(text)
    assert mention.actor.code == "USAGOV"


def test_a_large_city_named_like_a_capital_still_does(kb: KnowledgeBase) -> None:
    """'London' in a Canadian story is London, Ontario, a city of some 400,000; 'San Juan' in a Philippine story is
    the Manila city, a third the size of Puerto Rico's capital."""
    assert kb.preferring(("CAN",)).place("London").country == "CAN"
    assert kb.preferring(("PHL",)).place("San Juan").country == "PHL"


def test_a_country_name_two_countries_bear_is_the_actor_tables_default(kb: KnowledgeBase) -> None:
    """'Congo' as a place is the Democratic Republic, as the actor table reads it, unless the story is the
    Republic's; 'Georgia' (also a US state) stays the country."""
    assert kb.place("Congo").country == "COD"
    assert kb.preferring(("FRA",)).place("Congo").country == "COD"
    assert kb.preferring(("COG",)).place("Congo").country == "COG"
    text = "Rebels attacked a base in eastern Congo."
    assert [loc.country for _, _, loc in kb.find_places(text)] == ["COD"]
    assert kb.preferring(("USA",)).place("Georgia").country == "GEO"

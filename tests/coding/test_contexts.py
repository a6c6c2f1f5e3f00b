"""PLOVER context rules (coding/contexts.py + dictionaries/contexts.yaml) on invented sentences.

The rule tests build their Docs with a blank English tokenizer and a sentencizer (no model, spaCy's
tests README); one test codes a text through the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from coding_helpers import code_text

from seismo.coding.context_rules import cue_pieces, load_contexts, plain_contexts
from seismo.coding.contexts import assign_contexts, event_contexts, text_contexts
from seismo.errors import CodingError
from seismo.models import PLOVER_CONTEXTS, Actor, Event, Evidence

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")
RULES = load_contexts()


def contexts_of(text: str) -> set[str]:
    return plain_contexts(text_contexts(NLP(text), RULES))  # the names, not the keys of `when:` and `unless:` cues


def actor(country: str, sector: str | None = None, igo: str | None = None) -> Actor:
    return Actor(name=f"{country} {sector}", code=f"{country}{sector or ''}", country=country, agent=sector,
                 igo=igo)  # fmt: skip


def event(type_: str, source: Actor | None, target: Actor | None = None, mode: str | None = None,
          start: int = 0, sentence: str = "x") -> Event:  # fmt: skip
    return Event(event_id=f"e{start}", doc_id="d", type=type_, mode=mode, source=source, target=target,
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)))  # fmt: skip


def test_the_dictionary_holds_exactly_the_manuals_contexts() -> None:
    assert RULES.names == PLOVER_CONTEXTS


def test_cues_split_like_the_sentences_words() -> None:
    assert cue_pieces("al-Qaeda") == ("al", "qaeda")
    assert cue_pieces("counter-terror*") == ("counter", "terror*")
    assert cue_pieces("women's") == ("women", "s")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voters queued outside polling stations across the capital.", {"election"}),
        ("The hackers broke into the ministry's mail server overnight.", {"cyber"}),
        ("Bread prices rose again as inflation reached a record.", {"economic"}),
        ("Anti-terrorism units searched the harbour district.", {"terrorism"}),
        ("The court sentenced the former mayor for embezzlement.", {"legal", "corruption"}),
        ("Villagers fled the floods and sheltered in a refugee camp.", {"disasters", "migration"}),
        ("The assembly debated a draft law on same-sex unions.", {"legislative", "legal", "lgbt"}),
    ],
)
def test_sentence_cues(sentence: str, expected: set[str]) -> None:
    assert contexts_of(sentence) == expected


def test_who_reports_is_not_what_it_is_about() -> None:
    """'diplomatic sources said' names the source of a report, not a diplomatic topic."""
    assert contexts_of("Diplomatic sources said the harvest was poor.") == set()
    assert "diplomatic" in contexts_of("The ambassador was summoned over the harvest dispute.")


def test_a_cue_must_match_whole_words() -> None:
    assert contexts_of("The wargaming club met on Tuesday.") == set()  # "war games" is two words
    assert contexts_of("Crimean wine sold well.") == set()  # "crime" is not a prefix cue


def test_a_military_actor_alone_implies_nothing() -> None:
    soldier, town = actor("RUR", "MIL"), actor("FRD", "CVL")
    assert "military" in event_contexts(event("ASSAULT", soldier, town), RULES)
    assert "military" in event_contexts(event("MOBILIZE", soldier, mode="troops"), RULES)
    assert "military" not in event_contexts(event("ACCUSE", soldier, actor("FRD", "GOV")), RULES)
    assert "military" not in event_contexts(event("CONSULT", soldier, actor("FRD", "GOV")), RULES)


def test_security_forces_against_civilians_is_repression() -> None:
    police, crowd = actor("RUR", "COP"), actor("RUR", "CVL")
    assert "repression" in event_contexts(event("ASSAULT", police, crowd), RULES)
    assert "repression" not in event_contexts(event("ASSAULT", crowd, police), RULES)


def test_governments_of_two_countries_talking_is_diplomatic_unless_about_something_else() -> None:
    talk = event("CONSULT", actor("RUR", "GOV"), actor("FRD", "GOV"))
    assert event_contexts(talk, RULES) == {"diplomatic"}
    assert "diplomatic" not in event_contexts(talk, RULES, found={"economic"})
    domestic = event("CONSULT", actor("RUR", "GOV"), actor("RUR", "GOV"))
    assert event_contexts(domestic, RULES) == set()
    with_un = event("AGREE", actor("RUR", "GOV"), Actor(name="UN", code="IGOUNO", igo="UNO"))
    assert event_contexts(with_un, RULES) == {"diplomatic"}


def test_a_specific_crime_context_replaces_crime() -> None:
    doc = NLP("Police seized the smuggled cigarettes and arrested the gang.")
    found = assign_contexts([event("COERCE", actor("RUR", "COP"), mode="seize")], doc, RULES)[0].contexts
    assert "trafficking" in found and "crime" not in found


def test_story_contexts_reach_every_event_of_a_story_that_keeps_naming_them() -> None:
    text = ("The election campaign opened on Monday. Candidates toured the north. Turnout among voters "
            "is expected to be high. Farmers blocked a road near the border.")
    doc = NLP(text)
    last = list(doc.sents)[-1]
    blocked = event("PROTEST", actor("RUR", "AGR"), start=last.start_char, sentence=last.text)
    assert assign_contexts([blocked], doc, RULES)[0].contexts == ["election", "economic"]
    short = NLP("The election campaign opened on Monday. Farmers blocked a road near the border.")
    last = list(short.sents)[-1]
    blocked = event("PROTEST", actor("RUR", "AGR"), start=last.start_char, sentence=last.text)
    assert assign_contexts([blocked], short, RULES)[0].contexts == ["economic"]  # one mention is no story


def test_legal_never_spreads_from_the_story() -> None:
    doc = NLP("The court met. The judge spoke. The trial went on. Farmers blocked a road.")
    last = list(doc.sents)[-1]
    blocked = event("PROTEST", actor("RUR", "AGR"), start=last.start_char, sentence=last.text)
    assert "legal" not in assign_contexts([blocked], doc, RULES)[0].contexts


def test_users_extend_the_dictionary(tmp_path: Path) -> None:
    own = tmp_path / "contexts.yaml"
    own.write_text("ignore: [space agency spokesman]\ncontexts:\n  technology:\n    cues: [orbital launch]\n"
                   "  space_policy:\n    cues: [orbit, space agency]\n", encoding="utf-8")  # fmt: skip
    rules = load_contexts([own])
    found = text_contexts(NLP("The orbital launch put a probe in orbit."), rules)
    assert found == {"technology", "space_policy"}
    assert text_contexts(NLP("A space agency spokesman declined to comment."), rules) == set()
    assert rules.names[-1] == "space_policy"


def test_a_broken_user_file_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("contexts: [military, economic]\n", encoding="utf-8")
    with pytest.raises(CodingError, match="C001"):
        load_contexts([bad])


def test_the_coder_gives_events_their_contexts(tmp_path: Path) -> None:
    text = ("Riot police fired tear gas at opposition supporters protesting the election results in the "
            "capital on Tuesday.")
    events = code_text(tmp_path, text, published=dt.date(2024, 6, 5))
    assert events and all({"election", "repression"} <= set(e.contexts) for e in events)


def test_captions_and_credits_do_not_make_a_story() -> None:
    text = ("Photo: election posters in the capital. Photo: voters at a rally. The election campaign opened. "
            "Farmers blocked a road near the border.")
    doc = NLP(text)
    sents = list(doc.sents)
    last = sents[-1]
    blocked = event("PROTEST", actor("RUR", "AGR"), start=last.start_char, sentence=last.text)
    captions = [(sents[0].start_char, sents[0].end_char), (sents[1].start_char, sents[1].end_char)]
    assert "election" in assign_contexts([blocked], doc, RULES)[0].contexts
    assert "election" not in assign_contexts([blocked], doc, RULES, noise=captions)[0].contexts


def _parsed(text: str):
    from seismo.nlp.pipeline import load_pipeline

    return load_pipeline()(text)


def _reports(token) -> bool:
    return token.lemma_ in ("say", "report")


def test_a_trailing_reporter_and_according_to_hold_no_cue() -> None:
    """'..., the foreign ministry said' says where a report comes from, not what it is about."""
    said = _parsed("Farmers blocked the highway for a day, the foreign ministry said on Friday.")
    assert "diplomatic" not in text_contexts(said, RULES, _reports)
    assert "diplomatic" in text_contexts(said, RULES)  # without a reporting test the words count
    according = _parsed("Farmers blocked the highway for a day, according to army sources.")
    assert "military" not in text_contexts(according, RULES, _reports)
    topic = _parsed("The foreign ministry summoned the envoy over the blockade, officials said.")
    assert "diplomatic" in text_contexts(topic, RULES, _reports)


def test_a_cue_in_another_sense_does_not_count() -> None:
    assert contexts_of("The tribunal opened a war crimes trial.") >= {"legal", "human_rights"}
    assert "military" not in contexts_of("The tribunal opened a war crimes trial.")
    assert "military" in contexts_of("The war dragged into its third winter.")
    assert "religion_ethnicity" not in contexts_of("The religious leader met the mayor.")
    assert "religion_ethnicity" in contexts_of("Religious tensions rose in the valley.")


def _on(text: str, type_: str, mode: str | None = None, source: Actor | None = None,
        target: Actor | None = None) -> list[str]:  # fmt: skip
    doc = NLP(text)
    return assign_contexts([event(type_, source, target, mode=mode, sentence=text)], doc, RULES)[0].contexts


def test_a_strike_is_economic_only_when_it_is_a_labour_strike() -> None:
    dockers = actor("RUR", "LAB")
    assert "economic" in _on("Dock workers walked out on strike over the new shifts.", "PROTEST", "strike", dockers)
    assert "economic" in _on("The union called off the strike on Monday.", "CONCEDE", None, dockers)
    assert "economic" not in _on("Forty prisoners began a hunger strike.", "PROTEST", "hunger", dockers)
    assert "economic" not in _on("The opposition held a general strike.", "PROTEST", "strike", dockers)
    assert "economic" not in _on("The strike was mentioned in a speech.", "ACCUSE", None, dockers)


def test_easing_a_curfew_is_legal_imposing_one_is_autocratic() -> None:
    gov, town = actor("RUR", "GOV"), actor("RUR", "CVL")
    eased = _on("The governor lifted the night curfew in the port city.", "CONCEDE", None, gov, town)
    assert "legal" in eased and "pro_autocracy" not in eased
    imposed = _on("The governor imposed a night curfew in the port city.", "COERCE", "curfew", gov, town)
    assert "pro_autocracy" in imposed and "legal" not in imposed


def test_restrictions_on_people_are_rights_freedoms_but_not_on_trade() -> None:
    gov, town = actor("RUR", "GOV"), actor("RUR", "CVL")
    assert "rights_freedoms" in _on("The ministry banned all gatherings of more than ten people.", "COERCE",
                                    "restrict", gov, town)  # fmt: skip
    assert "rights_freedoms" not in _on("The ministry imposed import restrictions on steel.", "COERCE",
                                        "restrict", gov, actor("FRD", "BUS"))  # fmt: skip


def test_courts_are_legal_and_refugees_are_migration_by_their_sector() -> None:
    assert "legal" in event_contexts(event("REJECT", actor("RUR", "JUD"), actor("RUR", "GOV")), RULES)
    assert "migration" in event_contexts(event("PROTEST", actor("RUR", "REF"), actor("RUR", "GOV")), RULES)


def test_users_add_senses_and_type_cue_rules(tmp_path: Path) -> None:
    own = tmp_path / "contexts.yaml"
    own.write_text("contexts:\n  environment:\n    not: [solar eclipse]\n  technology:\n    when:\n"
                   "      - types: [AGREE]\n        cues: [launch site]\n", encoding="utf-8")  # fmt: skip
    rules = load_contexts([own])
    assert "environment" in contexts_of("Crowds watched the solar eclipse.")  # the bundled rules
    assert "environment" not in text_contexts(NLP("Crowds watched the solar eclipse."), rules)
    assert "environment" in text_contexts(NLP("Solar farms spread across the plain."), rules)
    doc = NLP("The two states agreed on a launch site.")
    agreed = assign_contexts([event("AGREE", actor("RUR", "GOV"), actor("FRD", "GOV"), sentence=doc.text)],
                             doc, rules)[0].contexts  # fmt: skip
    assert "technology" in agreed
    assert "technology" not in contexts_of("The two states agreed on a launch site.")


def test_ethnic_groups_in_violence_or_protest_and_bombs_against_civilians() -> None:
    clan, gov = actor("RUR", "ETH"), actor("RUR", "GOV")
    assert "religion_ethnicity" in event_contexts(event("PROTEST", clan, gov, mode="demo"), RULES)
    assert "religion_ethnicity" not in event_contexts(event("CONSULT", clan, gov), RULES)
    gunmen, crowd, soldiers = actor("RUR", "UAF"), actor("RUR", "CVL"), actor("RUR", "MIL")
    assert "terrorism" in event_contexts(event("ASSAULT", gunmen, crowd, mode="explosives"), RULES)
    assert "terrorism" not in event_contexts(event("ASSAULT", gunmen, soldiers, mode="explosives"), RULES)
    assert "terrorism" not in event_contexts(event("ASSAULT", gunmen, crowd, mode="firearms"), RULES)


def test_ethnic_before_a_peoples_name_names_who_not_what_about() -> None:
    """'ethnic Uzbeks' is the name of a people, as 'Uzbeks' alone would be; 'ethnic tensions' is a topic."""
    assert cue_pieces("ethnic {name}") == ("ethnic", "{name}")
    assert "religion_ethnicity" not in contexts_of("Villagers said ethnic Uzbek herders crossed the river.")
    assert "religion_ethnicity" not in contexts_of("Ethnic Uzbeks crossed the river at dawn.")
    assert "religion_ethnicity" in contexts_of("Ethnic tensions rose after the herders crossed the river.")
    assert "religion_ethnicity" in contexts_of("The envoy warned of ethnic violence in the valley.")


def test_stopping_aid_is_human_security_unless_its_cues_say_military_or_economic() -> None:
    gov, other = actor("RUR", "GOV"), actor("FRD", "GOV")
    assert "human_security" in _on("The donors halted all aid to the northern province.", "SANCTION",
                                   "discontinue", gov, other)  # fmt: skip
    stopped = _on("The donors halted military aid to the northern province.", "SANCTION", "discontinue", gov, other)
    assert "human_security" not in stopped and "military" in stopped
    assert "human_security" not in _on("The donors praised the aid convoy.", "SUPPORT", None, gov, other)


def test_seized_property_is_human_security_and_expropriation_economic() -> None:
    assert "human_security" in contexts_of("The families want their confiscated property back.")
    assert "economic" in contexts_of("The ministry announced the expropriation of the mill.")


def test_a_curfew_restricts_movement_whoever_imposes_or_eases_it() -> None:
    gov, town = actor("RUR", "GOV"), actor("RUR", "CVL")
    assert "rights_freedoms" in _on("The governor imposed a night curfew on the port city.", "COERCE", "curfew",
                                    gov, town)  # fmt: skip
    assert "rights_freedoms" in _on("The governor lifted the night curfew in the port city.", "CONCEDE", None,
                                    gov, town)  # fmt: skip
    assert "rights_freedoms" not in _on("The curfew was mentioned in a speech.", "ACCUSE", None, gov, town)


def test_an_enclave_is_a_place_not_a_territorial_dispute() -> None:
    assert "territory" not in contexts_of("Shells fell on the enclave overnight.")
    assert "territory" in contexts_of("The enclave declared independence overnight.")


NAMED = spacy.blank("en")  # organisation names from an entity ruler: no model
NAMED.add_pipe("sentencizer")
NAMED.add_pipe("entity_ruler").add_patterns([  # type: ignore[attr-defined]
    {"label": "ORG", "pattern": name} for name in (
        "Freedom Party", "Labour Party", "Ostmark Independence Party", "Ostmark Opposition Party",
        "Independence Commission", "Farmers Union")])  # fmt: skip


def test_a_party_name_holds_no_cue() -> None:
    """'the Freedom Party' names who acts, not a topic; a cue that takes in the banner word still counts."""
    assert "rights_freedoms" not in text_contexts(NAMED("The Freedom Party met the governor."), RULES)
    assert "economic" not in text_contexts(NAMED("The Labour Party chose a new leader."), RULES)
    party = NAMED("The Ostmark Independence Party signed the accord.")
    assert "territory" not in text_contexts(party, RULES) and "diplomatic" in text_contexts(party, RULES)
    assert "political_institutions" in text_contexts(NAMED("The Ostmark Opposition Party walked out."), RULES)
    # the same words outside a party's name, or in the name of a body that is no party, still say the topic
    assert "rights_freedoms" in text_contexts(NAMED("The party spoke of freedom of the press."), RULES)
    assert "territory" in text_contexts(NAMED("The Independence Commission met the governor."), RULES)
    assert "economic" in text_contexts(NAMED("The Farmers Union marched downtown."), RULES)
    assert "rights_freedoms" in text_contexts(NLP("The Freedom Party met the governor."), RULES)  # no entities


def test_coalitions_of_parties_are_political_institutions() -> None:
    assert "political_institutions" in contexts_of("The opposition coalition agreed to postpone the march.")
    assert "political_institutions" in contexts_of("The ruling coalition split over the budget.")
    assert "political_institutions" not in contexts_of("The coalition agreed to postpone the march.")


def test_easing_an_emergency_is_legal_but_declaring_or_threatening_one_changes_the_institutions() -> None:
    gov, town, court = actor("RUR", "GOV"), actor("RUR", "CVL"), actor("RUR", "JUD")
    eased = _on("The governor eased emergency measures in the flooded province.", "CONCEDE", None, gov, town)
    assert "political_institutions" not in eased and "legal" in eased
    declared = _on("The president declared a state of emergency.", "COERCE", "martial-law", gov, town)
    assert "political_institutions" in declared and "pro_autocracy" in declared
    threat = _on("The president said he may declare a state of emergency.", "THREATEN", "restrict", gov, town)
    assert "political_institutions" in threat
    assert "political_institutions" in _on("The mayors sued over the state of emergency.", "ACCUSE", None, gov,
                                           court)  # fmt: skip


def test_an_autonomous_region_is_a_place_and_a_courts_independence_no_territorial_matter() -> None:
    assert "territory" not in contexts_of("The drone struck a village in the autonomous Ostmark region.")
    assert "territory" not in contexts_of("Shells fell on the autonomous region overnight.")
    assert "territory" not in contexts_of("Lawyers marched to defend judicial independence.")
    assert "territory" in contexts_of("The province demanded more autonomy from the capital.")
    assert "territory" in contexts_of("Rebels fought for the independence of the northern hills.")


def test_repression_is_force_at_home_not_an_army_striking_another_country() -> None:
    text = "Soldiers opened fire on villagers near the market."
    home = _on(text, "ASSAULT", None, actor("RUR", "MIL"), actor("RUR", "CVL"))
    abroad = _on(text, "ASSAULT", None, actor("RUR", "MIL"), actor("NDR", "CVL"))
    unknown = _on(text, "ASSAULT", None, actor("RUR", "MIL"), Actor(name="villagers", code="CVL", agent="CVL"))
    assert "repression" in home and "repression" in unknown and "repression" not in abroad
    detained = _on("Soldiers detained two villagers.", "COERCE", "arrest", actor("RUR", "MIL"), actor("NDR", "CVL"))
    assert "repression" in detained  # arrests by foreign forces still control people
    beaten = _on("Soldiers beat two villagers.", "ASSAULT", "beat", actor("RUR", "MIL"), actor("NDR", "CVL"))
    assert "repression" in beaten


def _scanned(ev: Event, rules, found: set[str]) -> set[str]:
    """``event_contexts`` as every rule read one by one (before the rules were indexed by type)."""
    from seismo.coding.context_rules import plain_contexts, when_key
    from seismo.coding.contexts import _actor_rule_fires

    keys = {ev.type, f"{ev.type}:{ev.mode}"} if ev.mode else {ev.type}
    out = {rule.name for rule in rules.rules.values()
           if not keys.isdisjoint(rule.types)
           or any(not a.alone and _actor_rule_fires(a, ev, found) for a in rule.actors)
           or any(not keys.isdisjoint(types) and when_key(rule.name, k) in found for k, types in enumerate(rule.when))}
    if not (out | plain_contexts(found)):
        out = {rule.name for rule in rules.rules.values()
               if any(a.alone and _actor_rule_fires(a, ev, found) for a in rule.actors)}
    return out


def test_indexed_event_rules_give_what_reading_every_rule_gives() -> None:
    from seismo.coding.context_rules import when_key

    types = sorted({k.partition(":")[0] for r in RULES.rules.values() for k in r.types} | {"ASSAULT", "CONSULT"})
    modes = sorted({k.partition(":")[2] for r in RULES.rules.values() for k in r.types if ":" in k})
    whens = [when_key(r.name, k) for r in RULES.rules.values() for k in range(len(r.when))]
    parties = [(None, None), (actor("FRA", "MIL"), None), (actor("FRA", "GOV"), actor("DEU", "GOV")),
               (actor("SDN", "COP"), actor("SDN", "CVL")), (actor("USA", "REB"), actor("USA", "MIL")),
               (Actor(name="the UN", igo="UN"), actor("IRN", "GOV"))]
    founds = [set(), {"military"}, set(whens[:3]), {whens[-1], "economic"}] if whens else [set(), {"military"}]
    checked = 0
    for type_ in types:
        for mode in [None, *modes[:4]]:
            for source, target in parties:
                ev = event(type_, source, target, mode=mode)
                for found in founds:
                    assert event_contexts(ev, RULES, found) == _scanned(ev, RULES, found), (type_, mode, found)
                    checked += 1
    assert checked > 200


def test_the_cause_a_groups_name_states_is_no_topic() -> None:
    """'the Front for the Independence of Ostmark' names who acts; lower case, or a body named for its task, the
    same word still says the topic."""
    assert "territory" not in contexts_of("The Front for the Total Independence of Ostmark seized the bridge.")
    assert "pro_democracy" not in contexts_of("The Brigades for the Defence of Democracy shelled the town.")
    assert "rights_freedoms" not in contexts_of("Members of the League for Freedom and Justice met the mayor.")
    assert "rights_freedoms" not in contexts_of("Leaders of the Hurriyet (Freedom) alliance postponed the march.")
    assert "rights_freedoms" in contexts_of("The opposition postponed the march (freedom of assembly was denied).")
    assert "territory" in contexts_of("The Ostmark front is fighting for independence from the federation.")
    assert "territory" in contexts_of("The Independence Commission met the governor.")
    assert "pro_democracy" in contexts_of("The envoy called for Democracy in Ostmark.")  # no name before "for"
    assert "human_rights" in contexts_of("The Lawyers for Human Rights filed a complaint.")


def test_uranium_for_nuclear_work_is_cbrn_not_a_natural_resource() -> None:
    converted = contexts_of("Inspectors returned to the Ostmark Uranium Conversion Facility on Monday.")
    assert "natural_resource" not in converted
    enriched = contexts_of("The ministry said it would resume uranium enrichment next month.")
    assert "natural_resource" not in enriched and "cbrn" in enriched
    assert "natural_resource" in contexts_of("The company won a licence to mine uranium in the north.")


def _events_of(text: str, *triggers: tuple[str, str, str | None]) -> dict[str, list[str]]:
    """Contexts of events read from a parsed sentence, each given as (type, trigger word, mode), by trigger."""
    doc = _parsed(text)
    events = [Event(event_id=word, doc_id="d", type=type_, mode=mode, trigger=word,
                    source=actor("KEN", "GOV"), target=actor("KEN", "CVL"),
                    evidence=Evidence(sentence=text, start=0, end=len(text)))
              for type_, word, mode in triggers]  # fmt: skip
    return {e.trigger or "": e.contexts for e in assign_contexts(events, doc, RULES, reporting=_reports)}


def test_a_clause_that_describes_a_place_is_not_what_the_event_is_about() -> None:
    """'Mombasa, where ethnic clashes killed nine people' says what happened there; an event read from that
    clause takes its words, the others do not."""
    lifted = _events_of("The governor lifted the curfew in Mombasa, where ethnic clashes killed nine people last year.",
                        ("CONCEDE", "lifted", None), ("ASSAULT", "killed", None))  # fmt: skip
    assert "religion_ethnicity" not in lifted["lifted"] and "legal" in lifted["lifted"]
    assert "religion_ethnicity" in lifted["killed"]
    scene = _events_of("The army withdrew its tanks from Tripoli province, the scene of sectarian fighting in May.",
                       ("RETREAT", "withdrew", "withdraw"))  # fmt: skip
    assert scene["withdrew"] == ["military"]
    # a relative clause of something that is no place still says the topic
    weekly = _events_of("The council lifted the ban on the weekly, which had reported on ethnic clashes.",
                        ("CONCEDE", "lifted", None))  # fmt: skip
    assert "religion_ethnicity" in weekly["lifted"]

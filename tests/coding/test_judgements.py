"""Judgements without a trigger verb (coding/judgements.py, judgement_events.py), on invented sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coding_helpers import asserted, code_text
from spacy.tokens import Doc
from spacy.vocab import Vocab

from seismo.coding.judgements import judgement_triggers, load_judgements
from seismo.coding.lexicon import load_lexicon
from seismo.models import Actor, Event, Modality


def _code(event: Event | None, side: str) -> str | None:
    actor = getattr(event, side) if event is not None else None
    return actor.code if actor is not None else None


def test_word_lists_are_data() -> None:
    rules = load_judgements()
    assert "cowardly" in rules.negative and "courageous" in rules.positive and "acceptable" in rules.reversible
    assert not rules.negative & rules.positive


def test_described_as_an_evaluative_word_condemns_the_author_of_the_act(tmp_path: Path) -> None:
    text = ("Rebels attacked a police station in Mindanao on Wednesday. "
            "The Philippine defence minister described the attack as a cowardly act.")
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove"
    assert _code(accuse[0], "source") == "PHLMIL" and _code(accuse[0], "target") == "PHLREB"


def test_calling_an_act_treasonous_condemns_its_author(tmp_path: Path) -> None:
    text = ("Protesters stormed the parliament in Lima on Tuesday. "
            "The Peruvian president called the storming of parliament treasonous.")
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove" and _code(accuse[0], "source") == "PERGOV", accuse


def test_called_a_decision_courageous_supports_its_owner(tmp_path: Path) -> None:
    support = asserted(code_text(tmp_path, "The German chancellor called the French government's decision "
                                            "courageous on Thursday."), "SUPPORT")
    assert support and _code(support[0], "source") == "DEUGOV" and _code(support[0], "target") == "FRAGOV"
    assert support[0].date == dt.date(2023, 3, 9)


def test_praise_of_no_one_is_no_event(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Iranian foreign minister described the talks as constructive.")
    assert not asserted(events, "SUPPORT")


def test_speaker_condemns_what_the_clause_judges(tmp_path: Path) -> None:
    text = "The Iranian president said on Tuesday that the Saudi government's decision was unacceptable."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and _code(accuse[0], "source") == "IRNGOV" and _code(accuse[0], "target") == "SAUGOV"
    assert accuse[0].date == dt.date(2023, 3, 7)


def test_a_negated_approval_condemns(tmp_path: Path) -> None:
    text = "The Iranian president said the Saudi government's decision was not acceptable."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].mode == "disapprove"


def test_questions_and_conditions_judge_no_one(tmp_path: Path) -> None:
    for text in ("The Iranian president asked whether the Saudi government's decision was unacceptable?",
                 "The Iranian president said a Saudi blockade would be unacceptable.",
                 "If the Saudi government's decision is illegal, the Iranian president said, it will be reversed."):
        assert not asserted(code_text(tmp_path, text), "ACCUSE"), text


def test_naming_a_suspect_or_the_one_responsible_is_an_allegation(tmp_path: Path) -> None:
    for text in ("Philippine police said the rebels are the main suspects.",
                 "Philippine police said the rebels were responsible for the bombing.",
                 "Philippine police held the rebels responsible for the bombing."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and accuse[0].mode == "allege", text
        assert _code(accuse[0], "source") == "PHLCOP" and _code(accuse[0], "target") == "PHLREB", text


def test_an_allegation_against_no_one_known_is_left_out(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Mexican foreign minister said this individual is a terrorist.")
    assert not asserted(events, "ACCUSE")


def test_saying_someone_breaks_the_law_accuses_them(tmp_path: Path) -> None:
    for text in ("The Iranian foreign minister said the United States is violating international law.",
                 "Iraqi protesters claimed Iran is unduly influencing their government."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and accuse[0].mode == "allege", text
        assert _code(accuse[0], "target") in ("USA", "IRN"), text


def test_raising_questions_about_conduct_disapproves(tmp_path: Path) -> None:
    text = ("A Canadian opposition legislator said the leaks raise serious questions about the government's "
            "ability to protect documents.")
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and _code(accuse[0], "target") == "CANGOV"
    assert not asserted(code_text(tmp_path, "The Canadian prime minister answered questions about the economy."),
                         "ACCUSE")


def test_a_vow_of_justice_threatens_and_a_past_one_does_not(tmp_path: Path) -> None:
    threat = asserted(code_text(tmp_path, '"We will bring those responsible to justice," the Kenyan interior '
                                           'minister said.'), "THREATEN")
    assert threat and threat[0].mode == "arrest" and _code(threat[0], "source") == "KENGOV"
    past = code_text(tmp_path, "The men who attacked a bank in Nairobi in 2010 were brought to justice in 2015.")
    assert not asserted(past, "THREATEN")


def test_acts_that_will_not_be_tolerated_are_threatened(tmp_path: Path) -> None:
    threat = asserted(code_text(tmp_path, '"Such acts will not be tolerated," the Chinese foreign minister '
                                           'said.'), "THREATEN")
    assert threat and _code(threat[0], "source") == "CHNGOV"


def test_a_court_ruling_that_someone_may_not_act_restricts(tmp_path: Path) -> None:
    coerce = asserted(code_text(tmp_path, "Germany's top court ruled that the party may not receive state "
                                           "funding."), "COERCE")
    assert coerce and coerce[0].mode == "restrict" and _code(coerce[0], "source") == "DEUJUD"


def test_boats_turned_back_by_a_navy_are_refused(tmp_path: Path) -> None:
    reject = asserted(code_text(tmp_path, "The boat was turned away by the Malaysian navy on Friday."), "REJECT")
    assert reject and _code(reject[0], "source") == "MYSMIL"
    assert not asserted(code_text(tmp_path, "The Malaysian navy turned back the attack on Friday."), "REJECT")


def test_expecting_something_from_someone_requests_it(tmp_path: Path) -> None:
    request = asserted(code_text(tmp_path, "The Japanese government expects an apology from Seoul."), "REQUEST")
    assert request and _code(request[0], "target") == "KORGOV"
    assert not asserted(code_text(tmp_path, "Officials expect 10,000 visitors from abroad."), "REQUEST")



def test_a_general_statement_judges_no_one(tmp_path: Path) -> None:
    text = 'The American judge wrote, "Not every corrupt act by state officials is a federal crime."'
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_linking_a_deed_to_someone_accuses_them(tmp_path: Path) -> None:
    for text in ("Kenyan police said the attack was linked to al-Shabaab.",
                 "Kenyan police linked the bombing to al-Shabaab on Friday."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and accuse[0].mode == "allege", text
        assert _code(accuse[0], "source") == "KENCOP" and _code(accuse[0], "target") == "SOMREB", text


def test_linking_places_accuses_no_one(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "A new pipeline links Russia to Germany."), "ACCUSE")


def test_saying_someone_abused_their_power_accuses_them(tmp_path: Path) -> None:
    text = ("The Brazilian opposition leader said the Brazilian president had abused his power and ignored the "
            "will of the people.")
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and accuse[0].mode == "allege"
    assert _code(accuse[0], "source") == "BRAOPP" and _code(accuse[0], "target") == "BRAGOV"
    assert not asserted(code_text(tmp_path, "The Brazilian president ignored the question on Monday."), "ACCUSE")


def test_a_conjunct_shares_the_accused_subject(tmp_path: Path) -> None:
    text = "The Brazilian opposition leader said the Brazilian president met the bankers and betrayed the nation."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and _code(accuse[0], "target") == "BRAGOV"


def test_treating_the_law_with_contempt_condemns_the_subject(tmp_path: Path) -> None:
    for text in ('"The Kenyan president treats the constitution with utter contempt," the opposition leader said.',
                 "The Kenyan opposition leader said the Kenyan Supreme Court showed a shocking ignorance of the law."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and accuse[0].mode == "disapprove", text
        assert _code(accuse[0], "source") == "KENOPP" and _code(accuse[0], "target") in ("KENGOV", "KENJUD"), text
    told = code_text(tmp_path, "The Kenyan president treated the constitution with contempt.")  # no one judges
    assert not asserted(told, "ACCUSE")
    respect = code_text(tmp_path, "The Kenyan president treated the visitors with respect, the opposition leader said.")
    assert not asserted(respect, "ACCUSE")


def test_a_hedged_deed_owner_is_accused(tmp_path: Path) -> None:
    for text in ('The Turkish foreign minister said the blast was "likely" Syria\'s doing.',
                 "The Turkish foreign minister said the blast was probably the work of the Syrian army."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and accuse[0].mode == "allege", text
        assert _code(accuse[0], "source") == "TURGOV" and _code(accuse[0], "target") in ("SYR", "SYRMIL"), text
    accident = code_text(tmp_path, "The Turkish foreign minister said the blast was likely an accident.")
    assert not asserted(accident, "ACCUSE")


def test_a_finding_judges_like_a_statement(tmp_path: Path) -> None:
    text = "Brazilian police determined the Brazilian finance minister had lied and violated the agreement."
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and _code(accuse[0], "source") == "BRACOP" and _code(accuse[0], "target") == "BRAGOV"
    fled = code_text(tmp_path, "Kenyan police determined the Somali suspects had fled.")
    assert not asserted(fled, "ACCUSE")


def test_a_deed_noun_under_a_hedge_is_the_predicate() -> None:
    """'the crash was likely Iran's doing' as the parser often reads it: 'doing' hangs under 'likely'."""
    words = ["the", "crash", "was", "likely", "Iran", "'s", "doing"]
    doc = Doc(Vocab(), words=words, spaces=[True, True, True, True, False, True, False],
              heads=[1, 2, 2, 2, 6, 4, 3], deps=["det", "nsubj", "ROOT", "acomp", "poss", "case", "xcomp"],
              pos=["DET", "NOUN", "AUX", "ADJ", "PROPN", "PART", "NOUN"],
              lemmas=["the", "crash", "be", "likely", "Iran", "'s", "doing"])
    iran = Actor(name="Iran", code="IRN", country="IRN")
    _, spoken = judgement_triggers(doc[:], load_lexicon(), [], lambda t: iran if t.text == "Iran" else None)
    assert [(t.type, t.mode, t.nominal.targets[0].text) for t in spoken if t.nominal] == [("ACCUSE", "allege", "Iran")]


def test_questions_raised_around_conduct_disapprove(tmp_path: Path) -> None:
    text = ('The Kenyan opposition released a statement which read, "This decision raises critical questions '
            "around the Kenyan government's conduct.\"")
    accuse = asserted(code_text(tmp_path, text), "ACCUSE")
    assert accuse and _code(accuse[0], "source") == "KENOPP" and _code(accuse[0], "target") == "KENGOV"


def test_the_one_quoted_judges_not_the_outlet(tmp_path: Path) -> None:
    for text in ("State media quoted the Iranian foreign minister as saying the United States is violating "
                 "international law.",
                 "Reuters quoted a Kenyan police spokesman as saying the Somali rebels were responsible for the "
                 "bombing."):
        accuse = asserted(code_text(tmp_path, text), "ACCUSE")
        assert accuse and _code(accuse[0], "source") in ("IRNGOV", "KENCOP"), text


def test_a_named_act_is_not_the_namers_own(code) -> None:
    """'called the talks a waste of time': the senator names the talks; he does not hold them."""
    events = code("The Kenyan senator called the talks a waste of time.")
    assert not [e for e in events if e.type == "CONSULT" and e.modality is Modality.ASSERTED]


def test_calling_an_inquiry_a_witch_hunt_accuses_its_owner(code) -> None:
    events = code('The Kenyan president repeatedly called the opposition\'s investigation a "witch hunt".')
    accuse = [e for e in events if e.type == "ACCUSE" and e.modality is Modality.ASSERTED]
    assert [(e.mode, e.target.code if e.target else None) for e in accuse] == [("disapprove", "KENOPP")]


def test_calling_a_meeting_convenes_it(code) -> None:
    events = code("The Kenyan president called a meeting with opposition leaders on Monday.")
    assert [e for e in events if e.type == "CONSULT" and e.source is not None and e.source.code == "KENGOV"]


def test_a_judgement_the_parser_folds_into_one_phrase_keeps_its_object(tmp_path):
    """'called the arrest unacceptable' parsed as the phrase 'arrest unacceptable': the arrest is still judged."""
    for text in ("Kenyan police arrested Raila Odinga on Monday. Odinga's party called the arrest unacceptable.",
                 "Kenyan police arrested Raila Odinga on Monday. Odinga's party called the arrest \"political "
                 "victimisation\"."):
        found = asserted(code_text(tmp_path, text), "ACCUSE")
        assert [(e.source.code, e.target.code) for e in found] == [("KENPTY", "KENCOP")], text


def test_police_who_block_people_restrict_them_and_a_miscarriage_of_justice_is_a_judgement(tmp_path):
    """'police blocked 30 supporters from approaching the court': COERCE restrict, only for police and troops."""
    found = asserted(code_text(tmp_path, "Riot police blocked the protesters in Nairobi on Monday."), "COERCE")
    assert [(e.source.code, e.mode) for e in found] == [("KENCOP", "restrict")]
    assert not asserted(code_text(tmp_path, "Kenya blocked Uganda from joining the bloc on Monday."), "COERCE")
    text = "Kenyan police arrested Raila Odinga on Monday. The US embassy called the trial a miscarriage of justice."
    assert [e.source.code for e in asserted(code_text(tmp_path, text), "ACCUSE")] == ["USAGOV"]


def test_a_state_dissolving_a_party_or_suspending_the_internet_coerces(tmp_path):
    """'the government dissolved the opposition party' bans it; 'authorities suspended mobile internet' restricts;
    dissolving parliament and suspending talks are no coercion."""
    text = "The Zambian government dissolved the main opposition party on Monday."
    assert [(e.source.code, e.mode) for e in asserted(code_text(tmp_path, text), "COERCE")] == [("ZMBGOV", "restrict")]
    text = "Zambian authorities suspended mobile internet in Lusaka on Monday."
    assert [(e.source.code, e.mode) for e in asserted(code_text(tmp_path, text), "COERCE")] == [("ZMBGOV", "restrict")]
    assert not asserted(code_text(tmp_path, "The Zambian president dissolved parliament on Monday."), "COERCE")
    assert not asserted(code_text(tmp_path, "Zambia suspended talks with Malawi on Monday."), "COERCE")


def test_a_court_ruling_a_government_ban_unlawful_targets_the_government(tmp_path: Path):
    events = code_text(tmp_path, "Kenya's High Court ruled on Monday that a government ban on rallies was "
                                 "unconstitutional.")
    assert {(e.source.code, e.target.code) for e in asserted(events, "SANCTION") if e.source and e.target} \
        == {("KENJUD", "KENGOV")}


def test_a_court_ruling_on_a_law_passed_by_parliament_targets_parliament(tmp_path: Path):
    events = code_text(tmp_path, "Kenya's High Court ruled on Monday that a law passed by parliament was illegal.")
    assert {e.target.code for e in asserted(events, "SANCTION") if e.target} == {"KENLEG"}

"""Evidential hedges on a done act (issue 13, "Modality" and "Attribution"): the act is asserted, the hedge kept in
``attributed_to`` (the named source, else 'unnamed sources'); guesses, plans and denials stay non-factual."""

from __future__ import annotations

from coding_helpers import asserted, code_text

from seismo.coding.hedges import UNNAMED
from seismo.models import Modality


def _one(events, type_):
    found = asserted(events, type_)
    assert len(found) == 1, events
    return found[0]


def test_a_believed_done_act_is_asserted_on_unnamed_sources(tmp_path) -> None:
    event = _one(code_text(tmp_path, "Chadian rebels are believed to have killed 12 soldiers in Abeche on Tuesday."),
                 "ASSAULT")
    assert event.source is not None and event.source.country == "TCD"
    assert event.attributed_to is not None and event.attributed_to.name == UNNAMED
    assert "believed to have" in (event.attributed_to.reason or "")


def test_a_hedging_adverb_keeps_the_act_and_marks_it(tmp_path) -> None:
    event = _one(code_text(tmp_path, "Bolivian police reportedly detained 40 students in La Paz on Wednesday."),
                 "COERCE")
    assert event.attributed_to is not None and event.attributed_to.name == UNNAMED
    assert "reportedly" in (event.attributed_to.reason or "")


def test_a_named_source_wins_over_the_hedge(tmp_path) -> None:
    event = _one(code_text(tmp_path, "Syrian troops allegedly shelled a clinic in Idlib on Monday, "
                                     "Turkish officials said."), "ASSAULT")
    assert event.attributed_to is not None and event.attributed_to.country == "TUR"


def test_an_unhedged_act_has_no_attribution(tmp_path) -> None:
    event = _one(code_text(tmp_path, "Syrian troops shelled a clinic in Idlib on Monday."), "ASSAULT")
    assert event.attributed_to is None


def test_guesses_and_plans_under_a_belief_stay_non_factual(tmp_path) -> None:
    assert not asserted(code_text(tmp_path, "Chadian rebels could have killed the soldiers in Abeche."), "ASSAULT")
    assert not asserted(code_text(tmp_path, "Chadian rebels are believed to be planning attacks on Abeche."),
                        "ASSAULT")
    events = code_text(tmp_path, "Chadian rebels are presumed to hold the town of Abeche.")
    assert not [e for e in events if e.modality is Modality.ASSERTED and e.type in ("ASSAULT", "COERCE")]


def test_an_alleged_killing_happened_with_no_source(tmp_path) -> None:
    events = code_text(tmp_path, "Police accused Boko Haram of killing 12 worshippers in Kano on Tuesday.")
    accuse = _one(events, "ACCUSE")
    assert accuse.target is not None and accuse.target.code == "NGAREB"
    assault = _one(events, "ASSAULT")
    assert assault.source is None and assault.target is not None and assault.target.agent == "REL"


def test_charged_with_and_blamed_for_a_killing_agree_with_accused_of(tmp_path) -> None:
    for text in ("Prosecutors charged two soldiers with murdering a Ugandan journalist in Kampala.",
                 "The opposition blamed the army for beating three protesters to death in Harare."):
        assault = _one(code_text(tmp_path, text), "ASSAULT")
        assert assault.source is None and assault.target is not None, text


def test_an_alleged_plan_attempt_or_other_act_stays_alleged(tmp_path) -> None:
    for text in ("Police accused Boko Haram of planning to kill worshippers in Kano.",
                 "Police accused Boko Haram of trying to kill a governor in Kano.",
                 "Russia accused Ukraine of shelling a school in Donetsk.",
                 "Police could accuse Boko Haram of killing the worshippers.",
                 "The rebels denied killing the soldiers.",
                 "Two policemen were convicted of killing a Kenyan lawyer in Nairobi."):
        assert not asserted(code_text(tmp_path, text), "ASSAULT"), text


def test_an_alleged_or_suspected_done_act_is_asserted(tmp_path) -> None:
    for text in ("Ugandan troops are alleged to have shot three students in Kampala.",
                 "Ugandan troops are suspected to have shot three students in Kampala."):
        event = _one(code_text(tmp_path, text), "ASSAULT")
        assert event.source is not None and event.source.country == "UGA", text
        assert event.attributed_to is not None and event.attributed_to.name == UNNAMED, text


def test_an_unresolved_reporter_is_named_as_the_hedge_source(tmp_path) -> None:
    event = _one(code_text(tmp_path, "Guinean soldiers allegedly opened fire on students in Conakry, "
                                     "witnesses said."), "ASSAULT")
    assert event.attributed_to is not None and event.attributed_to.name == "witnesses"
    assert event.attributed_to.code is None


def test_an_unresolved_according_to_source_is_named(tmp_path) -> None:
    event = _one(code_text(tmp_path, "According to witnesses, Sudanese soldiers apparently fired on students in "
                                     "Khartoum on Monday."), "ASSAULT")
    assert event.attributed_to is not None and event.attributed_to.name == "witnesses"

"""Directives on invented sentences (issue 13): an act someone is ordered, told or asked to do is asked for, not
done; 'or face X' makes the directive an ultimatum (THREATEN); a mandative that-clause asks for its act."""

from __future__ import annotations

from coding_helpers import asserted, code_text

from seismo.models import Modality


def _dyads(events, type_):
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in asserted(events, type_)]


def test_an_ordered_act_is_asked_for_and_the_order_still_codes(tmp_path):
    events = code_text(tmp_path, "The Ghanaian president ordered the army to withdraw its troops from Togo on Tuesday.")
    assert not asserted(events, "RETREAT")
    assert any(e.type == "RETREAT" and e.modality is Modality.HYPOTHETICAL for e in events)
    assert asserted(events, "REQUEST")  # the order itself is still a directive event


def test_instructed_directed_and_passive_orders(tmp_path):
    for text in ("The governor instructed police to detain the strike leaders.",
                 "The defence minister directed the navy to seize the trawlers.",
                 "The soldiers were ordered to free the hostages on Tuesday.",
                 "The rebels were told to free the hostages on Tuesday."):
        events = code_text(tmp_path, text)
        assert not [e for e in asserted(events) if e.type in ("COERCE", "RETREAT")], text


def test_a_directive_noun_asks_for_its_infinitive(tmp_path):
    events = code_text(tmp_path, "Peru gave the militia an ultimatum to disarm.")
    assert not asserted(events, "RETREAT")
    assert asserted(events, "THREATEN")


def test_an_act_someone_is_made_to_do_is_still_done(tmp_path):
    # 'force' and 'persuade' are no directives: the act followed
    for text in ("The army forced the militia to free the hostages.",
                 "Mali persuaded the rebels to release the hostages."):
        assert asserted(code_text(tmp_path, text), "RETREAT"), text


def test_an_ordered_inquiry_is_opened(tmp_path):
    events = code_text(tmp_path, "The Peruvian president instructed the police to investigate the leak.")
    assert asserted(events, "ACCUSE")


def test_a_perception_under_a_directive_tells_what_was_seen(tmp_path):
    events = code_text(tmp_path, "Peru said it was encouraged to see Bolivia withdraw its troops from the border.")
    assert asserted(events, "RETREAT")


def test_an_ultimatum_threatens_the_addressee(tmp_path):
    for text in ("Peru told Bolivia to reopen the border crossing or face sanctions.",
                 "Peru warned Bolivia to free the prisoners or else.",
                 "Peru asked Bolivia to free the prisoners by Friday or face military action.",
                 "Peru demanded that Bolivia free the prisoners or face a trade embargo.",
                 "Peru called on Bolivia to free the prisoners or face sanctions."):
        events = code_text(tmp_path, text)
        assert _dyads(events, "THREATEN") == [("PER", "BOL")], text
        assert not asserted(events, "RETREAT"), text
        assert not asserted(events, "SANCTION"), text


def test_an_ultimatum_threatens_its_consequence(tmp_path):
    events = code_text(tmp_path, "Peru told Bolivia to free the detained truckers or face military action.")
    assert [e.mode for e in asserted(events, "THREATEN")] == ["violence"]  # not 'arrest' from the act asked for
    events = code_text(tmp_path, "Peru told Bolivia to free the detained truckers or else.")
    assert [e.mode for e in asserted(events, "THREATEN")] == [None]


def test_a_directive_without_a_consequence_threatens_nothing(tmp_path):
    for text in ("Peru told Bolivia to reopen the border crossing.",
                 "Peru urged Bolivia to reopen the border crossing.",
                 "Peru said it would withdraw its troops or face defeat."):
        assert not asserted(code_text(tmp_path, text), "THREATEN"), text


def test_a_mandative_that_clause_is_asked_for(tmp_path):
    for text in ("The senator insisted that Bolivia withdraw its troops from the border.",
                 "The senators insisted that the Bolivians withdraw their troops from the border.",
                 "The judge ordered that police release the journalists."):
        events = code_text(tmp_path, text)
        assert not [e for e in asserted(events) if e.type == "RETREAT"], text
    events = code_text(tmp_path, "The senator insisted that Bolivia withdrew its troops from the border on Tuesday.")
    assert asserted(events, "RETREAT")  # a tensed that-clause tells what happened


def test_a_deadline_with_a_consequence_is_no_act(tmp_path):
    # an infinitive set against 'or face X' is demanded, whatever verb it hangs on
    for text in ("Peru gave Bolivia until Friday to free the prisoners or face sanctions.",
                 "Bolivia has until Friday to free the prisoners or face sanctions."):
        assert not asserted(code_text(tmp_path, text), "RETREAT"), text


def test_insisting_on_an_act_asks_for_it_and_insisting_on_a_fact_does_not(tmp_path):
    """'insisted that Russian troops leave', 'insists that Congress include funding' (a bare verb after one
    third-person subject is the subjunctive), 'insisted that Iran must halt': REQUEST; 'insisted that he was
    innocent' is a claim."""
    for text, pair in (("The US insisted on Monday that Russian troops leave Ukraine.", ("USA", "RUS")),
                       ("The Kenyan president insists that parliament approve the budget.", ("KEN", "KEN")),
                       ("The French foreign minister insisted that Iran must halt enrichment.", ("FRA", "IRN"))):
        assert _dyads(code_text(tmp_path, text), "REQUEST") == [pair], text
    for text in ("The Kenyan president insisted that he was innocent.", "Iranian officials insist they are innocent."):
        assert not asserted(code_text(tmp_path, text), "REQUEST"), text

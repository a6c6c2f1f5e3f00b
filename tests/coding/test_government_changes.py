"""Lane probe-ab: changes of government (resignations, coups, removals by a legislature) and their guards.

Invented wire sentences, each for a general mechanism: 'quit' is a resignation for an office holder, a
resignation 'handed in' is given, an agentless 'ousted in a coup' is the armed forces' act, a legislature that
ousts or deposes takes an office away (COERCE restrict), a threatened resignation is no promise (no AGREE), and a
person named with a nationality word is no state (a footballer quitting resigns nothing).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2011, 3, 11)


def _typed(events):
    return [(e.type, e.mode, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(events)]


def test_an_official_who_quits_resigns(code):
    """'quit', alone or with the post as object, is RETREAT resign for an office holder; the post is no target."""
    assert _typed(code("The Peruvian interior minister quit on Tuesday.")) == [("RETREAT", "resign", "PERGOV", None)]
    assert _typed(code("The Portuguese foreign minister quit the government on Tuesday.")) == [
        ("RETREAT", "resign", "PRTGOV", None)]


def test_quitting_for_a_career_move_or_in_sport_is_no_resignation(code):
    """'quit to run for parliament' is a career move; a footballer named with a nationality is no state."""
    assert not asserted(code("The Egyptian finance minister quit to run for parliament on Tuesday."), "RETREAT")
    assert not asserted(code("Brazilian striker Neymar quit on Tuesday."), "RETREAT")
    assert not asserted(code("Thousands of refugees quit the camp on Tuesday."), "RETREAT")  # mining.yaml skip


def test_a_resignation_handed_in_is_given(code):
    """'handed in his resignation' (a phrasal verb of giving, as 'tendered', 'submitted') is RETREAT resign."""
    assert _typed(code("The Bolivian finance minister handed in his resignation on Tuesday.")) == [
        ("RETREAT", "resign", "BOLGOV", None)]


def test_ousted_in_a_coup_is_the_armed_forces_act(code):
    """An agentless 'was ousted/toppled/deposed in a coup' is an ASSAULT by the country's military."""
    for verb in ("ousted", "toppled", "deposed"):
        events = asserted(code(f"The president of Niger was {verb} in a military coup on Tuesday."), "ASSAULT")
        assert [(e.source.code, e.target.code) for e in events] == [("NERMIL", "NERGOV")], verb


def test_a_legislature_ousting_a_president_takes_the_office_away(code):
    """A legislature that ousts or deposes a president is COERCE restrict, as 'removed from office'."""
    assert _typed(code("The Ukrainian parliament ousted the president on Tuesday.")) == [
        ("COERCE", "restrict", "UKRLEG", "UKRGOV")]


def test_soldiers_deposing_a_president_assault(code):
    """'deposed' by soldiers is a coup (ASSAULT), as 'ousted' and 'toppled' are."""
    assert _typed(code("Nigerien soldiers deposed the president on Tuesday.")) == [
        ("ASSAULT", None, "NERMIL", "NERGOV")]


def test_an_attempted_coup_is_an_assault(code):
    """'attempted a coup' is a coup by force, as 'staged' one."""
    events = asserted(code("Rebel soldiers attempted a coup in Burkina Faso on Tuesday."), "ASSAULT")
    assert [e.source.code for e in events] == ["BFAREB"]


def test_a_threatened_resignation_is_no_promise(code):
    """'threatened to resign' is a THREATEN; the friendly act threatened makes no AGREE."""
    events = code("The Kenyan finance minister threatened to resign on Tuesday.")
    assert {e.type for e in asserted(events)} == {"THREATEN"}
    assert not asserted(events, "RETREAT")


def test_quit_tagged_as_a_noun_with_a_subject_is_the_verb(code):
    """'Pál Schmitt quit as President': the tagger reads 'quit' as a noun heading the clause; with a subject it is
    the verb's past (nlp/components.py NOUN_VERB_FIXES), so the resignation is coded."""
    events = asserted(code("Pál Schmitt quit as President on Monday.", dt.date(2012, 4, 5)), "RETREAT")
    assert [(e.mode, e.source.code) for e in events] == [("resign", "HUNGOV")]


def test_a_legislature_voting_to_remove_a_president_takes_the_office_away(code):
    """'voted to remove President X' (no 'from office' said) by a legislature is COERCE restrict; a government
    removing its army chief is a dismissal, no event."""
    events = asserted(code("Ukraine's parliament voted on Saturday to remove President Viktor Yanukovych.",
                           dt.date(2014, 2, 23)), "COERCE")
    assert [(e.mode, e.source.code, e.target.code) for e in events] == [("restrict", "UKRLEG", "UKRGOV")]
    assert not asserted(code("The Kenyan government removed the army chief on Tuesday."))


def test_forced_out_of_office_takes_the_office_away(code):
    """'forced out of office' (the of-phrase below the particle 'out') is COERCE restrict by a court, an ASSAULT
    by an army ('forced X out of power'), not an expulsion from a body."""
    events = asserted(code("Prime Minister Yingluck Shinawatra was forced out of office on Wednesday by a court "
                           "ruling.", dt.date(2014, 2, 28)))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("COERCE", "restrict", "THAJUD")]
    events = asserted(code("The army forced President Hosni Mubarak out of power on Friday.", dt.date(2011, 2, 12)))
    assert [(e.type, e.source.code) for e in events] == [("ASSAULT", "EGYMIL")]


def test_a_withdrawn_resignation_is_no_withdrawal(code):
    """'withdrew his resignation': the official stays; no RETREAT withdraw, no SANCTION."""
    assert not asserted(code("The Lebanese prime minister withdrew his resignation on Wednesday."))


def test_an_infinitive_of_a_request_noun_is_asked_for(code):
    """'resisted calls to resign': the parser hangs 'to resign' on 'resisted', not on 'calls'; the infinitive of a
    request noun (``request_nouns``) names an act asked for, so no asserted resignation."""
    events = code("Prime Minister Gordon Brown resisted calls to resign on Monday.", dt.date(2009, 6, 30))
    assert {e.type for e in asserted(events)} == {"REJECT"}


def test_stepping_aside_is_a_resignation_for_civil_office_holders(code):
    """'stepped aside' is RETREAT resign for a minister or a leader, not for police making room."""
    events = asserted(code("The Nepalese prime minister stepped aside on Friday to make way for a unity government.",
                           dt.date(2015, 9, 4)), "RETREAT")
    assert [(e.mode, e.source.code) for e in events] == [("resign", "NPLGOV")]
    assert not asserted(code("Police stepped aside to let the marchers pass on Friday.", dt.date(2015, 9, 4)),
                        "RETREAT")


def test_quit_read_as_a_noun_after_a_name_takes_the_name_as_subject(code):
    """'Bashar al-Assad quit as President': the parser glues the name to a noun 'quit' as its compound; the name
    is the subject of the verb (nlp/components.py _noun_as_verb)."""
    events = asserted(code("Bashar al-Assad quit as President on Sunday.", dt.date(2024, 12, 8)), "RETREAT")
    assert [(e.mode, e.source.code) for e in events] == [("resign", "SYRGOV")]


def test_a_named_office_holder_suspended_or_disqualified_by_a_state_body(code):
    """'voted to suspend President X', 'disqualified Prime Minister X': the object's lemma is the name, so a
    known person object (person_object) by a legislature or a court is COERCE restrict; a sports body suspending
    an official is no event."""
    published = dt.date(2016, 5, 13)
    events = asserted(code("Brazil's Senate voted on Thursday to suspend President Dilma Rousseff.", published))
    assert [(e.type, e.mode, e.source.code, e.target.code) for e in events] == [
        ("COERCE", "restrict", "BRALEG", "BRAGOV")]
    events = asserted(code("Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif on Friday.", published))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("COERCE", "restrict", "PAKJUD")]
    assert not asserted(code("FIFA suspended Sepp Blatter on Thursday.", published))

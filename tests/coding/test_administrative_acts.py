"""Acts of state bodies told in administrative words (lane probe-af), on invented sentences: broadcasters ordered
off the air, candidates struck off a ballot or unseated, property carried off in a search, joint bodies founded."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _modes(events, type_):
    return [e.mode for e in asserted(events, type_)]


def test_a_station_ordered_or_forced_off_the_air_is_censored(tmp_path):
    events = code_text(tmp_path, "A court in Caracas ordered the opposition television station off the air on Monday.")
    assert [(e.source.code, e.mode) for e in asserted(events, "COERCE")] == [("VENJUD", "censor")], events
    events = code_text(tmp_path, "The Pakistani government took the private channel off the air on Saturday.")
    assert _modes(events, "COERCE") == ["censor"], events
    events = code_text(tmp_path, "Zimbabwe's government forced the independent radio station off the air on Friday.")
    assert _modes(events, "COERCE") == ["censor"], events


def test_off_the_air_by_the_broadcaster_or_the_weather_is_no_censorship(tmp_path):
    for text in ("The broadcaster pulled the programme off the air on Friday.",
                 "The storm forced the radio station off the air on Friday."):
        assert not asserted(code_text(tmp_path, text), "COERCE"), text


def test_candidates_struck_off_the_ballot_are_restricted_not_attacked(tmp_path):
    events = code_text(tmp_path, "The Kenyan election commission struck three opposition candidates off the ballot "
                                 "on Friday.")
    assert [(e.source.code, e.mode) for e in asserted(events, "COERCE")] == [("KENGOV", "restrict")], events
    assert not asserted(events, "ASSAULT")
    events = code_text(tmp_path, "The football federation struck three players off the list on Friday.")
    assert not asserted(events, "ASSAULT") and not asserted(events, "COERCE"), events


def test_lawmakers_unseated_by_a_court_or_parliament_are_restricted(tmp_path):
    events = code_text(tmp_path, "The Turkish parliament unseated two Kurdish deputies on Tuesday.")
    assert [(e.source.code, e.mode) for e in asserted(events, "COERCE")] == [("TURLEG", "restrict")], events
    events = code_text(tmp_path, "Twelve opposition legislators were unseated by the Constitutional Court on Tuesday.")
    assert _modes(events, "COERCE") == ["restrict"], events
    assert not asserted(code_text(tmp_path, "Voters unseated the incumbent mayor on Tuesday."))


def test_property_carried_off_by_police_is_seized(tmp_path):
    for text in ("Belarusian police removed computers and documents from his flat in Minsk on Wednesday.",
                 "Investigators carted away boxes of documents from the party headquarters on Friday.",
                 "Thai police took away computers from the newspaper's offices on Friday."):
        events = code_text(tmp_path, text)
        assert _modes(events, "COERCE") == ["seize"], (text, events)
    assert not asserted(code_text(tmp_path, "Workers removed rubble from the site on Monday."), "COERCE")


def test_a_joint_body_founded_by_two_states_is_cooperation(tmp_path):
    events = code_text(tmp_path, "Turkey and Syria set up a joint commission to fight smuggling on Tuesday.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "COOPERATE")] == [("TUR", "SYR")], events
    events = code_text(tmp_path, "Iran said it would form a joint committee with Iraq to police the border.")
    assert asserted(events, "AGREE") and not asserted(events, "COOPERATE"), events
    assert not asserted(code_text(tmp_path, "The city council formed a committee to study the budget on Thursday."))



def test_a_permit_withdrawn_by_the_state_is_coercion_not_retreat(tmp_path):
    events = code_text(tmp_path, "The Russian foreign ministry withdrew the accreditation of two BBC journalists "
                                 "on Friday.")
    assert _modes(events, "COERCE") == ["censor"] and not asserted(events, "RETREAT"), events
    events = code_text(tmp_path, "The Russian government withdrew the licence of the radio station on Friday.")
    assert _modes(events, "COERCE") == ["restrict"] and not asserted(events, "RETREAT"), events


def test_premises_sealed_by_police_are_restricted(tmp_path):
    events = code_text(tmp_path, "Zimbabwean police sealed the offices of the independent newspaper in Harare "
                                 "on Friday.")
    assert [(e.source.code, e.mode) for e in asserted(events, "COERCE")] == [("ZWECOP", "restrict")], events
    assert not asserted(code_text(tmp_path, "Workers sealed the building with plastic sheets on Friday."), "COERCE")


def test_immunity_lifted_by_parliament_is_coercion_not_a_concession(tmp_path):
    for text in ("The Turkish parliament lifted the immunity of 50 deputies on Friday.",
                 "The Ukrainian parliament stripped the opposition deputy of his immunity on Tuesday."):
        events = code_text(tmp_path, text)
        assert _modes(events, "COERCE") == ["restrict"] and not asserted(events, "CONCEDE"), (text, events)


def test_a_group_or_outlet_suspended_by_the_state_is_coerced(tmp_path):
    events = code_text(tmp_path, "The Russian Justice Ministry suspended the activities of the election monitoring "
                                 "group Golos on Tuesday.")
    assert _modes(events, "COERCE") == ["restrict"], events
    events = code_text(tmp_path, "The Burundian government suspended the broadcasts of Radio Publique Africaine "
                                 "on Tuesday.")
    assert _modes(events, "COERCE") == ["censor"], events
    assert not asserted(code_text(tmp_path, "The mining company suspended its activities in the province on Tuesday."))


def test_a_sports_ban_is_no_coercion(tmp_path):
    for text in ("UEFA banned the club from European competition for two years on Friday.",
                 "The sprinter was banned from the Olympics for doping on Friday."):
        assert not asserted(code_text(tmp_path, text), "COERCE"), text
    events = code_text(tmp_path, "The Egyptian government banned the opposition party from the election on Friday.")
    assert _modes(events, "COERCE") == ["restrict"], events


def test_a_running_mate_nominated_is_backed(tmp_path):
    events = code_text(tmp_path, "Mitt Romney nominated Paul Ryan as his running mate on Saturday.")
    assert [e.target.code for e in asserted(events, "SUPPORT")] == ["USAELI"], events
    events = code_text(tmp_path, "Obama nominated Sonia Sotomayor to the Supreme Court on Tuesday.")
    assert not asserted(events, "SUPPORT"), events

"""What states and institutions impose (lane probe-p), on invented sentences: acts kept from happening,
emergency rule, removals from office and from bodies, licences revoked, searches."""

from __future__ import annotations

from coding_helpers import asserted, code_text

from seismo.models import Modality


def test_act_kept_from_happening_is_not_done(tmp_path):
    events = code_text(tmp_path, "A Nigerian court barred the workers from striking on Friday.")
    assert not asserted(events, "ASSAULT") and not asserted(events, "PROTEST")
    events = code_text(tmp_path, "Jordanian troops prevented the militants from attacking the border post on Monday.")
    assert not asserted(events, "ASSAULT")
    assert any(e.trigger == "attacking" and e.modality is Modality.NEGATED for e in events)


def test_members_expelled_from_a_body_are_a_sanction_not_a_deportation(tmp_path):
    events = code_text(tmp_path, "Kenya's ruling party expelled four rebel MPs on Monday.")
    assert [e.mode for e in asserted(events, "SANCTION")] == ["expel"]
    assert not asserted(events, "COERCE")
    events = code_text(tmp_path, "The African Union expelled Madagascar from the bloc on Friday.")
    assert [e.mode for e in asserted(events, "SANCTION")] == ["expel"]
    events = code_text(tmp_path, "Kenyan police expelled two British journalists on Monday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["deport"]


def test_a_ruling_party_expelling_a_named_politician_is_a_sanction(tmp_path):
    """A ruling party reads GOV (docs/actors.md), so the party-agent rule misses it: the subject noun decides."""
    events = code_text(tmp_path, "Angola's ruling party expelled the former finance minister on Tuesday.")
    assert [e.mode for e in asserted(events, "SANCTION")] == ["expel"], events
    assert not asserted(events, "COERCE"), events


def test_office_taken_away_is_coercion(tmp_path):
    events = code_text(tmp_path, "The Turkish interior ministry stripped the mayor of Diyarbakir of his post "
                                 "on Monday.")
    assert [e.source.code for e in asserted(events, "COERCE")] == ["TURGOV"]
    events = code_text(tmp_path, "The Pakistani Supreme Court removed Prime Minister Nawaz Sharif from office "
                                 "on Friday.")
    assert [e.source.code for e in asserted(events, "COERCE")] == ["PAKJUD"]
    events = code_text(tmp_path, "The Ugandan electoral commission disqualified two opposition candidates on Monday.")
    assert asserted(events, "COERCE")
    events = code_text(tmp_path, "Egypt barred the opposition leader from running in the election.")
    assert asserted(events, "COERCE")
    events = code_text(tmp_path, "The Turkish interior ministry suspended three Kurdish mayors on Monday.")
    assert [e.source.code for e in asserted(events, "COERCE")] == ["TURGOV"]
    events = code_text(tmp_path, "The Kenyan parliament ousted four opposition lawmakers from the chamber on Monday.")
    assert [e.mode for e in asserted(events, "SANCTION")] == ["expel"] and not asserted(events, "ASSAULT")


def test_removals_outside_politics_are_no_events(tmp_path):
    for text in ("The coach removed the striker from the team after the match.",
                 "The Kenyan company removed its chief executive from his post on Monday.",
                 "The referee disqualified the runner from the race on Sunday.",
                 "Workers removed rubble from the site on Monday."):
        assert not asserted(code_text(tmp_path, text), "COERCE"), text


def test_emergency_rule_and_powers_are_a_state_of_emergency(tmp_path):
    events = code_text(tmp_path, "Sri Lanka's president imposed emergency rule across the island on Tuesday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["martial-law"]
    events = code_text(tmp_path, "The Thai government invoked emergency powers in Bangkok on Monday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["martial-law"]
    assert not asserted(code_text(tmp_path, "Parliament granted the president emergency powers on Monday."), "COERCE")


def test_licences_revoked_and_premises_searched(tmp_path):
    events = code_text(tmp_path, "Thai authorities revoked the licence of the television station on Friday.")
    assert [e.target.code for e in asserted(events, "COERCE")] == ["THAMED"]
    events = code_text(tmp_path, "The licence of the Venezuelan broadcaster RCTV was revoked on Sunday.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "COERCE")] == [("VENGOV", "VENMED")]
    assert not asserted(code_text(tmp_path, "The Kenyan bank revoked the licence of the company on Monday."))
    events = code_text(tmp_path, "Russian police searched the offices of the newspaper on Tuesday.")
    assert [(e.mode, e.target.code) for e in asserted(events, "COERCE")] == [("seize", "RUSMED")]
    assert not asserted(code_text(tmp_path, "Kenyan firefighters searched the house after the blaze on Monday."))
    assert not asserted(code_text(tmp_path, "Rescuers searched the building for survivors on Monday."))


def test_a_court_injunction_restricts(tmp_path):
    events = code_text(tmp_path, "The High Court in Nairobi issued an injunction against the teachers' strike "
                                 "on Monday.")
    assert [e.source.code for e in asserted(events, "COERCE")] == ["KENJUD"]
    assert not asserted(code_text(tmp_path, "The Kenyan government sought an injunction against the union on Monday."),
                        "COERCE")


def test_votes_cancelled_suspended_or_put_off_are_restricted(tmp_path):
    for text in ("The Haitian government cancelled the elections on Monday.",
                 "The Sri Lankan election commission suspended the local elections on Monday.",
                 "The Malian transitional government pushed back the presidential election to 2024 on Monday."):
        assert [e.mode for e in asserted(code_text(tmp_path, text), "COERCE")] == ["restrict"], text
    assert not asserted(code_text(tmp_path, "Officials postponed the football match because of the rain."))
    events = code_text(tmp_path, "Kenyan opposition leaders urged the government to cancel the election.")
    assert not asserted(events, "COERCE")


def test_state_listings_and_rule_that_bar_groups(tmp_path):
    events = code_text(tmp_path, "The Russian justice ministry designated the broadcaster a foreign agent on Friday.")
    assert [e.target.code for e in asserted(events, "COERCE")] == ["RUSMED"]
    events = code_text(tmp_path, "The Zimbabwean government deregistered 30 NGOs on Monday.")
    assert [e.target.code for e in asserted(events, "COERCE")] == ["ZWENGO"]
    events = code_text(tmp_path, "The Kremlin suspended the licence of the independent radio station on Friday.")
    assert [e.target.code for e in asserted(events, "COERCE")] == ["RUSMED"]
    events = code_text(tmp_path, "Madrid imposed direct rule on Catalonia on Saturday.")
    assert [e.source.code for e in asserted(events, "COERCE")] == ["ESPGOV"]
    assert not asserted(code_text(tmp_path, "The club designated the player its captain on Monday."))


def test_dismissed_officials_are_no_rejection(tmp_path):
    assert not asserted(code_text(tmp_path, "The Turkish government dismissed 15,000 civil servants on Monday."),
                        "REJECT")
    assert asserted(code_text(tmp_path, "The Iraqi government dismissed the protesters' demands on Monday."), "REJECT")


def test_areas_cordoned_off_and_services_cut(tmp_path):
    events = code_text(tmp_path, "Ugandan police cordoned off the opposition leader's home on Monday.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "COERCE")] == [("UGACOP", "UGAOPP")]
    events = code_text(tmp_path, "Belarusian riot police sealed off the main square in Minsk on Sunday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["restrict"]
    events = code_text(tmp_path, "Chinese authorities placed the city of Wuhan under lockdown on Thursday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["restrict"]
    events = code_text(tmp_path, "Myanmar's junta cut off internet access in Rakhine state on Friday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["withhold"]
    for text in ("The storm cut power to thousands of homes on Monday.", "Workers sealed off the leaking pipe."):
        assert not asserted(code_text(tmp_path, text), "COERCE"), text


def test_emergencies_fall_on_the_own_people_and_suspending_one_concedes(tmp_path):
    events = code_text(tmp_path, "Kyrgyz President Kurmanbek Bakiyev imposed a state of emergency on Sunday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["martial-law"]
    events = code_text(tmp_path, "The Kenyan government declared a state of emergency on Sunday.")
    assert [e.target.code for e in asserted(events, "COERCE")] == ["KENCVL"]
    events = code_text(tmp_path, "The Philippine government placed the province under martial law on Tuesday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["martial-law"]
    events = code_text(tmp_path, "The Indian government imposed a nationwide lockdown on Tuesday.")
    assert [(e.mode, e.target.code) for e in asserted(events, "COERCE")] == [("restrict", "INDCVL")]
    assert not asserted(code_text(tmp_path, "The lockdown hit businesses hard in Manila."), "COERCE")
    events = code_text(tmp_path, "Kenya's High Court suspended the state of emergency on Friday.")
    assert asserted(events, "CONCEDE") and not asserted(events, "COERCE")


def test_ordered_dissolution_or_suspension(tmp_path):
    events = code_text(tmp_path, "A Cambodian court ordered the dissolution of the opposition party on Thursday.")
    assert [(e.mode, e.target.code) for e in asserted(events, "COERCE")] == [("restrict", "KHMOPP")]
    events = code_text(tmp_path, "The Tanzanian government ordered the suspension of the newspaper on Monday.")
    assert [(e.mode, e.target.code) for e in asserted(events, "COERCE")] == [("censor", "TZAMED")]
    for text in ("The Thai king ordered the dissolution of parliament on Monday.",
                 "A Kenyan court ordered the liquidation of the airline on Monday.",
                 "The Kenyan government ordered the suspension of talks with Somalia on Monday."):
        assert not asserted(code_text(tmp_path, text), "COERCE"), text


def test_broadcasters_taken_off_the_air_are_censored(tmp_path):
    events = code_text(tmp_path, "Private television stations in Pakistan were taken off the air on Saturday.")
    assert [(e.mode, e.source.code, e.target.code) for e in asserted(events, "COERCE")] == \
        [("censor", "PAKGOV", "PAKMED")]
    assert not asserted(code_text(tmp_path, "The BBC took the programme off air after complaints."))


def test_hyphenated_by_elections_and_cease_and_desist_orders(tmp_path):
    events = code_text(tmp_path, "The Malaysian Election Commission postponed the by-elections on Monday.")
    assert [e.mode for e in asserted(events, "COERCE")] == ["restrict"]
    events = code_text(tmp_path, "The Kenyan communications regulator issued a cease-and-desist order to the Kenyan "
                                 "television network on Monday.")
    assert [e.target.code for e in asserted(events, "COERCE")] == ["KENMED"]
    events = code_text(tmp_path, "Thailand's Constitutional Court disqualified 37 party executives on Tuesday.")
    assert asserted(events, "COERCE")

from datetime import date

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer
from facts.triggers import _past_commitment

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")

DAY = date(2024, 3, 4)


def _events(text: str, published: date = DAY):
    facts = facts_from_text(text, published=published, gazetteer=EmptyGazetteer())
    return [f for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese ships made dangerous maneuvers near a Vietnamese trawler on Friday.",
        "Two frigates performed unsafe manoeuvres close to the survey ship on Friday.",
    ],
)
def test_dangerous_maneuvers_are_an_incident(text):
    assert [e.category for e in _events(text)] == ["incident"]


def test_maneuvers_without_danger_stay_an_exercise():
    events = _events("The two navies conducted maneuvers in the Arabian Sea on Friday.")
    assert [e.category for e in events] == ["exercise"]


def test_pointing_a_laser_at_a_ship_is_an_incident():
    events = _events("In May 2022 a patrol boat directed a laser at a fishing vessel.")
    assert [(e.category, e.date) for e in events] == [("incident", "2022-05-01")]


def test_forces_conducting_a_bilateral_activity_is_an_exercise():
    events = _events("Indonesia and Australia conducted a bilateral maritime activity on Friday.")
    assert [(e.category, e.date) for e in events] == [("exercise", "2024-03-01")]


def test_joint_patrol_is_a_deployment():
    events = _events("Vietnam and Cambodia conducted a joint patrol in the Gulf of Thailand.")
    assert [e.category for e in events] == ["deployment"]


def test_what_a_fleet_is_and_routinely_does_is_no_event():
    text = "The 5th Fleet is a forward-deployed fleet and regularly operates with partners."
    assert _events(text) == []


def test_named_meeting_with_a_date_in_its_clause_is_a_meeting():
    events = _events(
        "Ministers praised the Quadrilateral Maritime Dialogue with Minister Ito on February 27."
    )
    assert [(e.category, e.date) for e in events] == [("meeting", "2024-02-27")]


def test_missiles_fired_in_a_piracy_story_are_an_incident():
    text = (
        "Pirates boarded the tanker on Sunday.\n"
        "On Monday two anti-ship missiles were fired toward the tanker and the frigate."
    )
    assert "incident" in {e.category for e in _events(text)}


def test_dated_ruling_is_an_event():
    events = _events("Manila cites the ruling of an arbitral tribunal in 2016 on the reef.")
    assert [(e.category, e.date) for e in events] == [("other", "2016-01-01")]


def test_intrusion_into_territorial_waters_is_an_incursion():
    events = _events(
        "Officials met after the intrusion of a survey ship into Japan's territorial waters."
    )
    assert "incursion" in {e.category for e in events}


def test_sailing_into_territorial_waters_is_an_incursion():
    events = _events("Two Russian frigates sailed into Norway's territorial waters on Friday.")
    assert [e.category for e in events] == ["incursion"]


def test_ships_sent_into_a_contiguous_zone_are_a_deployment():
    events = _events("Beijing sent two patrol ships into Japan's contiguous zone on Friday.")
    assert [e.category for e in events] == ["deployment"]


def test_entering_an_air_defence_identification_zone_is_an_incursion():
    events = _events("Six bombers entered South Korea's air defense identification zone on Friday.")
    assert [e.category for e in events] == ["incursion"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Patrol aircraft detected a foreign survey vessel west of Palau on Friday.", "deployment"),
        (
            "The survey ship returned to Indonesia's exclusive economic zone on Friday.",
            "deployment",
        ),
        ("The frigate HMAS Anzac made a port call at Suva on Friday.", "deployment"),
        ("The two foreign ministers held a video call on Friday.", "meeting"),
    ],
)
def test_ship_sightings_returns_port_calls_and_calls_are_events(text, category):
    assert [e.category for e in _events(text)] == [category]


def test_the_intrusion_a_protest_is_about_is_no_event_of_its_own():
    events = _events("Seoul lodged a protest with Moscow over the intrusion.")
    assert [e.category for e in events] == ["statement"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Patrols transgressed the boundary in the Chumbi Valley on Friday.", "incursion"),
        ("Both armies disengaged from the ridge on Friday.", "deployment"),
        ("The ambassador was summoned to the ministry on Friday.", "statement"),
        ("The survey vessel arrived in Port Louis on Friday.", "deployment"),
    ],
)
def test_transgressing_disengaging_summoning_and_a_ship_arriving_are_events(text, category):
    assert [e.category for e in _events(text)] == [category]


def test_a_minister_arriving_is_no_event():
    assert _events("The minister arrived in Port Louis on Friday.") == []


def test_what_one_side_claims_the_other_did_is_no_event():
    events = _events("Beijing has claimed that Vietnamese boats rammed its patrol ship on Friday.")
    assert events == []


def test_intrusions_judged_in_a_protest_are_no_second_event():
    text = (
        "Two patrol ships intruded into Japan's territorial waters on Friday. "
        "Tokyo protested that intrusions into Japan's territorial waters are unacceptable."
    )
    assert [e.category for e in _events(text)].count("incursion") == 1


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A frigate prevented a pirate attack on a bulk carrier in the Arabian Sea on Monday.",
         "piracy"),
        ("Navy sailors thwarted a hijacking by armed pirates off Eyl on Monday.", "piracy"),
        ("The defence minister visited the aircraft carrier on Monday to meet its crew.",
         "meeting"),
        ("The frigate USS Example visited Port Louis on Monday.", "deployment"),
        ("The corvette served as part of the task force in 2023.", "deployment"),
        ("Three grenades struck the tanker on Monday as skiffs closed in.", "piracy"),
        ("A patrol aircraft located two skiffs suspected of piracy on Monday.", "piracy"),
    ],
)  # fmt: skip
def test_preventing_visiting_serving_striking_and_locating_are_events(text, category):
    assert [e.category for e in _events(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders struck a warm tone on Monday.",
        "The naval base is located on the coast of Djibouti.",
        "The ambassador serves as a reminder of old ties.",
        "The crew raised speed on Monday to thwart the pirates.",
    ],
)
def test_struck_tone_located_base_serving_reminder_and_purpose_are_no_events(text):
    assert _events(text) == []


def test_a_deployment_that_lasted_is_an_ongoing_event():
    events = _events("The frigate is finishing a nine-month deployment to the Arabian Sea.")
    assert [(e.category, e.date, e.date_precision) for e in events] == [
        ("deployment", None, "ongoing")
    ]


def test_a_day_of_meetings_is_a_meeting_on_that_day():
    events = _events("The minister arrived in Jakarta on March 1 for two days of talks with aides.")
    assert [(e.category, e.date) for e in events] == [("meeting", "2024-03-01")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The tanker was hit by a drone in the strait on Friday.", "incident"),
        ("Two rockets impacted a cargo ship on Friday.", "incident"),
        ("Fighter jets were scrambled on Friday.", "deployment"),
        ("The survey ship left the area and headed north on Friday.", "deployment"),
        ("The new naval base was opened on Friday.", "other"),
        ("The governor held a short call with President Reyes on Friday.", "meeting"),
    ],
)
def test_hits_scrambles_headings_openings_and_calls_with_a_party_are_events(text, category):
    assert [e.category for e in _events(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "The news hit the markets on Friday.",
        "The delegation headed home on Friday.",
        "The minister opened the session on Friday.",
        "The governor flew to the coast to open the base officially.",
        "The leaders took a call from reporters on Friday.",
    ],
)
def test_news_hitting_delegations_heading_home_and_opened_sessions_are_no_events(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ships of the coast guard entered the waters near the atoll on Friday.", "incursion"),
        ("The patrol boats entered the waters around the reef on Friday.", "incursion"),
        ("The frigate sailed to Colombo on Friday.", "deployment"),
        ("Warships responded to the distress call on Friday.", "deployment"),
        ("The navy said it had seen a foreign survey ship near the islands on Friday.",
         "deployment"),
        ("The coast guard observed two frigates off the cape on Friday.", "deployment"),
        ("The delegation walked out of the talks on Friday.", "statement"),
    ],
)  # fmt: skip
def test_ships_entering_waters_sailing_to_a_port_or_responding_are_events(text, category):
    assert [(e.category, e.date) for e in _events(text)] == [(category, "2024-03-01")]


@pytest.mark.parametrize(
    "text",
    [
        "The talks entered a new phase on Friday.",
        "Negotiators entered the waters of diplomacy on Friday.",
        "The retired admiral sailed to Colombo on Friday for a holiday.",
        "The minister said she had seen a need for closer ties on Friday.",
        "The crew walked to the bridge on Friday.",
    ],
)
def test_talks_entering_a_phase_and_people_sailing_on_holiday_are_no_events(text):
    assert _events(text) == []


def test_an_event_noun_the_model_tags_as_a_verb_is_still_an_event():
    events = _events("The navy conducted cruise missile strikes against radar sites on Friday.")
    assert [(e.category, e.date) for e in events] == [("other", "2024-03-01")]


def test_a_verbless_caption_naming_an_exercise_and_a_day_tells_the_exercise():
    events = _events(
        "Members of the Joint Staff and the Air Force coordinate plans during Exercise Keen Edge "
        "24 at the Bilateral Operations Center on Yokota Air Base, Japan, Feb. 1, 2024."
    )
    assert [(e.category, e.date) for e in events] == [("exercise", "2024-02-01")]
    assert "Exercise Keen Edge 24" not in {a for e in events for a in e.actors}


def test_a_caption_the_model_reads_as_a_noun_tells_its_exercise_in_its_own_words():
    events = _events(
        "BAY OF BENGAL (April 3, 2024) Indian Army (IA) personnel exit a Mi-17 helicopter, also "
        "assigned to the IA, on the flight deck of the amphibious ship INS Jalashwa as part of "
        "Exercise Tiger Triumph, while sailing in the Bay of Bengal, April 3.",
        published=date(2024, 4, 4),
    )
    assert [(e.category, e.date) for e in events] == [("exercise", "2024-04-03")]
    assert events[0].summary.startswith("Indian Army (IA) personnel exit a Mi-17 helicopter")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The secretary welcomed the minister to Washington on Friday for a bilateral "
         "engagement at the Pentagon.", [("meeting", "2024-03-01")]),
        ("The destroyer fought an engagement with armed boats on Friday.", []),
    ],
)  # fmt: skip
def test_a_bilateral_engagement_is_a_meeting_an_engagement_alone_is_not(text, expected):
    assert [(e.category, e.date) for e in _events(text)] == expected


def test_violating_a_convention_is_no_incursion():
    events = _events("The strikes on Friday violated the Geneva Conventions.")
    assert "incursion" not in {e.category for e in events}


def test_a_clash_that_caused_injuries_took_place():
    events = _events("The clash caused injuries on both sides on Friday.")
    assert [(e.category, e.date) for e in events] == [("incident", "2024-03-01")]


def test_a_noun_listed_with_a_light_verbs_object_shares_its_verb():
    events = _events("On Friday the militia conducted a landing and seizure of a cargo ship.")
    assert [(e.category, e.date) for e in events] == [("incident", "2024-03-01")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The rebels launched three attacks on tankers on Friday.", "incident"),
        ("On Friday the navy conducted a drill off the cape.", "exercise"),
    ],
)
def test_a_light_verb_with_an_event_for_object_is_that_one_event(text, category):
    assert [e.category for e in _events(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "The strike sent a clear message to the rebels on Friday.",
        "The speakers delivered short remarks on Friday.",
        "The firm supplied battery materials to the carmaker on Friday.",
        "The air force flies, sails and operates anywhere the law allows.",
    ],
)
def test_messages_sent_remarks_delivered_goods_supplied_and_habits_are_no_events(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia delivered two S-400 batteries to the army on Friday.",
        "The shipyard sold three frigates to the navy on Friday.",
    ],
)
def test_arms_delivered_or_sold_are_a_transfer(text):
    assert [e.category for e in _events(text)] == ["transfer"]


@pytest.mark.parametrize(
    "text",
    [
        "The strikes aimed to degrade the militia's capacity to conduct future attacks.",
        "The envoy stood with the islanders in the face of these reckless actions.",
        "Such attacks on shipping are a threat to trade.",
    ],
)
def test_future_attacks_and_those_pointed_back_to_are_no_new_events(text):
    assert _events(text) == []


def test_a_decision_told_in_the_present_perfect_is_an_event():
    events = _events("The cabinet has decided to suspend the fishing talks.")
    assert [e.category for e in events] == ["agreement"]


def _parsed(words, heads, deps, tags, pos):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_main_verb_the_parse_took_for_a_participle_is_still_a_commitment():
    # "The four envoys resolved to build radar networks.", parsed with "envoys" as the root.
    doc = _parsed(
        ["The", "four", "envoys", "resolved", "to", "build", "radar", "networks", "."],
        [2, 2, 2, 2, 5, 3, 7, 5, 2],
        ["det", "nummod", "ROOT", "acl", "aux", "xcomp", "compound", "dobj", "punct"],
        ["DT", "CD", "NNS", "VBN", "TO", "VB", "NN", "NNS", "."],
        ["DET", "NUM", "NOUN", "VERB", "PART", "VERB", "NOUN", "NOUN", "PUNCT"],
    )
    assert _past_commitment(doc[3])


def test_a_participle_after_its_noun_with_an_agent_is_no_commitment():
    # "The plan resolved by the envoys." (a noun phrase, no main verb).
    doc = _parsed(
        ["The", "plan", "resolved", "by", "the", "envoys", "."],
        [1, 1, 1, 2, 5, 3, 1],
        ["det", "ROOT", "acl", "agent", "det", "pobj", "punct"],
        ["DT", "NN", "VBN", "IN", "DT", "NNS", "."],
        ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    )
    assert not _past_commitment(doc[2])


def test_a_participle_of_what_the_subject_is_is_no_event():
    assert _events("The depot is a naval facility operated by the coast guard near the bay.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The raiders threw a rope in an attempt to board on Friday, but the attempt failed.",
        "The talks stressed the right of all ships to sail through the strait.",
    ],
)
def test_an_infinitive_telling_what_a_thing_is_for_is_no_event(text):
    assert all(e.category not in {"piracy", "deployment"} for e in _events(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On Friday three missiles were launched against the convoy.", "incident"),
        ("Navy helicopters returned fire in self-defense on Friday.", "incident"),
        ("The president signed an executive order on the strait on Friday.", "other"),
        ("The coast guard opened fire on the boat on Friday.", "incident"),
        ("The navy launched a new patrol boat on Friday.", "deployment"),
    ],
)
def test_a_verbs_category_is_read_with_what_it_acts_on(text, category):
    assert [e.category for e in _events(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said he would be willing to agree with that.",
        "The rules cover tankers transiting or otherwise operating in these waters.",
    ],
)
def test_what_is_only_aimed_at_or_describes_vessels_is_no_event(text):
    assert _events(text) == []


def test_a_summit_committed_to_is_no_meeting_held():
    events = _events("They committed to work toward holding another summit at the earliest date.")
    assert [e.category for e in events] == ["agreement"]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("This week, the admiral and the minister traveled to Kenya and Oman.", ["meeting"]),
        ("The frigate traveled to Muscat for a port call on Monday.", ["deployment"]),
        ("The minister has traveled widely.", []),
    ],
)
def test_travel_to_a_named_place_is_a_visit(text, categories):
    facts = facts_from_text(text, published=date(2024, 3, 8), gazetteer=EmptyGazetteer())
    assert [f.category for f in facts if f.kind == "event"] == categories


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired drones at a merchant ship on Friday.",
        "A fighter jet fired flares in the path of a patrol helicopter on Friday.",
        "Gunmen kidnapped ten sailors from a tugboat on Friday.",
    ],
)
def test_firing_drones_or_flares_and_kidnapping_are_incidents(text):
    assert [e.category for e in _events(text)] == ["incident"]


def test_firing_a_person_is_no_event():
    assert _events("The company fired its chief executive on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The destroyer USS Mason anchored off the coast of Gabon on Friday.",
         [("deployment", "2024-03-01")]),
        ("The frigate moored at the naval base on Friday.", [("deployment", "2024-03-01")]),
        ("The partnership is anchored in shared values.", []),
    ],
)  # fmt: skip
def test_a_ship_at_anchor_or_alongside_is_deployed(text, expected):
    assert [(e.category, e.date) for e in _events(text)] == expected


def test_a_caption_verb_the_model_reads_as_a_plural_is_the_event():
    (event,) = _events(
        "STRAIT OF HORMUZ (May 2, 2024) The Arleigh Burke-class guided-missile destroyer USS "
        "Ralph Johnson (DDG 114) sails through the Strait of Hormuz.",
        published=date(2024, 5, 3),
    )
    assert (event.category, event.date) == ("deployment", "2024-05-02")
    assert event.summary.endswith("sails through the Strait of Hormuz.")
    assert "took place" not in event.summary


def test_a_caption_verb_needing_a_ship_finds_the_ship_it_follows():
    (event,) = _events(
        "PORT LOUIS, Mauritius -- The guided-missile destroyer USS Ralph Johnson (DDG 114) "
        "moors at the port of Port Louis for a scheduled visit May 2, 2024.",
        published=date(2024, 5, 3),
    )
    assert (event.category, event.date) == ("deployment", "2024-05-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two frigates sailed in formation with the carrier in the Arabian Sea on Friday.",
         ["exercise"]),
        ("The patrol boats sailed in calm weather on Friday.", []),
    ],
)  # fmt: skip
def test_ships_sailing_in_formation_drill_together(text, expected):
    assert [e.category for e in _events(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry condemns the seizure of the fishing boat.", []),
        ("We mourn the crew and again condemn the pirates.", []),
        ("Manila condemned the seizure of the fishing boat on Friday.", ["statement"]),
        ("The minister has denounced the blockade.", ["statement"]),
    ],
)
def test_a_text_condemning_in_its_own_present_tense_reports_no_statement(text, expected):
    assert [e.category for e in _events(text) if e.category == "statement"] == expected


def test_an_event_noun_whose_own_clause_says_it_took_place_is_an_event():
    (event,) = _events(
        "We welcome the first trilateral ministers' meeting that took place earlier today in Tokyo."
    )
    assert (event.category, event.date) == ("meeting", "2024-03-04")


def test_an_act_told_by_its_own_noun_with_its_doer_is_an_event():
    (event,) = _events(
        "Tensions rose on April 8, 2012, after the attempted apprehension by the Philippine Navy "
        "of eight Chinese fishing vessels near the shoal."
    )
    assert (event.category, event.date) == ("incident", "2012-04-08")


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday a supply boat was hit by a water cannon near the reef.",
        "Three ASBMs impacted the bulk carrier on Sunday.",
        "A laser struck the patrol aircraft on Sunday.",
    ],
)
def test_what_hits_a_ship_in_an_attack_includes_water_cannon_lasers_and_acronyms(text):
    assert [e.category for e in _events(text)] == ["incident"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese warships have encircled the island in a large-scale drill.",
        "The destroyers fired missiles in a joint drill on Monday.",
        "The frigate fired its guns during Exercise Sea Star on Monday.",
    ],
)
def test_what_forces_did_in_a_drill_is_the_drill(text):
    assert [e.category for e in _events(text)] == ["exercise"]


def test_an_act_in_the_drill_already_told_is_not_told_as_a_new_drill():
    events = _events("The destroyers fired missiles in the drill.")
    assert [e.category for e in events] == ["incident"]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation toured the Regional Training Centre in Mombasa on Monday.",
        "Students graduated from the Naval Exercise Planning School on Monday.",
    ],
)
def test_an_event_word_in_the_name_of_a_place_of_work_is_no_event(text):
    assert [e.category for e in _events(text)] == []


def test_a_meeting_at_a_training_center_is_the_meeting_alone():
    events = _events("The admirals met with leaders at the Joint Maritime Training Center.")
    assert [e.category for e in events] == ["meeting"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Gunmen took the ferry's crew hostage off the coast on Friday.", "incident"),
        ("Pirates took the master as hostage in the Gulf of Aden on Friday.", "piracy"),
        ("The pirates held nine seafarers hostage on Friday.", "piracy"),
    ],
)
def test_taking_or_holding_hostages_is_a_kidnapping_not_a_meeting(text, category):
    assert [e.category for e in _events(text)] == [category]


def test_engaging_in_attacks_or_talks_tells_the_event_its_noun_names():
    events = _events("Rebel fighters engaged in attacks against two tankers on Friday.")
    assert [(e.category, e.date) for e in events] == [("incident", "2024-03-01")]
    events = _events("The envoys engaged in talks with their counterparts on Friday.")
    assert [e.category for e in events] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers called on both sides to engage in talks without delay.",
        "The council urged the rebels to release the seized tanker.",
    ],
)
def test_what_others_are_called_on_or_urged_to_do_is_not_done(text):
    assert _events(text) == []


def test_a_letter_sent_to_an_ambassador_is_a_statement_not_a_deployment():
    events = _events("The caucus sent a letter to the ambassador on Friday.")
    assert [e.category for e in events] == ["statement"]
    assert _events("The minister sent a clear message to the rebels on Friday.") == []


def test_forces_that_erupted_in_violence_is_an_incident():
    events = _events("Border troops erupted in violence near the pass on Friday.")
    assert [(e.category, e.date) for e in events] == [("incident", "2024-03-01")]


@pytest.mark.parametrize(
    "text",
    [
        "The frigate is forward-deployed to the fleet's area of operations.",
        "The ministers discussed opportunities to conduct joint naval exercises next year.",
        "The envoys reaffirmed their decision to hold talks on Friday.",
    ],
)
def test_a_unit_forward_deployed_or_an_act_still_to_be_done_is_no_event(text):
    assert _events(text) == []


def test_a_decision_issued_is_no_intent():
    events = _events("As made clear by a tribunal's decision issued in July 2016, the claim fails.")
    assert [(e.category, e.date) for e in events] == [("other", "2016-07-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Two senators introduced a resolution condemning the clash on Friday.",
        "The government lifted the sanctions on the shipping firm on Friday.",
        "The new administration reversed the group's designation on Friday.",
    ],
)
def test_a_policy_introduced_lifted_or_reversed_is_an_other_event(text):
    assert [e.category for e in _events(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The chairman introduced the next speaker on Friday.",
        "As a reminder, the embargo on this briefing is now lifted.",
    ],
)
def test_what_is_no_policy_or_only_a_state_is_no_policy_event(text):
    assert _events(text) == []


def test_an_armed_movements_attack_in_a_hijacking_story_is_an_incident_not_piracy():
    text = (
        "On Friday, Houthi fighters in fast boats attacked a tanker in what looked like a "
        "hijacking attempt. The boats fired at a navy helicopter."
    )
    assert {e.category for e in _events(text)} == {"incident"}
    pirates = "On Friday, pirates in fast boats attacked a tanker. The boats fired at its crew."
    assert {e.category for e in _events(pirates)} == {"piracy"}


def test_attacks_launched_are_an_incident_not_a_deployment():
    events = _events("The navy tracked the attacks launched against the port on Friday.")
    assert [e.category for e in events] == ["incident"]


@pytest.mark.parametrize(
    "text",
    [
        "HMS Lancaster called at Port Louis on Friday.",
        "The cutter called at the port of Suva on Friday.",
    ],
)
def test_a_ship_calling_at_a_port_is_a_deployment(text):
    assert [e.category for e in _events(text)] == ["deployment"]


def test_a_person_calling_at_a_meeting_for_restraint_is_no_port_call():
    assert _events("The envoy called at the forum for restraint on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The aircraft carrier arrived in Port Louis on Friday.",
        "A Ruritanian submarine departed the naval base on Friday.",
    ],
)
def test_carriers_and_submarines_move_as_forces_do(text):
    assert [e.category for e in _events(text)] == ["deployment"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania lodged solemn representations with Freedonia on Friday.",
        "The ministry delivered a demarche to the ambassador on Friday.",
    ],
)
def test_representations_and_demarches_are_protests(text):
    assert [e.category for e in _events(text)] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "An incident occurred near the reef on Friday.",
        "A serious incident took place near the reef on Friday.",
    ],
)
def test_an_incident_told_as_taking_place_is_an_incident(text):
    assert [e.category for e in _events(text)] == ["incident"]


def test_the_incident_only_mentioned_is_no_event():
    assert _events("The incident was reported to the harbour master on Friday.") == []


def test_two_months_sharing_one_year_are_two_events_of_that_year():
    events = _events("Two similar incidents occurred in May and June 2019.")
    assert [(e.category, e.date) for e in events] == [
        ("incident", "2019-05-01"),
        ("incident", "2019-06-01"),
    ]


def test_provisions_carried_are_no_arms_transfer():
    events = _events(
        "On Friday, cutters blocked a convoy carrying provisions to sailors stationed on the reef."
    )
    assert [e.category for e in events] == ["incident"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A Ruritanian drone flew between the two islands on Friday.", "deployment"),
        ("Two bombers flew over the strait on Friday.", "deployment"),
        ("A Ruritanian helicopter flew into Freedonian airspace on Friday.", "incursion"),
    ],
)
def test_military_aircraft_flying_a_route_are_a_sortie(text, category):
    assert [e.category for e in _events(text)] == [category]


def test_a_minister_flying_to_a_capital_is_no_sortie():
    assert _events("The minister flew to the capital on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched a ballistic missile into the sea on Friday.",
        "Ruritania fired two rockets toward the open ocean on Friday.",
        "Ruritania carried out a nuclear test on Friday.",
        "Ruritania tested a long-range rocket on Friday.",
    ],
)
def test_a_weapon_fired_at_no_target_is_a_weapons_test(text):
    assert [e.category for e in _events(text)] == ["exercise"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania fired two missiles at the tanker on Friday.",
        "Ruritania launched a missile toward the destroyer on Friday.",
        "The Houthis launched two missiles into the shipping lanes of the Red Sea on Friday.",
    ],
)
def test_a_weapon_fired_at_ships_is_an_attack(text):
    assert [e.category for e in _events(text)] == ["incident"]


def test_a_test_of_anything_else_is_no_event():
    assert _events("The senator said it was a test of resolve on Friday.") == []


def test_asserting_navigational_rights_is_a_freedom_of_navigation_operation():
    events = _events("On Friday, USS Gridley asserted navigational rights near the reef.")
    assert [e.category for e in events] == ["deployment"]
    assert _events("The minister asserted that the claims were baseless on Friday.") == []


def test_a_missile_toward_a_ship_named_for_a_sea_is_an_attack():
    events = _events("On Friday a ballistic missile was launched toward the tanker Sea Star.")
    assert [e.category for e in events] == ["incident"]

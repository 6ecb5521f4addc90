from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")

DAY = date(2023, 12, 10)


def _facts(text: str, published: date = DAY):
    return facts_from_text(text, published=published, gazetteer=EmptyGazetteer())


def _events(text: str, published: date = DAY):
    return [f for f in _facts(text, published) if f.kind == "event"]


def test_ship_name_after_a_vessel_noun_is_not_a_place():
    events = _events(
        "The destroyer was sent to intercept the oil tanker Guanabara near Duqm, Oman."
    )
    assert "Guanabara" not in {p.name for e in events for p in e.places}


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Militants attacked a ship called the Maersk Hangzhou in the Red Sea on Monday. "
         "They attacked the Maersk Hangzhou again on Tuesday.", "Hangzhou"),
        ("Militants attacked the same ship, the Maersk Hangzhou, in the Red Sea on Monday.",
         "Maersk Hangzhou"),
        ("The cutter trained with the Japan Coast Guard's Akitsushima (PLH 32) near Manila on "
         "Monday. The cutter, the Akitsushima and a Philippine ship then held a drill off Guam on "
         "Tuesday.", "Akitsushima"),
    ],
)  # fmt: skip
def test_a_ship_named_in_apposition_or_by_hull_number_is_no_place(text, ship):
    events = _events(text)
    assert events
    assert not [p.name for e in events for p in e.places if ship in p.name]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Foreign Minister Kamikawa met Secretary Blinken in Tokyo on Monday.", "Kamikawa"),
        ("The leaders held a summit at the White House in Washington, DC on Monday.", "DC"),
        ("TAMPA, Fla. - Militants fired two missiles at a tanker in the Red Sea on Monday.",
         "Fla"),
        ("Seoul said Monday that the North fired two missiles into the sea.", "Seoul"),
        ("Navy P-8 and E-2D aircraft took part in the exercise held near Guam on Monday.",
         "E-2D"),
        ("The navies held a drill in the East and South China Seas on Monday.", "East"),
        ("The admiral visited the Blue Ridge-class command ship USS Mount Whitney on Monday.",
         "Blue Ridge"),
    ],
)  # fmt: skip
def test_a_person_a_code_or_a_cut_name_is_no_place(text, not_a_place):
    events = _events(text)
    assert events
    assert not_a_place not in {p.name for e in events for p in e.places}


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("The strikes on Monday violated the Geneva Conventions, the ministry said.", "Geneva"),
        ("Pirates boarded a tanker off Somalia on Monday, Pentagon spokesman Bryan Hale said.",
         "Pentagon"),
        ("The Prime Minister, who is visiting Camp David, held a summit with Joseph Biden, "
         "President of the United States of America, on Monday.", "United States of America"),
    ],
)  # fmt: skip
def test_a_known_place_opening_another_name_or_a_speakers_post_is_no_place(text, not_a_place):
    facts = facts_from_text(text, published=DAY)  # the shipped gazetteer tags both as places
    events = [f for f in facts if f.kind == "event"]
    assert events
    assert not_a_place not in {p.name for e in events for p in e.places}


def test_a_name_cut_before_its_last_word_is_no_place():
    from spacy.tokens import Span

    from facts.nlp import pipeline
    from facts.scope import place_mentions

    text = "Ships sailed to the Republic of Palau."
    doc = pipeline(())(text)
    doc.ents = [Span(doc, 4, 6, label="GPE"), Span(doc, 6, 7, label="GPE")]  # "Republic of"
    assert [m.name for m in place_mentions(doc, text, skip=(0, 0))] == ["Palau"]


def test_stated_alliance_is_a_relation():
    facts = _facts("The United States stands with our Philippine allies against these actions.")
    assert ("United States", "ally of", "Philippines") in {
        (f.subject, f.relation, f.object) for f in facts if f.kind == "relation"
    }


def test_quoted_ship_name_is_not_a_quote():
    facts = _facts('Japan said the Chinese ship "Xiang Yang Hong 22" left the zone on Sunday.')
    assert not [f for f in facts if f.kind == "quote"]


def test_pronoun_speaker_is_the_person_named_before():
    text = (
        "Commodore Abdul Aleem praised the crew.\n"
        "\u201cThe ships under my command scored a real victory today,\u201d he said."
    )
    quote = next(f for f in _facts(text) if f.kind == "quote")
    assert quote.speaker == "Abdul Aleem"


def test_rescue_in_a_piracy_story_is_piracy():
    text = (
        "Pirates seized the dhow on Monday.\n"
        "The Oman Navy was able to rescue eight of these crewmembers on Monday."
    )
    assert {e.category for e in _events(text)} == {"piracy"}


def test_agreement_to_export_is_a_transfer():
    text = "On Monday both sides agreed that Japan would export patrol aircraft to the Philippines."
    assert [e.category for e in _events(text, date(2025, 5, 7))] == ["transfer"]


@pytest.mark.parametrize("words", ["have repeatedly intruded", "have been sending ships"])
def test_repeated_actions_are_ongoing(words):
    event = _events(f"Chinese coast guard vessels {words} into Japanese territorial waters.")[0]
    assert (event.date, event.date_precision) == (None, "ongoing")


def test_peoples_republic_is_china_not_taiwan():
    text = "People\u2019s Republic of China (PRC) ships used water cannons near Scarborough Reef."
    # With the project's gazetteer, whose aliases include "Republic of China" for Taiwan.
    event = next(f for f in facts_from_text(text, published=DAY) if f.kind == "event")
    assert "China" in event.actors and "Taiwan" not in event.actors
    assert not [p for p in event.places if "Republic" in p.name]


def test_month_with_early_and_no_year_dates_the_event():
    events = _events("Officers from both sides held talks in early June.", date(2020, 6, 17))
    assert [(e.category, e.date, e.date_precision) for e in events] == [
        ("meeting", "2020-06-01", "month")
    ]


def test_clock_time_the_same_day_takes_the_day_told_before():
    text = (
        "1. On August 5, Chinese vessels intruded into Japan's territorial waters.\n"
        "2. At approximately 5:10 pm the same day, the Vice-Minister strongly protested."
    )
    statement = next(e for e in _events(text, date(2016, 8, 5)) if e.category == "statement")
    assert statement.date == "2016-08-05"


def test_clash_that_broke_out_is_an_incident():
    events = _events("Deadly conflict broke out on June 15 on the border.", date(2020, 6, 17))
    assert [(e.category, e.date) for e in events] == [("incident", "2020-06-15")]


def test_clashes_between_named_sides_are_an_incident():
    events = _events("The events included clashes between Chinese and Indian soldiers.")
    assert [e.category for e in events] == ["incident"]


def test_talks_that_led_to_an_agreement_give_an_agreement():
    events = _events("On Monday, these talks led to an agreement to disengage.")
    assert "agreement" in {e.category for e in events}


def test_phase_of_an_exercise_is_an_exercise():
    events = _events("A second phase of the exercise is taking place in the Arabian Sea.")
    assert [e.category for e in events] == ["exercise"]


def test_armed_individuals_boarding_a_ship_is_piracy():
    events = _events("On Sunday the tanker was boarded by five armed individuals.")
    assert [e.category for e in events] == ["piracy"]


def test_dated_noun_naming_an_event_told_before_is_not_a_second_event():
    text = (
        "Deadly conflict broke out on June 15 on the border.\n"
        "Following the June 15 clash, both sides pledged to seek dialogue."
    )
    assert len(_events(text, date(2020, 6, 17))) == 1


def test_attempt_to_flee_is_no_flight():
    text = "Pirates in a skiff attacked the ship. The skiff attempted to flee."
    assert all("flee" not in e.summary.lower() for e in _events(text))


@pytest.mark.parametrize(
    ("text", "vessel"),
    [
        ("Armed men boarded the tanker M/V Central Park near Yemen.", "M/V Central Park"),
        ("The research vessel Xiang Yang Hong 03 docked in Colombo on Monday.",
         "Xiang Yang Hong 03"),
        ("China's Shi Yan 6 docked in Colombo on Monday.", "Shi Yan 6"),
        ("CCG 2502 intruded into territorial waters near the Senkaku Islands on Monday.",
         "CCG 2502"),
    ],
)  # fmt: skip
def test_named_and_numbered_vessels_are_actors_not_places(text, vessel):
    events = _events(text)
    assert vessel in {a for e in events for a in e.actors}
    assert vessel not in {p.name for e in events for p in e.places}


def test_numbered_task_force_is_no_vessel():
    from facts.nlp import pipeline

    doc = pipeline(())("Combined Task Force 15 patrolled the Gulf of Aden.")
    assert not [e for e in doc.ents if e.label_ == "VESSEL"]


def _places_of(events, word):
    return [p.name for e in events if word in e.evidence.text for p in e.places]


def test_next_event_in_the_paragraph_with_other_actors_keeps_no_place():
    events = _events(
        "Chinese and Indian troops clashed near Pangong Lake on June 15. "
        "Japanese and Australian officials held talks on June 16."
    )
    assert _places_of(events, "talks") == []


@pytest.mark.parametrize("cue", ["there", "in those waters"])
def test_event_that_points_back_takes_the_place_just_told(cue):
    events = _events(
        f"Chinese and Indian troops clashed near Pangong Lake on June 15. "
        f"Japan conducted an exercise {cue} on June 16."
    )
    assert _places_of(events, "Japan conducted") == ["Pangong Lake"]


def test_event_with_the_same_actors_takes_the_place_just_told():
    events = _events(
        "Chinese troops clashed with Indian troops near Pangong Lake on June 15. "
        "Chinese troops attacked Indian troops again on June 16."
    )
    assert _places_of(events, "again") == ["Pangong Lake"]


@pytest.mark.parametrize("posting", ["the Embassy of Japan in China", "the Ambassador to India"])
def test_embassy_posting_is_no_event_place(posting):
    events = _events(f"On Monday, {posting} protested the intrusion of Chinese ships.")
    assert not [p for e in events for p in e.places if p.name in ("China", "India")]


def _quotes(text: str):
    return [(f.speaker, f.text) for f in _facts(text) if f.kind == "quote"]


def test_speaker_title_is_dropped_without_an_earlier_full_name():
    quotes = _quotes('President Trump said, "we are ready to help with the dispute."')
    assert [s for s, _ in quotes] == ["Trump"]


def test_described_speaker_is_kept_as_written():
    quotes = _quotes('"The ships left the area," a senior Defense Ministry official said.')
    assert [s for s, _ in quotes] == ["a senior Defense Ministry official"]


def test_quote_of_several_sentences_and_its_unattributed_follow_on_share_the_speaker():
    text = (
        "\u201cThe ship was boarded by five men. They tried to reach the cabin,\u201d "
        "Lt. Gen. Pat Ryder said this morning at a briefing with reporters. "
        "\u201cThe crew locked themselves into a safe room and waited.\u201d"
    )
    assert [s for s, _ in _quotes(text)] == ["Pat Ryder", "Pat Ryder"]


def test_attribution_in_the_next_paragraph_belongs_to_its_own_quote():
    text = (
        '"This meeting is an important landmark for us," Singh said. '
        '"Our visit will take the partnership to the next level."\n'
        '"We meet at a critical moment in the partnership," Austin told Singh.'
    )
    assert [s for s, _ in _quotes(text)] == ["Singh", "Singh", "Austin"]


def test_sentence_opening_adjective_is_no_entity():
    from spacy.tokens import Span

    from facts.nlp import no_opening_adjectives, pipeline

    doc = pipeline(())("Naval forces of India and Japan held a drill in the Arabian Sea.")
    doc.ents = [Span(doc, 0, 1, label="GPE")]  # as the model tags it at a paragraph start
    assert [e.text for e in no_opening_adjectives(doc).ents] == []


@pytest.mark.parametrize("name", ["Exercise Malabar", "Malabar 2020", "Voice of"])
def test_exercise_names_and_cut_names_are_no_actors(name):
    from facts.mentions import actor_name
    from facts.nlp import pipeline

    doc = pipeline(())(f"They met during {name}.")
    span = doc.char_span(16, 16 + len(name), label="ORG")
    assert actor_name(span, {}) is None


def test_navy_hosting_an_exercise_is_an_exercise():
    events = _events("The Indian Navy hosted Exercise Malabar in the Bay of Bengal on Monday.")
    assert [e.category for e in events] == ["exercise"]
    assert "Exercise Malabar" not in events[0].actors


def test_one_clause_with_two_joined_dates_gives_two_events():
    events = _events(
        "The training was held near Pangong Lake in 2019 and off the coast of Ladakh in 2018.",
    )
    assert [(e.category, e.date) for e in events] == [
        ("exercise", "2019-01-01"), ("exercise", "2018-01-01"),
    ]  # fmt: skip


def test_and_then_again_gives_a_second_dated_event():
    events = _events(
        "Chinese ships intruded into Japan's territorial waters on Monday and then again on "
        "Wednesday."
    )
    assert [e.date for e in events] == ["2023-12-04", "2023-12-06"]


def test_date_of_something_before_the_event_gives_no_second_event():
    events = _events("Indian and Chinese troops clashed on June 20 after others came on June 15.")
    assert [e.date for e in events if e.category == "incident"] == ["2023-06-20"]


def test_country_named_as_the_location_is_no_actor():
    events = _events("Pirates boarded the tanker M/V Central Park near Yemen on Sunday.")
    assert "Yemen" not in {a for e in events for a in e.actors}
    assert "Yemen" in {p.name for e in events for p in e.places}


def test_free_and_open_region_is_a_goal_not_a_place():
    events = _events("Two navies held a drill on Friday to support a free and open Indo-Pacific.")
    assert _places_of(events, "drill") == []


def test_event_after_an_opening_quote_places_the_same_kind_told_later():
    text = (
        "\u201cWe will not be intimidated,\u201d the minister said.\n"
        "A coast guard ship rammed a fishing boat in the Sulu Sea on Friday.\n"
        "In March 2021 the coast guard also rammed a trawler."
    )
    assert _places_of(_events(text), "March 2021") == ["Sulu Sea"]


def test_capital_a_minister_visited_is_where_the_meeting_was():
    events = _events("The minister visited Manila on Monday, where she met her counterpart.")
    assert _places_of(events, "visited") == ["Manila"]


def test_a_ship_dateline_is_no_place():
    events = _events("USS EXAMPLE, At Sea -- The destroyer boarded a pirate skiff on Monday.")
    assert [p.name for e in events for p in e.places] == []


def test_an_opening_date_is_a_dateline_and_yesterday_is_the_day_before():
    text = "March 5, 2024 - A frigate foiled a pirate attack yesterday."
    events = _events(text, date(2024, 3, 5))
    assert [e.date for e in events] == ["2024-03-04"]


def test_rank_abbreviation_keeps_the_speaker_in_the_sentence():
    facts = _facts('"The sea lanes are safer now," said Cmdr. Jane Doe, the ship\'s captain.')
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Jane Doe"]


def test_speaker_loses_nationality_and_rank_and_a_surname_is_the_same_person():
    text = (
        '"We patrol every day," said Turkish Rear Adm. Ali Veli.\n'
        '"Our partners help us a great deal," said Veli.'
    )
    assert [f.speaker for f in _facts(text) if f.kind == "quote"] == ["Ali Veli", "Ali Veli"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pirates attacked the bulk carrier Ocean Star 300 km south-east of Oman on Friday.",
         "Oman"),
        ("The destroyer HMS Kent patrolled off Somalia on Monday.", "Somalia"),
    ],
)  # fmt: skip
def test_a_country_told_as_a_bearing_or_a_coast_is_no_actor(text, place):
    events = _events(text)
    assert events and place not in {a for e in events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The navy conducted strikes on radar sites on Yemen's Red Sea coast on Friday.",
         "Red Sea"),
        ("Warships conducted strikes on targets in rebel-held areas of Yemen on Friday.",
         "Yemen"),
    ],
)  # fmt: skip
def test_a_sea_before_a_lower_case_coast_and_the_areas_of_a_country_are_places(text, place):
    facts = facts_from_text(text, published=DAY)  # the shipped gazetteer knows both
    assert place in {p.name for f in facts if f.kind == "event" for p in f.places}


def test_a_hull_number_in_brackets_is_no_actor():
    events = _events("The destroyer USS Mahan (DDG 72) seized a pirate skiff on Tuesday.")
    actors = {a for e in events for a in e.actors}
    assert "USS Mahan" in actors and "DDG" not in actors


def test_a_units_home_base_is_not_where_its_exercise_happens():
    events = _events("The Yokosuka-based destroyer joined the exercise in the Philippine Sea.")
    assert [p.name for p in events[0].places] == ["Philippine Sea"]


def test_a_unit_based_in_a_port_does_not_exercise_there():
    events = _events("A frigate based in Sasebo joined the drills near Okinawa on Monday.")
    assert "Sasebo" not in {p.name for e in events for p in e.places}


def test_a_position_told_as_a_bearing_is_kept_whole():
    events = _events("The tanker was attacked about 300 nautical miles east of Mogadishu.")
    assert [p.name for p in events[0].places] == ["about 300 nautical miles east of Mogadishu"]


@pytest.mark.parametrize(
    "text",
    [
        "The joint drills are held every two years in the bay.",
        "Coast guard cutters patrol the strait wherever the law allows.",
        "Warships may transit the strait under international law.",
    ],
)
def test_what_usually_or_may_happen_is_no_event(text):
    assert _events(text) == []


def test_a_transit_told_again_by_the_ship_is_one_event():
    text = ("The destroyer USS Example conducted a routine transit of the strait on Monday. "
            "The ship transited through a corridor beyond any territorial sea.")  # fmt: skip
    assert len(_events(text)) == 1


def test_two_commitments_of_one_meeting_are_two_events():
    text = ("The three advisers met on Monday in Tokyo. The three advisers resolved to deepen "
            "maritime cooperation. The three advisers resolved to hold annual talks.")  # fmt: skip
    assert [e.category for e in _events(text)] == ["meeting", "agreement", "agreement"]


def test_a_commitment_held_as_a_creed_is_no_event():
    assert _events("We commit to upholding a free and open maritime order.") == []


def test_agreeing_on_the_importance_of_something_is_no_agreement():
    assert _events("The ministers agreed on the importance of open sea lanes.") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The president spoke with his counterpart by phone on Tuesday.", "meeting"),
        ("Two destroyers conducted a transit of the strait on Friday.", "deployment"),
        ("The leaders expressed concern over the navy's dangerous behavior near the reef.",
         "incident"),
        ("The ministers announced the establishment of a maritime dialogue.", "agreement"),
    ],
)  # fmt: skip
def test_reports_and_nominal_events_are_events(text, category):
    assert [e.category for e in _events(text)] == [category]


def test_an_event_in_the_dateline_sentence_keeps_its_subject_and_date():
    text = "MANILA, June 2 - Two coast guard ships have held a joint drill off Luzon.\n"
    (event,) = _events(text, date(2024, 6, 3))
    assert event.date == "2024-06-02" and event.summary.startswith("Two coast guard ships")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A photo caption: its image id, an all-capitals place and the day in brackets.
        ("230512-N-AB123-1001 PHILIPPINE SEA (May 12, 2023) - Sailors aboard a destroyer "
         "take part in a replenishment-at-sea exercise.", "2023-05-12"),
        # A title-case place is a dateline with an all-capitals region after it.
        ("Naval Base Ketchikan, ALASKA - Sailors from four navies held a diving drill on Friday.",
         "2023-12-08"),
    ],
)  # fmt: skip
def test_a_dateline_is_left_out_of_the_line_of_the_event_told_after_it(text, day):
    (event,) = _events(text)
    assert event.date == day and event.summary.startswith("Sailors")


def test_a_headline_repeated_as_the_first_line_is_told_once():
    text = ("Navy ships seize a hijacked dhow\nNavy ships seize a hijacked dhow\n"
            "The dhow was freed on Monday.")  # fmt: skip
    assert len([e for e in _events(text) if "seize" in e.summary]) == 1


def test_a_question_tells_no_event():
    assert _events("Did the navy seize the tanker near the strait on Monday?") == []


def test_a_supposed_event_is_no_event():
    assert _events("If the militia attacks the ships again, the navy will respond.") == []


def test_an_event_named_again_by_a_definite_noun_is_told_once():
    text = (
        "Coalition aircraft conducted strikes on radar sites on Thursday. "
        "The strikes destroyed three launchers. Officials praised the crews of these strikes."
    )
    assert len([e for e in _events(text) if e.category == "other"]) == 1


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On Friday twelve countries issued a joint statement on the attacks.", "statement"),
        ("The government designated the group as a terrorist organization in January.", "other"),
        ("Iran provided drones and missiles to the militia last year.", "transfer"),
        ("Construction of the pier began in May 2018.", "other"),
    ],
)
def test_more_ways_of_telling_an_event(text, category):
    assert category in [e.category for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 our navies trained together. We announce the creation of a joint coast guard "
        "forum.",
        "We are launching a trilateral maritime exercise.",
    ],
)
def test_an_act_the_authors_do_by_telling_it_is_dated_on_the_day_of_the_text(text):
    assert _events(text)[-1].date == DAY.isoformat()


def test_an_act_the_authors_did_before_keeps_no_day_of_the_text():
    (event,) = _events("We launched a trilateral maritime exercise.")
    assert event.date is None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Two destroyers from Yokosuka took part in the drill in the Philippine Sea on Friday.",
         ["Philippine Sea"]),
        ("The frigate, based in Sasebo, patrolled the East China Sea on Friday.",
         ["East China Sea"]),
        ("A destroyer from Yokosuka patrolled on Friday.", ["Yokosuka"]),
    ],
)  # fmt: skip
def test_a_units_home_is_not_where_it_acts_when_another_place_is_named(text, places):
    (event,) = facts_from_text(text, published=DAY)
    assert [p.name for p in event.places] == places


def test_days_later_are_counted_from_the_day_the_story_told_before():
    events = _events("On December 4 the navies held a drill. Two days later, they signed a pact.")
    assert [(e.category, e.date) for e in events] == [
        ("exercise", "2023-12-04"),
        ("agreement", "2023-12-06"),
    ]


def test_a_bracketed_clock_time_does_not_cut_the_sentence_from_its_day():
    events = _events(
        "On May 4, commencing at 10:30 a.m. (local time, on May 5, 1:30 a.m. Tokyo time), the "
        "Prime Minister held a summit with the President of Chile."
    )
    assert [e.date for e in events] == ["2023-05-04"]


def test_a_day_in_the_clause_says_when_in_this_year():
    events = _events(
        "Earlier this year, on May 3, a frigate collided with a fishing boat off Taiwan.",
        published=date(2024, 9, 10),
    )
    assert [e.date for e in events] == ["2024-05-03"]


def test_missiles_launched_are_an_attack_when_the_parse_loses_their_verb():
    events = _events(
        "At 11:30 a.m. (local time) Mar. 6, an anti-ship ballistic missile was launched toward "
        "the tanker Sea Example."
    )
    assert [e.category for e in events] == ["incident"]


def test_a_time_zone_is_no_place():
    events = _events("At 11:30 a.m. (Sanaa time) on Monday, pirates attacked a tanker.")
    assert "Sanaa" not in {p.name for e in events for p in e.places}


def test_a_navy_fired_at_is_no_place():
    events = _events("On Monday the rebels fired missiles at the U.S. Navy.")
    assert events and not [p.name for e in events for p in e.places]


def test_a_building_things_happen_at_is_a_place():
    events = _events("On Monday the two ministers met at the Pentagon.")
    assert [[p.name for p in e.places] for e in events] == [["Pentagon"]]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Chinese troops crossed the Line of Actual Control on Friday.", ["incursion"]),
        ("Twelve aircraft crossed the median line of the strait on Sunday.", ["incursion"]),
        # Crossing a sea is no event of its own.
        ("The frigate crossed the Indian Ocean in May.", []),
    ],
)
def test_crossing_a_border_line_is_an_incursion(text, category):
    assert [e.category for e in _events(text)] == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The research vessel left the area on Saturday and headed north.", ["deployment"]),
        ("The frigate departed the port on Tuesday.", ["deployment"]),
        # Leaving an alliance, or people leaving a ship, is no movement of a force.
        ("Italy left the coalition in May.", []),
        ("The crew left the ship on Monday.", []),
    ],
)
def test_a_ship_leaving_a_place_is_a_deployment(text, category):
    assert [e.category for e in _events(text)] == category


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Houthis fired two missiles at a tanker on Monday.", "Houthis"),
        ("Houthi rebels fired a missile at a tanker on Monday, the navy said.", "Houthis"),
        ("Al-Shabaab fighters attacked a naval base on Monday.", "Al-Shabaab"),
    ],
)
def test_an_armed_group_named_in_one_word_is_an_actor(text, group):
    (event,) = _events(text)
    assert event.actors == (group,)


def test_a_common_plural_opening_a_sentence_is_no_actor():
    (event,) = _events("Pirates attacked a tanker off the coast on Monday.")
    assert event.actors == ()


def test_a_headline_is_no_event_of_its_own_when_the_story_tells_it():
    text = (
        "Two frigates held a bilateral exercise in the Arabian Sea\n"
        "On May 2, two frigates of the Indian Navy held a bilateral exercise with a French "
        "destroyer in the Arabian Sea."
    )
    (event,) = _events(text)
    assert event.category == "exercise" and event.date == "2023-05-02"


def test_a_ship_class_named_for_a_place_or_a_person_is_no_actor():
    (event,) = _events(
        "The admiral visited the Blue Ridge-class command ship USS Mount Whitney on Monday."
    )
    assert event.actors == ("USS Mount Whitney",)


@pytest.mark.parametrize(
    "text",
    [
        "On May 2, the navy held an exercise with partners from Benin, Nigeria, and Togo.",
        "On May 2, rebels from Yemen attacked a cargo ship.",
    ],
)
def test_the_countries_people_come_from_are_not_where_they_act(text):
    (event,) = _events(text)
    assert not event.places


@pytest.mark.parametrize("region", ["Indo-Pacific", "Indo-Asia-Pacific", "Asia-Pacific"])
def test_a_policy_region_is_no_place_the_meeting_held_is(region):
    events = _events(
        "The ministers met in Tokyo on May 2. They agreed to deepen maritime cooperation in the "
        f"{region} region."
    )
    assert [(e.category, [p.name for p in e.places]) for e in events] == [
        ("meeting", ["Tokyo"]),
        ("agreement", ["Tokyo"]),
    ]


def test_the_long_name_of_north_korea_is_not_south_korea():
    (event,) = _events(
        "On May 2, the Democratic People\u2019s Republic of Korea launched a ballistic missile."
    )
    assert event.actors == ("North Korea",)


def test_the_shoal_named_before_is_where_the_shoal_is():
    events = _events(
        "Chinese ships blocked the Scarborough Shoal in April. On May 1, the Philippine Coast "
        "Guard held a drill off Subic Bay. On May 2, a patrol plane spotted eight fishing vessels "
        "anchored in the waters of the shoal."
    )
    assert [p.name for p in events[-1].places] == ["Scarborough Shoal"]

from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")


def test_events_leading_up_to_a_dated_one_do_not_take_its_date():
    text = (
        "A deadly clash broke out on the border on May 4.\n"
        "The weeks leading up to it included scuffles between Thai and Cambodian patrols."
    )
    facts = facts_from_text(text, published=date(2021, 5, 10), gazetteer=EmptyGazetteer())
    dates = {f.date for f in facts if f.kind == "event" and "scuffles" in f.evidence.text}
    assert dates == {None}


def test_the_above_waters_are_the_waters_just_named():
    text = (
        "On Monday, following the intrusion of Chinese fishing boats into Japan's territorial "
        "waters near Yonaguni Island, China Coast Guard ships entered the above waters."
    )
    facts = facts_from_text(text, published=date(2021, 5, 10), gazetteer=EmptyGazetteer())
    places = [[p.name for p in f.places] for f in facts if f.kind == "event"]
    assert places == [["Yonaguni Island"], ["Yonaguni Island"]]


def test_hours_later_in_a_new_paragraph_keeps_the_place():
    text = (
        "Navy chiefs met aboard a carrier in the Gulf of Guinea on Sunday.\n"
        "Hours later, a patrol boat fired warning shots toward a tanker."
    )
    facts = facts_from_text(text, published=date(2021, 5, 10), gazetteer=EmptyGazetteer())
    places = [[p.name for p in f.places] for f in facts if f.kind == "event"]
    assert places == [["Gulf of Guinea"], ["Gulf of Guinea"]]


def test_a_story_told_in_order_carries_its_day_to_the_next_act():
    text = ("Pirates attacked the tanker Sea Example on Monday. "
            "Two warships responded and the pirates fled.")  # fmt: skip
    facts = facts_from_text(text, published=date(2024, 5, 2), gazetteer=EmptyGazetteer())
    assert {f.date for f in facts if f.kind == "event"} == {"2024-04-29"}


def test_a_story_told_in_order_carries_its_place_with_its_day():
    text = ("Pirates attacked a tanker in the Gulf of Aden on Monday. "
            "A frigate and a destroyer responded.")  # fmt: skip
    facts = facts_from_text(text, published=date(2024, 5, 2), gazetteer=EmptyGazetteer())
    events = [f for f in facts if f.kind == "event"]
    assert [(e.date, [p.name for p in e.places]) for e in events] == [
        ("2024-04-29", ["Gulf of Aden"]),
        ("2024-04-29", ["Gulf of Aden"]),
    ]


def test_an_eventless_sentence_dates_the_story_it_opens():
    text = (
        "This week, the admiral and the minister traveled to Kenya and Oman. "
        "In Oman, they met with the sultan."
    )
    facts = facts_from_text(text, published=date(2024, 11, 20), gazetteer=EmptyGazetteer())
    dates = {f.date for f in facts if f.kind == "event" and "sultan" in f.evidence.text}
    assert dates == {"2024-11-18"}


def test_a_new_paragraph_does_not_take_the_day_told_before():
    text = "On Monday, the harbour was quiet.\nThe two navies held a drill."
    facts = facts_from_text(text, published=date(2024, 11, 20), gazetteer=EmptyGazetteer())
    assert {f.date for f in facts if f.kind == "event" and "drill" in f.evidence.text} == {None}

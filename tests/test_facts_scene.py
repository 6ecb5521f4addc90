from datetime import date

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer


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

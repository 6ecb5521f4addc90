from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str):
    facts = facts_from_text(text, published=date(2021, 9, 6), gazetteer=EmptyGazetteer())
    return [f for f in facts if f.kind == "event"]


def test_listed_clashes_at_two_places_are_two_events():
    text = (
        "Recent months saw scuffles between Thai and Cambodian soldiers near the Dangrek Valley, "
        "and clashes between Thai and Cambodian troops near Tonle Sap Lake."
    )
    places = sorted(p.name for e in _events(text) for p in e.places)
    assert len(_events(text)) == 2 and places == ["Dangrek Valley", "Tonle Sap Lake"]


def test_undated_clash_after_a_dated_one_is_not_its_repeat():
    text = (
        "Thai and Cambodian troops clashed near the Dangrek Valley on August 30.\n"
        "Scuffles between Thai and Cambodian soldiers near Tonle Sap Lake were also reported."
    )
    assert len(_events(text)) == 2


def test_intrusion_of_boats_then_coast_guard_entering_are_two_events():
    text = (
        "On Monday, following the intrusion of Chinese fishing boats into Japan's territorial "
        "waters near Yonaguni Island, China Coast Guard ships entered the same waters."
    )
    assert [e.category for e in _events(text)] == ["incursion", "incursion"]


def test_the_clash_in_the_next_sentence_is_the_one_just_told():
    text = (
        "A deadly clash broke out on the border on August 30. "
        "The deadly clash occurred near the Dangrek Valley, where tension had grown."
    )
    events = _events(text)
    assert [[p.name for p in e.places] for e in events] == [["Dangrek Valley"]]


def test_the_missile_just_launched_striking_is_the_same_attack():
    text = (
        "On Monday an anti-ship missile was launched toward the tanker Sea Example. "
        "The missile struck the vessel and the crew reported injuries."
    )
    assert [e.category for e in _events(text)] == ["incident"]


def test_the_same_doer_acting_again_is_a_second_event():
    text = (
        "On Monday rebels fired a missile at the tanker Sea Example. "
        "The rebels attacked a dhow near Aden."
    )
    assert len(_events(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Pirates attacked a tanker on Monday. During the attack, the pirates fired rifles and "
        "grenades at the ship.",
        "Two navies held a joint exercise on Monday. During the exercise, a destroyer fired "
        "missiles at a towed target.",
    ],
)
def test_what_happens_during_the_event_just_told_is_that_event(text):
    assert len(_events(text)) == 1


def test_what_is_agreed_during_a_meeting_is_an_event_of_its_own():
    text = "The ministers met on Monday. During the meeting, they signed a defence pact."
    assert [e.category for e in _events(text)] == ["meeting", "agreement"]


def test_a_body_retelling_its_lead_in_full_is_one_event_told_by_the_body():
    text = (
        "On 3 August 2021, the tanker Sea Example, sailing empty, was attacked off Oman.\n"
        "Background\n"
        "On 3 August 2021, the tanker Sea Example was attacked near the coast of Oman while "
        "sailing to Fujairah."
    )
    events = _events(text)
    assert [(e.date, e.evidence.text[-20:]) for e in events] == [
        ("2021-08-03", "sailing to Fujairah.")
    ]


def test_the_same_act_on_another_ship_the_same_day_is_another_event():
    text = (
        "On 3 August 2021, the tanker Sea Example was attacked off Oman.\n"
        "On 3 August 2021, the freighter Ocean Sample was attacked near Fujairah."
    )
    assert len(_events(text)) == 2

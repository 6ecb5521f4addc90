from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")


def _events(text: str):
    facts = facts_from_text(text, published=date(2024, 3, 8), gazetteer=EmptyGazetteer())
    return [f for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Flagged vessels in the zone must follow the directive due to a high risk of hijacking.",
        "Flagged vessels are at high risk from militant attacks when transiting the strait.",
        "Your concern about attacking the radar sites was that the truce would end.",
        "The navy can protect tankers, particularly tankers that are being attacked.",
        "Most of the ships that have come under attack have no link to Greece.",
        "Flagged tankers are required to report to the navy while transiting the strait.",
        "The briefing turned to the question about determining which warships are being targeted.",
    ],
)
def test_background_tells_no_event(text):
    assert _events(text) == []


def test_what_a_kind_of_actor_does_stays_a_recurring_event():
    events = _events("The cartel backs rival groups that conduct attacks on the port.")
    assert [e.category for e in events] == ["incident"]


def test_particular_ships_attacked_are_an_event():
    events = _events("The two tankers that have been attacked since Monday are now safe.")
    assert [e.category for e in events] == ["incident"]


def test_a_heading_in_capitals_tells_no_event_the_text_below_tells_again():
    text = (
        "The ministry issued its weekly report.\n"
        "PIRATES SEIZED A TANKER OFF THE COAST ON MONDAY:\n"
        "On Monday, pirates seized a tanker off the coast."
    )
    assert [e.evidence.text[:6] for e in _events(text)] == ["On Mon"]

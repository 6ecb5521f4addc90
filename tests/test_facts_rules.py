from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

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

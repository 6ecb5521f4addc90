from facts.model import Evidence, Fact, PlaceRef
from facts.score import MISSED, SPURIOUS, score_article

TEXT = "Ships intruded on Monday. A meeting was held."
GOLD = {
    "events": [
        {
            "category": "incursion",
            "date": "2025-05",
            "places": ["Senkaku Islands"],
            "evidence": "Ships intruded on Monday.",
        }
    ],
    "quotes": [],
    "relations": [{"subject": "India", "relation": "member of", "object": "BRICS"}],
}


def _event(category, date, place, start=0, end=25):
    return Fact(
        kind="event",
        evidence=Evidence(0, start, end, TEXT[start:end]),
        category=category,
        date=date,
        places=(PlaceRef(place),),
    )


def test_matching_event_counts_date_at_reference_precision():
    score = score_article(
        [_event("incursion", "2025-05-05", "the Senkaku Islands")], GOLD, text=TEXT
    )
    assert (score.matched, score.right_date, score.right_place) == (1, 1, 1)


def test_an_event_in_another_category_is_found_with_the_wrong_category():
    score = score_article([_event("incident", None, "Senkaku Islands")], GOLD, text=TEXT)
    assert (score.recall, score.category_accuracy, score.spurious_rate) == (1.0, 0.0, 0.0)
    assert score.confusion == {("incursion", "incident"): 1}


def test_an_event_elsewhere_is_spurious_and_the_reference_missed():
    score = score_article([_event("incursion", None, "Senkaku Islands", 26, 45)], GOLD, text=TEXT)
    assert (score.recall, score.spurious_rate) == (0.0, 1.0)
    assert score.confusion == {("incursion", MISSED): 1, (SPURIOUS, "incursion"): 1}


def test_fields_give_precision_recall_and_f1():
    score = score_article([_event("incursion", None, "Senkaku Islands"),
                           _event("meeting", None, None, 26, 45)], GOLD, text=TEXT)  # fmt: skip
    events = score.fields_table()["events"]
    assert (events["precision"], events["recall"], events["f1"]) == (0.5, 1.0, 0.667)
    assert score.fields_table()["date"]["recall"] == 0.0


def test_a_point_near_the_reference_place_is_the_right_place():
    near = Fact(kind="event", evidence=Evidence(0, 0, 25, TEXT[:25]), category="incursion",
                places=(PlaceRef("40 km north of Uotsuri", lat=26.1, lon=123.5),))  # fmt: skip
    far = Fact(kind="event", evidence=Evidence(0, 0, 25, TEXT[:25]), category="incursion",
               places=(PlaceRef("Okinawa", lat=26.3, lon=127.8),))  # fmt: skip
    gold = {"events": [dict(GOLD["events"][0], places=[
        {"name": "Senkaku Islands", "lat": 25.75, "lon": 123.5}])]}  # fmt: skip
    assert score_article([near], gold, text=TEXT).right_place == 1
    assert score_article([far], gold, text=TEXT).right_place == 0


def test_a_quote_is_found_by_its_words_and_its_speaker_checked_apart():
    gold = {"events": [], "quotes": [{"speaker": "Jane Roe", "text": "We will sail on."}]}
    quote = Fact(kind="quote", evidence=Evidence(0, 0, 5, "x"), speaker="the spokesperson",
                 text="we will sail on.")  # fmt: skip
    score = score_article([quote], gold, text=TEXT)
    assert (score.quotes_found, score.matched_quotes, score.speaker_accuracy) == (1, 0, 0.0)


def test_relations_are_matched_as_triples():
    fact = Fact(
        kind="relation",
        evidence=Evidence(1, 26, 45, TEXT[26:]),
        subject="India",
        relation="member of",
        object="BRICS",
    )
    assert score_article([fact], GOLD, text=TEXT).matched_relations == 1


def test_a_dispute_matches_in_either_order_a_membership_does_not():
    gold = {"events": [], "relations": [
        {"subject": "India", "relation": "border dispute", "object": "China"},
        {"subject": "BRICS", "relation": "member of", "object": "India"},
    ]}  # fmt: skip
    facts = [
        Fact(kind="relation", evidence=Evidence(1, 26, 45, TEXT[26:]), subject=s, relation=r,
             object=o)
        for s, r, o in [("China", "border dispute", "India"), ("India", "member of", "BRICS")]
    ]  # fmt: skip
    assert score_article(facts, gold, text=TEXT).matched_relations == 1


def test_an_extracted_event_pairs_with_the_reference_event_of_its_category_first():
    both = {
        "events": [
            {"category": "incursion", "date": None, "places": [], "evidence": TEXT[:25]},
            {"category": "incident", "date": None, "places": [], "evidence": TEXT[:25]},
        ],
        "quotes": [],
        "relations": [],
    }
    score = score_article([_event("incident", None, None)], both, text=TEXT)
    assert score.confusion == {("incident", "incident"): 1, ("incursion", MISSED): 1}

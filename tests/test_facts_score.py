from facts.model import Evidence, Fact, PlaceRef
from facts.score import score_article

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


def test_other_category_is_spurious_and_missed():
    score = score_article([_event("incident", None, "Senkaku Islands")], GOLD, text=TEXT)
    assert (score.recall, score.spurious_rate) == (0.0, 1.0)


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

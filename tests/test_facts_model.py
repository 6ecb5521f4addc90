import pytest

from facts.model import CATEGORIES, Evidence, Fact, PlaceRef

EVIDENCE = Evidence(sentence=2, start=10, end=40, text="a helicopter violated airspace")


def test_event_dict_has_the_json_contract():
    fact = Fact(
        kind="event",
        evidence=EVIDENCE,
        article_id="a1",
        category="incursion",
        places=(PlaceRef("Senkaku Islands", "senkaku_islands", 25.7, 123.5, "feature"),),
    )
    assert set(fact.to_dict()) == {
        "fact_id",
        "article_id",
        "kind",
        "category",
        "summary",
        "date",
        "date_end",
        "date_precision",
        "date_text",
        "actors",
        "places",
        "confidence",
        "evidence",
    }


def test_quote_dict_has_speaker_and_text():
    fact = Fact(kind="quote", evidence=EVIDENCE, speaker="Gen Nakatani", text="words")
    assert fact.to_dict()["speaker"] == "Gen Nakatani"


def test_fact_id_is_stable_and_depends_on_content():
    one = Fact(kind="event", evidence=EVIDENCE, article_id="a1", category="incursion")
    same = Fact(kind="event", evidence=EVIDENCE, article_id="a1", category="incursion")
    other = Fact(kind="event", evidence=EVIDENCE, article_id="a1", category="incident")
    assert one.fact_id == same.fact_id != other.fact_id


def test_unknown_category_is_refused():
    with pytest.raises(ValueError, match="unknown event category"):
        Fact(kind="event", evidence=EVIDENCE, category="war")


def test_categories_are_the_contract_slugs():
    assert CATEGORIES[-1] == "other" and "piracy" in CATEGORIES

import pandas as pd
import pytest

from facts.query import Filters, with_filter_columns
from facts.reviews import (
    Review,
    ReviewError,
    ReviewForm,
    added_event,
    checked,
    corrected_fields,
    review_of,
    reviewed_facts,
)
from tests.conftest import matching_rows

FACT = {"fact_id": "f1", "article_id": "a1", "kind": "event", "category": "incident",
        "summary": "Ships collided.", "date": "2025-05-03", "date_end": None,
        "date_precision": "day", "date_text": "on Saturday", "actors": ("China Coast Guard",),
        "places": (), "speaker": None, "text": None, "subject": None, "relation": None,
        "object": None, "sentence": 0, "start": 0, "end": 40, "evidence": "Ships collided.",
        "confidence": 0.8, "extractor_version": "facts-1.2"}  # fmt: skip
COLUMNS = ["review_id", "article_id", "target", "seq", "fact_id", "kind", "span_start",
           "span_end", "status", "fields", "reason", "editor", "created_at"]  # fmt: skip


def review_row(seq, status, *, target="f1", span=(0, 40), **values):
    return {"review_id": seq, "article_id": "a1", "target": target, "seq": seq,
            "fact_id": target, "kind": "event", "span_start": span[0], "span_end": span[1],
            "status": status, "fields": values.get("fields", {}),
            "reason": values.get("reason", ""), "editor": "ana",
            "created_at": f"2026-12-01T10:0{seq}:00+00:00"}  # fmt: skip


def reviewed(*rows, facts=(FACT,)):
    return reviewed_facts(pd.DataFrame(list(facts)), pd.DataFrame(list(rows), columns=COLUMNS))


def test_the_last_step_of_a_history_is_in_force():
    corrected = {"category": "incursion", "date": "2025-05-04", "date_precision": "day"}
    correction = review_row(2, "corrected", fields=corrected, reason="it was Sunday")
    out, lost = reviewed(review_row(1, "confirmed"), correction)
    row = out.iloc[0]
    assert (row["review"], row["category"], row["date"], row["review_seq"]) == (
        "corrected", "incursion", "2025-05-04", 2)  # fmt: skip
    assert row["extracted"] == {"category": "incident", "date": "2025-05-03",
                                "date_precision": "day"}  # fmt: skip
    assert lost.empty


def test_a_fact_the_extractor_gives_a_new_id_keeps_its_review_by_span():
    renamed = FACT | {"fact_id": "f1-new"}
    out, lost = reviewed(review_row(1, "rejected", reason="not an event"), facts=(renamed,))
    assert out.iloc[0]["review"] == "rejected" and lost.empty


def test_a_review_whose_fact_is_gone_is_listed_as_lost():
    moved = FACT | {"fact_id": "f9", "start": 100, "end": 140}
    out, lost = reviewed(review_row(1, "confirmed"), facts=(moved,))
    assert out.iloc[0]["review"] == "unreviewed"
    assert list(lost["target"]) == ["f1"]


def test_an_added_event_becomes_a_fact():
    fields = {"category": "piracy", "summary": "Pirates boarded a dhow.", "date": "2025-05",
              "date_precision": "month", "sentence": 3, "evidence": "Pirates boarded a dhow.",
              "actors": ["Somali pirates"], "places": []}  # fmt: skip
    out, _ = reviewed(review_row(1, "added", target="added-x", fields=fields, span=(50, 73)))
    added = out.set_index("fact_id").loc["added-x"]
    assert (added["review"], added["category"], added["evidence"], added["start"]) == (
        "added", "piracy", "Pirates boarded a dhow.", 50)  # fmt: skip
    assert added["actors"] == ("Somali pirates",)


def test_rejected_facts_are_hidden_unless_asked_for():
    out, _ = reviewed(review_row(1, "rejected", reason="background"))
    facts = with_filter_columns(out)
    assert matching_rows(facts, Filters()).empty
    assert list(matching_rows(facts, Filters(review=("rejected",)))["fact_id"]) == ["f1"]


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (ReviewForm("corrected", reason="x", category="meeting", date="3 May",
                    date_precision="day", summary="A"), "YYYY-MM-DD"),
        (ReviewForm("corrected", reason="x", category="meeting", date="2025-02-30",
                    date_precision="day", summary="A"), "not a date"),
        (ReviewForm("corrected", reason="x", category="meeting", summary="  "), "summary"),
    ],
)  # fmt: skip
def test_a_correction_that_cannot_stand_says_why(form, message):
    with pytest.raises(ReviewError, match=message):
        corrected_fields(form, place=lambda name: {"name": name})


def test_a_rejection_needs_a_reason():
    with pytest.raises(ReviewError, match="reason"):
        review_of(FACT, ReviewForm("rejected"), editor="ana", place=dict)


def test_a_review_follows_the_step_the_editor_saw():
    seen = FACT | {"review_target": "f0", "review_seq": 3}
    review = review_of(seen, ReviewForm("confirmed"), editor="ana", place=dict)
    assert (review.target, review.seen_seq, review.fact_id) == ("f0", 3, "f1")


def test_an_added_event_keeps_its_sentence():
    form = ReviewForm("added", category="exercise", summary="Navies drilled.", date="2025",
                      date_precision="year")  # fmt: skip
    review = added_event("a1", (4, 10, 30, "Navies drilled."), form, editor="ana",
                         place=lambda name: {"name": name})  # fmt: skip
    assert review.target.startswith("added-")
    assert (review.fields["sentence"], review.fields["evidence"]) == (4, "Navies drilled.")
    assert checked(review) is review


def test_unknown_fields_are_refused():
    with pytest.raises(ReviewError, match="cannot be reviewed"):
        Review(article_id="a1", target="f1", kind="event", span_start=0, span_end=1,
               status="corrected", editor="ana", reason="r", fields={"evidence": "x"})  # fmt: skip


def test_dates_are_checked_against_the_calendar():
    assert corrected_fields(
        ReviewForm("corrected", category="meeting", date="2024-02", date_precision="month",
                   summary="Met."), place=dict,
    )["date"] == "2024-02"  # fmt: skip

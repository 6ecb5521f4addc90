from datetime import date

import pandas as pd
import pytest

from facts.link import link_values_of
from facts.query import (
    Filters,
    actors_of,
    day_span_of,
    place_names_of,
    span_of,
    with_filter_columns,
)
from tests.conftest import matching_rows


def fact(fact_id, **fields):
    row = {
        "fact_id": fact_id,
        "article_id": "a1",
        "kind": "event",
        "category": "meeting",
        "summary": "",
        "date": None,
        "date_end": None,
        "date_precision": "unknown",
        "date_text": None,
        "actors": (),
        "places": (),
        "speaker": None,
        "text": None,
        "subject": None,
        "relation": None,
        "object": None,
        "evidence": "",
    }
    return row | fields


@pytest.fixture
def facts():
    delhi = {"name": "New Delhi", "id": "new_delhi", "lon": 77.2, "lat": 28.6, "precision": "point"}
    return with_filter_columns(
        pd.DataFrame(
            [
                fact(
                    "m",
                    date="2025-05-05",
                    date_precision="day",
                    actors=("Japan", "India"),
                    places=(delhi,),
                    summary="Ministers meet",
                ),
                fact(
                    "i",
                    category="incursion",
                    date="2025-05-03",
                    date_precision="day",
                    actors=("China Coast Guard",),
                    summary="Helicopter violated airspace",
                ),
                fact("y", category="exercise", date="2024", date_precision="year"),
                fact(
                    "q", kind="quote", category=None, speaker="Gen Nakatani", text="Cooperate more"
                ),
            ]
        )
    )


def ids(frame):
    return list(frame["fact_id"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), ["m", "i", "y", "q"]),
        (Filters(categories=("incursion", "exercise")), ["i", "y"]),
        (Filters(actors=("India",)), ["m"]),
        (Filters(actors=("Gen Nakatani",)), ["q"]),
        (Filters(places=("New Delhi",)), ["m"]),
        (Filters(dates=(date(2025, 5, 4), date(2025, 5, 31))), ["m"]),
        (Filters(dates=(date(2024, 6, 1), date(2024, 6, 30))), ["y"]),
        (Filters(query="HELICOPTER"), ["i"]),
        (Filters(query="cooperate"), ["q"]),
        (Filters(article="a2"), []),
    ],
)
def test_matching_rows(facts, filters, expected):
    assert ids(matching_rows(facts, filters)) == expected


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2025-05-03", None, "day", (date(2025, 5, 3), date(2025, 5, 3))),
        ("2024-02", None, "month", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024-12-01", None, "month", (date(2024, 12, 1), date(2024, 12, 31))),
        ("2023", None, "year", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2023-01-01", "2023-03-31", "day", (date(2023, 1, 1), date(2023, 3, 31))),
        (None, None, "ongoing", None),
    ],
)
def test_span_of(start, end, precision, expected):
    assert span_of(start, end, precision) == expected


def test_day_span_and_options(facts):
    assert day_span_of(facts) == (date(2024, 1, 1), date(2025, 5, 5))
    assert actors_of(facts) == ["China Coast Guard", "Gen Nakatani", "India", "Japan"]
    assert place_names_of(facts) == ["New Delhi"]


def test_accepted_of_lists_every_fact_and_view(facts):
    accepted = link_values_of(facts, articles=("a1",))
    assert accepted.facts == ("m", "i", "y", "q")
    assert "east_china_sea" in accepted.views
    assert accepted.first_day == date(2024, 1, 1)

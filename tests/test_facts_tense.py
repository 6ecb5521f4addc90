from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")

NOV = date(2024, 11, 20)
FEB = date(2025, 2, 14)


def _dates(text: str, published: date):
    facts = facts_from_text(text, published=published, gazetteer=EmptyGazetteer())
    return [f.date for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A planned visit in a later month of the year of publication.
        ("The ministers decided to hold talks in December.", NOV, "2024-12-01"),
        ("The two navies will hold a joint exercise in January.", NOV, "2025-01-01"),
        # A month already gone, told in the past tense, is the previous year's.
        ("The frigate visited the port in July, officials will say later.", FEB, "2024-07-01"),
        ("Pirates boarded the tanker in October.", FEB, "2024-10-01"),
    ],
)
def test_a_month_without_a_year_takes_the_year_its_verb_points_to(text, published, expected):
    assert _dates(text, published)[0] == expected


def test_a_precise_day_wins_over_this_year_in_the_same_clause():
    text = "Earlier this year the coast guard seized a trawler on March 3 near the reef."
    assert _dates(text, date(2024, 6, 1)) == ["2024-03-03"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry lodged a protest Friday with the ambassador.",
        "On Friday, the foreign ministry lodged a protest with the ambassador.",
    ],
)
def test_a_bare_or_opening_weekday_dates_the_event(text):
    assert _dates(text, date(2024, 6, 12)) == ["2024-06-07"]

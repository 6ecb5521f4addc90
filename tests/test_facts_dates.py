from datetime import date

import pytest

from facts.dates import (
    SHIFT,
    UnrepresentableDate,
    date_mentions,
    parse_published,
    resolve,
    shift_days,
)
from facts.extract import facts_from_text
from facts.mentions import own_day
from facts.places import EmptyGazetteer

WED = date(2025, 5, 7)  # the seed's publication date, a Wednesday


def _first(text: str, published: date = WED, *, future: bool = False):
    return resolve(date_mentions(text)[0], published, future=future)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("a discussion on Monday", date(2025, 5, 5), "day"),
        ("near those islands on Saturday", date(2025, 5, 3), "day"),
        ("it was signed on Wednesday", date(2025, 5, 7), "day"),
        ("last Wednesday", date(2025, 4, 30), "day"),
        ("next Monday", date(2025, 5, 12), "day"),
        ("yesterday", date(2025, 5, 6), "day"),
        ("I met the minister about an hour ago", date(2025, 5, 7), "day"),
        ("May 7, 2025", date(2025, 5, 7), "day"),
        ("Feb. 12, 2009", date(2009, 2, 12), "day"),
        ("on 3 June", date(2024, 6, 3), "day"),
        ("in 2019", date(2019, 1, 1), "year"),
        ("In December 2008", date(2008, 12, 1), "month"),
        ("last month", date(2025, 4, 1), "month"),
    ],
)
def test_resolves_against_publication_date(text, start, precision):
    ref = _first(text)
    assert (ref.start, ref.precision) == (start, precision)


def test_weekday_in_future_text_is_ahead():
    assert _first("on Monday", future=True).start == date(2025, 5, 12)


def test_range_keeps_both_ends():
    ref = _first("from September 26 to 28, 2020")
    assert (ref.start, ref.end) == (date(2020, 9, 26), date(2020, 9, 28))


def test_month_ends_on_its_last_day():
    assert _first("February 2024").end == date(2024, 2, 29)


def test_numbers_that_are_not_dates_are_ignored():
    assert date_mentions("the 1951 Mutual Defense Treaty and Exercise Milan 2022") == []


def test_impossible_date_resolves_to_nothing():
    assert _first("February 30, 2021") is None


def test_bad_publication_date_is_explained():
    with pytest.raises(ValueError, match="not a valid YYYY-MM-DD"):
        parse_published("7 May 2025")


def test_annually_is_an_ongoing_action():
    from facts.dates import ONGOING_WORDS

    assert ONGOING_WORDS.search("have held the training annually since 1992")


@pytest.mark.parametrize(
    ("text", "published", "future", "start", "end"),
    [
        ("This weekend, ships responded", date(2023, 11, 27), False, date(2023, 11, 25),
         date(2023, 11, 26)),
        ("this weekend", date(2023, 11, 22), True, date(2023, 11, 25), date(2023, 11, 26)),
        ("this weekend", date(2023, 11, 22), False, date(2023, 11, 18), date(2023, 11, 19)),
        ("last week", WED, False, date(2025, 4, 28), date(2025, 5, 4)),
    ],
)  # fmt: skip
def test_weeks_and_weekends_are_day_spans(text, published, future, start, end):
    ref = _first(text, published, future=future)
    assert (ref.start, ref.end, ref.precision) == (start, end, "day")


@pytest.mark.parametrize("text", ["earlier this month", "this month"])
def test_this_month_has_month_precision(text):
    ref = _first(text)
    assert (ref.start, ref.precision) == (date(2025, 5, 1), "month")


def test_last_year_has_year_precision():
    assert (_first("last year").start, _first("last year").precision) == (date(2024, 1, 1), "year")


def test_past_decade_is_ongoing():
    from facts.dates import ONGOING_WORDS

    assert ONGOING_WORDS.search("incursions have grown in the past decade")


@pytest.mark.parametrize(
    ("text", "start"),
    [("drills held in July", date(2024, 7, 1)), ("patrols during February", date(2025, 2, 1))],
)
def test_month_after_a_preposition_without_a_year_is_the_last_such_month(text, start):
    ref = _first(text)
    assert (ref.start, ref.precision) == (start, "month")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("tomorrow", date(9999, 12, 31)),
        ("yesterday", date(1, 1, 1)),
        ("next week", date(9999, 12, 30)),
        ("last year", date(1, 6, 1)),
        ("next month", date(9999, 12, 2)),
        ("on Tuesday", date(1, 1, 1)),
    ],
)
def test_a_relative_date_beyond_the_calendar_is_a_clear_error(text, published):
    with pytest.raises(UnrepresentableDate, match=text) as caught:
        _first(text, published)
    assert published.isoformat() in str(caught.value)


def test_a_day_that_does_not_exist_is_no_date_and_no_error():
    assert _first("on February 30, 2024") is None


def test_a_holiday_is_its_day_of_the_year():
    assert _first("on New Year's Day", date(2024, 1, 4)).start == date(2024, 1, 1)
    assert _first("on Christmas Day", date(2024, 1, 4)).start == date(2023, 12, 25)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("last March", date(2025, 3, 1), "month"),
        ("next March", date(2026, 3, 1), "month"),
        ("this June", date(2024, 6, 1), "month"),
        ("began in approximately 2015", date(2015, 1, 1), "year"),
        ("in about 2019", date(2019, 1, 1), "year"),
        ("scheduled for March", date(2025, 3, 1), "month"),
    ],
)
def test_months_told_relative_to_now_and_approximate_years(text, start, precision):
    ref = _first(text)
    assert (ref.start, ref.precision) == (start, precision)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("the patrol ended two days ago", date(2025, 5, 5)),
        ("a day ago", date(2025, 5, 6)),
        ("the drill ended on the 12th of March", date(2025, 3, 12)),
        ("it collided with a trawler on 2025-04-09", date(2025, 4, 9)),
    ],
)
def test_days_counted_back_from_publication_ordinal_and_iso_dates(text, start):
    assert _first(text).start == start


def test_a_happening_named_by_its_year_dates_what_took_place_in_it():
    ref = _first("the patrol boats fought in the 1998 skirmish near the reef")
    assert (ref.start, ref.precision) == (date(1998, 1, 1), "year")
    # a treaty or a body named by its year is no time the act took place in
    assert date_mentions("as the 1994 convention on the sea provides") == []


@pytest.mark.parametrize(
    ("text", "days"),
    [("The next day, they met", 1), ("Three days later, the ships left", 3), ("the day after", 1)],
)
def test_days_counted_on_from_the_story_are_left_to_the_story(text, days):
    (mention,) = date_mentions(text)
    assert resolve(mention, WED).precision == SHIFT
    assert shift_days(mention.match.group(0)) == days


def test_days_before_a_named_event_are_no_shift():
    assert date_mentions("two days after the summit") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A transcript headed by its own date, posted the next day.
        ("Via Teleconference\n(March 3, 2024)\n4:10 P.M. EST\nThe official spoke.",
         date(2024, 3, 3)),
        ("Press release\nMarch 1, 2024\nThe ministry said today ...", date(2024, 3, 1)),
        # A date line years before posting is an archive's, not the text's own day.
        ("Archive\nMarch 1, 2019\nThe ministry said today ...", date(2024, 3, 4)),
        # A date in a sentence is no date line.
        ("The ministry said on March 1, 2024 that ships had left.", date(2024, 3, 4)),
    ],
)  # fmt: skip
def test_a_date_line_at_the_head_of_a_text_is_the_day_it_speaks(text, day):
    assert own_day(text, date(2024, 3, 4)) == day


def _events(text: str, published: date = WED):
    facts = facts_from_text(text, published=published, gazetteer=EmptyGazetteer())
    return [f for f in facts if f.kind == "event"]


@pytest.mark.usefixtures("rules_only")
def test_today_in_a_transcript_is_the_day_of_its_date_line():
    text = "Via Teleconference\n(March 3, 2024)\nThe two ministers met today in Manila.\n"
    events = _events(text, published=date(2024, 3, 4))
    assert [e.date for e in events] == ["2024-03-03"]


@pytest.mark.parametrize(
    "text",
    [
        "In the months leading up to June 15, 2020, troops harassed patrols along the border.",
        "Prior to May 3, 2023, the two navies held a drill.",
        "Ahead of the May 3 summit, the navy deployed two frigates to the strait.",
    ],
)
@pytest.mark.usefixtures("rules_only")
def test_an_event_before_a_day_is_not_dated_on_it(text):
    events = [e for e in _events(text) if "summit" not in e.summary]
    assert [e.date for e in events] == [None]


@pytest.mark.usefixtures("rules_only")
def test_a_day_in_the_name_of_an_event_still_dates_it():
    events = _events("Ahead of the May 3 summit, the navy deployed two frigates to the strait.")
    assert ("meeting", "2025-05-03") in [(e.category, e.date) for e in events]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("in May and June 2019", date(2019, 5, 1), date(2019, 6, 1)),
        ("on May 5 and June 7, 2019", date(2019, 5, 5), date(2019, 6, 7)),
    ],
)
def test_a_year_written_once_serves_both_dates(text, first, second):
    refs = [resolve(m, WED) for m in date_mentions(text)]
    assert [r.start for r in refs] == [first, second]
    assert refs[0].end < refs[1].start  # two dates, not one range


def test_a_second_year_after_and_is_a_year_of_its_own():
    found = [m.match.group(0) for m in date_mentions("signed two agreements, in 1993 and 1996.")]
    assert found == ["in 1993", "1996"]
    assert date_mentions("Between 2019 and 2021 the navy grew.") == []

from datetime import date

from facts.mentions import resolved_dates

MON = date(2023, 6, 12)


def _refs(text: str):
    return {text[d.start : d.end]: d.ref for d in resolved_dates(text, MON, set())}


def test_weekend_narrows_to_the_one_day_named_inside_it():
    refs = _refs("This weekend a tanker was attacked. The crew called for help on June 11.")
    assert (refs["This weekend"].start, refs["This weekend"].end) == (date(2023, 6, 11),) * 2


def test_weekend_with_two_named_days_inside_it_stays_whole():
    refs = _refs("This weekend the ships met. They sailed on June 10 and docked on June 11.")
    assert refs["This weekend"].start == date(2023, 6, 10)
    assert refs["This weekend"].end == date(2023, 6, 11)


def test_a_relative_day_glossed_in_brackets_takes_the_day_named():
    refs = _refs("The frigate docked yesterday (June 8) in the port.")
    assert "yesterday" not in refs and refs["June 8"].start == date(2023, 6, 8)


def test_a_capitalised_today_is_a_date():
    assert _refs("Today, the navy opened the drills.")["Today"].start == MON

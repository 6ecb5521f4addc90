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

from datetime import date

from facts.extract import facts_from_text
from facts.mentions import quote_spans, resolved_dates

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


def test_a_written_range_keeps_both_days_when_one_is_named_again():
    refs = _refs("The drills ran from 1-2 June 2023. The drill on 2 June was held at sea.")
    assert refs["1-2 June 2023"].start == date(2023, 6, 1)
    assert refs["1-2 June 2023"].end == date(2023, 6, 2)


def test_a_relative_day_glossed_in_brackets_takes_the_day_named():
    refs = _refs("The frigate docked yesterday (June 8) in the port.")
    assert "yesterday" not in refs and refs["June 8"].start == date(2023, 6, 8)


def test_a_capitalised_today_is_a_date():
    assert _refs("Today, the navy opened the drills.")["Today"].start == MON


def test_a_curly_quote_closed_by_a_straight_mark_ends_there():
    text = 'The envoy urged them to \u201cstop now" the raids.\nLast week, a ship was attacked.'
    assert [text[s:e] for s, e in quote_spans(text)] == ['\u201cstop now"']


def test_a_quoted_paragraph_going_on_in_the_next_ends_with_its_line():
    text = "\u201cThe talks went well.\n\u201cWe will meet again,\u201d she said."
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "\u201cThe talks went well.",
        "\u201cWe will meet again,\u201d",
    ]


def test_the_events_after_a_mismatched_quote_are_read():
    text = (
        'The envoy urged the rebels to \u201cstop now" their raids.\n'
        "On June 5, rebels attacked a cargo ship in the Red Sea.\n"
        "\u201cWe condemn it,\u201d the envoy said."
    )
    events = [f for f in facts_from_text(text, published=MON) if f.kind == "event"]
    assert [(e.category, e.date) for e in events] == [("incident", "2023-06-05")]


def test_a_document_reproduced_in_quotes_is_the_text_itself_not_a_quotation():
    text = (
        "The senator released a statement.\n"
        "\u201cWe mourn the sailors,\u201d the senator said.\n"
        "Below is the text of the letter sent today to the ambassador:\n"
        "\u201cOn June 5, rebel boats attacked a cargo ship in the Red Sea.\u201d\n"
        "\u201cWe ask your government to act.\u201d"
    )
    assert [text[s:e] for s, e in quote_spans(text)] == ["\u201cWe mourn the sailors,\u201d"]
    events = [f for f in facts_from_text(text, published=MON) if f.kind == "event"]
    assert ("incident", "2023-06-05") in [(e.category, e.date) for e in events]


def test_a_quotation_after_a_line_that_ends_in_a_colon_but_names_no_text_stays_quoted():
    text = "The admiral told reporters:\n\u201cThe ships were attacked on June 5.\u201d"
    assert [text[s:e] for s, e in quote_spans(text)] == [text.splitlines()[1]]

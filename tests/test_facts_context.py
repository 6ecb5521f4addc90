from datetime import date

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer


def test_events_leading_up_to_a_dated_one_do_not_take_its_date():
    text = (
        "A deadly clash broke out on the border on May 4.\n"
        "The weeks leading up to it included scuffles between Thai and Cambodian patrols."
    )
    facts = facts_from_text(text, published=date(2021, 5, 10), gazetteer=EmptyGazetteer())
    dates = {f.date for f in facts if f.kind == "event" and "scuffles" in f.evidence.text}
    assert dates == {None}

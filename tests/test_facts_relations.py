from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer

# These test the rules' mechanisms; the classifier is tested on its own.
pytestmark = pytest.mark.usefixtures("rules_only")


def _relations(text: str) -> set[tuple[str, str, str]]:
    facts = facts_from_text(text, published=date(2024, 1, 8), gazetteer=EmptyGazetteer())
    return {(f.subject, f.relation, f.object) for f in facts if f.kind == "relation"}


def test_named_two_country_alliance_is_an_ally_relation():
    text = "Both ministers vowed to deepen the Japan-Australia Alliance in the coming years."
    assert ("Japan", "ally of", "Australia") in _relations(text)


def test_nations_named_before_that_form_a_grouping_are_its_members():
    text = (
        "Canada works with France, Italy and Germany on maritime security.\n"
        "Leaders of these nations that form the G7 met again in June."
    )
    assert {("France", "member of", "G7"), ("Germany", "member of", "G7")} <= _relations(text)


def test_spelled_out_quad_name_is_the_quad():
    text = "India and Japan, which form the Quadrilateral Security Dialogue with others, met."
    assert ("India", "member of", "Quad") in _relations(text)


def test_countries_that_are_allies_are_allies():
    assert ("France", "ally of", "Germany") in _relations("France and Germany are close allies.")


def test_country_described_as_a_member_is_a_member():
    text = "Malaysia and Indonesia, both members of ASEAN, sent observers."
    assert {("Malaysia", "member of", "ASEAN"), ("Indonesia", "member of", "ASEAN")} <= (
        _relations(text)
    )


def test_two_countries_having_a_dispute_have_it_with_each_other():
    text = "Thailand and Cambodia have a border dispute near the temple."
    assert ("Thailand", "border dispute", "Cambodia") in _relations(text)

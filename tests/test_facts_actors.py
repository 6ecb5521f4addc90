import pytest

from facts.actors import canonical_actor, country_of


@pytest.mark.parametrize("name", ["China Coast Guard", "Chinese Coast Guard", "CCG", "the CCG"])
def test_coast_guard_spellings_are_one_actor(name):
    assert canonical_actor(name) == "China Coast Guard"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Chinese", "China"),
        ("PRC", "China"),
        ("Sri Lankan", "Sri Lanka"),
        ("U.S.", "United States"),
        ("Cambodian", "Cambodia"),
        ("New Zealand", "New Zealand"),
        ("DPRK", "North Korea"),
        ("Democratic People\u2019s Republic of Korea", "North Korea"),
        ("Republic of Korea", "South Korea"),
        ("Russian Federation", "Russia"),
        ("UAE", "United Arab Emirates"),
        ("T\u00fcrkiye", "Turkey"),
        ("Gabonese", "Gabon"),
        ("C\u00f4te d\u2019Ivoire", "C\u00f4te d'Ivoire"),
        ("Quadrilateral Security Dialogue", None),
    ],
)
def test_demonyms_and_short_forms_name_countries(name, country):
    assert country_of(name) == country


def test_unknown_organisation_keeps_its_name():
    assert canonical_actor("the Joint Staff") == "Joint Staff"


def test_spelled_out_quad_is_the_quad():
    assert canonical_actor("the Quadrilateral Security Dialogue") == "Quad"


@pytest.mark.parametrize("name", ["M/V Blue Harbour -", "M/V Blue Harbour \u2014"])
def test_a_dash_the_model_ran_into_a_name_is_no_part_of_it(name):
    assert canonical_actor(name) == "M/V Blue Harbour"

import csv

import pytest

from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.gazetteer_table import _geonames_row
from geo.geonames import CITIES


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("alias", "name"),
    [("Bombay", "Mumbai"), ("Madras", "Chennai"), ("Calcutta", "Kolkata"), ("Rangoon", "Yangon"),
     ("Saigon", "Ho Chi Minh City"), ("Canton", "Guangzhou"), ("Nay Pyi Taw", "Naypyidaw"),
     ("Ulan Bator", "Ulaanbaatar"), ("Chattogram", "Chittagong"), ("Cochin", "Kochi")],
)  # fmt: skip
def test_old_and_new_spellings_are_one_entry(gaz, alias, name):
    assert gaz.lookup(alias).id == gaz.lookup(name).id


@pytest.mark.parametrize(
    "name",
    [
        "Hanoi",
        "Dhaka",
        "Canberra",
        "Naypyidaw",
        "Bangkok",
        "Riyadh",
        "Nairobi",
        "Sanaa",
        "Abu Dhabi",
        "Sasebo",
        "Perth",
        "Muscat",
    ],
)
def test_cities_take_their_geonames_point(gaz, name):
    place = gaz.lookup(name)
    assert place.precision == "point"
    assert place.lon is not None
    assert "GeoNames" in place.source
    assert "geonameid" in place.source


def test_city_point_lies_in_its_country(gaz):
    from shapely import Point

    dhaka = gaz.lookup("Dhaka")
    assert gaz.area_of("bangladesh").contains(Point(dhaka.lon, dhaka.lat))


def test_shipped_cities_are_sourced_and_unique():
    with CITIES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len({r["geonameid"] for r in rows}) == len(rows)
    assert all("GeoNames" in r["source"] and "CC BY 4.0" in r["source"] for r in rows)


def test_unknown_geonameid_names_the_entry():
    entry = {"id": "atlantis", "name": "Atlantis", "precision": "point"}
    with pytest.raises(ValueError, match=r"atlantis.*999"):
        _geonames_row(entry, {}, "999")


def test_name_without_ascii_letters_is_not_a_key():
    places = [Place("a", "Aksai Chin", ("阿克赛钦",), "zone", None, None, None, "test"),
              Place("b", "Demchok", ("巴里加斯",), "zone", None, None, None, "test")]  # fmt: skip
    gaz = Gazetteer(places)
    assert gaz.lookup("巴里加斯") is None
    assert gaz.lookup("Demchok").id == "b"


def test_every_row_with_a_coordinate_has_a_source(gaz):
    for place in gaz:
        if place.lon is not None or place.lat is not None:
            assert place.lon is not None and place.lat is not None, place.id
            assert place.source.strip(), place.id


@pytest.mark.parametrize(
    "name",
    [
        "Indian Ocean",
        "Pacific",
        "Arabian Sea",
        "Andaman Sea",
        "Yellow Sea",
        "Philippine Sea",
        "Gulf of Oman",
    ],
)
def test_cited_seas_carry_a_label_point_and_its_url(gaz, name):
    place = gaz.lookup(name)
    assert place.lat is not None
    assert "(not its extent)" in place.source
    assert "/" in place.source  # the page's address


def test_uncited_sea_stays_empty_with_its_reason(gaz):
    place = gaz.get("sea_of_japan")
    assert place.lon is None
    assert place.source.startswith("no sourced coordinate")

import pytest
from shapely import Point

from geo.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("name", ["New Delhi", "Beijing", "Taipei", "Washington, D.C."])
def test_capitals_take_their_natural_earth_point(gaz, name):
    place = gaz.lookup(name)
    assert place.lon is not None
    assert place.lat is not None
    assert "ne_110m_populated_places_simple" in place.source


def test_new_delhi_lies_in_india(gaz):
    delhi = gaz.lookup("New Delhi")
    assert gaz.area_of("india").contains(Point(delhi.lon, delhi.lat))


def test_red_sea_area_holds_its_point_and_not_arabia(gaz):
    sea = gaz.get("red_sea")
    area = gaz.area_of("red_sea")
    assert area.contains(Point(sea.lon, sea.lat))
    assert not area.contains(Point(46.77, 24.64))  # Riyadh, inland
    assert "representative point" in sea.source


@pytest.mark.parametrize(
    ("name", "place_id"),
    [("Scarborough Reef", "scarborough_shoal"), ("Uotsuri", "uotsuri_shima"),
     ("sea-lanes", "sea_lanes"), ("Tsushima Strait", "tsushima_strait")],
)  # fmt: skip
def test_reported_names_resolve(gaz, name, place_id):
    assert gaz.lookup(name).id == place_id


def test_unsourced_entries_say_why(gaz):
    place = gaz.get("somali_basin")
    assert place.lon is None
    assert place.source.startswith("no sourced coordinate")

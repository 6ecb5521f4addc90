from pathlib import Path

import pytest
from shapely import Point

from geo.gazetteer import DEFAULT_GAZETTEER, PRECISIONS, Gazetteer, Place, load_gazetteer, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("the Senkakus", "senkaku_islands"),
        ("Diaoyu Islands", "senkaku_islands"),
        ("Senkaku islands", "senkaku_islands"),
        ("Malacca Strait", "malacca"),
        ("Strait of Malacca", "malacca"),
        ("Straits of Malacca", "malacca"),
        ("U.S.", "united_states"),
        ("United States of America", "united_states"),
        ("PRC", "china"),
        ("Malé", "male"),
        ("Bosnia and Herzegovina", "bosnia_and_herzegovina"),
    ],
)
def test_lookup_ignores_case_accents_punctuation_and_the(gaz, name, place_id):
    place = gaz.lookup(name)
    assert place is not None
    assert place.id == place_id


def test_lookup_unknown_name_is_none(gaz):
    assert gaz.lookup("Atlantis Trench") is None


def test_name_key_strips_leading_the_only():
    assert name_key("The Hague") == name_key("Hague")
    assert name_key("Theodore") == "theodore"


def test_every_row_is_sourced_and_has_a_known_precision(gaz):
    for place in gaz:
        assert place.precision in PRECISIONS
        assert place.source


def test_rows_with_coordinates_are_inside_the_world(gaz):
    for place in gaz:
        if place.lon is not None:
            assert -180 <= place.lon <= 180
            assert -90 <= place.lat <= 90


def test_country_area_contains_its_point(gaz):
    india = gaz.get("india")
    area = gaz.area_of("india")
    assert area is not None
    assert area.contains(Point(india.lon, india.lat))


def test_surface_forms_hold_names_and_aliases(gaz):
    forms = gaz.surface_forms()
    assert "Diaoyutai" in forms
    assert "Senkaku Islands" in forms


def test_duplicate_id_is_refused():
    place = Place("x", "X", (), "point", 1.0, 2.0, None, "test")
    with pytest.raises(ValueError, match="duplicate"):
        Gazetteer([place, place])


def test_bad_precision_names_the_line(tmp_path: Path):
    bad = tmp_path / "g.csv"
    header = DEFAULT_GAZETTEER.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(f"{header}\nx,X,,village,1,2,,test,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_gazetteer(bad)


def test_zone_entries_draw_their_shipped_polygon(gaz):
    area = gaz.area_of("senkaku_territorial_sea")
    place = gaz.get("senkaku_territorial_sea")
    assert place.precision == "zone"
    assert area.contains(Point(place.lon, place.lat))


def test_layer_entries_cite_the_layer_source(gaz):
    assert "SOA" in gaz.get("uotsuri_shima").source
    assert "Natural Earth" in gaz.get("aksai_chin").source


@pytest.mark.parametrize(
    ("name", "place_id"),
    [("Diaoyutai", "senkaku_islands"), ("Minami-kojima", "minami_kojima"),
     ("Nan Xiaodao", "minami_kojima"), ("Kyaukpyu", "kyaukphyu"), ("LAC", "lac"),
     ("South Tibet", "arunachal_pradesh"), ("Galwan Valley", "galwan"),
     ("the Strait of Hormuz", "hormuz"), ("Indo-Pacific", "indo_pacific")],
)  # fmt: skip
def test_news_names_resolve(gaz, name, place_id):
    assert gaz.lookup(name).id == place_id


def test_region_entries_have_no_coordinates(gaz):
    place = gaz.get("indo_pacific")
    assert place.precision == "region"
    assert place.lon is None
    assert place.lat is None


def test_whole_layer_area_unions_lanes_and_separation_zone(gaz):
    corridor = gaz.area_of("irtc")
    assert corridor.contains(Point(49.0, 13.15))  # separation zone
    assert corridor.contains(Point(49.0, 13.2))  # westbound lane

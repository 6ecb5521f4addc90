"""Zone and distance filters on geometries written here, not on the shipped layers."""

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point, Polygon, box

from geo.gazetteer import Gazetteer, Place
from geo.zones import (
    Zone,
    area_standing,
    distance_targets,
    nearest_nm,
    place_standings,
    point_standing,
    reference_zones,
    slug,
)

# A square zone one degree wide on the equator, and a thin strip beside it.
SQUARE = Zone("square", "Square zone", box(10, 0, 11, 1))
STRIP = Zone("strip", "Strip zone", box(11, 0, 11.2, 1))
ZONES = {z.id: z for z in (SQUARE, STRIP)}


def layers(**frames):
    return {name: gpd.GeoDataFrame(rows, crs="EPSG:4326") for name, rows in frames.items()}


TARGETS = distance_targets(
    layers(
        chokepoints={"name": ["Strait of Test"], "geometry": [Point(10, 0)]},
        ports={"name": ["Port Alpha", "Malé"], "geometry": [Point(12, 0), Point(10, 1)]},
        sea_lanes={"name": ["lane"], "geometry": [LineString([(20, -5), (20, 5)])]},
    )
)


def test_targets_are_groups_then_features_by_slug():
    assert list(TARGETS) == [
        "chokepoints", "ports", "sea_lanes", "strait_of_test", "port_alpha", "male",
    ]  # fmt: skip


def test_point_inside_a_zone_and_on_its_edge():
    assert point_standing(10.5, 0.5, zones=ZONES, targets={}).zones == ("square",)
    # On the shared edge: both zones cover it.
    assert point_standing(11.0, 0.5, zones=ZONES, targets={}).zones == ("square", "strip")
    assert point_standing(13.0, 0.5, zones=ZONES, targets={}).zones == ()


def test_distances_are_geodesic_nautical_miles():
    # One degree of longitude on the equator is 60.1 nm on WGS84.
    standing = point_standing(11.0, 0.0, zones={}, targets=TARGETS)
    assert standing.nm["strait_of_test"] == pytest.approx(60.1, abs=0.1)
    assert standing.nm["port_alpha"] == pytest.approx(60.1, abs=0.1)
    assert standing.nm["ports"] == pytest.approx(60.1, abs=0.1)
    # The lane runs north-south at 20 E: 9 degrees away, measured to its nearest vertex.
    assert standing.nm["sea_lanes"] == pytest.approx(9 * 60.1, abs=0.6)


def test_nearest_vertex_of_a_long_line_is_found():
    lane = TARGETS["sea_lanes"]
    assert len(lane.lon) > 64  # densified, so candidates are picked first
    assert nearest_nm(lane, lon=20.5, lat=4.9) == pytest.approx(30.1, abs=0.6)


def test_an_area_is_inside_only_a_zone_that_holds_all_of_it():
    inner = box(10.2, 0.2, 10.4, 0.4)
    straddling = box(10.9, 0.2, 11.1, 0.4)  # overlaps both zones, lies in neither
    assert area_standing(inner, zones=ZONES).zones == ("square",)
    assert area_standing(straddling, zones=ZONES).zones == ()
    assert area_standing(SQUARE.shape, zones=ZONES).zones == ("square",)  # a zone is in itself


def test_an_area_has_no_distance_and_an_unknown_area_stands_nowhere():
    standing = area_standing(box(10.2, 0.2, 10.4, 0.4), zones=ZONES)
    assert standing.nm == {}
    assert standing.outline is not None
    assert area_standing(None, zones=ZONES).zones == ()


def test_gazetteer_zones_and_standings(tmp_path):
    zones_file = tmp_path / "layers" / "zones.geojson"
    zones_file.parent.mkdir()
    gpd.GeoDataFrame(
        {"name": ["Test zone"], "geometry": [Polygon([(0, 0), (2, 0), (2, 2), (0, 2)])]},
        crs="EPSG:4326",
    ).to_file(zones_file)
    gazetteer = Gazetteer(
        [
            Place("test_zone", "Test zone", (), "zone", 1.0, 1.0, None, "test",
                  area="layers/zones.geojson#Test zone"),
            Place("isle", "Isle", (), "feature", 1.5, 1.5, None, "test"),
            Place("far_isle", "Far isle", (), "feature", 5.0, 5.0, None, "test"),
            Place("label_sea", "Label sea", (), "sea", 1.0, 1.0, None, "test"),
            Place("nowhere", "Nowhere", (), "point", None, None, None, "test"),
        ],
        data_dir=tmp_path,
    )  # fmt: skip
    zones = reference_zones(gazetteer)
    assert list(zones) == ["test_zone"]
    standings = place_standings(gazetteer, zones=zones, targets={})
    assert standings["test_zone"].zones == ("test_zone",)
    assert standings["isle"].zones == ("test_zone",)
    assert standings["far_isle"].zones == ()
    # A sea known only by its label point lies in no zone, even with the point inside one.
    assert standings["label_sea"].zones == ()
    assert "nowhere" not in standings


def test_slug():
    assert slug("PLA Support Base, Djibouti") == "pla_support_base_djibouti"
    assert slug("Bab-el-Mandeb") == "bab_el_mandeb"

import json

import pytest
import shapely

from geo import DATA
from geo.adiz import published_points
from geo.geodesic import area_km2
from geo.layers import LAYERS, REQUIRED, layer_geojson, load_layers, read_layer


@pytest.fixture(scope="module")
def layers():
    return load_layers()


@pytest.mark.parametrize("name", list(LAYERS))
def test_layer_is_valid_sourced_and_in_bounds(layers, name):
    frame = layers[name]
    assert not frame.empty
    assert frame.crs.to_epsg() == 4326
    assert frame.is_valid.all()
    minx, miny, maxx, maxy = frame.total_bounds
    assert -180 <= minx <= maxx <= 180
    assert -90 <= miny <= maxy <= 90
    for column in REQUIRED:
        assert frame[column].map(lambda v: isinstance(v, str) and v != "").all()


@pytest.mark.parametrize("name", list(LAYERS))
def test_layer_metadata_is_complete(name):
    info = LAYERS[name]
    assert all([info.title, info.description, info.source, info.licence, info.accuracy])
    assert (DATA / info.file).is_file()


def test_read_layer_refuses_other_crs(tmp_path):
    path = tmp_path / "x.geojson"
    frame = load_layers()["flashpoints"].to_crs(3857)
    path.write_text(frame.to_json(), encoding="utf-8")
    with pytest.raises(ValueError, match="EPSG:4326"):
        read_layer(path)


def test_senkaku_buffer_areas_match_the_reference_within_one_percent(layers):
    waters = layers["senkaku_waters"].set_index("kind").geometry
    territorial = area_km2(waters["territorial sea (12 nm, approx.)"])
    ring = area_km2(waters["contiguous zone (12-24 nm, approx.)"])
    assert territorial == pytest.approx(4512, rel=0.01)
    assert ring == pytest.approx(10736, rel=0.01)
    assert territorial + ring == pytest.approx(15248, rel=0.01)


def test_senkaku_islands_keep_both_names(layers):
    names = set(layers["senkaku_islands"]["name"])
    assert "Uotsuri-shima / Diaoyu Dao" in names
    assert len(names) == 8


def test_adiz_outline_passes_through_the_six_published_points(layers):
    # Point 1 lies on the straight northern edge run west to the coast, so it need not be a
    # vertex; every published point must lie on the outline.
    outline = layers["adiz"].geometry.iloc[0].exterior
    for lon, lat in published_points():
        assert outline.distance(shapely.Point(lon, lat)) < 1e-4


def test_adiz_outer_vertices_are_the_published_points(layers):
    coords = {tuple(round(c, 4) for c in xy)
              for xy in shapely.get_coordinates(layers["adiz"].geometry.iloc[0])}  # fmt: skip
    for lon, lat in published_points()[1:]:
        assert (round(lon, 4), round(lat, 4)) in coords


def test_aksai_chin_is_administered_by_china_and_claimed_by_india(layers):
    zones = layers["border_zones"].set_index("name")
    aksai = zones.loc[zones.index.str.startswith("Aksai Chin")].iloc[0]
    assert (aksai["admin"], aksai["claimant"]) == ("China", "India")
    assert "阿克赛钦" in aksai.name


def test_arunachal_pradesh_is_administered_by_india_and_claimed_by_china(layers):
    zones = layers["border_zones"].set_index("name")
    arunachal = zones.loc[zones.index.str.startswith("Arunachal Pradesh")].iloc[0]
    assert (arunachal["admin"], arunachal["claimant"]) == ("India", "China")


def test_sea_lane_counts_are_positive_integers(layers):
    counts = layers["sea_lanes"]["count"]
    assert (counts > 0).all()
    assert counts.max() > counts.min()


def test_chokepoint_widths_only_where_sourced(layers):
    widths = layers["chokepoints"].set_index("name")["width"].fillna("")
    assert "21 nmi" in widths["Strait of Hormuz"]
    assert widths["Cape of Good Hope"] == ""


def test_layer_geojson_rounds_coordinates(layers):
    text = layer_geojson(layers["flashpoints"])
    coords = [f["geometry"]["coordinates"] for f in json.loads(text)["features"]]
    assert all(len(str(c).split(".")[-1]) <= 5 for xy in coords for c in xy)


def test_shipped_layers_stay_small():
    total = sum((DATA / info.file).stat().st_size for info in LAYERS.values())
    assert total < 300_000

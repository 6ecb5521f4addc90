import pytest

from geo.context import PlaceContext, context_of_point
from geo.layers import load_layers


@pytest.fixture(scope="module")
def layers():
    return load_layers()


def test_point_near_kuba_shima_is_in_territorial_sea_and_adiz(layers):
    got = context_of_point(layers, lon=123.6, lat=25.9)
    assert "Senkaku territorial sea (12 nm, approx.)" in got.zones
    assert "China's East China Sea ADIZ" in got.zones


def test_point_20_nm_off_the_islands_is_in_the_contiguous_zone(layers):
    got = context_of_point(layers, lon=123.47, lat=26.05)
    assert got.zones[0] == "Senkaku contiguous zone (12-24 nm, approx.)"


def test_point_in_aksai_chin(layers):
    got = context_of_point(layers, lon=79.2, lat=35.0)
    assert got.zones == ("Aksai Chin / 阿克赛钦",)


def test_nearest_chokepoint_and_lane_off_sumatra(layers):
    got = context_of_point(layers, lon=98.0, lat=5.5)
    assert got.chokepoint == "Strait of Malacca"
    assert 150 < got.chokepoint_nm < 200
    assert got.sea_lane_nm < 30


def test_without_layers_context_is_empty():
    assert context_of_point({}, lon=0.0, lat=0.0) == PlaceContext((), None, None, None, None)


def test_bad_coordinates_are_refused(layers):
    with pytest.raises(ValueError, match="longitude"):
        context_of_point(layers, lon=200.0, lat=0.0)

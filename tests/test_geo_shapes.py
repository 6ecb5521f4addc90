import geopandas as gpd
import shapely
from shapely.geometry import LineString, Point, Polygon

from geo.shapes import LINE, POINT, POLYGON, hover_text, layer_shapes, shapes_of

SQUARE_CCW = Polygon([(120, 25), (121, 25), (121, 26), (120, 26)])


def test_points_share_a_shape_and_lines_get_one_each():
    lines = [LineString([(60, 10), (70, 12)]), LineString([(70, 12), (75, 8)])]
    shapes = shapes_of([Point(123.4733, 25.7433), SQUARE_CCW, *lines], ["a", "b", "c", "d"])
    assert [s.family for s in shapes] == [POINT, POLYGON, LINE, LINE]
    assert shapes[0].lon == (123.473,)
    assert shapes[2].lon == (60.0, 70.0, None)
    assert shapes[2].text == ("c",)
    assert shapes[1].lon[-1] is None


def test_rings_are_clockwise_for_plotly_fills():
    (polygon,) = shapes_of([SQUARE_CCW], ["x"])
    ring = shapely.LinearRing(list(zip(polygon.lon[:-1], polygon.lat[:-1], strict=True)))
    assert not ring.is_ccw


def test_hover_text_escapes_and_names_source():
    text = hover_text({"name": "Aksai <Chin>", "kind": "disputed", "source": "NE",
                       "status": "administered by China, claimed by India",
                       "width": float("nan"), "area_km2": 4531.9})  # fmt: skip
    assert "Aksai &lt;Chin&gt;" in text
    assert "<br>administered by China, claimed by India<br>area (km²): 4,531.9" in text
    assert "width" not in text
    assert text.endswith("source: NE")


def test_sea_lane_weight_is_share_of_busiest_edge():
    layer = gpd.GeoDataFrame(
        {
            "name": ["a", "b"],
            "kind": ["sea-lane"] * 2,
            "source": ["searoute"] * 2,
            "count": [84, 21],
        },
        geometry=[LineString([(60, 10), (70, 12)]), LineString([(70, 12), (75, 8)])],
        crs="EPSG:4326",
    )
    assert [s.weight for s in layer_shapes(layer, title="Sea-lanes").shapes] == [1.0, 0.25]


def test_layer_shapes_keeps_names_for_labels():
    layer = gpd.GeoDataFrame(
        {"name": ["Kuba-shima / Huangwei Yu"], "kind": ["island"], "source": ["SOA 2012"]},
        geometry=[Point(123.6817, 25.9233)],
        crs="EPSG:4326",
    )
    shown = layer_shapes(layer, title="Senkaku Islands")
    assert shown.shapes[0].names == ("Kuba-shima / Huangwei Yu",)

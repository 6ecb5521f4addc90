import geopandas as gpd
import shapely
from shapely.geometry import LineString, Point, Polygon

from components.shapes import LINE, POINT, POLYGON, hover_text, layer_shapes, shapes_of

SQUARE_CCW = Polygon([(120, 25), (121, 25), (121, 26), (120, 26)])


def test_families_are_split_and_parts_broken_by_none():
    shapes = shapes_of(
        [Point(123.4733, 25.7433), SQUARE_CCW, LineString([(60, 10), (70, 12)])], ["a", "b", "c"]
    )
    by_family = {s.family: s for s in shapes}
    assert by_family[POINT].lon == (123.473,)
    assert by_family[LINE].lon == (60.0, 70.0, None)
    assert by_family[POLYGON].lon[-1] is None
    assert len(by_family[POLYGON].text) == len(by_family[POLYGON].lon)


def test_rings_are_clockwise_for_plotly_fills():
    (polygon,) = shapes_of([SQUARE_CCW], ["x"])
    ring = shapely.LinearRing(list(zip(polygon.lon[:-1], polygon.lat[:-1], strict=True)))
    assert not ring.is_ccw


def test_hover_text_escapes_and_names_source():
    text = hover_text({"name": "Aksai <Chin>", "kind": "disputed", "source": "NE", "admin": "China",
                       "claimant": "India", "width": float("nan")})  # fmt: skip
    assert "Aksai &lt;Chin&gt;" in text
    assert "administered by: China<br>claimed by: India" in text
    assert "width" not in text
    assert text.endswith("source: NE")


def test_layer_shapes_keeps_names_for_labels():
    layer = gpd.GeoDataFrame(
        {"name": ["Kuba-shima / Huangwei Yu"], "kind": ["island"], "source": ["SOA 2012"]},
        geometry=[Point(123.6817, 25.9233)],
        crs="EPSG:4326",
    )
    shown = layer_shapes(layer, title="Senkaku Islands")
    assert shown.shapes[0].names == ("Kuba-shima / Huangwei Yu",)

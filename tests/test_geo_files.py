import geopandas as gpd
import pytest
import shapely

from geo import DATA
from geo.files import read_geojson, read_topojson

SHIPPED_GEOJSON = sorted(DATA.glob("*/*.geojson"))


@pytest.mark.parametrize("path", SHIPPED_GEOJSON, ids=lambda p: p.name)
def test_geojson_reads_as_gdal_does(path):
    ours, gdal = read_geojson(path), gpd.read_file(path)
    assert list(ours.columns) == list(gdal.columns)
    assert ours.crs == gdal.crs
    assert shapely.equals_exact(ours.geometry.values, gdal.geometry.values, 0).all()
    assert (
        ours.drop(columns="geometry").astype(str).equals(gdal.drop(columns="geometry").astype(str))
    )


@pytest.mark.parametrize("layer", ["countries", "land"])
def test_topojson_decodes_every_arc_as_gdal_does(layer):
    path = DATA / "naturalearth" / f"{layer}-50m.json"
    ours, gdal = read_topojson(path, layer), gpd.read_file(path, layer=layer)
    assert len(ours) == len(gdal)
    assert shapely.equals_exact(ours.geometry.values, gdal.geometry.values, 1e-9).all()
    if layer == "countries":
        assert ours["name"].tolist() == gdal["name"].tolist()


def test_topojson_without_quantisation_joins_and_reverses_arcs(tmp_path):
    path = tmp_path / "t.json"
    # A square from two arcs, the second one walked backwards.
    path.write_text(
        '{"type": "Topology", "arcs": [[[0, 0], [1, 0], [1, 1]], [[0, 0], [0, 1], [1, 1]]],'
        ' "objects": {"o": {"type": "GeometryCollection", "geometries": ['
        '{"type": "Polygon", "arcs": [[0, -2]], "properties": {"name": "sq"}, "id": 7}]}}}',
        encoding="utf-8",
    )
    frame = read_topojson(path, "o")
    assert frame.loc[0, "name"] == "sq" and frame.loc[0, "id"] == 7
    assert frame.geometry[0].equals(shapely.box(0, 0, 1, 1))
    assert list(frame.geometry[0].exterior.coords) == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]


def test_geojson_naming_another_crs_is_refused(tmp_path):
    path = tmp_path / "x.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": [], "crs": {"type": "name",'
        ' "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}}',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="EPSG::3857"):
        read_geojson(path)

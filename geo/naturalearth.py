"""Natural Earth data shipped under data/naturalearth/, read as GeoDataFrames in EPSG:4326."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

from geo import DATA
from geo.files import read_geojson, read_topojson

NE_DIR = DATA / "naturalearth"
COUNTRIES = NE_DIR / "countries-50m.json"
WORLD_ATLAS = "Natural Earth 1:50m countries (npm world-atlas 2.0.2)"


def countries(path: Path = COUNTRIES) -> gpd.GeoDataFrame:
    """Return Natural Earth 1:50m countries (name, geometry) from world-atlas TopoJSON."""
    return read_topojson(path, "countries")[["name", "geometry"]]


LAND = NE_DIR / "land-50m.json"


def land(path: Path = LAND) -> gpd.GeoDataFrame:
    """Return Natural Earth 1:50m land polygons from world-atlas TopoJSON."""
    return read_topojson(path, "land")[["geometry"]]


MARINE = NE_DIR / "ne_110m_marine_polys_subset.geojson"
PLACES = NE_DIR / "ne_110m_populated_places_subset.geojson"


def marine_polys(path: Path = MARINE) -> gpd.GeoDataFrame:
    """Return the shipped Natural Earth 1:110m sea polygons (name, source, geometry)."""
    return read_geojson(path)[["name", "source", "geometry"]]


def populated_places(path: Path = PLACES) -> gpd.GeoDataFrame:
    """Return the shipped Natural Earth 1:110m populated places (name, source, geometry)."""
    return read_geojson(path)[["name", "source", "geometry"]]

"""China's East China Sea Air Defence Identification Zone (23 November 2013)."""

from __future__ import annotations

import geopandas as gpd
import shapely
from shapely.geometry import Polygon

from geo.naturalearth import land

# The six published points (lat deg, lat min, lon deg, lon min), PRC Ministry of National
# Defense via Xinhua, 2013-11-23, as listed in COORDINATES.md 3.2.
PUBLISHED = (
    (33, 11, 121, 47),
    (33, 11, 125, 0),
    (31, 0, 128, 20),
    (25, 38, 125, 0),
    (24, 45, 123, 0),
    (26, 44, 120, 58),
)
# The zone's western edge is China's territorial-sea line, which has no published points. We
# run the outline west over the mainland along the first and last points' latitudes to this
# meridian, then cut away Natural Earth land, so the edge follows China's coast instead.
_INLAND_LON = 117.0
SOURCE = "PRC MND via Xinhua 2013-11-23 (COORDINATES.md 3.2); coast: Natural Earth 1:50m land"


def published_points() -> list[tuple[float, float]]:
    """Return the six published points as (lon, lat) in decimal degrees."""
    return [(lon_d + lon_m / 60, lat_d + lat_m / 60) for lat_d, lat_m, lon_d, lon_m in PUBLISHED]


def adiz(land_polygons: gpd.GeoDataFrame | None = None) -> gpd.GeoDataFrame:
    """Return the ADIZ as one polygon: the six points, closed along China's coast."""
    points = published_points()
    (_, first_lat), (_, last_lat) = points[0], points[-1]
    outline = Polygon([*points, (_INLAND_LON, last_lat), (_INLAND_LON, first_lat)])
    near = (land() if land_polygons is None else land_polygons).clip(outline.bounds)
    # world-atlas land has a few self-touching rings (Antarctica); clipped and repaired
    # they are enough to cut the coast.
    sea = outline.difference(shapely.union_all(shapely.make_valid(near.geometry.values)))
    # Lakes and rivers left inside the mainland are not part of the zone: keep the sea part.
    zone = max(shapely.get_parts(sea), key=lambda part: part.area)
    row = {
        "name": "China's East China Sea ADIZ",
        "kind": "ADIZ",
        "source": SOURCE,
        "declared": "2013-11-23",
        "western_edge": "China's coast (Natural Earth 1:50m), standing in for its "
        "territorial-sea line",
    }
    return gpd.GeoDataFrame([row], geometry=[zone], crs="EPSG:4326")

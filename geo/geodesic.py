"""Geodesic measures on WGS84: buffers, areas, distances, and the point a bearing reaches."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

NM = 1852.0
GEOD = Geod(ellps="WGS84")
WGS84 = CRS.from_epsg(4326)
# Straight lon/lat segments are split this finely (degrees) before projecting, so that a
# segment's curve in the local projection is followed closely.
_SEGMENT_DEG = 0.05


def _aeqd(lon: float, lat: float) -> CRS:
    """Return an azimuthal-equidistant CRS centred on a point: true distances from it."""
    return CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")


def buffer_nm(points: Iterable[Point], *, nm: float, quad_segs: int = 64) -> BaseGeometry:
    """Return the union of geodesic circles of `nm` nautical miles around lon/lat points."""
    circles = []
    for point in points:
        local = _aeqd(point.x, point.y)
        circle = Point(0, 0).buffer(nm * NM, quad_segs=quad_segs)
        # Centred on the point, the circle's radius in metres is a true geodesic distance.
        circles.append(_reproject(circle, local, WGS84))
    return shapely.union_all(circles)


def area_km2(shape: BaseGeometry) -> float:
    """Return the ellipsoidal area of a lon/lat shape in square kilometres."""
    return abs(GEOD.geometry_area_perimeter(shape)[0]) / 1e6


def distance_nm(shape: BaseGeometry, *, lon: float, lat: float) -> float:
    """Return the geodesic distance in nautical miles from a lon/lat point to a shape."""
    if shape.contains(Point(lon, lat)):
        return 0.0
    local = _aeqd(lon, lat)
    projected = _reproject(shapely.segmentize(shape, _SEGMENT_DEG), WGS84, local)
    # The nearest point in the local projection, measured again on the ellipsoid.
    near = shapely.shortest_line(projected, Point(0, 0)).coords[0]
    near_lon, near_lat = _reproject(Point(near), local, WGS84).coords[0]
    return GEOD.inv(lon, lat, near_lon, near_lat)[2] / NM


def distance_km(lon: float, lat: float, lon2: float, lat2: float) -> float:
    """Return the geodesic distance in kilometres between two lon/lat points."""
    return GEOD.inv(lon, lat, lon2, lat2)[2] / 1000


def point_at(lon: float, lat: float, *, azimuth: float, km: float) -> tuple[float, float]:
    """Return the lon/lat reached going `km` kilometres from a point on a bearing (degrees)."""
    to_lon, to_lat, _ = GEOD.fwd(lon, lat, azimuth, km * 1000)
    return float(to_lon), float(to_lat)


def _reproject(shape: BaseGeometry, source: CRS, target: CRS) -> BaseGeometry:
    """Return a shape with its coordinates transformed from one CRS to another."""
    move = Transformer.from_crs(source, target, always_xy=True).transform
    return shapely.transform(shape, lambda xy: numpy.column_stack(move(xy[:, 0], xy[:, 1])))

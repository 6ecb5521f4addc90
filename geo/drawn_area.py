"""An area drawn on the map (a box or a lasso) as a filter: its link text and what lies inside.

The link holds a polygon, not a bounding box: a lasso drawn round a coast or a strait would take
in facts far from it if widened to its box, and a box is simply a polygon of four corners. Its
vertices are written as ``lon_lat_lon_lat...`` (underscores survive a URL unescaped), rounded to
0.01 degree (about 1 km, finer than most places are located) after the lasso is simplified to
at most `MAX_VERTICES` corners, so that a link stays a few hundred characters long.

Inside means inside on the map as drawn: Plotly draws the lasso's straight edges in the Mercator
projection, so points are tested in Mercator coordinates, where those edges are straight. Maps
here do not cross the antimeridian, and neither may a drawn area.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

DIGITS = 2
MAX_VERTICES = 24
SEPARATOR = "_"
MAX_LAT = 85.0  # Mercator cannot show the poles
# Simplification tolerances tried in turn, as shares of the area's larger extent.
_TOLERANCES = (0.0, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16)


def area_text(lon: Sequence[float], lat: Sequence[float]) -> str:
    """Return the link text of a drawn outline: simplified, rounded, ``lon_lat_...``.

    Returns "" when the outline does not enclose an area (fewer than three distinct corners).
    """
    corners = _simplified(list(zip(lon, lat, strict=True)))
    rounded = list(dict.fromkeys((round(x, DIGITS), round(y, DIGITS)) for x, y in corners))
    if len(rounded) < 3 or Polygon(rounded).area == 0:
        return ""
    return SEPARATOR.join(f"{v:g}" for xy in rounded for v in xy)


def parse_area(text: str) -> BaseGeometry | None:
    """Return the polygon a link's area text stands for, or None if it is not a valid one."""
    try:
        values = [float(v) for v in text.split(SEPARATOR)]
    except ValueError:
        return None
    if len(values) < 6 or len(values) % 2 or not all(math.isfinite(v) for v in values):
        return None
    corners = list(zip(values[::2], values[1::2], strict=True))
    if not all(-180 <= x <= 180 and -MAX_LAT <= y <= MAX_LAT for x, y in corners):
        return None
    # A lasso may cross itself: its area is then every loop the ring encloses.
    polygon = Polygon(corners)
    area = polygon if polygon.is_valid else _repaired(polygon)
    return area if area is not None and area.area > 0 else None


def points_inside(area: BaseGeometry, lon: Sequence[float], lat: Sequence[float]) -> np.ndarray:
    """Return, for each lon/lat point, whether it lies inside the drawn area (on the map)."""
    drawn = mercator(area)
    x, y = _mercator_xy(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    return shapely.contains_xy(drawn, x, y) | shapely.intersects_xy(drawn.boundary, x, y)


def outline_inside(area: BaseGeometry, outline: BaseGeometry) -> bool:
    """Return whether a whole outline (an area place) lies inside the drawn area (on the map)."""
    return bool(mercator(area).covers(mercator(outline)))


def mercator(shape: BaseGeometry) -> BaseGeometry:
    """Return a lon/lat shape in spherical Mercator units (radians), as Plotly's map draws it."""
    return shapely.transform(shape, lambda xy: np.column_stack(_mercator_xy(xy[:, 0], xy[:, 1])))


def _mercator_xy(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return spherical Mercator x and y of lon/lat arrays."""
    clipped = np.radians(np.clip(lat, -MAX_LAT, MAX_LAT))
    return np.radians(lon), np.log(np.tan(np.pi / 4 + clipped / 2))


def _simplified(corners: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the outline with at most MAX_VERTICES corners, simplified as little as needed."""
    if len(corners) < 3:
        return corners
    ring = Polygon(corners)
    extent = max(ring.bounds[2] - ring.bounds[0], ring.bounds[3] - ring.bounds[1], 1e-9)
    for share in _TOLERANCES:
        simple = shapely.simplify(ring, share * extent, preserve_topology=False)
        coords = list(simple.exterior.coords)[:-1] if isinstance(simple, Polygon) else []
        if 3 <= len(coords) <= MAX_VERTICES:
            return coords
    hull = ring.convex_hull
    return list(hull.exterior.coords)[:-1] if isinstance(hull, Polygon) else corners


def _repaired(polygon: Polygon) -> BaseGeometry | None:
    """Return the loops of a self-crossing ring as one valid (multi)polygon, or None."""
    valid = shapely.make_valid(polygon)
    parts = [p for p in getattr(valid, "geoms", [valid]) if p.area > 0]
    return shapely.union_all(parts) if parts else None

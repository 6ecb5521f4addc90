"""Display-ready geometry: simplified, rounded lon/lat lists that a Plotly geo trace draws."""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

POINT, LINE, POLYGON = "point", "line", "polygon"
# About 1 km: finer than a screen pixel in the regional views, and it keeps the payload small.
TOLERANCE_DEG = 0.01
DIGITS = 3
# Feature properties worth a line in the hover text, with their labels ("" = value alone).
DETAILS = {
    "position": "position",
    "status": "",
    "area_km2": "area (km²)",
    "width": "width",
    "country": "country",
    "operator": "operator",
    "event": "event",
    "declared": "declared",
    "note": "note",
}
WRAP = 70
# Features too small and too close to others to carry a text label (hover still names them).
UNLABELLED_KINDS = ("rock",)


@dataclass(frozen=True)
class Shapes:
    """Geometry of one family as lon/lat lists, None between parts, with hover text.

    Points: all of a layer's points, one text and name per point. Lines and polygons: one
    feature, its text and name once (a text per vertex would repeat it hundreds of times).
    """

    family: str
    lon: tuple[float | None, ...]
    lat: tuple[float | None, ...]
    text: tuple[str, ...]
    names: tuple[str, ...] = ()
    weight: float | None = None


@dataclass(frozen=True)
class LayerShapes:
    """A reference layer ready to draw: its title and its shapes."""

    title: str
    shapes: tuple[Shapes, ...]


def layer_shapes(
    layer: gpd.GeoDataFrame, *, title: str, tolerance: float = TOLERANCE_DEG
) -> LayerShapes:
    """Return a layer's shapes, simplified, with hover text; `count` sets line weights."""
    rows = layer.drop(columns=layer.geometry.name).to_dict("records")
    counts = layer["count"] if "count" in layer.columns else None
    weights = list(counts / counts.max()) if counts is not None and counts.max() > 0 else ()
    shapes = shapes_of(
        layer.geometry,
        [hover_text(row) for row in rows],
        names=[
            "" if kind in UNLABELLED_KINDS else str(name)
            for name, kind in zip(layer["name"], layer["kind"], strict=True)
        ],
        weights=weights,
        tolerance=tolerance,
    )
    return LayerShapes(title, tuple(shapes))


def shapes_of(
    geometries: Iterable[BaseGeometry | None],
    texts: Iterable[str],
    *,
    names: Iterable[str] = (),
    weights: Sequence[float] = (),
    tolerance: float = TOLERANCE_DEG,
) -> list[Shapes]:
    """Return the points of all features as one Shapes, then one Shapes per line or polygon."""
    geometries, texts = list(geometries), list(texts)
    labels = list(names) or [""] * len(geometries)
    sizes = list(weights) or [None] * len(geometries)
    points: list[tuple[float, float, str, str]] = []
    others: list[Shapes] = []
    for geometry, text, name, weight in zip(geometries, texts, labels, sizes, strict=True):
        if geometry is None or geometry.is_empty:
            continue
        family = _family(geometry)
        if family == POINT:
            xy = shapely.get_coordinates(geometry).round(DIGITS).tolist()
            points += [(x, y, text, name) for x, y in xy]
            continue
        lon: list[float | None] = []
        lat: list[float | None] = []
        for part in _parts_of(geometry.simplify(tolerance), family):
            x, y = shapely.get_coordinates(part).round(DIGITS).T.tolist()
            # None after each part, so that Plotly does not join it to the next one.
            lon += [*x, None]
            lat += [*y, None]
        others.append(Shapes(family, tuple(lon), tuple(lat), (text,), (name,), weight))
    if not points:
        return others
    x, y, text, name = (tuple(column) for column in zip(*points, strict=True))
    return [Shapes(POINT, x, y, text, name), *others]


def _family(geometry: BaseGeometry) -> str:
    """Return point, line or polygon for any (multi-)geometry."""
    kind = geometry.geom_type
    if kind.endswith("Point"):
        return POINT
    return POLYGON if kind.endswith("Polygon") else LINE


def _parts_of(geometry: BaseGeometry, family: str) -> list[BaseGeometry]:
    """Return the single parts to draw: lines, or clockwise polygon rings."""
    parts = list(shapely.get_parts(geometry))
    if family != POLYGON:
        return parts
    # Plotly fills on the sphere (d3-geo): a counter-clockwise ring means "all the world but
    # this", so every ring is drawn clockwise; a hole then shows as a darker inner outline.
    rings = [ring for polygon in parts for ring in (polygon.exterior, *polygon.interiors)]
    return [orient(Polygon(ring), sign=-1.0).exterior for ring in rings]


def hover_text(properties: dict) -> str:
    """Return a feature's hover text: name, kind, details and source, HTML-escaped."""
    lines = [f"<b>{_clean(properties.get('name'))}</b>", _clean(properties.get("kind"))]
    for key, label in DETAILS.items():
        value = properties.get(key)
        if _present(value):
            lines.append(f"{label}: {_clean(value)}" if label else _clean(value))
    lines.append(f"source: {_clean(properties.get('source'))}")
    return "<br>".join(line for line in lines if line)


def _present(value: object) -> bool:
    """Tell whether a property holds a value (not None, NaN or empty)."""
    return not (value is None or value == "" or (isinstance(value, float) and math.isnan(value)))


def _clean(value: object) -> str:
    """Return a property as escaped text for Plotly's hover labels, wrapped to WRAP columns."""
    if not _present(value):
        return ""
    text = f"{value:,}" if isinstance(value, float) else str(value)
    return "<br>".join(html.escape(line) for line in _lines(text))


def _lines(text: str) -> list[str]:
    """Return text broken at spaces into lines of about WRAP characters."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= WRAP:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    return [*lines, line]

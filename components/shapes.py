"""Display-ready geometry: simplified, rounded lon/lat lists that a Plotly geo trace draws."""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
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
# Feature properties worth a line in the hover text, with their labels.
DETAILS = {
    "admin": "administered by",
    "claimant": "claimed by",
    "width": "width",
    "count": "routes using this edge",
    "accuracy": "accuracy",
}


@dataclass(frozen=True)
class Shapes:
    """The features of one geometry family as lon/lat lists; None breaks between parts."""

    family: str
    lon: tuple[float | None, ...]
    lat: tuple[float | None, ...]
    text: tuple[str | None, ...]
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class LayerShapes:
    """A reference layer ready to draw: its title and its shapes per geometry family."""

    title: str
    shapes: tuple[Shapes, ...]


def layer_shapes(
    layer: gpd.GeoDataFrame, *, title: str, tolerance: float = TOLERANCE_DEG
) -> LayerShapes:
    """Return a layer's points, lines and polygon outlines, simplified and with hover text."""
    hover = [hover_text(row) for row in layer.drop(columns=layer.geometry.name).to_dict("records")]
    names = [str(n) for n in layer["name"]]
    return LayerShapes(
        title, tuple(shapes_of(layer.geometry, hover, names=names, tolerance=tolerance))
    )


def shapes_of(
    geometries: Iterable[BaseGeometry | None],
    texts: Iterable[str],
    *,
    names: Iterable[str] = (),
    tolerance: float = TOLERANCE_DEG,
) -> list[Shapes]:
    """Return geometries as one Shapes per family present, each vertex carrying its text."""
    geometries, texts = list(geometries), list(texts)
    labels = list(names) or [""] * len(geometries)
    parts: dict[str, tuple[list, list, list, list]] = {}
    for geometry, text, name in zip(geometries, texts, labels, strict=True):
        if geometry is None or geometry.is_empty:
            continue
        family = _family(geometry)
        lon, lat, tip, named = parts.setdefault(family, ([], [], [], []))
        for part in _parts_of(geometry.simplify(tolerance), family):
            x, y = shapely.get_coordinates(part).round(DIGITS).T.tolist()
            # Lines and rings end with None so Plotly does not join them to the next part.
            gap = [] if family == POINT else [None]
            lon += [*x, *gap]
            lat += [*y, *gap]
            tip += [text] * (len(x) + len(gap))
            named += [name] * len(x) if family == POINT else []
    return [
        Shapes(family, tuple(lon), tuple(lat), tuple(tip), tuple(named))
        for family, (lon, lat, tip, named) in parts.items()
    ]


def _family(geometry: BaseGeometry) -> str:
    """Return point, line or polygon for any (multi-)geometry."""
    kind = geometry.geom_type
    if kind.endswith("Point"):
        return POINT
    return POLYGON if kind.endswith("Polygon") else LINE


def _parts_of(geometry: BaseGeometry, family: str) -> list[BaseGeometry]:
    """Return the single parts to draw: points, lines, or clockwise polygon rings."""
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
            lines.append(f"{label}: {_clean(value)}")
    lines.append(f"source: {_clean(properties.get('source'))}")
    return "<br>".join(line for line in lines if line)


def _present(value: object) -> bool:
    """Tell whether a property holds a value (not None, NaN or empty)."""
    return not (value is None or value == "" or (isinstance(value, float) and math.isnan(value)))


def _clean(value: object) -> str:
    """Return a property as escaped text for Plotly's hover labels."""
    return html.escape(str(value)) if _present(value) else ""

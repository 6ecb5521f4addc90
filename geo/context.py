"""Spatial context of a place: the zones containing it, the nearest chokepoint and sea-lane."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import Point

from geo.geodesic import GEOD, NM, distance_nm

ZONE_LAYERS = ("senkaku_waters", "adiz", "anti_piracy", "border_zones")
# Planar nearness only picks candidates; the few nearest are then measured on the ellipsoid.
_CANDIDATES = 5


@dataclass(frozen=True)
class PlaceContext:
    """Where a place stands: zones containing it, nearest chokepoint and sea-lane (nm)."""

    zones: tuple[str, ...]
    chokepoint: str | None
    chokepoint_nm: float | None
    sea_lane: str | None
    sea_lane_nm: float | None


def context_of_point(
    layers: dict[str, gpd.GeoDataFrame], *, lon: float, lat: float
) -> PlaceContext:
    """Return the context of a lon/lat point from the layers present in `layers`."""
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        msg = f"not a longitude/latitude: ({lon}, {lat})"
        raise ValueError(msg)
    point = Point(lon, lat)
    zones = tuple(
        name
        for layer in ZONE_LAYERS
        if layer in layers
        for name in layers[layer].loc[layers[layer].contains(point), "name"]
    )
    chokepoint, chokepoint_nm = _nearest_point(layers.get("chokepoints"), lon=lon, lat=lat)
    sea_lane, sea_lane_nm = _nearest_line(layers.get("sea_lanes"), lon=lon, lat=lat)
    return PlaceContext(zones, chokepoint, chokepoint_nm, sea_lane, sea_lane_nm)


def _nearest_point(
    points: gpd.GeoDataFrame | None, *, lon: float, lat: float
) -> tuple[str | None, float | None]:
    """Return the name of the geodesically nearest point feature and its distance in nm."""
    if points is None or points.empty:
        return None, None
    count = len(points)
    _, _, metres = GEOD.inv([lon] * count, [lat] * count, points.geometry.x, points.geometry.y)
    best = min(range(count), key=lambda i: metres[i])
    return points["name"].iloc[best], round(float(metres[best]) / NM, 1)


def _nearest_line(
    lines: gpd.GeoDataFrame | None, *, lon: float, lat: float
) -> tuple[str | None, float | None]:
    """Return the name of the geodesically nearest line feature and its distance in nm."""
    if lines is None or lines.empty:
        return None, None
    planar = pd.Series(shapely.distance(lines.geometry.values, Point(lon, lat)), lines.index)
    planar = planar.sort_values()
    measured = {
        i: distance_nm(lines.geometry.loc[i], lon=lon, lat=lat) for i in planar.index[:_CANDIDATES]
    }
    best = min(measured, key=measured.__getitem__)
    return lines["name"].loc[best], round(float(measured[best]), 1)

"""The shipped GeoJSON and TopoJSON files, read as GeoDataFrames in EPSG:4326 with shapely alone.

geopandas' `read_file` goes through GDAL, whose libraries cost every dashboard process about 38
MB of memory to read files of a few hundred kB; these files are plain JSON: GeoJSON (RFC 7946,
whose coordinates are WGS84 longitude/latitude by definition) and TopoJSON (world-atlas).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np

WGS84 = "EPSG:4326"
# Names a pre-RFC 7946 `crs` member may give WGS84 longitude/latitude by.
_WGS84_NAMES = {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::4326", "EPSG:4326"}


def read_geojson(path: Path) -> gpd.GeoDataFrame:
    """Return a GeoJSON feature collection; ValueError if it names a CRS other than WGS84."""
    data = json.loads(path.read_text(encoding="utf-8"))
    named = (data.get("crs") or {}).get("properties", {}).get("name")
    if named is not None and named not in _WGS84_NAMES:
        msg = f"{path.name}: expected {WGS84} (RFC 7946 longitude/latitude), found {named}"
        raise ValueError(msg)
    return _geometry_last(gpd.GeoDataFrame.from_features(data["features"], crs=WGS84))


def read_topojson(path: Path, layer: str) -> gpd.GeoDataFrame:
    """Return one object of a TopoJSON topology, one row per geometry with its properties and id."""
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    found = topology["objects"][layer]
    members = found["geometries"] if found["type"] == "GeometryCollection" else [found]
    features = [
        {
            "type": "Feature",
            "properties": {**member.get("properties", {}), **_id(member)},
            "geometry": _geometry(member, arcs),
        }
        for member in members
    ]
    return _geometry_last(gpd.GeoDataFrame.from_features(features, crs=WGS84))


def _geometry_last(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the frame with its properties in file order and the geometry column last."""
    return frame[[*(c for c in frame.columns if c != "geometry"), "geometry"]]


def _id(member: dict[str, Any]) -> dict[str, Any]:
    """Return a geometry's TopoJSON id as a property, or nothing when it has none."""
    return {"id": member["id"]} if "id" in member else {}


def _arcs(topology: dict[str, Any]) -> list[np.ndarray]:
    """Return the topology's arcs as absolute lon/lat arrays (undoing quantisation if any)."""
    transform = topology.get("transform")
    if transform is None:
        return [np.asarray(arc, dtype=float) for arc in topology["arcs"]]
    scale, translate = np.asarray(transform["scale"]), np.asarray(transform["translate"])
    return [np.cumsum(np.asarray(arc, dtype=float), axis=0) * scale + translate
            for arc in topology["arcs"]]  # fmt: skip


def _ring(indices: list[int], arcs: list[np.ndarray]) -> list[list[float]]:
    """Return the positions of a ring joined from arcs; a negative index ~i is arc i reversed."""
    points: list[list[float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Each arc after the first starts where the previous one ended.
        points.extend(arc[1:].tolist() if points else arc.tolist())
    return points


def _geometry(member: dict[str, Any], arcs: list[np.ndarray]) -> dict[str, Any] | None:
    """Return one TopoJSON geometry as a GeoJSON geometry (polygons and lines; None if null)."""
    kind = member.get("type")
    if kind == "Polygon":
        coordinates: Any = [_ring(ring, arcs) for ring in member["arcs"]]
    elif kind == "MultiPolygon":
        coordinates = [[_ring(ring, arcs) for ring in polygon] for polygon in member["arcs"]]
    elif kind == "LineString":
        coordinates = _ring(member["arcs"], arcs)
    elif kind == "MultiLineString":
        coordinates = [_ring(line, arcs) for line in member["arcs"]]
    elif kind is None:
        return None
    else:
        msg = f"TopoJSON geometry type {kind} is not read here"
        raise ValueError(msg)
    return {"type": kind, "coordinates": coordinates}

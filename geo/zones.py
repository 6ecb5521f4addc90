"""Where places stand against the reference zones and the distance targets, for filtering facts.

Zones are the gazetteer's zone entries whose outline ships as a reference layer (Senkaku
territorial sea and contiguous zone, China's East China Sea ADIZ, the Gulf of Aden transit
corridor, the India-China disputed areas); their ids are their gazetteer ids. Targets are each
chokepoint and port (id: the slug of its name) and three groups: every chokepoint, every port or
base, and the modelled sea-lanes (one target: their edges carry no names).

How a place counts, so that no fact is claimed to be somewhere its text does not put it:

- A point place (a point or a named feature such as an island or a port) is inside a zone when
  the zone covers its point, and its distance to a target is the geodesic distance (WGS84) from
  that point.
- An area place (zone, sea, ocean, country, region) is inside a zone only when its whole
  outline lies in the zone; a zone lies in itself. An area that merely overlaps a zone, or one
  known only by a label point, is inside nothing. An area has no distance to a target: how far
  depends on where in the area the fact happened, which the text does not say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo.gazetteer import AREA_PRECISIONS, Gazetteer
from geo.geodesic import GEOD, NM

ZONE_PRECISION = "zone"
ZONE_FILES = "layers/"
# Target groups: the layer they come from and their title.
GROUPS = {
    "chokepoints": "any chokepoint",
    "ports": "any port or base",
    "sea_lanes": "any modelled sea-lane",
}
POINT_TARGET_LAYERS = ("chokepoints", "ports")
LINE_TARGET_LAYER = "sea_lanes"
# Sea-lanes are measured to vertices this close (degrees, about 2 km): the nearest point of a
# lane lies at most half a spacing from a vertex, under 0.6 nm.
LANE_SPACING_DEG = 0.02
# Planar nearness in degrees only picks candidates; these many are measured on the ellipsoid.
CANDIDATES = 64
# Area outlines kept for the drawn-area filter are simplified this much (degrees, about 1 km).
OUTLINE_TOLERANCE_DEG = 0.01
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Zone:
    """A reference zone: its gazetteer id, its title and its outline (lon/lat)."""

    id: str
    title: str
    shape: BaseGeometry


@dataclass(frozen=True)
class Target:
    """Something facts can be near: its vertices (lon/lat arrays) are what distances go to."""

    id: str
    title: str
    lon: np.ndarray = field(repr=False)
    lat: np.ndarray = field(repr=False)


@dataclass(frozen=True)
class Standing:
    """Where one place stands: the zones it lies in, its distance (nm) to each target.

    `outline` is the simplified outline of an area place (None for points and for areas known
    only by a label point); `nm` is empty for areas.
    """

    zones: tuple[str, ...] = ()
    nm: Mapping[str, float] = field(default_factory=dict)
    outline: BaseGeometry | None = None


def slug(name: str) -> str:
    """Return a short id for a name: ASCII, lower case, words joined by underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("_", ascii_name.lower()).strip("_")


def reference_zones(gazetteer: Gazetteer) -> dict[str, Zone]:
    """Return the zones facts can be filtered by: gazetteer zones outlined by a shipped layer."""
    zones = {}
    for place in gazetteer:
        if place.precision == ZONE_PRECISION and (place.area or "").startswith(ZONE_FILES):
            shape = gazetteer.area_of(place.id)
            if shape is not None:
                zones[place.id] = Zone(place.id, place.name, shape)
    return zones


def distance_targets(layers: Mapping[str, gpd.GeoDataFrame]) -> dict[str, Target]:
    """Return the groups, then each chokepoint and port, as targets of a distance filter."""
    singles: dict[str, Target] = {}
    groups: dict[str, Target] = {}
    for layer in POINT_TARGET_LAYERS:
        frame = layers.get(layer)
        if frame is None or frame.empty:
            continue
        lon, lat = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
        groups[layer] = Target(layer, GROUPS[layer], lon, lat)
        for name, x, y in zip(frame["name"], lon, lat, strict=True):
            target = Target(slug(name), name, np.array([x]), np.array([y]))
            if target.id in singles or target.id in GROUPS:
                msg = f"two distance targets have the id {target.id!r}"
                raise ValueError(msg)
            singles[target.id] = target
    lanes = layers.get(LINE_TARGET_LAYER)
    if lanes is not None and not lanes.empty:
        dense = shapely.segmentize(shapely.union_all(lanes.geometry.values), LANE_SPACING_DEG)
        xy = shapely.get_coordinates(dense)
        groups[LINE_TARGET_LAYER] = Target(
            LINE_TARGET_LAYER, GROUPS[LINE_TARGET_LAYER], xy[:, 0], xy[:, 1]
        )
    return {**groups, **singles}


def point_standing(
    lon: float, lat: float, *, zones: Mapping[str, Zone], targets: Mapping[str, Target]
) -> Standing:
    """Return the zones covering a lon/lat point and its geodesic distance to every target."""
    point = Point(lon, lat)
    inside = tuple(z.id for z in zones.values() if z.shape.covers(point))
    nm = {t.id: round(nearest_nm(t, lon=lon, lat=lat), 1) for t in targets.values()}
    return Standing(zones=inside, nm=nm)


def area_standing(area: BaseGeometry | None, *, zones: Mapping[str, Zone]) -> Standing:
    """Return the zones an area lies wholly in (none if unknown) and its outline; no distances."""
    if area is None or area.is_empty:
        return Standing()
    inside = tuple(z.id for z in zones.values() if z.shape.covers(area))
    outline = shapely.simplify(area, OUTLINE_TOLERANCE_DEG, preserve_topology=True)
    return Standing(zones=inside, outline=outline)


def nearest_nm(target: Target, *, lon: float, lat: float) -> float:
    """Return the geodesic distance in nautical miles from a point to a target's nearest vertex."""
    lons, lats = target.lon, target.lat
    if len(lons) > CANDIDATES:
        # Degrees of longitude shrink with latitude; this is only for picking candidates.
        planar = ((lons - lon) * np.cos(np.radians(lat))) ** 2 + (lats - lat) ** 2
        near = np.argpartition(planar, CANDIDATES)[:CANDIDATES]
        lons, lats = lons[near], lats[near]
    count = len(lons)
    _, _, metres = GEOD.inv(np.full(count, lon), np.full(count, lat), lons, lats)
    return float(np.min(metres)) / NM


def place_standings(
    gazetteer: Gazetteer,
    *,
    zones: Mapping[str, Zone],
    targets: Mapping[str, Target],
    ids: Iterable[str] | None = None,
) -> dict[str, Standing]:
    """Return the standing of every located gazetteer entry (or of the given ids) by id."""
    standings = {}
    for place in gazetteer if ids is None else (gazetteer.get(i) for i in ids):
        if place.precision in AREA_PRECISIONS:
            standings[place.id] = area_standing(gazetteer.area_of(place.id), zones=zones)
        elif place.lon is not None and place.lat is not None:
            standings[place.id] = point_standing(place.lon, place.lat, zones=zones, targets=targets)
    return standings


@dataclass(frozen=True)
class Surroundings:
    """What facts can be filtered by in space: zone and target titles by id, place standings."""

    zones: Mapping[str, str] = field(default_factory=dict)
    targets: Mapping[str, str] = field(default_factory=dict)
    standings: Mapping[str, Standing] = field(default_factory=dict)


def surroundings_of(gazetteer: Gazetteer, layers: Mapping[str, gpd.GeoDataFrame]) -> Surroundings:
    """Return the zones, the targets and the standing of every located gazetteer entry."""
    zones = reference_zones(gazetteer)
    targets = distance_targets(layers)
    return Surroundings(
        zones={z.id: z.title for z in zones.values()},
        targets={t.id: t.title for t in targets.values()},
        standings=place_standings(gazetteer, zones=zones, targets=targets),
    )

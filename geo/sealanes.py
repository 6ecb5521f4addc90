"""Modelled sea-lanes: searoute shortest paths between major ports, counted per network edge."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations, pairwise

import geopandas as gpd
import searoute
import shapely
from shapely.geometry import LineString, MultiLineString, Point

from geo.chokepoints import chokepoints
from geo.geodesic import distance_nm
from geo.ports import searoute_port, searoute_ports

SOURCE = "searoute 1.6.0 shortest paths (Apache-2.0; lane network from Eurostat/ORNL)"
# Major ports around the Indian Ocean and its approaches, by region; routes join ports of
# different regions. Codes are searoute's (UN/LOCODE).
HUBS = {
    "Gulf": ("SARTA", "AEJEA", "QADOH"),
    "Red Sea and Suez": ("EGPSD", "SAJED", "DJJIB"),
    "East Africa": ("KEMBA", "TZDAR", "ZADUR"),
    "South Asia": ("PKKHI", "INBOM/Mumbai", "LKCMB", "INMAA", "BDCGP"),
    "Malacca and Singapore": ("SGSIN",),
    "East Asia": ("CNSHA", "HKHKG", "KRPUS", "JPTYO"),
    "Beyond": ("NLRTM", "AUFRE"),
}
# searoute names the passages it routes through; these are ours.
PASSAGES = {
    "ormuz": "Strait of Hormuz",
    "babalmandab": "Bab-el-Mandeb",
    "malacca": "Strait of Malacca",
    "sunda": "Sunda Strait",
    "south_africa": "Cape of Good Hope",
    "suez": "Suez Canal",
    "gibraltar": "Strait of Gibraltar",
}
# For chokepoints searoute does not know, a route passes one if it comes this close to its
# point (a modelling threshold, not a published figure: about half the channel's width).
NEAR_NM = {
    "Lombok Strait": 30.0,
    "Six Degree Channel": 60.0,
    "Eight Degree Channel": 60.0,
    "Nine Degree Channel": 60.0,
    "Ten Degree Channel": 45.0,
    "Mozambique Channel": 120.0,
}
_KEY_DECIMALS = 5


@dataclass(frozen=True)
class Route:
    """One modelled route: its ports, length, line and the chokepoints it passes."""

    origin: str
    destination: str
    length_nm: float
    line: LineString
    passes: tuple[str, ...]


def route_between(
    origin: tuple[float, float], destination: tuple[float, float], *, blocked: tuple[str, ...] = ()
) -> tuple[LineString, float, tuple[str, ...]]:
    """Return searoute's path (lon/lat line), its length in nm and the passages it uses."""
    feature = searoute.searoute(
        list(origin), list(destination), units="naut", return_passages=True,
        restrictions=["northwest", *blocked],
    )  # fmt: skip
    props = feature["properties"]
    passages = tuple(sorted(PASSAGES.get(p, p) for p in props["traversed_passages"]))
    return LineString(feature["geometry"]["coordinates"]), props["length"], passages


def chokepoints_passed(
    line: LineString, passages: tuple[str, ...], *, points: dict[str, Point]
) -> tuple[str, ...]:
    """Return the chokepoints a route passes: searoute's passages plus those it comes near."""
    near = [
        name
        for name, limit in NEAR_NM.items()
        if name in points
        # A degree is at least 30 nm below 60° latitude: far lines skip the geodesic check.
        and line.distance(points[name]) <= limit / 30
        and distance_nm(line, lon=points[name].x, lat=points[name].y) <= limit
    ]
    return tuple(sorted({*passages, *near}))


def hub_routes() -> list[Route]:
    """Return a route for every pair of hub ports in different regions."""
    table = searoute_ports()
    points = dict(zip(*chokepoints()[["name", "geometry"]].T.values, strict=True))
    hubs = [
        (region, searoute_port(table, code)) for region, codes in HUBS.items() for code in codes
    ]
    routes = []
    for (region_a, (lon_a, lat_a, a)), (region_b, (lon_b, lat_b, b)) in combinations(hubs, 2):
        if region_a == region_b:
            continue
        line, length, passages = route_between((lon_a, lat_a), (lon_b, lat_b))
        routes.append(
            Route(a, b, round(length, 1), line, chokepoints_passed(line, passages, points=points))
        )
    return routes


def edge_counts(routes: list[Route]) -> Counter[tuple[tuple[float, float], tuple[float, float]]]:
    """Return how many routes use each network edge (undirected, keyed by rounded ends)."""
    counts: Counter = Counter()
    for route in routes:
        coords = [tuple(round(c, _KEY_DECIMALS) for c in xy) for xy in route.line.coords]
        # A route using an edge twice still counts once.
        counts.update({tuple(sorted(pair)) for pair in pairwise(coords)})
    return counts


def sea_lanes(routes: list[Route]) -> gpd.GeoDataFrame:
    """Return the lanes: one feature per usage count, edges merged into lines."""
    counts = edge_counts(routes)
    rows, lines = [], []
    for count in sorted(set(counts.values()), reverse=True):
        edges = [LineString(e) for e, n in counts.items() if n == count and e[0] != e[1]]
        merged = shapely.line_merge(MultiLineString(edges))
        rows.append(
            {"name": f"Sea-lane used by {count} of {len(routes)} modelled routes",
             "kind": "sea-lane", "source": SOURCE, "count": count}
        )  # fmt: skip
        lines.append(merged)
    return gpd.GeoDataFrame(rows, geometry=lines, crs="EPSG:4326")


def routes_table(routes: list[Route]) -> list[dict[str, str]]:
    """Return one row per route: ports, length in nm and chokepoints passed."""
    return [
        {"origin": r.origin, "destination": r.destination, "length_nm": f"{r.length_nm:.1f}",
         "chokepoints": "; ".join(r.passes)}
        for r in routes
    ]  # fmt: skip

"""Chokepoints of Indian Ocean shipping: one point each, with a published width where one exists."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
from shapely.geometry import Point


@dataclass(frozen=True)
class Chokepoint:
    """A strait or channel: where its point comes from, and its published width if any."""

    name: str
    lon: float
    lat: float
    source: str
    width: str = ""


def _dms(deg: int, minutes: int = 0, seconds: int = 0) -> float:
    """Return degrees-minutes-seconds as decimal degrees (sign from the degrees)."""
    sign = -1 if deg < 0 else 1
    return sign * (abs(deg) + minutes / 60 + seconds / 3600)


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Return the lon/lat midpoint of a short line (passage lines here are under 150 km)."""
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


_BAB = _midpoint((43.747, 12.404), (43.3, 12.7))
_MALACCA = _midpoint((100.6, 3.2), (99.764, 4.085))
_SIX = _midpoint((93.898, 6.804), (95.014, 5.745))
_WIKI = "Wikipedia infobox"

CHOKEPOINTS = (
    Chokepoint(
        "Strait of Hormuz", 56.5, 26.6, f"{_WIKI} (kiwix copy), COORDINATES.md 3.5",
        "21 nmi (39 km) at the narrowest (Wikipedia); shipping lanes 2 miles wide each way "
        "with a 2-mile buffer (US EIA)",
    ),
    Chokepoint(
        "Bab-el-Mandeb", *_BAB,
        "derived: midpoint of searoute's `babalmandab` passage line (COORDINATES.md 3.5)",
        "18 miles (US EIA table, COORDINATES.md 3.5)",
    ),
    Chokepoint(
        "Strait of Malacca", *_MALACCA,
        "derived: midpoint of searoute's `malacca` passage line (COORDINATES.md 3.5)",
        "1.7 miles at the Phillips Channel, Singapore Strait (US EIA table)",
    ),
    Chokepoint(
        "Sunda Strait", _dms(105, 53), _dms(-5, 55), f"{_WIKI} (piglix copy), COORDINATES.md 3.5",
        "24 km at the narrowest (Wikipedia)",
    ),
    Chokepoint(
        "Lombok Strait", _dms(115, 44), _dms(-8, 46),
        f"{_WIKI}, findatwiki.com/Lombok_Strait",
        "about 20 km between Lombok and Nusa Penida; 40 km at the northern opening (Wikipedia)",
    ),
    Chokepoint(
        "Six Degree Channel", *_SIX,
        "derived: midpoint of the shortest Natural Earth 10m shore-to-shore line, Great "
        "Nicobar to Aceh (COORDINATES.md 3.5); no published coordinate found",
    ),
    Chokepoint(
        "Eight Degree Channel", 73.0, 8.0,
        f"{_WIKI} (Maliku Kandu), l.global.ssl.fastly.net/Eight_Degree_Channel",
    ),
    Chokepoint(
        "Nine Degree Channel", 73.0, 9.0, f"{_WIKI}, en.wikipedia.org/wiki/Nine_Degree_Channel",
        "about 200 km (Wikipedia)",
    ),
    Chokepoint(
        "Ten Degree Channel", 92.5, 10.0,
        "Russian Wikipedia infobox, ru.wikipedia-on-ipfs.org/wiki/Пролив_Десятого_Градуса",
        "about 140 km (Russian Wikipedia, after the Great Soviet Encyclopedia)",
    ),
    Chokepoint(
        "Mozambique Channel", 41.0, -18.0,
        f"{_WIKI}, review.clateway.com/wiki/view_html.php?q=Mozambique_Channel",
        "419 km at the narrowest (Wikipedia; older editions said about 460 km)",
    ),
    Chokepoint(
        "Cape of Good Hope", _dms(18, 28, 20), _dms(-34, 21, 29),
        "German Wikipedia infobox, de.zxc.wiki/wiki/Kap_der_Guten_Hoffnung",
    ),
)  # fmt: skip


def chokepoints() -> gpd.GeoDataFrame:
    """Return the chokepoints as points with `width` text (empty where none is published)."""
    rows = [
        {"name": c.name, "kind": "chokepoint", "source": c.source, "width": c.width}
        for c in CHOKEPOINTS
    ]
    points = [Point(c.lon, c.lat) for c in CHOKEPOINTS]
    return gpd.GeoDataFrame(rows, geometry=points, crs="EPSG:4326")

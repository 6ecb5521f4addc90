"""Gulf of Aden Internationally Recommended Transit Corridor (IRTC), from its published corners."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Polygon

SOURCE = "MSCIO mscio.eu/tc/irtc-details/; UK P&I circular 621-1/09 (COORDINATES.md 3.4)"
# Lane corners (lat deg, lat min, lon deg), in the published order, COORDINATES.md 3.4.
WESTBOUND = ((12, 0, 45), (14, 30, 53), (14, 25, 53), (11, 55, 45))
EASTBOUND = ((11, 53, 45), (14, 23, 53), (14, 18, 53), (11, 48, 45))


def _lon_lat(corners: tuple[tuple[int, int, int], ...]) -> list[tuple[float, float]]:
    """Return corners as (lon, lat) in decimal degrees."""
    return [(lon, lat_d + lat_m / 60) for lat_d, lat_m, lon in corners]


def irtc() -> gpd.GeoDataFrame:
    """Return the two IRTC lanes and the separation zone between them."""
    west, east = _lon_lat(WESTBOUND), _lon_lat(EASTBOUND)
    # The separation zone lies between the westbound lane's southern edge (corners 3-4) and
    # the eastbound lane's northern edge (corners 1-2).
    between = Polygon([west[3], west[2], east[1], east[0]])
    rows = [
        ("IRTC westbound lane (course 252°)", "transit corridor lane", Polygon(west)),
        ("IRTC eastbound lane (course 072°)", "transit corridor lane", Polygon(east)),
        ("IRTC separation zone", "transit corridor separation zone", between),
    ]
    return gpd.GeoDataFrame(
        [{"name": n, "kind": k, "source": SOURCE, "width": _WIDTH[k]} for n, k, _ in rows],
        geometry=[g for *_, g in rows],
        crs="EPSG:4326",
    )


_WIDTH = {
    "transit corridor lane": "5 nm (MSCIO)",
    "transit corridor separation zone": "2 nm (MSCIO)",
}

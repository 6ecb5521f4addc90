"""India-China border flashpoints: clash and standoff sites as points, with their sources."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point


def _dms(deg: int, minutes: int, seconds: int = 0) -> float:
    """Return degrees-minutes-seconds as decimal degrees (north and east positive)."""
    return deg + minutes / 60 + seconds / 3600


# (name, event, lon, lat, source, note)
FLASHPOINTS = (
    (
        "Galwan Valley", "clash of 15-16 June 2020", _dms(78, 9, 56), _dms(34, 44, 57),
        "Wikipedia 'Galwan River' infobox, mouth: review.clateway.com/wiki/view_html.php"
        "?q=Galwan_River",
        "mouth of the Galwan river at the Shyok; the 2020 clash was a few km upstream, near "
        "Patrol Point 14",
    ),
    (
        "Doklam / Donglang", "standoff of 16 June - 28 August 2017", _dms(88, 56), _dms(27, 18),
        "Wikipedia 'Doklam' infobox: wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Doklam",
        "the plateau, disputed by China and Bhutan; India does not claim it",
    ),
    (
        "Yangtse, Tawang", "clash of 9 December 2022", _dms(92, 1, 18), _dms(27, 46, 37),
        "Wikipedia infobox: en.wikipedia.org/wiki/2022_Yangtse_clash",
        "the clash site on the border ridge",
    ),
)  # fmt: skip


def flashpoints() -> gpd.GeoDataFrame:
    """Return the flashpoints as points with `event` and a `note` on what the point marks."""
    rows = [
        {"name": name, "kind": "flashpoint", "source": source, "event": event, "note": note}
        for name, event, _, _, source, note in FLASHPOINTS
    ]
    points = [Point(lon, lat) for _, _, lon, lat, _, _ in FLASHPOINTS]
    return gpd.GeoDataFrame(rows, geometry=points, crs="EPSG:4326")

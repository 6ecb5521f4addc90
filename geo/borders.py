"""India-China disputed areas from Natural Earth, labelled by who administers and who claims."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd

from geo.files import read_geojson
from geo.naturalearth import NE_DIR

DISPUTED = NE_DIR / "ne_50m_india_china_disputed.geojson"
SOURCE = (
    "Natural Earth 1:50m breakaway and disputed areas (public domain), "
    "nvkelso/natural-earth-vector@117488dc, NE_ID "
)
_ADMIN = re.compile(r"Admin\. by ([^;]+)")
_CLAIMANT = re.compile(r"Claimed by ([^;]+)")


def border_zones(path: Path = DISPUTED) -> gpd.GeoDataFrame:
    """Return the disputed areas with both names and "administered by X, claimed by Y"."""
    raw = read_geojson(path)
    rows = [_row(props) for props in raw.drop(columns="geometry").to_dict("records")]
    return gpd.GeoDataFrame(rows, geometry=raw.geometry.values, crs="EPSG:4326")


def _row(props: dict) -> dict[str, str]:
    """Return the layer properties of one Natural Earth feature."""
    note = props["NOTE_BRK"]
    admin, claimant = _ADMIN.search(note).group(1), _CLAIMANT.search(note).group(1)
    names = [props["BRK_NAME"], props["NAME_ALT"], props["NAME_ZH"]]
    return {
        "name": " / ".join(n for n in names if isinstance(n, str) and n),
        "kind": "disputed area",
        "source": f"{SOURCE}{props['NE_ID']}",
        "admin": admin,
        "claimant": claimant,
        "status": f"administered by {admin}, claimed by {claimant}",
        "note": note,
    }

"""GeoNames cities shipped under data/geonames/ (a subset of cities15000, see SOURCES.md)."""

from __future__ import annotations

import csv
from pathlib import Path

from geo import DATA

CITIES = DATA / "geonames" / "cities.csv"


def geonames_cities(path: Path = CITIES) -> dict[str, dict[str, str]]:
    """Return the shipped GeoNames cities keyed by geonameid (name, lon, lat, source ...)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["geonameid"]: row for row in csv.DictReader(handle)}

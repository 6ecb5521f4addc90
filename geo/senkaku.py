"""Senkaku Islands: island and rock points with both names, their waters, and vessel counts."""

from __future__ import annotations

import io
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.geodesic import area_km2, buffer_nm

TERRITORIAL_NM = 12
CONTIGUOUS_NM = 24
SOA = "PRC SOA list 2012-09-15 (COORDINATES.md 3.1)"
# (Japanese name, Chinese name, kind, lat deg, lat min, lon deg, lon min), from the PRC State
# Oceanic Administration list as quoted in COORDINATES.md 3.1 (GSI/OPRF agree within 1.7 km).
ISLANDS = (
    ("Uotsuri-shima", "Diaoyu Dao", "island", 25, 44.6, 123, 28.4),
    ("Kuba-shima", "Huangwei Yu", "island", 25, 55.4, 123, 40.9),
    ("Taisho-jima", "Chiwei Yu", "island", 25, 55.3, 124, 33.5),
    ("Kita-kojima", "Bei Xiaodao", "island", 25, 43.8, 123, 32.5),
    ("Minami-kojima", "Nan Xiaodao", "island", 25, 43.4, 123, 33.0),
    ("Okinokitaiwa", "Bei Yu", "rock", 25, 46.9, 123, 32.6),
    ("Okinominamiiwa", "Nan Yu", "rock", 25, 45.3, 123, 34.0),
    ("Tobise", "Fei Yu", "rock", 25, 44.1, 123, 30.4),
)


def senkaku_islands() -> gpd.GeoDataFrame:
    """Return the eight Senkaku points, named "Japanese / Chinese"."""
    rows = [
        {
            "name": f"{ja} / {zh}",
            "kind": kind,
            "source": SOA,
            "name_ja": ja,
            "name_zh": zh,
            "position": f"{lat_d}°{lat_m}'N {lon_d}°{lon_m}'E",
        }
        for ja, zh, kind, lat_d, lat_m, lon_d, lon_m in ISLANDS
    ]
    points = [
        Point(lon_d + lon_m / 60, lat_d + lat_m / 60) for *_, lat_d, lat_m, lon_d, lon_m in ISLANDS
    ]
    return gpd.GeoDataFrame(rows, geometry=points, crs="EPSG:4326")


def senkaku_waters(islands: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the 12 nm territorial sea and the 12-24 nm contiguous zone (ellipsoidal areas)."""
    territorial = buffer_nm(islands.geometry, nm=TERRITORIAL_NM)
    contiguous = buffer_nm(islands.geometry, nm=CONTIGUOUS_NM).difference(territorial)
    source = "derived: geodesic buffers of the SOA 2012 island and rock points"
    rows = [
        {
            "name": "Senkaku territorial sea (12 nm, approx.)",
            "kind": "territorial sea (12 nm, approx.)",
            "source": source,
            "area_km2": round(area_km2(territorial), 1),
        },
        {
            "name": "Senkaku contiguous zone (12-24 nm, approx.)",
            "kind": "contiguous zone (12-24 nm, approx.)",
            "source": source,
            "area_km2": round(area_km2(contiguous), 1),
        },
    ]
    return gpd.GeoDataFrame(rows, geometry=[territorial, contiguous], crs="EPSG:4326")


def read_vessel_counts(path: Path) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """Read the Senkaku vessel statistics and their header notes (units, sources)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    notes = tuple(line.lstrip("# ").rstrip() for line in lines if line.startswith("#"))
    table = [line for line in lines if line and not line.startswith("#")]
    return pd.read_csv(io.StringIO("\n".join(table))), notes

"""Registry of the reference layers shipped under data/layers/, and their reading and writing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import shapely

from geo import DATA
from geo.files import read_geojson

NAME, KIND, SOURCE = "name", "kind", "source"
REQUIRED = (NAME, KIND, SOURCE)
DECIMALS = 5  # about 1 m at the equator: finer than any source here
_NE = "Natural Earth (public domain)"
_SEAROUTE = "searoute 1.6.0 (Apache-2.0; network from Eurostat/ORNL)"


@dataclass(frozen=True)
class LayerInfo:
    """What a layer shows, where it comes from and how far to trust it."""

    name: str
    title: str
    description: str
    source: str
    licence: str
    accuracy: str
    file: str


LAYERS: dict[str, LayerInfo] = {
    info.name: info
    for info in (
        LayerInfo(
            "senkaku_islands", "Senkaku Islands",
            "The five islands and three rocks, with Japanese and Chinese names.",
            "PRC State Oceanic Administration list of 2012-09-15 (People's Daily; China Daily); "
            "agrees with the GSI/OPRF table within 1.7 km (shared/data/COORDINATES.md 3.1)",
            "public facts", "Points to 0.1 arc-minute (about 200 m); islands up to 3.5 km long.",
            "layers/senkaku_islands.geojson",
        ),
        LayerInfo(
            "senkaku_waters", "Senkaku territorial sea and contiguous zone (approx.)",
            "12 nm territorial sea and 12-24 nm contiguous zone around the Senkaku Islands.",
            "Derived: geodesic buffers of the island and rock points (senkaku_islands)",
            "derived from public facts",
            "Approximate: normal baselines from island points, not the low-water line; Japan's "
            "and China's baselines differ (China's 2012 straight baselines give larger zones).",
            "layers/senkaku_waters.geojson",
        ),
        LayerInfo(
            "adiz", "China's East China Sea ADIZ (23 Nov 2013)",
            "Air defence identification zone announced by China's Ministry of National Defense.",
            "PRC Ministry of National Defense via Xinhua, 2013-11-23 (COORDINATES.md 3.2); "
            f"western edge: {_NE} 1:50m land (npm world-atlas 2.0.2)",
            "public facts; Natural Earth public domain",
            "The six outer points are exact; the western edge is China's coast at 1:50m, not "
            "its territorial-sea line, so the zone is drawn up to 12 nm+ too far west. Japan's "
            "ADIZ is not drawn: its points are not all sourced.",
            "layers/adiz.geojson",
        ),
        LayerInfo(
            "sea_lanes", "Indian Ocean sea-lanes (modelled)",
            "Shortest-path corridors between major ports on a lane network, with the number of "
            "routes using each edge: not observed traffic.",
            _SEAROUTE, "Apache-2.0",
            "Modelled: shortest paths on a coarse network; real ships follow weather, draught, "
            "traffic separation schemes and commerce.",
            "layers/sea_lanes.geojson",
        ),
        LayerInfo(
            "chokepoints", "Chokepoints",
            "Straits and channels where Indian Ocean shipping converges, with published widths.",
            "Per feature (Wikipedia copies, EIA, COORDINATES.md 3.5; see each `source`)",
            "public facts", "A point marks a strait, not its narrowest place; widths as published.",
            "layers/chokepoints.geojson",
        ),
        LayerInfo(
            "anti_piracy", "Gulf of Aden transit corridor (IRTC)",
            "Internationally Recommended Transit Corridor: eastbound and westbound lanes, 5 nm "
            "wide, with the 2 nm separation zone between them.",
            "MSCIO mscio.eu/tc/irtc-details/; UK P&I circular 621-1/09 (COORDINATES.md 3.4)",
            "public facts", "Published corners to the arc-minute; lane edges drawn straight.",
            "layers/anti_piracy.geojson",
        ),
        LayerInfo(
            "ports", "Ports and bases",
            "Ports and bases in the news around the Indian Ocean, with operator where sourced.",
            "searoute 1.6.0 port table (Apache-2.0) and per-row pages (see each `source`)",
            "Apache-2.0; public facts", "Port reference points, not berths.",
            "layers/ports.geojson",
        ),
        LayerInfo(
            "border_zones", "India-China disputed areas",
            "Areas on the India-China border administered by one side and claimed by the other.",
            f"{_NE} 1:50m breakaway and disputed areas, repo nvkelso/natural-earth-vector",
            "public domain",
            "Natural Earth 1:50m (about 1-5 km); the Line of Actual Control is not surveyed here.",
            "layers/border_zones.geojson",
        ),
        LayerInfo(
            "flashpoints", "India-China border flashpoints",
            "Sites of clashes and standoffs: Galwan 2020, Doklam 2017, Yangtse 2022.",
            "Per feature (Wikipedia pages; see each `source`)", "public facts",
            "Infobox coordinates of the area, to the arc-minute or arc-second.",
            "layers/flashpoints.geojson",
        ),
    )
}  # fmt: skip


def read_layer(path: Path) -> gpd.GeoDataFrame:
    """Read a shipped layer; ValueError if it names a CRS but WGS84 or lacks name/kind/source."""
    frame = read_geojson(path)
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        msg = f"{path.name}: missing properties {missing}"
        raise ValueError(msg)
    return frame


def load_layers(data_dir: Path = DATA) -> dict[str, gpd.GeoDataFrame]:
    """Read every registered layer, in display order."""
    return {name: read_layer(data_dir / info.file) for name, info in LAYERS.items()}


def layer_geojson(frame: gpd.GeoDataFrame) -> str:
    """Return a layer as compact GeoJSON text, coordinates rounded to DECIMALS."""
    rounded = frame.set_geometry(shapely.set_precision(frame.geometry.values, 10**-DECIMALS))
    data = json.loads(rounded.to_json(drop_id=True, show_bbox=False))
    data.pop("bbox", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_layer(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Write a layer as GeoJSON (EPSG:4326, the GeoJSON default) after checking it."""
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        msg = f"{path.name}: layers are written in EPSG:4326, got {frame.crs}"
        raise ValueError(msg)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(layer_geojson(frame), encoding="utf-8")

"""Derive every shipped layer, the sea-route table and the gazetteer (`python -m geo build`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd

from geo import DATA
from geo.adiz import adiz
from geo.borders import border_zones
from geo.chokepoints import chokepoints
from geo.flashpoints import flashpoints
from geo.gazetteer_table import gazetteer_csv
from geo.layers import LAYERS, layer_geojson
from geo.piracy import irtc
from geo.ports import ports
from geo.sealanes import Route, hub_routes, routes_table, sea_lanes
from geo.senkaku import senkaku_islands, senkaku_waters

ROUTES_FILE = "layers/sea_routes.csv"
# Display tolerance in degrees per layer (about 100-500 m): below what a dashboard map shows,
# and small enough that no island or lane disappears.
SIMPLIFY = {"senkaku_waters": 0.002, "adiz": 0.005, "border_zones": 0.005}


def build_layers(routes: list[Route]) -> dict[str, gpd.GeoDataFrame]:
    """Return every registered layer, simplified for display where that is set."""
    islands = senkaku_islands()
    builders: dict[str, Callable[[], gpd.GeoDataFrame]] = {
        "senkaku_islands": lambda: islands,
        "senkaku_waters": lambda: senkaku_waters(islands),
        "adiz": adiz,
        "sea_lanes": lambda: sea_lanes(routes),
        "chokepoints": chokepoints,
        "anti_piracy": irtc,
        "ports": ports,
        "border_zones": border_zones,
        "flashpoints": flashpoints,
    }
    layers = {name: builders[name]() for name in LAYERS}
    for name, tolerance in SIMPLIFY.items():
        layers[name] = layers[name].set_geometry(
            layers[name].geometry.simplify(tolerance, preserve_topology=True)
        )
    return layers


def build_outputs() -> dict[str, str]:
    """Return the text of every derived file, keyed by its path under data/."""
    routes = hub_routes()
    layers = build_layers(routes)
    outputs = {LAYERS[name].file: layer_geojson(frame) for name, frame in layers.items()}
    outputs[ROUTES_FILE] = _csv_text(routes_table(routes))
    outputs["gazetteer.csv"] = gazetteer_csv(layers)
    return outputs


def write_outputs(outputs: dict[str, str], data_dir: Path = DATA) -> None:
    """Write the derived files under data_dir."""
    for relative, text in outputs.items():
        path = data_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _csv_text(rows: list[dict[str, str]]) -> str:
    """Return rows as CSV text with a header."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()

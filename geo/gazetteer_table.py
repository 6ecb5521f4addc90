"""Build the rows of data/gazetteer.csv from the curated names and their cited sources."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import geopandas as gpd
import shapely

from geo import DATA
from geo.gazetteer import ALIAS_SEP, AREA_SEP, COLUMNS, WHOLE_LAYER
from geo.geonames import geonames_cities
from geo.layers import LAYERS
from geo.naturalearth import (
    COUNTRIES,
    MARINE,
    WORLD_ATLAS,
    countries,
    marine_polys,
    populated_places,
)
from geo.ports import SEAROUTE_CITE, searoute_port, searoute_ports

CURATED = DATA / "gazetteer.curated.csv"
# Layers whose features are areas: a gazetteer entry pointing at one gets that polygon.
AREA_LAYERS = ("senkaku_waters", "adiz", "anti_piracy", "border_zones")
# world-atlas shortens names ("Dem. Rep. Congo"); spelled out they become aliases.
_ABBREVIATIONS = {
    "Is.": "Islands", "I.": "Island", "Rep.": "Republic", "Dem.": "Democratic", "S.": "South",
    "N.": "North", "W.": "Western", "Fr.": "French", "Br.": "British", "Ter.": "Territory",
    "St.": "Saint", "Herz.": "Herzegovina", "Barb.": "Barbuda", "Vin.": "Vincent",
    "Gren.": "Grenadines", "Eq.": "Equatorial", "Geo.": "Georgia",
}  # fmt: skip
_SLUG = re.compile(r"[^0-9a-z]+")


def slug(name: str) -> str:
    """Return an id made of the lower-case ASCII words of a name."""
    return _SLUG.sub("_", name.lower().encode("ascii", "ignore").decode()).strip("_")


def gazetteer_csv(layers: dict[str, gpd.GeoDataFrame], curated: Path = CURATED) -> str:
    """Return the gazetteer CSV text: curated entries resolved, then the other countries."""
    with curated.open(encoding="utf-8", newline="") as handle:
        entries = list(csv.DictReader(handle))
    nations = countries()
    points = dict(zip(nations["name"], nations.geometry.representative_point(), strict=True))
    context = {
        "points": points, "ports": searoute_ports(), "layers": layers,
        "marine": marine_polys(), "places": populated_places(), "cities": geonames_cities(),
    }  # fmt: skip
    rows = [_resolve(e, context) for e in entries]
    named = {e["ref"].removeprefix("country:") for e in entries if e["ref"].startswith("country:")}
    rows += [_country_row({"world_atlas": n}, points) for n in sorted(points) if n not in named]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _resolve(entry: dict[str, str], context: dict) -> dict[str, str]:
    """Return the CSV row of one curated entry, taking its coordinate from its reference."""
    kind, _, key = entry["ref"].partition(":")
    if kind in ("marine", "place"):
        return _natural_earth_row(entry, context, kind, key)
    if kind in ("cited", "none"):
        return _given_row(entry, kind)
    resolvers = {
        "country": lambda: _country_row({**entry, "world_atlas": key}, context["points"]),
        "port": lambda: _port_row(entry, context["ports"], key),
        "layer": lambda: _layer_row(entry, context["layers"], *key.split(":", 1)),
        "centre": lambda: _centre_row(entry, context["layers"], key),
        "geonames": lambda: _geonames_row(entry, context["cities"], key),
    }
    if kind not in resolvers:
        msg = f"gazetteer.curated.csv: unknown reference {entry['ref']!r} for {entry['id']}"
        raise ValueError(msg)
    return resolvers[kind]()


def _port_row(entry: dict[str, str], ports: gpd.GeoDataFrame, key: str) -> dict[str, str]:
    """Return a row on a searoute port point."""
    lon, lat, label = searoute_port(ports, key)
    return _row(entry, lon, lat, f"{SEAROUTE_CITE}, {key.partition('/')[0]} ({label})")


def _centre_row(entry: dict[str, str], layers: dict, layer: str) -> dict[str, str]:
    """Return a row on the centroid of a point layer's features."""
    centre = shapely.union_all(layers[layer].geometry.values).centroid
    return _row(entry, centre.x, centre.y, f"derived: centre of the {layer} layer's points")


def _layer_row(entry: dict[str, str], layers: dict, layer: str, name: str) -> dict[str, str]:
    """Return a row placed on a layer feature: its point, or an area's representative point."""
    frame = layers[layer]
    match = frame if name == WHOLE_LAYER else frame[frame["name"] == name]
    if len(match) != 1 and name != WHOLE_LAYER:
        msg = f"gazetteer.curated.csv: {entry['id']}: no single {name!r} in layer {layer}"
        raise ValueError(msg)
    shape, source = shapely.union_all(match.geometry.values), match["source"].iloc[0]
    point = shape if shape.geom_type == "Point" else shape.representative_point()
    area = f"{LAYERS[layer].file}{AREA_SEP}{name}" if layer in AREA_LAYERS else ""
    where = "" if shape.geom_type == "Point" else "representative point of the area; "
    return _row({**entry, "area": area}, point.x, point.y, f"{where}{source}")


def _given_row(entry: dict[str, str], kind: str) -> dict[str, str]:
    """Return a row with the curated file's own cited coordinate, or none and the reason."""
    if kind == "cited":
        return _row(entry, float(entry["lon"]), float(entry["lat"]), entry["source"])
    return _row(entry, None, None, f"no sourced coordinate: {entry['source']}")


def _natural_earth_row(entry: dict[str, str], context: dict, kind: str, name: str) -> dict:
    """Return a row on a shipped Natural Earth sea polygon (with its area) or populated place."""
    frame = context["marine" if kind == "marine" else "places"]
    match = frame[frame["name"] == name]
    if len(match) != 1:
        msg = f"gazetteer.curated.csv: {entry['id']}: no single Natural Earth {kind} {name!r}"
        raise ValueError(msg)
    shape, source = match.geometry.iloc[0], match["source"].iloc[0]
    if kind == "place":
        return _row(entry, shape.x, shape.y, f"point of {source}")
    point = shape.representative_point()
    area = f"naturalearth/{MARINE.name}{AREA_SEP}{name}"
    return _row({**entry, "area": area}, point.x, point.y, f"representative point of {source}")


def _geonames_row(entry: dict[str, str], cities: dict, geonameid: str) -> dict[str, str]:
    """Return a row on a shipped GeoNames city point, citing its geonameid."""
    if geonameid not in cities:
        msg = f"gazetteer.curated.csv: {entry['id']}: geonameid {geonameid} not in cities.csv"
        raise ValueError(msg)
    city = cities[geonameid]
    source = f"{city['source']}, geonameid {geonameid} ({city['name']})"
    return _row(entry, float(city["lon"]), float(city["lat"]), source)


def _country_row(entry: dict[str, str], points: dict) -> dict[str, str]:
    """Return a country row: representative point of its Natural Earth polygon."""
    atlas_name = entry["world_atlas"]
    if atlas_name not in points:
        msg = f"gazetteer.curated.csv: {atlas_name!r} is not a world-atlas country name"
        raise ValueError(msg)
    expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in atlas_name.split())
    name = entry.get("name") or expanded
    aliases = [a for a in entry.get("aliases", "").split(ALIAS_SEP) if a]
    aliases += [n for n in (atlas_name, expanded) if n != name and n not in aliases]
    full = {
        "id": entry.get("id") or slug(expanded),
        "name": name,
        "aliases": ALIAS_SEP.join(aliases),
        "precision": "country",
        "country": name,
        "area": f"naturalearth/{COUNTRIES.name}{AREA_SEP}{atlas_name}",
    }
    point = points[atlas_name]
    return _row(full, point.x, point.y, f"representative point of the {WORLD_ATLAS} polygon")


def _row(entry: dict[str, str], lon: float | None, lat: float | None, source: str) -> dict:
    """Return one output row with coordinates rounded to 5 decimals (about 1 m)."""
    return {
        "id": entry["id"],
        "name": entry["name"],
        "aliases": entry.get("aliases", ""),
        "precision": entry["precision"],
        "lon": "" if lon is None else f"{lon:.5f}",
        "lat": "" if lat is None else f"{lat:.5f}",
        "country": entry.get("country", ""),
        "source": source,
        "area": entry.get("area", ""),
    }

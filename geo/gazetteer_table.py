"""Build the rows of data/gazetteer.csv from the curated names and their cited sources."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import searoute

from geo import DATA
from geo.gazetteer import ALIAS_SEP, AREA_SEP, COLUMNS
from geo.naturalearth import COUNTRIES, WORLD_ATLAS, countries

CURATED = DATA / "gazetteer.curated.csv"
SEAROUTE_PORTS = Path(searoute.__file__).parent / "data" / "ports.geojson"
SEAROUTE_CITE = "searoute 1.6.0 ports.geojson (Apache-2.0)"
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


def gazetteer_rows(curated: Path = CURATED) -> list[dict[str, str]]:
    """Return every gazetteer row: curated entries resolved, then the remaining countries."""
    with curated.open(encoding="utf-8", newline="") as handle:
        entries = list(csv.DictReader(handle))
    nations = countries()
    points = dict(zip(nations["name"], nations.geometry.representative_point(), strict=True))
    ports = searoute_ports()
    rows = [_resolve(e, points=points, ports=ports) for e in entries]
    named = {e["ref"].removeprefix("country:") for e in entries if e["ref"].startswith("country:")}
    rows += [_country_row({"world_atlas": n}, points) for n in sorted(points) if n not in named]
    return rows


def write_gazetteer(rows: list[dict[str, str]], path: Path) -> None:
    """Write gazetteer rows as CSV with the columns `load_gazetteer` reads."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _resolve(entry: dict[str, str], *, points: dict, ports: dict) -> dict[str, str]:
    """Return the CSV row of one curated entry, taking its coordinate from its reference."""
    kind, _, key = entry["ref"].partition(":")
    if kind == "country":
        return _country_row({**entry, "world_atlas": key}, points)
    if kind == "port":
        lon, lat, label = _port(ports, key)
        return _row(entry, lon, lat, f"{SEAROUTE_CITE}, port {key.partition('/')[0]} ({label})")
    if kind == "cited":
        return _row(entry, float(entry["lon"]), float(entry["lat"]), entry["source"])
    if kind == "none":
        return _row(entry, None, None, f"no sourced coordinate: {entry['source']}")
    msg = f"gazetteer.curated.csv: unknown reference {entry['ref']!r} for {entry['id']}"
    raise ValueError(msg)


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


def searoute_ports() -> dict[str, list[tuple[float, float, str]]]:
    """Return searoute's port table: UN/LOCODE -> [(lon, lat, name), ...]."""
    features = json.loads(SEAROUTE_PORTS.read_text(encoding="utf-8"))["features"]
    ports: dict[str, list[tuple[float, float, str]]] = {}
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        ports.setdefault(f["properties"]["port"], []).append((lon, lat, f["properties"]["name"]))
    return ports


def _port(ports: dict[str, list[tuple[float, float, str]]], key: str) -> tuple[float, float, str]:
    """Return one port by "CODE", or by "CODE/Name" where searoute repeats a code."""
    code, _, name = key.partition("/")
    rows = [r for r in ports.get(code, []) if not name or r[2] == name]
    if len(rows) != 1:
        msg = f"searoute port {key!r} matches {len(rows)} rows; use CODE/Name"
        raise ValueError(msg)
    return rows[0]

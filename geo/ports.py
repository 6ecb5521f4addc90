"""Ports and bases in the news around the Indian Ocean, with operators only where sourced."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import searoute
from shapely.geometry import Point

SEAROUTE_PORTS = Path(searoute.__file__).parent / "data" / "ports.geojson"
SEAROUTE_CITE = "searoute 1.6.0 ports.geojson (Apache-2.0)"


@dataclass(frozen=True)
class Port:
    """A port or base: a searoute port code, or a cited lon/lat where searoute lacks it."""

    name: str
    country: str
    kind: str = "port"
    code: str = ""
    lon: float | None = None
    lat: float | None = None
    source: str = ""
    operator: str = ""


def _dms(deg: int, minutes: int, seconds: int = 0) -> float:
    """Return degrees-minutes-seconds as decimal degrees (sign from the degrees)."""
    sign = -1 if deg < 0 else 1
    return sign * (abs(deg) + minutes / 60 + seconds / 3600)


_HAMBANTOTA_WIKI = "Wikipedia copy n.global.ssl.fastly.net/Magampura_Mahinda_Rajapaksa_Port"
PORTS = (
    Port(
        "Hambantota", "Sri Lanka", lon=_dms(81, 6, 29), lat=_dms(6, 7, 10),
        source=_HAMBANTOTA_WIKI,
        operator="China Merchants Port (70%, 99-year lease from July 2017) with the Sri Lanka "
        "Ports Authority (Wikipedia)",
    ),
    Port("Colombo", "Sri Lanka", code="LKCMB"),
    Port(
        "Gwadar", "Pakistan", code="PKGWD",
        operator="operational control: China Overseas Port Holding Company (Wikipedia "
        "copy wiki.studentb.eu/view_html.php?lang=en&q=Gwadar_Port)",
    ),
    Port("Karachi", "Pakistan", code="PKKHI"),
    Port("Chabahar", "Iran", code="IRZBR"),
    Port(
        "Duqm", "Oman", lon=_dms(57, 42), lat=_dms(19, 39),
        source="Wikipedia copy hessslslslsls.azureedge.net/wiki/Duqm_Drydock",
        operator="Port of Duqm Company (ASYAD and Consortium Antwerp Port joint venture); "
        "Indian Navy and Air Force access agreed in 2018 (Wikipedia)",
    ),
    Port("Salalah", "Oman", code="OMSLL"),
    Port("Aden", "Yemen", code="YEADE"),
    Port("Djibouti", "Djibouti", code="DJJIB"),
    Port(
        "PLA Support Base, Djibouti", "Djibouti", kind="naval base",
        lon=_dms(43, 3, 39), lat=_dms(11, 35, 15),
        source="Wikipedia copy review.clateway.com/wiki/view_html.php"
        "?q=People%27s_Liberation_Army_Support_Base_in_Djibouti",
        operator="People's Liberation Army Navy; opened 1 August 2017 (Wikipedia)",
    ),
    Port("Mombasa", "Kenya", code="KEMBA"),
    Port(
        "Diego Garcia", "British Indian Ocean Territory", kind="naval base",
        lon=_dms(72, 24, 40), lat=_dms(-7, 18, 48),
        source="Wikipedia copy iiab.me/kiwix/content/wikipedia_en_top_maxi_2022-11/A/Diego_Garcia",
        operator="US Navy Support Facility Diego Garcia, on a UK territory claimed by "
        "Mauritius (Wikipedia)",
    ),
    Port("Malé", "Maldives", code="MVMLE"),
    Port("Kochi", "India", code="INCOK"),
    Port("Mumbai", "India", code="INBOM/Mumbai"),
    Port("Chennai", "India", code="INMAA"),
    Port("Visakhapatnam", "India", code="INVTZ"),
    Port("Port Blair", "India", code="INIXZ"),
    Port("Chittagong", "Bangladesh", code="BDCGP"),
    Port(
        "Kyaukphyu", "Myanmar", lon=_dms(93, 41, 4), lat=_dms(19, 21, 52),
        source="Wikipedia copy en.kevinzhw153.workers.dev/wiki/Kyaukphyu_Deep-Sea_Port",
        operator="owner: CITIC Myanmar Port Investment (70%) and the Kyaukphyu SEZ Management "
        "Committee (30%) (Wikipedia)",
    ),
    Port("Sittwe", "Myanmar", code="MMAKY"),
    Port("Yangon", "Myanmar", code="MMRGN"),
    Port("Singapore", "Singapore", code="SGSIN"),
    Port("Jakarta", "Indonesia", code="IDJKT"),
    Port("Durban", "South Africa", code="ZADUR"),
    Port("Jebel Ali", "United Arab Emirates", code="AEJEA"),
)  # fmt: skip


def searoute_ports() -> dict[str, list[tuple[float, float, str]]]:
    """Return searoute's port table: UN/LOCODE -> [(lon, lat, name), ...]."""
    features = json.loads(SEAROUTE_PORTS.read_text(encoding="utf-8"))["features"]
    table: dict[str, list[tuple[float, float, str]]] = {}
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        table.setdefault(f["properties"]["port"], []).append((lon, lat, f["properties"]["name"]))
    return table


def searoute_port(table: dict, key: str) -> tuple[float, float, str]:
    """Return one port by "CODE", or by "CODE/Name" where searoute repeats a code."""
    code, _, name = key.partition("/")
    rows = [r for r in table.get(code, []) if not name or r[2] == name]
    if len(rows) != 1:
        msg = f"searoute port {key!r} matches {len(rows)} rows; use CODE/Name"
        raise ValueError(msg)
    return rows[0]


def ports() -> gpd.GeoDataFrame:
    """Return the ports-and-bases layer, each row citing its coordinate and operator."""
    table = searoute_ports()
    rows, points = [], []
    for port in PORTS:
        if port.code:
            lon, lat, label = searoute_port(table, port.code)
            source = f"{SEAROUTE_CITE}, {port.code.partition('/')[0]} ({label})"
        else:
            lon, lat, source = port.lon, port.lat, port.source
        rows.append(
            {"name": port.name, "kind": port.kind, "source": source,
             "country": port.country, "operator": port.operator}
        )  # fmt: skip
        points.append(Point(lon, lat))
    return gpd.GeoDataFrame(rows, geometry=points, crs="EPSG:4326")

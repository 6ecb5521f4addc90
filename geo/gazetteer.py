"""Place names to gazetteer entries: lookup by name or alias, and the area an entry covers."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

from geo import DATA
from geo.files import read_geojson, read_topojson

DEFAULT_GAZETTEER = DATA / "gazetteer.csv"
PRECISIONS = ("point", "feature", "zone", "sea", "ocean", "country", "region")
# A place of these precisions is an area: drawing it as a point would fake precision.
AREA_PRECISIONS = ("zone", "sea", "ocean", "country", "region")
COLUMNS = ("id", "name", "aliases", "precision", "lon", "lat", "country", "source", "area")
ALIAS_SEP = "|"
AREA_SEP = "#"
WHOLE_LAYER = "*"  # an area reference to every feature of a layer file

_LEADING_THE = re.compile(r"^the\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry; lon/lat are None where no sourced coordinate exists."""

    id: str
    name: str
    aliases: tuple[str, ...]
    precision: str
    lon: float | None
    lat: float | None
    country: str | None
    source: str
    area: str | None = None


def name_key(name: str) -> str:
    """Return the lookup key: no accents, case, punctuation, spaces or leading "the"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", _LEADING_THE.sub("", ascii_name.lower().strip()))


class Gazetteer:
    """Places by id and by every spelling of their names."""

    def __init__(self, places: Iterable[Place], *, data_dir: Path = DATA) -> None:
        self._places: dict[str, Place] = {}
        self._keys: dict[str, str] = {}
        self._data_dir = data_dir
        for place in places:
            if place.id in self._places:
                msg = f"duplicate gazetteer id {place.id!r}"
                raise ValueError(msg)
            self._places[place.id] = place
        # Names first, then aliases, so an entry's own name beats another entry's alias.
        # A name with no ASCII letter (阿克赛钦) has an empty key: it cannot be looked up.
        forms = [(p.name, p.id) for p in self._places.values()]
        forms += [(a, p.id) for p in self._places.values() for a in p.aliases]
        for form, place_id in forms:
            if name_key(form):
                self._keys.setdefault(name_key(form), place_id)

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def lookup(self, name: str) -> Place | None:
        """Return the entry a name or alias stands for, or None."""
        key = name_key(name)
        return self._places[self._keys[key]] if key in self._keys else None

    def get(self, place_id: str) -> Place:
        """Return the entry with this id; KeyError names the id if unknown."""
        if place_id not in self._places:
            msg = f"no gazetteer entry with id {place_id!r}"
            raise KeyError(msg)
        return self._places[place_id]

    def positions(self) -> dict[str, tuple[float | None, float | None, str]]:
        """Return (lon, lat, precision) of every entry by id."""
        return {p.id: (p.lon, p.lat, p.precision) for p in self._places.values()}

    def surface_forms(self) -> list[str]:
        """Return every name and alias, sorted, without duplicates."""
        forms = {p.name for p in self._places.values()}
        forms.update(a for p in self._places.values() for a in p.aliases)
        return sorted(forms)

    def area_of(self, place_id: str) -> BaseGeometry | None:
        """Return the shipped polygon of a zone, sea, ocean or country entry, or None."""
        area = self.get(place_id).area
        if not area:
            return None
        file, _, feature = area.partition(AREA_SEP)
        shapes = _areas(self._data_dir / file)
        if feature == WHOLE_LAYER:
            return shapely.union_all(list(shapes.values()))
        return shapes.get(feature)


@cache
def _areas(path: Path) -> dict[str, BaseGeometry]:
    """Return the polygons of one shipped file by feature name (read once per file)."""
    frame = read_topojson(path, "countries") if path.suffix == ".json" else read_geojson(path)
    return dict(zip(frame["name"], frame.geometry, strict=True))


def load_gazetteer(path: Path = DEFAULT_GAZETTEER) -> Gazetteer:
    """Read the gazetteer CSV; a bad row raises ValueError naming its line."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return Gazetteer(
        (_place(row, line) for line, row in enumerate(rows, start=2)), data_dir=path.parent
    )


def _place(row: dict[str, str], line: int) -> Place:
    """Return the Place of one CSV row, checking precision and coordinates."""
    if row.get("precision") not in PRECISIONS or not row.get("id") or not row.get("name"):
        msg = f"gazetteer line {line}: needs id, name and a precision in {PRECISIONS}"
        raise ValueError(msg)
    try:
        lon = float(row["lon"]) if row["lon"] else None
        lat = float(row["lat"]) if row["lat"] else None
    except ValueError as err:
        msg = f"gazetteer line {line}: bad coordinate ({err})"
        raise ValueError(msg) from err
    return Place(
        id=row["id"],
        name=row["name"],
        aliases=tuple(a for a in row["aliases"].split(ALIAS_SEP) if a),
        precision=row["precision"],
        lon=lon,
        lat=lat,
        country=row["country"] or None,
        source=row["source"],
        area=row.get("area") or None,
    )

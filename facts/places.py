"""Place names resolved through the gazetteer of `geo/`; unknown names stay, flagged."""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Protocol

from shapely.geometry.base import BaseGeometry

from facts.model import PlaceRef
from geo.geodesic import point_at

# Generic sea areas the text names without a proper name; kept as unresolved places.
GENERIC_AREAS = ("sea-lanes", "sea lanes", "sea lines of communication")

# A place named as a bearing from another: "about 400 nautical miles south-east of Colombo".
# Searched just before a place name (hence the $); BEARING_NAME reads a whole such name.
_BEARING = (
    r"(?:(?:about|some|approximately|roughly|around|nearly|almost|over|more than)\s+)?"
    r"(?P<distance>\d[\d,]*(?:\.\d+)?)\s*-?\s*"
    r"(?P<unit>nautical miles?|nm|n\.m\.|km|kilomet(?:er|re)s?|miles?)\s+(?:to the\s+)?"
    r"(?P<bearing>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ward)?\s+of\s+(?:the\s+)?"
)
BEARING = re.compile(_BEARING + "$", re.IGNORECASE)
BEARING_NAME = re.compile(_BEARING + r"(?P<anchor>\S.*)$", re.IGNORECASE)
_KM_PER = {"nautical": 1.852, "nm": 1.852, "n.m.": 1.852, "km": 1.0, "kilo": 1.0, "mile": 1.609344}
_AZIMUTHS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
    "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}  # fmt: skip
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\s*\([^)]*\)$")  # "Line of Actual Control (LAC)"
_DEMONSTRATIVE = re.compile(r"^(?:those|these|the)\s+(islands?|islets?|waters|shoal|reef|strait)$")


class GazetteerPlace(Protocol):
    """What the extractor reads of a gazetteer entry."""

    id: str
    name: str
    precision: str
    lon: float | None
    lat: float | None


class Gazetteer(Protocol):
    """Name lookup, as `geo.gazetteer.Gazetteer` provides it."""

    def lookup(self, name: str) -> GazetteerPlace | None:
        """Return the entry a name or alias stands for, or None."""
        ...

    def surface_forms(self) -> list[str]:
        """Return every name and alias the gazetteer knows."""
        ...

    def area_of(self, place_id: str) -> BaseGeometry | None:
        """Return the polygon an entry covers, or None."""
        ...


class EmptyGazetteer:
    """Knows no place: every place stays unresolved."""

    def lookup(self, name: str) -> None:
        """Return None for any name."""
        del name

    def surface_forms(self) -> list[str]:
        """Return no names."""
        return []

    def area_of(self, place_id: str) -> None:
        """Return None: no entry, no area."""
        del place_id


@cache
def default_gazetteer() -> Gazetteer:
    """Return the project's gazetteer from `geo/`, or an empty one until it exists."""
    try:
        from geo.gazetteer import load_gazetteer  # noqa: PLC0415 (geo/ is optional here)
    except ImportError:
        return EmptyGazetteer()
    return load_gazetteer()


def place_ref(name: str, gazetteer: Gazetteer) -> PlaceRef:
    """Resolve a place name to a gazetteer entry, or keep it with id None."""
    clean = " ".join(name.split()).strip(" ,.;:")
    bearing = BEARING_NAME.match(clean)
    if bearing is not None:
        return _bearing_point(clean, bearing, gazetteer)
    for candidate in _candidates(clean):
        entry = gazetteer.lookup(candidate)
        if entry is not None:
            return PlaceRef(
                name=clean,
                id=entry.id,
                lat=_number(entry.lat),
                lon=_number(entry.lon),
                precision=entry.precision,
            )
    return PlaceRef(name=clean)


def _bearing_point(name: str, bearing: re.Match[str], gazetteer: Gazetteer) -> PlaceRef:
    """Return the point a distance and bearing from a known place reach, as a place."""
    anchor = place_ref(bearing.group("anchor"), gazetteer)
    if anchor.lat is None or anchor.lon is None:
        return PlaceRef(name=name)
    unit = bearing.group("unit").lower()
    km = float(bearing.group("distance").replace(",", "")) * next(
        factor for prefix, factor in _KM_PER.items() if unit.startswith(prefix)
    )
    azimuth = _AZIMUTHS[re.sub(r"[- ]", "", bearing.group("bearing").lower())]
    lon, lat = point_at(anchor.lon, anchor.lat, azimuth=azimuth, km=km)
    # The text gives the distance roughly: no more decimals than it can carry.
    digits = 2 if km < 50 else 1
    return PlaceRef(name=name, lat=round(lat, digits), lon=round(lon, digits), precision="point")


def _candidates(name: str) -> list[str]:
    """Return the spellings to try: as written, without "the", title-cased for datelines."""
    bare = _ARTICLE.sub("", name)
    forms = [name, bare, bare.title(), bare.replace("\u2019", "'"), _ABBREVIATION.sub("", bare)]
    return list(dict.fromkeys(forms))


def _number(value: float | None) -> float | None:
    """Return a float, or None for a missing or NaN coordinate."""
    if value is None or math.isnan(value):
        return None
    return float(value)


def is_anaphoric(name: str) -> bool:
    """Tell whether a place mention points back ("those islands") rather than names."""
    return _DEMONSTRATIVE.match(name.lower()) is not None

"""Place names resolved through the gazetteer of `geo/`; unknown names stay, flagged."""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Protocol

from shapely.geometry.base import BaseGeometry

from facts.model import PlaceRef

# Generic sea areas the text names without a proper name; kept as unresolved places.
GENERIC_AREAS = ("sea-lanes", "sea lanes", "sea lines of communication")

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

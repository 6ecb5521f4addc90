"""Where each fact stands in space, once per store, and the spatial filters that read it.

A fact lies where any of its located places lies (`geo.zones` says how points and areas count):
it is inside a zone if one of its places is, within N nautical miles of a target if one of its
point places is, and inside a drawn area if one of its point places is or one of its areas lies
wholly inside it. Places not in the gazetteer are not located and count nowhere.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from facts.model import PLACES
from geo.drawn_area import outline_inside, parse_area, points_inside
from geo.gazetteer import AREA_PRECISIONS
from geo.zones import Standing

# Columns `with_standing` adds.
IN_ZONES, NEAR_NM, POINTS, OUTLINES = "in_zones", "near_nm", "points", "outlines"
# Nautical miles a distance filter means when the link does not say.
DEFAULT_NM = 50
MAX_NM = 5_000


def with_standing(facts: pd.DataFrame, standings: Mapping[str, Standing]) -> pd.DataFrame:
    """Return the facts with the zones they lie in, their distances, points and area outlines.

    Parameters
    ----------
    standings
        The standing of every located gazetteer entry by id (`geo.zones.place_standings`).
    """
    rows = [_standing_of(places, standings) for places in facts[PLACES]]
    columns = (IN_ZONES, NEAR_NM, POINTS, OUTLINES)
    return facts.assign(**{c: [row[i] for row in rows] for i, c in enumerate(columns)})


def _standing_of(places: Sequence[Mapping], standings: Mapping[str, Standing]) -> tuple:
    """Return (zones, nearest nm per target, point places, area outlines) of one fact."""
    zones: set[str] = set()
    nm: dict[str, float] = {}
    points, outlines = [], []
    for place in places:
        standing = standings.get(place.get("id") or "")
        if standing is None:
            continue
        zones.update(standing.zones)
        for target, distance in standing.nm.items():
            nm[target] = min(distance, nm.get(target, math.inf))
        if standing.outline is not None:
            outlines.append(standing.outline)
        elif place.get("precision") not in AREA_PRECISIONS and place.get("lon") is not None:
            points.append((place["lon"], place["lat"]))
    return tuple(sorted(zones)), nm, tuple(points), tuple(outlines)


def spatial_mask(
    facts: pd.DataFrame,
    *,
    zones: Sequence[str] = (),
    near: Sequence[str] = (),
    nm: float = DEFAULT_NM,
    area: str = "",
) -> pd.Series:
    """Return which facts pass the zone, distance and drawn-area filters (empty ones pass all).

    Needs the columns of `with_standing`; a store read without them passes only empty filters.
    """
    keep = pd.Series(True, index=facts.index)
    if zones:
        wanted = set(zones)
        keep &= _series(facts, [bool(wanted & set(z)) for z in _column(facts, IN_ZONES)])
    if near:
        keep &= _series(
            facts,
            [any(d.get(t, math.inf) <= nm for t in near) for d in _column(facts, NEAR_NM)],
        )
    drawn = parse_area(area) if area else None
    if drawn is not None:
        keep &= inside_area(facts, drawn)
    return keep


def inside_area(facts: pd.DataFrame, area: object) -> pd.Series:
    """Return which facts have a point inside a drawn area, or an area wholly inside it."""
    points = _column(facts, POINTS)
    owners = np.repeat(np.arange(len(facts)), [len(p) for p in points])
    flat = [xy for p in points for xy in p]
    inside = np.zeros(len(facts), dtype=bool)
    if flat:
        lon, lat = zip(*flat, strict=True)
        np.logical_or.at(inside, owners, points_inside(area, lon, lat))
    seen: dict[int, bool] = {}
    for i, outlines in enumerate(_column(facts, OUTLINES)):
        for outline in outlines:
            if id(outline) not in seen:
                seen[id(outline)] = outline_inside(area, outline)
            inside[i] |= seen[id(outline)]
    return pd.Series(inside, index=facts.index)


def _column(facts: pd.DataFrame, name: str) -> pd.Series:
    """Return a standing column, or empty standings when the facts were read without them."""
    if name in facts.columns:
        return facts[name]
    empty: object = {} if name == NEAR_NM else ()
    return pd.Series([empty] * len(facts), index=facts.index, dtype=object)


def _series(facts: pd.DataFrame, values: list[bool]) -> pd.Series:
    """Return per-fact booleans as a Series aligned with the facts."""
    return pd.Series(values, index=facts.index, dtype=bool)

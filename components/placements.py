"""Where facts go on the map: a precise point, or the whole area a sea, zone or country covers."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

# A place of these precisions is an area: drawing it as a point would fake precision.
AREA_PRECISIONS = ("zone", "sea", "ocean", "country", "region")
COLUMNS = ("fact_id", "place", "place_id", "lon", "lat", "precision", "is_area")


def placements_of(facts: pd.DataFrame) -> pd.DataFrame:
    """Return one row per (fact, located place): its point, or its area's gazetteer id."""
    rows = []
    for fact_id, places in zip(facts["fact_id"], facts["places"], strict=True):
        for place in places:
            is_area = place.get("precision") in AREA_PRECISIONS and bool(place.get("id"))
            has_point = place.get("lon") is not None and place.get("lat") is not None
            if is_area or has_point:
                rows.append(
                    (
                        fact_id,
                        place["name"],
                        place.get("id"),
                        place.get("lon"),
                        place.get("lat"),
                        place.get("precision"),
                        is_area,
                    )
                )
    # Typed even when empty: an untyped empty mask would select columns, not rows.
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({"is_area": bool})


def placed_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the placements of facts with the `hover` text and `group` the map shows for them.

    Computed once per store: a rerun then picks the rows of the facts it draws.
    """
    return placements_of(facts).merge(facts[["fact_id", "hover", "group"]], on="fact_id")


def area_ids_of(placed: pd.DataFrame) -> tuple[str, ...]:
    """Return the gazetteer ids of the areas among placements, sorted."""
    return tuple(sorted(set(placed.loc[placed["is_area"], "place_id"])))


def relocated(
    facts: pd.DataFrame, entries: Mapping[str, tuple[float | None, float | None, str]]
) -> pd.DataFrame:
    """Return the facts with each known place's (lon, lat, precision) as the gazetteer has it.

    The store keeps what the gazetteer said at extraction time; a place located since then
    (or moved to a better source) shows where the gazetteer puts it now.
    """

    def refreshed(place: dict) -> dict:
        entry = entries.get(place.get("id") or "")
        if entry is None:
            return place
        lon, lat, precision = entry
        return {**place, "lon": lon, "lat": lat, "precision": precision}

    return facts.assign(places=[tuple(refreshed(p) for p in ps) for ps in facts["places"]])

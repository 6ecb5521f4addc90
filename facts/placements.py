"""Where facts go on the map: a precise point, or the whole area a sea, zone or country covers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from facts.labels import GROUP, HOVER
from facts.model import FACT_ID, PLACES
from geo.gazetteer import AREA_PRECISIONS
from geo.shapes import Shapes
from geo.views import DEFAULT_VIEW, FACT_VIEW, VIEWS, View, view_around

# Columns of a placements frame; `placed_facts` adds the fact's `hover` and `group`.
PLACE, PLACE_ID, PRECISION, IS_AREA = "place", "place_id", "precision", "is_area"
LON, LAT = "lon", "lat"
COLUMNS = (FACT_ID, PLACE, PLACE_ID, LON, LAT, PRECISION, IS_AREA)


def placements_of(facts: pd.DataFrame) -> pd.DataFrame:
    """Return one row per (fact, located place): its point, or its area's gazetteer id."""
    rows = []
    for fact_id, places in zip(facts[FACT_ID], facts[PLACES], strict=True):
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
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype({IS_AREA: bool})


def placed_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the placements of facts with the `hover` text and `group` the map shows for them.

    Computed once per store: a rerun then picks the rows of the facts it draws.
    """
    return placements_of(facts).merge(facts[[FACT_ID, HOVER, GROUP]], on=FACT_ID)


def area_ids_of(placed: pd.DataFrame) -> tuple[str, ...]:
    """Return the gazetteer ids of the areas among placements, sorted."""
    return tuple(sorted(set(placed.loc[placed[IS_AREA], PLACE_ID])))


def with_current_places(
    facts: pd.DataFrame, entries: Mapping[str, tuple[float | None, float | None, str]]
) -> pd.DataFrame:
    """Return the facts with each known place's (lon, lat, precision) as the gazetteer has it now.

    The store keeps what the gazetteer said at extraction time; a place located since then
    (or moved to a better source) shows where the gazetteer puts it now.
    """

    def refreshed(place: dict) -> dict:
        entry = entries.get(place.get("id") or "")
        if entry is None:
            return place
        lon, lat, precision = entry
        return {**place, "lon": lon, "lat": lat, "precision": precision}

    # Facts read from a store share one tuple per distinct places text (`facts.store`): each
    # tuple is refreshed once, and the facts keep sharing the result.
    done: dict[int, tuple] = {}

    def current(places: tuple) -> tuple:
        if id(places) not in done:
            done[id(places)] = tuple(refreshed(p) for p in places)
        return done[id(places)]

    return facts.assign(**{PLACES: [current(ps) for ps in facts[PLACES]]})


def unoutlined(placed: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]]) -> pd.DataFrame:
    """Return the area placements with no shipped outline but a sourced label point."""
    has_outline = placed[PLACE_ID].map(lambda i: bool(areas.get(i)))
    return placed[placed[IS_AREA] & ~has_outline.astype(bool) & placed[LON].notna()]


def marked_points(placed: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]]) -> pd.DataFrame:
    """Return the placements drawn as a mark: points, and areas known only by a label point."""
    return placed[~placed[IS_AREA] | placed.index.isin(unoutlined(placed, areas).index)]


def outlines_of(placed: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]]) -> tuple[list, list]:
    """Return the lon and lat lists of every outline of the placed areas, parts joined."""
    lon: list[float | None] = []
    lat: list[float | None] = []
    for place_id in placed.loc[placed[IS_AREA], PLACE_ID]:
        for shapes in areas.get(place_id, ()):
            lon += shapes.lon
            lat += shapes.lat
    return lon, lat


def view_of_fact(
    fact_id: str, facts: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]]
) -> View | None:
    """Return a frame around the places of a fact, or None when it has none on the map."""
    placed = placements_of(facts[facts[FACT_ID] == fact_id])
    points = marked_points(placed, areas)
    lon, lat = outlines_of(placed, areas)
    return view_around([*points[LON], *lon], [*points[LAT], *lat])


def map_view(
    view: str | None,
    fact_id: str | None,
    facts: pd.DataFrame,
    areas: Mapping[str, Sequence[Shapes]],
) -> View:
    """Return the map's frame: the named view, or the selected fact's places."""
    if view == FACT_VIEW and fact_id:
        framed = view_of_fact(fact_id, facts, areas)
        if framed is not None:
            return framed
    return VIEWS.get(view or DEFAULT_VIEW, VIEWS[DEFAULT_VIEW])


def located_places(fact: Mapping) -> tuple[list[tuple[str, float, float]], list[str]]:
    """Return a fact's points as (name, lon, lat) and the names of its areas."""
    placed = placements_of(pd.DataFrame([fact]))
    points = placed[~placed[IS_AREA]]
    rows = zip(points[PLACE], points[LON], points[LAT], strict=True)
    return list(rows), list(placed.loc[placed[IS_AREA], PLACE])

"""What one filter state shows, cached per store version: the facts it keeps, the map, the timeline.

Most reruns do not change the filters (a fact picked, a tab opened, a form typed in, a review
saved elsewhere that did not bump the version): they then build nothing again. Each entry is
shared read-only by every session of the process; a new store version makes new entries.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st

from components.fact_table import LISTED
from components.map_chart import map_figure
from components.map_events import with_drawn_area
from components.map_key import map_caption
from components.picking import Spec
from components.timeline import timeline_figure
from facts.board import Board
from facts.cluster_columns import one_per_cluster
from facts.model import CATEGORIES, FACT_ID
from facts.placements import area_ids_of, map_view
from facts.query import Filters, matching, with_fact, within_dates
from facts.time_axis import timeline_rows
from screens.loads import layer_shapes_of, load_area, load_board

# Filter states kept per process. A state holds two masks and the rows of `Board.screen` it
# keeps: at most that frame (63 MB deep at 100,000 facts, its strings shared with the board).
STATES, CHARTS = 4, 8


@dataclass(frozen=True)
class Shown:
    """The facts one filter state lets through."""

    keep: pd.Series  # a mask on the board's facts
    facts: pd.DataFrame  # their rows of `Board.screen`
    listed: list[str]  # the ids the table and the picker list
    any_date: pd.Series  # the mask of every filter but the dates (the timeline greys the rest)


@dataclass(frozen=True)
class Charts:
    """The map and the timeline of one filter state and selected fact, ready to send."""

    map: Spec
    caption: str
    timeline: Spec
    dated: int
    undated: int


@st.cache_resource(max_entries=STATES, show_spinner=False)
def shown_of(url: str, version: int, filters: Filters) -> Shown:
    """Return the facts of store version `version` that `filters` let through."""
    board = load_board(url, version)
    any_date = matching(board.facts, replace(filters, dates=None))
    keep = any_date & within_dates(board.facts, filters.dates) if filters.dates else any_date
    facts = board.screen[keep]
    return Shown(
        keep=keep, facts=facts, listed=facts[FACT_ID].head(LISTED).tolist(), any_date=any_date
    )


@st.cache_resource(max_entries=CHARTS, show_spinner=False)
def charts_of(url: str, version: int, filters: Filters, fact_id: str | None) -> Charts:
    """Return the map and timeline of the facts shown, one mark per event or per report."""
    board = load_board(url, version)
    shown = shown_of(url, version, filters)
    drawn = with_fact(shown.facts, board.screen, fact_id)
    if filters.marks == "events":
        drawn = one_per_cluster(drawn, keep=fact_id)
    placed = board.placements_of(drawn)
    areas = {place_id: load_area(place_id) for place_id in area_ids_of(placed)}
    layers = {name: layer_shapes_of()[name] for name in filters.layers}
    view = map_view(filters.view, fact_id, board.facts, areas)
    figure = map_figure(layers, placed, areas, view=view, selected=fact_id)
    dated = len(timeline_rows(drawn))
    timeline = timeline_figure(
        drawn, order=CATEGORIES, selected=fact_id, window=filters.dates,
        outside=outside_dates(board, filters, shown),
    )  # fmt: skip
    return Charts(
        map=with_drawn_area(figure, filters.area),
        caption=map_caption(placed, areas, shown=len(drawn)),
        timeline=timeline,
        dated=dated,
        undated=len(drawn) - dated,
    )


def outside_dates(board: Board, filters: Filters, shown: Shown) -> pd.DataFrame | None:
    """Return the facts that only the dates filter hides (the timeline greys them), or None."""
    if filters.dates is None:
        return None
    outside = board.screen[shown.any_date & ~shown.keep]
    return one_per_cluster(outside) if filters.marks == "events" else outside

"""The timeline: dated facts by category; month- or year-precise ones as spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import pandas as pd
import streamlit as st

from components.picking import Spec
from components.playback import render_brushable
from components.style import SELECTED_COLOUR, category_colour
from facts.labels import GROUP, HOVER
from facts.model import FACT_ID
from facts.time_axis import AS_OF, DOT, FROM, MARK, SINCE, SPAN, TO, timeline_rows

HEIGHT = 280
LANE_PX = 20
# More facts than this on the axis are drawn as counts per month: thousands of single marks
# overlap on a chart this wide, and their hover texts would be megabytes sent on every rerun.
ONE_BY_ONE = 1_000
SYMBOLS = {DOT: "circle", SINCE: "triangle-right", AS_OF: "triangle-left"}
OUTSIDE_COLOUR = "#c8c8c8"
WINDOW_FILL = "rgba(17,17,17,0.07)"


def timeline_figure(
    facts: pd.DataFrame,
    *,
    order: Sequence[str] = (),
    selected: str | None = None,
    window: tuple[date, date] | None = None,
    outside: pd.DataFrame | None = None,
) -> Spec:
    """Return dated facts on a time axis, one row per category in `order` (others after).

    Needs the columns of `facts.labels.with_hover` and `facts.time_axis.with_time_axis`.
    Beyond `ONE_BY_ONE` facts, each category shows counts per month. `window` (the dates
    filter) is shaded; `outside` are the facts only the dates filter hides, drawn in grey so a
    new range can be dragged anywhere.
    """
    placed = timeline_rows(facts)
    hidden = timeline_rows(outside) if outside is not None else placed.iloc[:0]
    if len(placed) > ONE_BY_ONE:
        traces = [
            _monthly(group, starts) for group, starts in placed.groupby(GROUP, sort=False)[FROM]
        ]
    else:
        traces = [
            _bars(group, rows) if mark == SPAN else _marks(group, mark, rows)
            for (group, mark), rows in placed.groupby([GROUP, MARK], sort=False)
        ]
    traces += _selected_trace(placed[placed[FACT_ID] == selected])
    if len(placed) + len(hidden) <= ONE_BY_ONE:
        traces = _outside_traces(hidden) + traces
    present = list(dict.fromkeys([*placed[GROUP], *hidden[GROUP]]))
    lanes = [g for g in order if g in present] + sorted(g for g in present if g not in order)
    layout = {
        "yaxis": {"categoryorder": "array", "categoryarray": lanes[::-1]},
        "xaxis": {"type": "date", "showgrid": True},
        "height": min(HEIGHT, 70 + LANE_PX * len(lanes)),
        "margin": {"l": 0, "r": 0, "t": 10, "b": 0},
        "showlegend": False,
        "hoverlabel": {"align": "left"},
        "plot_bgcolor": "#fafafa",
        "uirevision": str(selected),
        # Dragging selects a range of dates (`playback`); the toolbar still zooms and pans.
        "dragmode": "select",
        "selectdirection": "h",
    }
    if window is not None:
        layout["shapes"] = _window_shapes(window)
    # Plain dicts, not validated at run time (costly on every rerun); the tests validate.
    return {"data": traces, "layout": layout}


def render_timeline(
    fig: Spec,
    *,
    key: str,
    dated: int,
    undated: int,
    span: tuple[date, date] | None = None,
) -> None:
    """Show the timeline and its key; clicking a fact selects it, dragging a range sets dates.

    `span` is the data's first and last day, which a dragged range is kept within.
    """
    render_brushable(fig, key=key, span=span)
    if dated > ONE_BY_ONE:
        key_text = (
            f"{dated:,} dated facts: each circle counts the facts of a category that start in "
            "its month (area grows with the count). Narrow the filters to see and pick single "
            "facts."
        )
    else:
        key_text = (
            "● a day · ▬ a month or year (or a stated span) · ▶ ongoing since · ◀ ongoing as "
            "of the article's date."
        )
    st.caption(
        f"{key_text} {undated:,} facts shown have no date and stay off the timeline. Drag across "
        "the timeline to show only that range of dates; grey marks are facts outside it."
    )


def _marks(group: str, mark: str, rows: pd.DataFrame) -> dict:
    """Return markers for facts standing at one date each."""
    note = "" if mark == DOT else f"<br><i>{mark}</i>"
    return {
        "type": "scatter",
        "x": _iso(rows[FROM]),
        "y": [group] * len(rows),
        "customdata": rows[FACT_ID].tolist(),
        "hovertext": (rows[HOVER] + note).tolist(),
        "hoverinfo": "text",
        "mode": "markers",
        "name": f"{group}, {mark}",
        "marker": {
            "color": category_colour(group),
            "symbol": SYMBOLS[mark],
            "size": 12,
            "line": {"color": "white", "width": 1},
        },
    }


def _bars(group: str, rows: pd.DataFrame) -> dict:
    """Return one bar from first to last day per fact, hoverable at both ends."""
    colour = category_colour(group)
    x = _with_breaks(_iso(rows[FROM]), _iso(rows[TO]))
    ids = _with_breaks(rows[FACT_ID].tolist(), rows[FACT_ID].tolist())
    text = _with_breaks(rows[HOVER].tolist(), rows[HOVER].tolist())
    return {
        "type": "scatter",
        "x": x,
        "y": [group if v is not None else None for v in x],
        "customdata": ids,
        "hovertext": text,
        "hoverinfo": "text",
        "mode": "lines+markers",
        "name": f"{group}, {SPAN}",
        "line": {"color": colour, "width": 7},
        "marker": {"symbol": "line-ns", "size": 14, "line": {"color": colour, "width": 2}},
        "opacity": 0.75,
    }


def _monthly(group: str, starts: pd.Series) -> dict:
    """Return one circle per month with the number of the category's facts starting in it."""
    months = pd.Series([d.replace(day=15) for d in starts]).value_counts().sort_index()
    return {
        "type": "scatter",
        "x": _iso(months.index),
        "y": [group] * len(months),
        "hovertext": [f"{group} · {m:%Y-%m}: {n:,} facts" for m, n in months.items()],
        "hoverinfo": "text",
        "mode": "markers",
        "name": f"{group}, per month",
        "marker": {
            "color": category_colour(group),
            "size": months.tolist(),
            "sizemode": "area",
            # Plotly's rule for area sizing: the largest count gets a 24-pixel circle.
            "sizeref": 2.0 * max(months.max(), 1) / 24**2,
            "sizemin": 3,
            "opacity": 0.8,
        },
    }


def _iso(days: Iterable[date]) -> list[str]:
    """Return days as ISO strings for the date axis."""
    return [d.isoformat() for d in days]


def _with_breaks(starts: list, ends: list) -> list:
    """Return start, end, None for each pair: one line segment per fact in a single trace."""
    return [v for pair in zip(starts, ends, strict=True) for v in (*pair, None)]


def _selected_trace(rows: pd.DataFrame) -> list[dict]:
    """Return a ring around the selected fact's start."""
    if rows.empty:
        return []
    marker = {"symbol": "circle-open", "size": 22, "color": SELECTED_COLOUR, "line": {"width": 3}}
    return [
        {
            "type": "scatter",
            "x": _iso(rows[FROM]),
            "y": rows[GROUP].tolist(),
            "mode": "markers",
            "marker": marker,
            "hoverinfo": "skip",
            "name": "selected fact",
        }
    ]


def _outside_traces(rows: pd.DataFrame) -> list[dict]:
    """Return the facts outside the date window as small grey marks, one trace for all."""
    if rows.empty:
        return []
    return [
        {
            "type": "scatter",
            "x": _iso(rows[FROM]),
            "y": rows[GROUP].tolist(),
            "mode": "markers",
            "marker": {"color": OUTSIDE_COLOUR, "size": 7},
            "hoverinfo": "skip",
            "name": "outside the dates",
        }
    ]


def _window_shapes(window: tuple[date, date]) -> list[dict]:
    """Return the shading of the date window, from its first day to the end of its last."""
    end = window[1] + timedelta(days=1)
    return [
        {
            "type": "rect", "xref": "x", "yref": "paper", "x0": window[0].isoformat(),
            "x1": end.isoformat(), "y0": 0, "y1": 1, "fillcolor": WINDOW_FILL,
            "line": {"width": 0}, "layer": "below",
        }
    ]  # fmt: skip

"""The timeline: dated facts by category; month- or year-precise ones as spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.picking import render_pickable
from components.style import SELECTED_COLOUR, category_colour
from facts.labels import GROUP, HOVER
from facts.model import FACT_ID
from facts.time_axis import AS_OF, DOT, FROM, MARK, SINCE, SPAN, TO, timeline_rows

HEIGHT = 300
LANE_PX = 26
# More facts than this on the axis are drawn as counts per month: thousands of single marks
# overlap on a chart this wide, and their hover texts would be megabytes sent on every rerun.
ONE_BY_ONE = 1_000
SYMBOLS = {DOT: "circle", SINCE: "triangle-right", AS_OF: "triangle-left"}


def timeline_figure(
    facts: pd.DataFrame, *, order: Sequence[str] = (), selected: str | None = None
) -> go.Figure:
    """Return dated facts on a time axis, one row per category in `order` (others after).

    Needs the columns of `facts.labels.with_hover` and `facts.time_axis.with_time_axis`.
    Beyond `ONE_BY_ONE` facts, each category shows counts per month.
    """
    placed = timeline_rows(facts)
    if len(placed) > ONE_BY_ONE:
        traces = [_monthly(group, rows) for group, rows in placed.groupby(GROUP, sort=False)]
    else:
        traces = [
            _bars(group, rows) if mark == SPAN else _marks(group, mark, rows)
            for (group, mark), rows in placed.groupby([GROUP, MARK], sort=False)
        ]
    traces += _selected_trace(placed[placed[FACT_ID] == selected])
    present = list(dict.fromkeys(placed[GROUP]))
    lanes = [g for g in order if g in present] + sorted(g for g in present if g not in order)
    layout = {
        "yaxis": {"categoryorder": "array", "categoryarray": lanes[::-1]},
        "xaxis": {"type": "date", "showgrid": True},
        "height": min(HEIGHT, 90 + LANE_PX * len(lanes)),
        "margin": {"l": 0, "r": 0, "t": 10, "b": 0},
        "showlegend": False,
        "hoverlabel": {"align": "left"},
        "plot_bgcolor": "#fafafa",
        "uirevision": str(selected),
    }
    # Plain dicts, not validated at run time (costly on every rerun); the tests validate.
    return go.Figure(data=traces, layout=layout, _validate=False)


def render_timeline(fig: go.Figure, *, key: str, dated: int, undated: int) -> None:
    """Show the timeline and its key; clicking a fact selects it."""
    st.markdown("**Timeline**")
    render_pickable(fig, key=key, config={})
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
    st.caption(f"{key_text} {undated:,} facts shown have no date and stay off the timeline.")


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


def _monthly(group: str, rows: pd.DataFrame) -> dict:
    """Return one circle per month with the number of the category's facts starting in it."""
    months = pd.Series([d.replace(day=15) for d in rows[FROM]]).value_counts().sort_index()
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

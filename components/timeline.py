"""The timeline: dated facts by category; month- or year-precise ones as spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.criteria import span_of
from components.picking import render_pickable
from components.style import SELECTED_COLOUR, category_colour

HEIGHT = 300
LANE_PX = 26
# How each kind of date is drawn: (legend word, marker symbol); spans are bars.
DOT, SPAN, SINCE, AS_OF = "day", "span", "ongoing since", "ongoing as of publication"
# Columns added for the time axis (the facts already have `start`/`end`: evidence offsets).
FROM, TO, MARK = "first_day", "last_day", "mark"
# More facts than this on the axis are drawn as counts per month: thousands of single marks
# overlap on a chart this wide, and their hover texts would be megabytes sent on every rerun.
ONE_BY_ONE = 1_000
SYMBOLS = {DOT: "circle", SINCE: "triangle-right", AS_OF: "triangle-left"}


def with_time_axis(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts with the first and last day the time axis draws them at, and their mark.

    Ongoing facts with no start stand at their article's publication date (`published`),
    the day the text says they were going on. Facts with no date get no mark.
    """
    columns = ("date", "date_end", "date_precision", "published")
    placed = [_place(*row) for row in zip(*(facts[c] for c in columns), strict=True)]
    return facts.assign(
        **{FROM: [p[0] for p in placed], TO: [p[1] for p in placed], MARK: [p[2] for p in placed]}
    )


def _place(start: object, end: object, precision: object, published: object) -> tuple:
    """Return (first day, last day, mark) of one fact, or Nones when it has no date."""
    span = span_of(start, end, precision)
    ongoing = precision == "ongoing"
    if span is None and ongoing and isinstance(published, str) and published:
        day = date.fromisoformat(published[:10])
        return day, day, AS_OF
    if span is None:
        return None, None, None
    return span[0], span[1], SINCE if ongoing else (SPAN if span[0] != span[1] else DOT)


def timeline_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts that stand on the time axis (columns of `with_time_axis`)."""
    return facts[facts[MARK].notna()]


def timeline_figure(
    facts: pd.DataFrame, *, order: Sequence[str] = (), selected: str | None = None
) -> go.Figure:
    """Return dated facts on a time axis, one row per category in `order` (others after).

    Needs the `hover` and `group` columns of `components.map.with_hover` and those of
    `with_time_axis`. Beyond `ONE_BY_ONE` facts, each category shows counts per month.
    """
    placed = timeline_rows(facts)
    if len(placed) > ONE_BY_ONE:
        traces = [_monthly(group, rows) for group, rows in placed.groupby("group", sort=False)]
    else:
        traces = [
            _bars(group, rows) if mark == SPAN else _marks(group, mark, rows)
            for (group, mark), rows in placed.groupby(["group", MARK], sort=False)
        ]
    traces += _selected_trace(placed[placed["fact_id"] == selected])
    present = list(dict.fromkeys(placed["group"]))
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
        "customdata": rows["fact_id"].tolist(),
        "hovertext": (rows["hover"] + note).tolist(),
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
    ids = _with_breaks(rows["fact_id"].tolist(), rows["fact_id"].tolist())
    text = _with_breaks(rows["hover"].tolist(), rows["hover"].tolist())
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
            "y": rows["group"].tolist(),
            "mode": "markers",
            "marker": marker,
            "hoverinfo": "skip",
            "name": "selected fact",
        }
    ]

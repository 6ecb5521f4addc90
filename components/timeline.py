"""The timeline: dated facts by category; month- or year-precise ones as spans."""

from __future__ import annotations

from collections.abc import Sequence
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
FROM, TO = "first_day", "last_day"
SYMBOLS = {DOT: "circle", SINCE: "triangle-right", AS_OF: "triangle-left"}


def timeline_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts that can stand on a time axis, with their first and last day and mark.

    Ongoing facts with no start stand at their article's publication date (`published`),
    the day the text says they were going on.
    """
    return pd.DataFrame(_placed(facts), columns=[*facts.columns, FROM, TO, "mark"])


def _placed(facts: pd.DataFrame) -> list[dict]:
    """Return the records of `timeline_rows`."""
    rows = []
    for fact in facts.to_dict("records"):
        ongoing = fact.get("date_precision") == "ongoing"
        span = span_of(fact.get("date"), fact.get("date_end"), fact.get("date_precision"))
        if span is None and ongoing and fact.get("published"):
            day = date.fromisoformat(str(fact["published"])[:10])
            span, mark = (day, day), AS_OF
        elif span is None:
            continue
        else:
            mark = SINCE if ongoing else (SPAN if span[0] != span[1] else DOT)
        rows.append({**fact, FROM: span[0], TO: span[1], "mark": mark})
    return rows


def timeline_figure(
    facts: pd.DataFrame, *, order: Sequence[str] = (), selected: str | None = None
) -> go.Figure:
    """Return dated facts on a time axis, one row per category in `order` (others after).

    Needs the `hover` and `group` columns of `components.map.with_hover`.
    """
    placed = _placed(facts)
    by_mark: dict[tuple[str, str], list[dict]] = {}
    for row in placed:
        by_mark.setdefault((row["group"], row["mark"]), []).append(row)
    traces = [
        _bars(group, rows) if mark == SPAN else _marks(group, mark, rows)
        for (group, mark), rows in by_mark.items()
    ]
    traces += _selected_trace([r for r in placed if r["fact_id"] == selected])
    present = list(dict.fromkeys(r["group"] for r in placed))
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


def render_timeline(fig: go.Figure, *, key: str, undated: int) -> None:
    """Show the timeline and its key; clicking a fact selects it."""
    st.markdown("**Timeline**")
    render_pickable(fig, key=key, config={})
    st.caption(
        "● a day · ▬ a month or year (or a stated span) · ▶ ongoing since · ◀ ongoing as of the "
        f"article's date. {undated} facts shown have no date and stay off the timeline."
    )


def _marks(group: str, mark: str, rows: list[dict]) -> dict:
    """Return markers for facts standing at one date each."""
    note = "" if mark == DOT else f"<br><i>{mark}</i>"
    return {
        "type": "scatter",
        "x": [r[FROM].isoformat() for r in rows],
        "y": [group] * len(rows),
        "customdata": [r["fact_id"] for r in rows],
        "hovertext": [r["hover"] + note for r in rows],
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


def _bars(group: str, rows: list[dict]) -> dict:
    """Return one bar from first to last day per fact, hoverable at both ends."""
    colour = category_colour(group)
    x: list[str | None] = []
    ids: list[str | None] = []
    text: list[str | None] = []
    for row in rows:
        x += [row[FROM].isoformat(), row[TO].isoformat(), None]
        ids += [row["fact_id"], row["fact_id"], None]
        text += [row["hover"], row["hover"], None]
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


def _selected_trace(rows: list[dict]) -> list[dict]:
    """Return a ring around the selected fact's start."""
    if not rows:
        return []
    marker = {"symbol": "circle-open", "size": 22, "color": SELECTED_COLOUR, "line": {"width": 3}}
    return [
        {
            "type": "scatter",
            "x": [r[FROM].isoformat() for r in rows],
            "y": [r["group"] for r in rows],
            "mode": "markers",
            "marker": marker,
            "hoverinfo": "skip",
            "name": "selected fact",
        }
    ]

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
    return pd.DataFrame(rows, columns=[*facts.columns, FROM, TO, "mark"])


def timeline_figure(
    facts: pd.DataFrame, *, order: Sequence[str] = (), selected: str | None = None
) -> go.Figure:
    """Return dated facts on a time axis, one row per category in `order` (others after).

    Needs the `hover` and `group` columns of `components.map.with_hover`.
    """
    placed = timeline_rows(facts)
    traces: list[go.Scatter] = []
    for (group, mark), rows in placed.groupby(["group", "mark"], sort=False):
        if mark == SPAN:
            traces.append(_bars(str(group), rows))
        else:
            traces.append(_marks(str(group), str(mark), rows))
    traces += _selected_trace(placed[placed["fact_id"] == selected])
    fig = go.Figure(traces)
    present = list(dict.fromkeys(placed["group"]))
    lanes = [g for g in order if g in present] + sorted(g for g in present if g not in order)
    fig.update_yaxes(categoryorder="array", categoryarray=lanes[::-1], title=None)
    fig.update_xaxes(type="date", title=None, showgrid=True)
    fig.update_layout(
        height=min(HEIGHT, 90 + LANE_PX * len(lanes)),
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        showlegend=False,
        hoverlabel={"align": "left"},
        plot_bgcolor="#fafafa",
        uirevision=str(selected),
    )
    return fig


def render_timeline(fig: go.Figure, *, key: str, pick_into: str, undated: int) -> None:
    """Show the timeline and its key; clicking a fact selects it."""
    st.markdown("**Timeline**")
    render_pickable(fig, key=key, pick_into=pick_into, config={})
    st.caption(
        "● a day · ▬ a month or year (or a stated span) · ▶ ongoing since · ◀ ongoing as of the "
        f"article's date. {undated} facts shown have no date and stay off the timeline."
    )


def _marks(group: str, mark: str, rows: pd.DataFrame) -> go.Scatter:
    """Return markers for facts standing at one date each."""
    colour = category_colour(group)
    return go.Scatter(
        x=rows[FROM],
        y=rows["group"],
        customdata=rows["fact_id"],
        hovertext=[f"{h}<br><i>{mark}</i>" for h in rows["hover"]]
        if mark != DOT
        else rows["hover"],
        hoverinfo="text",
        mode="markers",
        name=f"{group}, {mark}",
        marker={
            "color": colour,
            "symbol": SYMBOLS[mark],
            "size": 12,
            "line": {"color": "white", "width": 1},
        },
    )


def _bars(group: str, rows: pd.DataFrame) -> go.Scatter:
    """Return one bar from first to last day per fact, hoverable at both ends."""
    colour = category_colour(group)
    x: list[date | None] = []
    ids: list[str | None] = []
    text: list[str | None] = []
    for start, end, fact_id, hover in zip(
        rows[FROM], rows[TO], rows["fact_id"], rows["hover"], strict=True
    ):
        x += [start, end, None]
        ids += [fact_id, fact_id, None]
        text += [hover, hover, None]
    return go.Scatter(
        x=x,
        y=[group if v is not None else None for v in x],
        customdata=ids,
        hovertext=text,
        hoverinfo="text",
        mode="lines+markers",
        name=f"{group}, {SPAN}",
        line={"color": colour, "width": 7},
        marker={"symbol": "line-ns", "size": 14, "line": {"color": colour, "width": 2}},
        opacity=0.75,
    )


def _selected_trace(rows: pd.DataFrame) -> list[go.Scatter]:
    """Return a ring around the selected fact's start."""
    if rows.empty:
        return []
    marker = {"symbol": "circle-open", "size": 22, "color": SELECTED_COLOUR, "line": {"width": 3}}
    return [
        go.Scatter(x=rows[FROM], y=rows["group"], mode="markers", marker=marker, hoverinfo="skip")
    ]

"""Chinese government vessels around the Senkaku Islands per year, with units and sources."""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from facts.labels import escape_markdown

# Units as the file's header defines them (data/senkaku_cgv_counts.csv).
PANELS = (
    ("Days with at least one vessel present (days per year)", ("cz_days", "ts_days")),
    ("Vessel-days: vessels counted once per day present (per year)", ("cz_vessels", "ts_vessels")),
    ("Territorial-sea intrusion cases reported by the press (cases per year)", ("ts_cases",)),
)
SERIES = {
    "cz_days": ("Contiguous zone (12-24 nm)", "#76b7b2"),
    "ts_days": ("Territorial sea (0-12 nm)", "#e15759"),
    "cz_vessels": ("Contiguous zone (12-24 nm)", "#76b7b2"),
    "ts_vessels": ("Territorial sea (0-12 nm)", "#e15759"),
    "ts_cases": ("Territorial sea, press-reported cases", "#b07aa1"),
}
YEAR = r"^\d{4}$"


def yearly_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Return the whole-year rows of the statistics (not months or four-month periods)."""
    years = counts[counts["period"].astype(str).str.fullmatch(YEAR)]
    return years.assign(year=years["period"].astype(int))


def vessel_figure(counts: pd.DataFrame) -> go.Figure:
    """Return three panels of yearly counts, one unit each; hover names each row's source."""
    years = yearly_counts(counts)
    fig = make_subplots(
        rows=len(PANELS), cols=1, shared_xaxes=True, vertical_spacing=0.09,
        subplot_titles=[title for title, _ in PANELS],
    )  # fmt: skip
    for row, (_, columns) in enumerate(PANELS, start=1):
        for column in columns:
            fig.add_trace(
                _bars(years, column, legend=row == 1 or column == "ts_cases"), row=row, col=1
            )
    fig.update_layout(
        height=620,
        barmode="group",
        margin={"l": 0, "r": 0, "t": 30, "b": 0},
        legend={"orientation": "h", "y": -0.06},
        hoverlabel={"align": "left"},
    )
    fig.update_annotations(font_size=13, x=0, xanchor="left")
    fig.update_xaxes(dtick=1, tickformat="d")
    return fig


def _bars(years: pd.DataFrame, column: str, *, legend: bool) -> go.Bar:
    """Return the bars of one series, with the source and notes of each year in its hover."""
    label, colour = SERIES[column]
    values = pd.to_numeric(years[column], errors="coerce")
    notes = [
        f"{label}<br>{int(year)}: <b>{_count(value)}</b><br>source: {html.escape(str(src))}"
        + (f"<br>{html.escape(str(note))}" if isinstance(note, str) and note else "")
        for year, value, src, note in zip(
            years["year"], values, years["source"], years["notes"], strict=True
        )
    ]
    return go.Bar(
        x=years["year"],
        y=values,
        name=label,
        legendgroup=label,
        showlegend=legend,
        marker_color=colour,
        hovertext=notes,
        hoverinfo="text",
    )


def _count(value: float) -> str:
    """Return a count for reading, or say that the sources give none."""
    return "not found in the sources" if pd.isna(value) else f"{value:,.0f}"


def render_vessel_stats(counts: pd.DataFrame, notes: Sequence[str]) -> None:
    """Show the vessel statistics with the file's own notes on units, conflicts and sources."""
    st.plotly_chart(vessel_figure(counts), config={"displaylogo": False}, key="vessels")
    st.caption(
        "Whole years only; empty bars mean the figure was not found in the stored sources. "
        "The file also holds monthly and four-month figures."
    )
    with st.expander("Units and sources, as the data file states them"):
        for line in notes:
            st.markdown(f"- {escape_markdown(line)}")

"""Selecting a fact, from a chart, the table or the picker: the URL-bound state it changes."""

from __future__ import annotations

from functools import partial
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from facts.link import FACT, VIEW
from geo.views import FACT_VIEW


def select_fact(fact_id: str) -> None:
    """Select a fact and frame the map on it (callbacks only: before the widgets are drawn)."""
    st.session_state[FACT] = fact_id
    st.session_state[VIEW] = FACT_VIEW


def render_pickable(fig: go.Figure, *, key: str, config: dict[str, Any]) -> None:
    """Show a Plotly chart; clicking a point that carries a fact id selects that fact."""
    st.plotly_chart(
        fig,
        key=key,
        on_select=partial(_picked, key),
        selection_mode="points",
        config={"displaylogo": False, **config},
    )


def _picked(key: str) -> None:
    """Select the fact of the clicked point, if it carries one."""
    ids = [fact_id_of(p.get("customdata")) for p in st.session_state[key].selection.points]
    ids = [i for i in ids if i]
    if ids:
        select_fact(ids[0])


def fact_id_of(customdata: object) -> str | None:
    """Return the fact id a point carries (Plotly may wrap it in a list)."""
    if isinstance(customdata, list):
        customdata = customdata[0] if customdata else None
    return customdata if isinstance(customdata, str) and customdata else None

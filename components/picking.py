"""Clicks on a chart's fact markers become the selected fact, through session state."""

from __future__ import annotations

from functools import partial
from typing import Any

import plotly.graph_objects as go
import streamlit as st


def render_pickable(fig: go.Figure, *, key: str, pick_into: str, config: dict[str, Any]) -> None:
    """Show a Plotly chart; clicking a point that carries a fact id selects that fact."""
    st.plotly_chart(
        fig,
        key=key,
        on_select=partial(_picked, key, pick_into),
        selection_mode="points",
        config={"displaylogo": False, **config},
    )


def _picked(key: str, pick_into: str) -> None:
    """Copy the fact id of the clicked point, if any, into session state."""
    ids = [fact_id_of(p.get("customdata")) for p in st.session_state[key].selection.points]
    ids = [i for i in ids if i]
    if ids:
        st.session_state[pick_into] = ids[0]


def fact_id_of(customdata: object) -> str | None:
    """Return the fact id a point carries (Plotly may wrap it in a list)."""
    if isinstance(customdata, list):
        customdata = customdata[0] if customdata else None
    return customdata if isinstance(customdata, str) and customdata else None

"""Selecting a fact, from a chart, the table or the picker: the URL-bound state it changes."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Any

import plotly.io as pio
import streamlit as st
from plotly.basedatatypes import BaseFigure

from facts.link import FACT, VIEW
from geo.views import FACT_VIEW


def select_fact(fact_id: str) -> None:
    """Select a fact and frame the map on it (callbacks only: before the widgets are drawn)."""
    st.session_state[FACT] = fact_id
    st.session_state[VIEW] = FACT_VIEW


# A figure in Plotly's JSON form ({"data": [traces], "layout": {...}}), as our charts build it.
Spec = dict[str, Any]


class _AsBuilt(BaseFigure):
    """A figure that `st.plotly_chart` sends as it was built, neither copied nor validated.

    Given a dict, Streamlit validates every property through a `go.Figure`; given a Figure,
    it deep-copies it (`to_dict`): at 10,000 facts the map's copy cost half as much again as
    building it. Our specs are plain dicts the tests validate (`go.Figure(spec)`). Streamlit
    reads nothing of a figure but `to_dict()`, so no state of `BaseFigure` is set up.
    """

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def to_dict(self) -> Spec:
        """Return the spec under the default template, as a `go.Figure` would carry it."""
        return {**self._spec, "layout": {"template": _theme(), **self._spec["layout"]}}


@cache
def _theme() -> dict[str, Any]:
    """Return the default template: Streamlit's theme, whose colours its frontend fills in."""
    return pio.templates[pio.templates.default].to_plotly_json()


def render_pickable(  # noqa: PLR0913 (keyword-only options of one st.plotly_chart call)
    fig: Spec,
    *,
    key: str,
    config: dict[str, Any],
    selection_mode: tuple[str, ...] = ("points",),
    on_drawn: Callable[[Any], None] | None = None,
    height: int | str = "content",
) -> None:
    """Show a Plotly chart; clicking a point that carries a fact id selects that fact.

    Further selection modes (box, lasso) show their toolbar buttons; a box or lasso Streamlit
    reports (cartesian charts) goes to `on_drawn` with the selection, and selects no fact.
    """
    st.plotly_chart(
        _AsBuilt(fig),
        key=key,
        on_select=partial(_picked, key, on_drawn),
        selection_mode=selection_mode,
        config={"displaylogo": False, **config},
        height=height,
    )


def _picked(key: str, on_drawn: Callable[[Any], None] | None = None) -> None:
    """Select the fact of the clicked point, if it carries one; pass a box or lasso on."""
    selection = st.session_state[key].selection
    if selection.get("box") or selection.get("lasso"):
        if on_drawn is not None:
            on_drawn(selection)
        return
    ids = [fact_id_of(p.get("customdata")) for p in selection.points]
    ids = [i for i in ids if i]
    if ids:
        select_fact(ids[0])


def fact_id_of(customdata: object) -> str | None:
    """Return the fact id a point carries (Plotly may wrap it in a list)."""
    if isinstance(customdata, list):
        customdata = customdata[0] if customdata else None
    return customdata if isinstance(customdata, str) and customdata else None

"""A box or lasso drawn on the map, as the drawn-area filter, and its outline on the map.

Plotly reports a drawn outline on a geo map only in its own event, so a small component
(`map_events.js`) passes it on; it becomes the link text of the drawn-area filter
(`geo.drawn_area`), kept by the hidden `area` widget (`components.space_filters`), and is drawn
on the map.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from components.picking import Spec
from facts.link import AREA
from geo.drawn_area import area_text, parse_area

SCRIPT = Path(__file__).with_name("map_events.js").read_text(encoding="utf-8")
_mount = st.components.v2.component("maritime.map_events", js=SCRIPT)
KEY = "map_events"
DRAWN_COLOUR = "#111111"
HIDDEN = f".st-key-{KEY} {{ display: none; }}"


def watch_map(chart_key: str) -> None:
    """Watch the chart `chart_key`: a box or lasso drawn on it sets the drawn area."""
    st.html(f"<style>{HIDDEN}</style>")
    _mount(
        key=KEY,
        data={"key": chart_key},
        on_area_change=_drawn,
    )


def _drawn() -> None:
    """Set (or clear, for an empty outline) the drawn area from the component's trigger."""
    outline = st.session_state[KEY].get("area") or {}
    st.session_state[AREA] = area_text(outline.get("lon", []), outline.get("lat", []))


def with_drawn_area(fig: Spec, area: str) -> Spec:
    """Return the map with the outline of the drawn-area filter over it, if there is one."""
    shape = parse_area(area) if area else None
    if shape is None:
        return fig
    lon: list[float | None] = []
    lat: list[float | None] = []
    for polygon in getattr(shape, "geoms", [shape]):
        xs, ys = polygon.exterior.xy
        lon += [*xs, None]
        lat += [*ys, None]
    outline = {
        "type": "scattergeo",
        "lon": lon,
        "lat": lat,
        "mode": "lines",
        "line": {"color": DRAWN_COLOUR, "width": 2, "dash": "dash"},
        "name": "drawn area (filter)",
        "legendgroup": "drawn_area",
        "showlegend": True,
        "hoverinfo": "skip",
    }
    return {**fig, "data": [*fig["data"], outline]}

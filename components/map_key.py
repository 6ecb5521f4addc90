"""The map's key under it: how many facts it cannot show, and what its marks mean and do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from facts.model import FACT_ID
from facts.placements import IS_AREA, LON, PLACE_ID
from geo.shapes import Shapes


def map_caption(placed: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]], *, shown: int) -> str:
    """Return how many of the `shown` facts the map cannot show, and why."""
    outlined = placed[PLACE_ID].map(lambda i: bool(areas.get(i)))
    drawn = placed[~placed[IS_AREA] | outlined | placed[LON].notna()]
    missing = shown - drawn[FACT_ID].nunique()
    return (
        f"{missing} of {shown} facts shown (quotes, relations, places not located) are not on "
        "the map."
    )


MAP_KEY = (
    "**Dots**: facts at a place. **Dotted outlines**: facts at a sea, zone or country, drawn "
    "whole rather than as a point. **Open squares**: a sea or region with no shipped outline, "
    "marked at its label point (not its extent).\n\n"
    "**Use**: scroll to zoom; hover for names and sources; click a dot to select its fact. The "
    "toolbar's box or lasso draws an area: only the facts inside it stay (a fact known only by "
    "a sea or country must lie wholly inside), and the link keeps it; *Clear the drawn area* in "
    "the sidebar drops it."
)


def render_map_key(caption: str) -> None:
    """Show the caption under the map, with the key to its marks in a popover."""
    count, key_box = st.columns([5, 1], vertical_alignment="center")
    count.caption(caption)
    with key_box.popover("Map key", width="stretch"):
        st.markdown(MAP_KEY)

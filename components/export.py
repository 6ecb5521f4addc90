"""Download buttons for the facts shown: CSV and GeoJSON, built only when clicked."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from facts.exports import facts_csv, facts_geojson


def render_export(facts: pd.DataFrame) -> None:
    """Offer the facts shown as CSV and GeoJSON downloads, built only when clicked."""
    with st.container(horizontal=True):
        st.download_button(
            "Download CSV", partial(facts_csv, facts), file_name="facts.csv", mime="text/csv",
            on_click="ignore", icon=":material/download:", key="export_csv",
        )  # fmt: skip
        st.download_button(
            "Download GeoJSON", partial(facts_geojson, facts), file_name="facts.geojson",
            mime="application/geo+json", on_click="ignore", icon=":material/download:",
            key="export_geojson",
        )  # fmt: skip

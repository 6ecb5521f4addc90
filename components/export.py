"""Download buttons for the facts shown: CSV and GeoJSON, built only when clicked."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from facts.exports import facts_csv, facts_geojson


def render_export(shown: Callable[[], pd.DataFrame]) -> None:
    """Offer the facts shown (`shown()`, every column) as CSV and GeoJSON, built when clicked."""
    with st.container(horizontal=True):
        st.download_button(
            "Download CSV", lambda: facts_csv(shown()), file_name="facts.csv", mime="text/csv",
            on_click="ignore", icon=":material/download:", key="export_csv",
        )  # fmt: skip
        st.download_button(
            "Download GeoJSON", lambda: facts_geojson(shown()), file_name="facts.geojson",
            mime="application/geo+json", on_click="ignore", icon=":material/download:",
            key="export_geojson",
        )  # fmt: skip

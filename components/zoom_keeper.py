"""Zoom and pan that survive a rerun which redraws a Plotly geo map (see zoom_keeper.js)."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

SCRIPT = Path(__file__).with_name("zoom_keeper.js").read_text(encoding="utf-8")
# The script draws nothing: hiding its element spares the layout an empty gap.
HIDDEN = '[data-testid="stElementContainer"]:has(script[data-zoom-keeper]) { display: none; }'


def keep_zoom(key: str) -> None:
    """Keep the zoom of the geo chart drawn with `key` while its layout.uirevision holds."""
    st.html(
        f"<style>{HIDDEN}</style><script data-zoom-keeper>{SCRIPT}\n"
        f"window.keepZoom({json.dumps(key)});</script>",
        unsafe_allow_javascript=True,
    )

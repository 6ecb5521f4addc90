"""The map-first screen: the page's spacing, a map that fills the first screen, a side panel.

Streamlit sizes a chart drawn with ``height="stretch"`` to its container; the container's height
comes from the viewport here (CSS), so the map fills the first screen at any window size under
the play row, with the timeline just below it, and the side panel scrolls on its own beside it.
"""

from __future__ import annotations

import streamlit as st

MAP_FRAME = "map_frame"
SIDE_PANEL = "side_panel"
# Above the map on the first screen: the title, the count and the play row (pixels). The map
# fills the rest; its key and the timeline follow just below.
ABOVE_MAP_PX = 185
MIN_MAP_PX = 380
# Narrower than this, the article reader and the fact card wrap every few words.
SIDE_MIN_PX = 300
CSS = f"""
<style>
[data-testid="stMainBlockContainer"] {{ padding: 1.25rem 1.5rem 2rem 1.5rem; }}
[data-testid="stMainBlockContainer"] h1 {{ font-size: 1.6rem; padding: 0 0 0.1rem 0; }}
.st-key-{MAP_FRAME} {{ flex: 0 0 auto !important;
  height: max({MIN_MAP_PX}px, calc(100vh - {ABOVE_MAP_PX}px)) !important; }}
.stColumn:has(.st-key-{SIDE_PANEL}) {{ flex: 0 0 max({SIDE_MIN_PX}px, 30%) !important; }}
.stColumn:has(.st-key-{MAP_FRAME}) {{ flex: 1 1 0 !important; min-width: 0 !important; }}
.st-key-{SIDE_PANEL} {{ max-height: calc(100vh - 5rem); overflow-y: auto; padding-right: 0.25rem; }}
</style>
"""


def use_map_first_layout() -> None:
    """Add the page's map-first spacing (once per page)."""
    st.html(CSS)


def map_frame() -> st.delta_generator.DeltaGenerator:
    """Return the container the map fills: the first screen's height, less the timeline."""
    return st.container(key=MAP_FRAME)


def side_panel() -> st.delta_generator.DeltaGenerator:
    """Return the side panel's container, which scrolls on its own beside the map."""
    return st.container(key=SIDE_PANEL)

"""URL-bound widgets for ids, kept out of sight, each mirrored by a readable visible widget.

Streamlit writes a bound widget's *displayed label* into the URL. The contract wants ids there
(`fact=3f2a…`, `layers=sea_lanes`), while people should read titles. So the bound widget holds
the id, hidden; a visible widget with readable labels shows the same value and writes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import streamlit as st

HIDDEN_PREFIX = "url_"
# Hides the containers of the bound widgets; they still run, so the URL stays in step.
HIDDEN_CSS = f'<style>div[class*="st-key-{HIDDEN_PREFIX}"]{{display:none}}</style>'


def hide_url_widgets() -> None:
    """Add the style that keeps the bound id widgets out of sight (once per page)."""
    st.html(HIDDEN_CSS)


def url_value(key: str, options: Sequence[str], *, default: str | None = None) -> str | None:
    """Return the id the URL parameter `key` holds (hidden widget), or the default."""
    index = list(options).index(default) if default in options else None
    with st.container(key=HIDDEN_PREFIX + key):
        return st.selectbox(key, options, index=index, key=key, bind="query-params")


def url_values(key: str, options: Sequence[str], *, default: Sequence[str] = ()) -> list[str]:
    """Return the ids the URL parameter `key` holds (hidden widget), or the defaults."""
    with st.container(key=HIDDEN_PREFIX + key):
        return st.multiselect(key, options, default=list(default), key=key, bind="query-params")


def mirror(key: str, value: object) -> dict[str, object]:
    """Return the widget arguments that show `value` and write a change back to `key`.

    Pass them to a visible widget (with format_func for labels) drawn after the bound one.
    """
    shown = f"{key}_shown"
    st.session_state[shown] = value
    return {"key": shown, "on_change": partial(_write_back, key, shown)}


def _write_back(key: str, shown: str) -> None:
    """Copy the visible widget's value into the bound one, which updates the URL."""
    st.session_state[key] = st.session_state[shown]

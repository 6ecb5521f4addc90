"""The link to the current view: the URL a colleague opens to see the same thing."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from components import params
from components.criteria import Filters


def share_query(filters: Filters, *, defaults: Filters, fact: str | None) -> str:
    """Return the query string of a view; like Streamlit, values equal to defaults are left out."""
    pairs: list[tuple[str, str]] = []
    if filters.view != defaults.view and filters.view:
        pairs.append((params.VIEW, filters.view))
    if set(filters.layers) != set(defaults.layers):
        pairs += [(params.LAYERS, n) for n in filters.layers] or [(params.LAYERS, "")]
    pairs += [(params.CATEGORY, c) for c in filters.categories]
    pairs += [(params.ACTOR, a) for a in filters.actors]
    pairs += [(params.PLACE, p) for p in filters.places]
    if filters.dates:
        pairs += [(params.DATES, d.isoformat()) for d in filters.dates]
    if filters.article:
        pairs.append((params.ARTICLE, filters.article))
    if filters.query:
        pairs.append((params.QUERY, filters.query))
    if fact:
        pairs.append((params.FACT, fact))
    return urlencode(pairs)


def render_share(query: str, *, base: str | None) -> None:
    """Show the link to this view with a copy button."""
    link = f"{base or ''}?{query}" if query else (base or "?")
    st.markdown("**Link to this view**")
    st.code(link, language=None, wrap_lines=True)
    st.caption("Copy it with the button at its right: it reopens these filters, layers and fact.")

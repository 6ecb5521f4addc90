"""The link to the current view: the URL a colleague opens to see the same thing."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlencode

import streamlit as st

from components import params
from components.criteria import Filters

SCRIPT = Path(__file__).with_name("share.js").read_text(encoding="utf-8")
# Plain HTML, not st.code: st.code's syntax highlighter cost ~0.8 s of every first page load.
STYLE = """
.share-link { font-family: monospace; font-size: 0.85rem; word-break: break-all;
  background: rgba(0, 0, 0, 0.04); border-radius: 0.5rem; padding: 0.6rem 0.75rem; }
.share-copy { margin-top: 0.5rem; font: inherit; font-size: 0.875rem; cursor: pointer;
  padding: 0.25rem 0.75rem; border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem;
  background: transparent; color: inherit; }
"""


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
    """Show the link to this view with a button that copies it."""
    link = f"{base or ''}?{query}" if query else (base or "?")
    st.markdown("**Link to this view**")
    st.html(share_html(link), unsafe_allow_javascript=True)
    st.caption("It reopens these filters, layers and fact.")


def share_html(link: str) -> str:
    """Return the link, escaped, and its copy button (the script reads the link's text)."""
    return (
        f"<style>{STYLE}</style><div><div class='share-link' data-share-link>"
        f"{html.escape(link)}</div><button class='share-copy' data-share-copy>Copy link"
        f"</button></div><script>{SCRIPT}</script>"
    )

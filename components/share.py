"""The link to the current view: the URL a colleague opens to see the same thing."""

from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

SCRIPT = Path(__file__).with_name("share.js").read_text(encoding="utf-8")
# Plain HTML, not st.code: st.code's syntax highlighter cost ~0.8 s of every first page load.
STYLE = """
.share-link { font-family: monospace; font-size: 0.85rem; word-break: break-all;
  background: rgba(0, 0, 0, 0.04); border-radius: 0.5rem; padding: 0.6rem 0.75rem; }
.share-copy { margin-top: 0.5rem; font: inherit; font-size: 0.875rem; cursor: pointer;
  padding: 0.25rem 0.75rem; border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem;
  background: transparent; color: inherit; }
"""


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

"""The top of the dashboard: its title, what the page holds now, and what a link lost."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from facts.link import notice_of


def render_header(*, shown: int, facts: int, articles: int) -> None:
    """Show the title and how many facts of how many articles match the filters."""
    st.title("Maritime security dashboard", anchor=False)
    st.caption(
        f"{shown} of {facts} facts extracted from {articles} articles match the "
        "filters. Map and timeline work offline; the URL keeps every filter and the selection."
    )


def render_notices(rejected: Sequence[tuple[str, str]]) -> None:
    """Say which values of the link were dropped, if any."""
    if rejected:
        st.warning(notice_of(rejected), icon=":material/link_off:")

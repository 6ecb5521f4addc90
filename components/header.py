"""The top of a page: title, what it holds now, what a link lost, notices of what was done."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from facts.labels import escape_markdown
from facts.link import notice_of

FLASH = "flash"
NOTICE_KINDS = {"success": st.success, "info": st.info, "warning": st.warning, "error": st.error}


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


def flash(message: str, *, kind: str = "success") -> None:
    """Keep a notice for the next run of the page (a save reruns the page to show its result)."""
    st.session_state[FLASH] = (kind, message)


def render_flash() -> None:
    """Show the notice kept by `flash`, once; its words are shown literally."""
    kind, message = st.session_state.pop(FLASH, (None, ""))
    if kind:
        NOTICE_KINDS[kind](escape_markdown(message))


def render_store_trouble(message: str) -> None:
    """Say that the store cannot be reached and that the page retries on its own."""
    st.error(
        f"The fact store cannot be reached: {escape_markdown(message)}. This page tries again "
        "every few seconds; nothing you saved before is lost.",
        icon=":material/cloud_off:",
    )

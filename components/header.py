"""The top of a page: title, what it holds now, what a link lost, notices of what was done."""

from __future__ import annotations

import time
from collections.abc import Sequence

import streamlit as st
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_FIELDS as MAX_FIELDS,
)
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_LENGTH as MAX_LENGTH,
)

from facts.labels import escape_markdown
from facts.link import notice_of

FLASH = "flash"
FLASH_S = 8.0  # how long a notice of what was done stays on the page
# Streamlit ignores a query string whole past these limits, before this script runs; only the
# page can see it then, so a script of ours says so (its words are ours, none from the link).
LINK_GUARD = (
    (
        "<style>[data-testid='stElementContainer']:has(script[data-link-guard]){display:none}</style>"
        "<script data-link-guard>(() => {"
        "const query = location.search.slice(1);"
        "const fields = query ? query.split('&').length : 0;"
        "if (fields <= @FIELDS@ && query.length <= @LENGTH@) return;"
        "if (document.querySelector('[data-link-guard-notice]')) return;"
        "const note = document.createElement('div');"
        "note.setAttribute('role', 'alert'); note.setAttribute('data-link-guard-notice', '');"
        "note.style.cssText = 'padding:.75rem 1rem;margin:0 0 1rem;border-radius:.5rem;"
        "background:rgba(255,193,7,.15)';"
        "note.textContent = 'This link had ' + fields + ' parameters (' + query.length"
        " + ' characters), more than the @FIELDS@ parameters or @LENGTH@ characters this dashboard"
        " reads: none of its values were applied; the page shows the default view.';"
        "const main = document.querySelector('[data-testid=\"stMainBlockContainer\"]');"
        "(main || document.body).prepend(note);"
        "history.replaceState(null, '', location.pathname);"
        "})();</script>"
    )
    .replace("@FIELDS@", str(MAX_FIELDS))
    .replace("@LENGTH@", str(MAX_LENGTH))
)
NOTICE_KINDS = {"success": st.success, "info": st.info, "warning": st.warning, "error": st.error}


def render_header(*, shown: int, facts: int, articles: int) -> None:
    """Show the title and how many facts of how many articles match the filters."""
    st.title("Maritime security dashboard", anchor=False)
    st.caption(
        f"{shown} of {facts} facts extracted from {articles} articles match the "
        "filters. Map and timeline work offline; the URL keeps every filter and the selection."
    )


def render_notices(
    rejected: Sequence[tuple[str, str]], adjusted: Sequence[tuple[str, str, str]]
) -> None:
    """Say which values of the link were dropped or read other than as written, if any."""
    if rejected or adjusted:
        st.warning(notice_of(rejected, adjusted), icon=":material/link_off:")
    st.html(LINK_GUARD, unsafe_allow_javascript=True)


def flash(message: str, *, kind: str = "success") -> None:
    """Keep a notice for the next runs of the page (a save reruns the page to show its result)."""
    st.session_state[FLASH] = (kind, message, time.monotonic() + FLASH_S)


def render_flash() -> None:
    """Show the notice kept by `flash` until FLASH_S have passed; its words are shown literally.

    Shown by time, not once: a run that follows straight after (another session's save, say)
    would otherwise take the notice away before it could be read.
    """
    kind, message, until = st.session_state.get(FLASH, (None, "", 0.0))
    if kind is None or time.monotonic() > until:
        st.session_state.pop(FLASH, None)
        return
    NOTICE_KINDS[kind](escape_markdown(message))


def render_store_trouble(message: str) -> None:
    """Say that the store cannot be reached and that the page retries on its own."""
    st.error(
        f"The fact store cannot be reached: {escape_markdown(message)}. This page tries again "
        "every few seconds; nothing you saved before is lost.",
        icon=":material/cloud_off:",
    )

"""What every page starts with: the store's board, kept fresh (or why not), and the editor."""

from __future__ import annotations

from functools import partial

import streamlit as st

from components.header import render_store_trouble
from components.signin import render_sign_in
from facts.board import Board
from facts.database import StoreUnavailable
from facts.editors import editor_of_token, sign_in, sign_out
from screens.loads import WATCH_S, current_version, load_board, open_store


def board_or_trouble(url: str) -> Board | None:
    """Return the board of the store's current version, or say it cannot be reached."""
    try:
        return load_board(open_store(url), current_version(url))
    except StoreUnavailable as err:
        render_store_trouble(str(err))
        retry_when_back(url)
        return None


@st.fragment(run_every=WATCH_S)
def watch_store(url: str, shown: int) -> None:
    """Rerun the page when the store has a version newer than the one shown."""
    try:
        changed = current_version(url) != shown
    except StoreUnavailable:
        changed = False  # the next full run says so; keep showing what was read
    if changed:
        st.rerun(scope="app")


@st.fragment(run_every=WATCH_S)
def retry_when_back(url: str) -> None:
    """Rerun the page once the store can be reached again."""
    try:
        current_version(url)
    except StoreUnavailable:
        return
    st.rerun(scope="app")


def signed_in(url: str) -> str | None:
    """Draw the account box in the sidebar; return the signed-in editor's name."""
    with st.sidebar:
        return render_sign_in(
            partial(sign_in, url), resume=partial(editor_of_token, url), end=partial(sign_out, url)
        )

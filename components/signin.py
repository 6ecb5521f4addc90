"""Signing in as an editor, and who is signed in: the sidebar's account box."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from facts.editors import SignIn
from facts.labels import escape_markdown

EDITOR = "editor"


def render_sign_in(check: Callable[[str, str], SignIn]) -> str | None:
    """Show who is signed in and a sign-out button, or the sign-in form; return the editor.

    `check(name, password)` decides; a refusal is shown with its reason. Signing in lasts as
    long as this browser tab's session.
    """
    editor = st.session_state.get(EDITOR)
    if editor:
        st.caption(f"Signed in as editor **{escape_markdown(editor)}**.")
        st.button("Sign out", key="logout", on_click=st.session_state.pop, args=(EDITOR, None))
        return editor
    with st.expander("Editors: sign in to add and review"), st.form("login", border=False):
        name = st.text_input("Name", key="login_user", autocomplete="username")
        password = st.text_input(
            "Password", type="password", key="login_password", autocomplete="current-password"
        )
        if st.form_submit_button("Sign in", key="login_submit"):
            result = check(name.strip(), password)
            if result.editor:
                st.session_state[EDITOR] = result.editor
                st.rerun()
            st.error(result.message)
    return None

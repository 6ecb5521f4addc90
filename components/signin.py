"""Signing in as an editor, and who is signed in: the sidebar's account box.

A sign-in lasts for this browser: its session token goes into a cookie (set by a script of
ours, so it is not HttpOnly; the dashboard never renders user text as HTML), and a new page
load signs in again with it until it expires or the editor signs out.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from facts.editors import SESSION, SignIn
from facts.labels import escape_markdown

EDITOR, TOKEN, COOKIE_NOW = "editor", "editor_token", "editor_cookie"
COOKIE = "maritime_editor"
# Sets (or, with an empty token, clears) the cookie; its element takes no room on the page.
COOKIE_SCRIPT = (
    "<style>[data-testid='stElementContainer']:has(script[data-editor-cookie]){{display:none}}"
    "</style><script data-editor-cookie>document.cookie = '{name}={token}; path=/; "
    "max-age={age}; SameSite=Strict' + (location.protocol === 'https:' ? '; Secure' : '');"
    "</script>"
)


def render_sign_in(
    check: Callable[[str, str], SignIn],
    *,
    resume: Callable[[str], str | None],
    end: Callable[[str], None],
) -> str | None:
    """Show who is signed in and a sign-out button, or the sign-in form; return the editor.

    `check(name, password)` decides a sign-in, `resume(token)` names the editor a cookie's
    token still signs in, `end(token)` ends that session.
    """
    _resume(resume)
    _write_cookie()
    editor = st.session_state.get(EDITOR)
    if editor:
        st.caption(f"Signed in as editor **{escape_markdown(editor)}**.")
        st.button("Sign out", key="logout", on_click=_sign_out, args=(end,))
        return editor
    with st.expander("Editors: sign in to add and review"), st.form("login", border=False):
        name = st.text_input("Name", key="login_user", autocomplete="username")
        password = st.text_input(
            "Password", type="password", key="login_password", autocomplete="current-password"
        )
        if st.form_submit_button("Sign in", key="login_submit"):
            result = check(name.strip(), password)
            if result.editor:
                st.session_state.update({EDITOR: result.editor, TOKEN: result.token})
                st.session_state[COOKIE_NOW] = result.token
                st.rerun()
            st.error(result.message)
    return None


def _resume(resume: Callable[[str], str | None]) -> None:
    """Sign in again with this browser's cookie, once per session, if it still holds."""
    token = st.context.cookies.get(COOKIE)
    fresh = EDITOR not in st.session_state and TOKEN not in st.session_state
    if isinstance(token, str) and token and fresh:
        st.session_state[TOKEN] = token
        editor = resume(token)
        if editor:
            st.session_state[EDITOR] = editor


def _write_cookie() -> None:
    """Set or clear the cookie once after a sign-in or a sign-out."""
    token = st.session_state.pop(COOKIE_NOW, None)
    if token is not None:
        age = int(SESSION.total_seconds()) if token else 0
        st.html(COOKIE_SCRIPT.format(name=COOKIE, token=token, age=age),
                unsafe_allow_javascript=True)  # fmt: skip


def _sign_out(end: Callable[[str], None]) -> None:
    """End the session in the store and forget it here (a button's callback)."""
    token = st.session_state.pop(TOKEN, "")
    st.session_state.pop(EDITOR, None)
    if token:
        end(token)
    st.session_state[COOKIE_NOW] = ""

"""Tabs whose open tab is in the link by id (`tab=statistics`), shown by their titles.

`st.tabs` can bind to the URL itself, but it writes the tab's label there, so renaming a tab
would break links. As for other ids (`url_widgets`), a hidden bound widget holds the id and the
visible tabs mirror it; a tab the user opens writes its id back.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.url_widgets import url_value
from facts.link import TAB

SHOWN = f"{TAB}_shown"


def render_linked_tabs(titles: Mapping[str, str]) -> dict[str, DeltaGenerator]:
    """Draw the tabs (ids to titles, the first open by default); return each one by id.

    Only the open tab's `.open` is True: draw the others' content only when it is.
    """
    ids = list(titles)
    tab = url_value(TAB, ids, default=ids[0]) or ids[0]
    # Set only when it differs: setting it on every run would send the tab back to the page,
    # and a tab clicked while a run is under way could then be reverted.
    if st.session_state.get(SHOWN) != titles[tab]:
        st.session_state[SHOWN] = titles[tab]
    containers = st.tabs(list(titles.values()), key=SHOWN, on_change=partial(_opened, dict(titles)))
    return dict(zip(ids, containers, strict=True))


def _opened(titles: Mapping[str, str]) -> None:
    """Write the id of the tab the user opened into the bound widget (the URL)."""
    by_title = {title: tab for tab, title in titles.items()}
    st.session_state[TAB] = by_title.get(st.session_state[SHOWN], next(iter(titles)))

"""The time window as a control: a range dragged on the timeline, and play that steps it.

Both set the sidebar's `dates` (bound to the URL), so the window's position is in the link
and a link reopens the same moment. Play steps the window by its own length (a tenth of the
data's span when no dates are set) every `STEP_SECONDS`, and stops at the last day.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from components.picking import Spec, render_pickable
from facts.link import DATES

STEP_SECONDS = 2.0
PLAYING, NEXT_STEP = "playing", "play_next_step"
Span = tuple[date, date]


def render_brushable(fig: Spec, *, key: str, span: Span | None) -> None:
    """Show the timeline; a range dragged on it sets the dates, a click selects a fact."""
    on_drawn = partial(_brushed, span) if span is not None else None
    render_pickable(fig, key=key, config={}, selection_mode=("points", "box"), on_drawn=on_drawn)


def _brushed(span: Span, selection: Any) -> None:
    """Set the dates to the range dragged on the timeline (chart callback) and stop playing."""
    picked = window_of(selection["box"][0].get("x", []), span=span)
    if picked is not None:
        st.session_state[PLAYING] = False
        st.session_state[DATES] = picked


def window_of(x: list[Any], *, span: Span) -> Span | None:
    """Return the days a dragged x range covers, within the data's span, or None."""
    if len(x) < 2:
        return None
    try:
        ends = sorted(pd.Timestamp(v).date() for v in x[:2])
    except (TypeError, ValueError):
        return None
    start, end = max(ends[0], span[0]), min(ends[1], span[1])
    return (start, end) if start <= end else None


def stepped(window: Span | None, *, span: Span, forward: bool = True) -> Span:
    """Return the window moved by its own length, kept inside the span.

    With no window, the first tenth of the span (at least one day).
    """
    first, last = span
    if window is None:
        return first, min(last, first + max((last - first) / 10, timedelta(0)))
    length = window[1] - window[0] + timedelta(days=1)
    start = window[0] + length if forward else window[0] - length
    start = min(max(start, first), last - (length - timedelta(days=1)))
    start = max(start, first)
    return start, min(start + length - timedelta(days=1), last)


def render_playback(window: Span | None, *, span: Span | None) -> None:
    """Show back, play/pause and forward; while playing, step the window every few seconds."""
    if span is None:
        return
    playing = bool(st.session_state.get(PLAYING))
    with st.container(horizontal=True, vertical_alignment="center", key="play_row"):
        st.button("◀ Back", key="play_back", on_click=partial(_step, span, False),
                  help="Move the date window back by its length")  # fmt: skip
        st.button("⏸ Pause" if playing else "▶ Play", key="play", type="primary",
                  on_click=partial(_toggle, span),
                  help="Step the date window through time; map and timeline follow")  # fmt: skip
        st.button("Next ▶", key="play_forward", on_click=partial(_step, span, True),
                  help="Move the date window on by its length")  # fmt: skip
        st.caption(_where(window, span))
    if playing:
        _ticker(span)


# Only the clock is a fragment: buttons in a fragment would rerun the fragment alone, and the
# dates widget, the map and the timeline live outside it.
@st.fragment(run_every=STEP_SECONDS)
def _ticker(span: Span) -> None:
    """Step the window when its time has come (a timed run of this fragment)."""
    if st.session_state.get(PLAYING) and time.monotonic() >= st.session_state[NEXT_STEP]:
        _play_step(span)


def _where(window: Span | None, span: Span) -> str:
    """Return where the window stands, in words."""
    if window is None:
        return f"All dates, {span[0]} to {span[1]}. Drag a range on the timeline to pick one."
    days = (window[1] - window[0]).days + 1
    return f"Window {window[0]} to {window[1]} ({days:,} days) of {span[0]} to {span[1]}."


def _current(span: Span) -> Span | None:
    """Return the dates window now in the sidebar, or None when it is the whole span."""
    picked = st.session_state.get(DATES)
    if not picked or len(picked) < 2 or tuple(picked[:2]) == span:
        return None
    return picked[0], picked[-1]


def _step(span: Span, forward: bool) -> None:
    """Move the window one step (button callback) and stop playing."""
    st.session_state[PLAYING] = False
    st.session_state[DATES] = stepped(_current(span), span=span, forward=forward)


def _toggle(span: Span) -> None:
    """Start or stop playing; starting at the end starts again from the beginning."""
    playing = not st.session_state.get(PLAYING)
    st.session_state[PLAYING] = playing
    if playing:
        window = _current(span)
        if window is None or window[1] >= span[1]:
            st.session_state[DATES] = stepped(None, span=span)
        st.session_state[NEXT_STEP] = time.monotonic() + STEP_SECONDS


def _play_step(span: Span) -> None:
    """Step the window while playing; stop at the end. Reruns the whole page to redraw."""
    window = stepped(_current(span), span=span)
    st.session_state[DATES] = window
    st.session_state[NEXT_STEP] = time.monotonic() + STEP_SECONDS
    if window[1] >= span[1]:
        st.session_state[PLAYING] = False
    st.rerun()

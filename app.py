"""Maritime security dashboard: facts from the news on an offline map and timeline, by URL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from components.about import render_about
from components.article import article_to_read, render_article
from components.context import render_selected
from components.export import render_export
from components.fact_table import LISTED, render_fact_picker, render_fact_table
from components.filters import render_filters
from components.header import render_header, render_notices
from components.layout import side_panel, use_map_first_layout
from components.map_chart import map_figure, render_map
from components.map_events import with_drawn_area
from components.map_key import map_caption
from components.playback import render_playback
from components.share import render_share
from components.space_filters import render_space_filters
from components.style import LAYER_LABELS
from components.tab_link import render_linked_tabs
from components.timeline import render_timeline, timeline_figure
from components.vessels import render_vessel_stats
from facts.article import read_article
from facts.board import Board, board_of
from facts.extract import facts_from_text
from facts.link import NAMES, TABS, rejected_values, share_query
from facts.model import CATEGORIES, EXTRACTOR_VERSION, FACT_ID
from facts.placements import area_ids_of, located_places, map_view
from facts.query import Filters, facts_matching, with_fact
from facts.score import Score, load_gold, score_article
from facts.store import DEFAULT_DB, ensure_corpus, read_articles, read_facts
from facts.time_axis import timeline_rows
from geo.context import context_of_point
from geo.gazetteer import load_gazetteer
from geo.layers import LAYERS, load_layers
from geo.senkaku import read_vessel_counts
from geo.shapes import LayerShapes, Shapes, layer_shapes, shapes_of
from geo.views import DEFAULT_VIEW
from geo.zones import Surroundings, surroundings_of
from paths import ARTICLES, DATA, DEVSET

# Areas are drawn whole; about 5 km is finer than a pixel at the scale of a sea or a country.
AREA_TOLERANCE_DEG = 0.05
DEFAULTS = Filters(layers=tuple(LAYERS), view=DEFAULT_VIEW)
LAYER_TITLES = {name: LAYER_LABELS.get(name, info.title) for name, info in LAYERS.items()}
TAB_TITLES = dict(zip(TABS, ("Facts", "Senkaku vessel statistics", "About the data"), strict=True))


@st.cache_resource(show_spinner="Reading the articles into the fact store…")
def open_store(db: Path) -> Path:
    """Ingest the shipped articles into the store once per process (idempotent)."""
    ensure_corpus(db, ARTICLES)
    return db


# Shared read-only objects: a resource cache hands out the object itself, where cache_data
# would unpickle megabytes on every rerun. Nothing mutates them.
@st.cache_resource(show_spinner=False)
def load_board(db: Path) -> Board:
    """Read the store into the board the screen shows: every derived column, once per store."""
    return board_of(
        read_articles(db), read_facts(db), places=gazetteer().positions(),
        surroundings=surroundings(),
    )  # fmt: skip


@st.cache_resource(show_spinner=False)
def surroundings() -> Surroundings:
    """Place every gazetteer entry against the zones and distance targets, once per process."""
    return surroundings_of(gazetteer(), layer_frames())


@st.cache_resource(show_spinner=False)
def gazetteer() -> Any:
    """Load the gazetteer: one lookup object per process."""
    return load_gazetteer()


@st.cache_resource(show_spinner=False)
def layer_frames() -> dict[str, Any]:
    """Read every reference layer once per process."""
    return load_layers(DATA)


@st.cache_resource(show_spinner=False)
def layer_shapes_of() -> dict[str, LayerShapes]:
    """Return every reference layer as simplified, rounded display shapes."""
    return {name: layer_shapes(f, title=LAYER_TITLES[name]) for name, f in layer_frames().items()}


@st.cache_data(show_spinner=False)
def load_area(place_id: str) -> tuple[Shapes, ...]:
    """Return the display outline of a gazetteer area (sea, zone, country), or nothing."""
    area = gazetteer().area_of(place_id)
    return tuple(shapes_of([area], [""], tolerance=AREA_TOLERANCE_DEG)) if area else ()


@st.cache_data(show_spinner=False)
def load_context(lon: float, lat: float) -> Any:
    """Return the zones, nearest chokepoint and sea-lane of a point."""
    return context_of_point(layer_frames(), lon=lon, lat=lat)


load_vessel_counts = st.cache_data(read_vessel_counts, show_spinner=False)


@st.cache_data(show_spinner="Scoring the extractor on the reference annotations…")
def load_score(folder: Path) -> dict[str, Any]:
    """Run the extractor on each annotated article and score it against its annotation."""
    total, files = Score(), sorted(folder.glob("*.gold.json"))
    for path in files:
        article = read_article(ARTICLES / path.name.replace(".gold.json", ".txt"))
        found = facts_from_text(article.text, published=article.published)
        total += score_article(found, load_gold(path), text=article.text)
    return total.as_dict() | {"articles": len(files), "extractor_version": EXTRACTOR_VERSION}


def dashboard() -> None:
    """Show the store's facts on the map, the timeline and the tabs, filtered by the URL."""
    board = load_board(open_store(DEFAULT_DB))
    rejected = rejected_values({n: st.query_params.get_all(n) for n in NAMES}, board.link_values)
    filters = render_filters(
        board.link_values, defaults=DEFAULTS, layer_titles=LAYER_TITLES,
        article_titles=board.article_titles,
    )  # fmt: skip
    with st.sidebar:
        space = render_space_filters(
            board.link_values, zone_titles=board.zone_titles, target_titles=board.target_titles
        )
    filters = replace(filters, **space)
    shown = facts_matching(board.facts, filters)
    listed = shown[FACT_ID].head(LISTED).tolist()
    use_map_first_layout()
    render_header(shown=len(shown), facts=len(board.facts), articles=len(board.articles))
    render_notices(rejected)
    map_column, side_column = st.columns([7, 3], gap="medium")
    with side_column, side_panel():
        fact_id = render_side_panel(board, filters, shown, listed=listed)
    with map_column:
        render_map_and_timeline(board, filters, with_fact(shown, board.facts, fact_id), fact_id)
    tab = render_tabs(board, shown, listed=listed, fact_id=fact_id)
    with st.sidebar:
        query = share_query(filters, defaults=DEFAULTS, fact=fact_id, tab=tab)
        render_share(query, base=st.context.url)


def render_side_panel(
    board: Board, filters: Filters, shown: pd.DataFrame, *, listed: list[str]
) -> str | None:
    """Show the fact picker, the selected fact in its context and its article; return its id."""
    fact_id = render_fact_picker(board.labels, listed=listed)
    selected = board.fact(fact_id)
    points, area_names = located_places(selected) if selected else ([], [])
    contexts = [(name, load_context(lon, lat)) for name, lon, lat in points]
    render_selected(selected, contexts, areas=area_names)
    article_id = article_to_read(
        selected, chosen=filters.article, shown=shown, articles=list(board.article_titles)
    )
    render_article(board.article(article_id), board.facts, selected=selected)
    return fact_id


def render_map_and_timeline(
    board: Board, filters: Filters, drawn: pd.DataFrame, fact_id: str | None
) -> None:
    """Draw the facts shown (and the selected one) on the map and the timeline."""
    placed = board.placements_of(drawn)
    areas = {place_id: load_area(place_id) for place_id in area_ids_of(placed)}
    layers = {name: layer_shapes_of()[name] for name in filters.layers}
    view = map_view(filters.view, fact_id, board.facts, areas)
    span = board.link_values.first_day, board.link_values.last_day
    span = span if None not in span else None
    render_playback(filters.dates, span=span)
    figure = map_figure(layers, placed, areas, view=view, selected=fact_id)
    render_map(
        with_drawn_area(figure, filters.area),
        key="map",
        caption=map_caption(placed, areas, shown=len(drawn)),
    )
    dated = len(timeline_rows(drawn))
    render_timeline(
        timeline_figure(drawn, order=CATEGORIES, selected=fact_id, window=filters.dates,
                        outside=outside_dates(board, filters, drawn)),
        key="timeline", dated=dated, undated=len(drawn) - dated, span=span,
    )  # fmt: skip


def outside_dates(board: Board, filters: Filters, drawn: pd.DataFrame) -> pd.DataFrame | None:
    """Return the facts that only the dates filter hides (the timeline greys them), or None."""
    if filters.dates is None:
        return None
    any_date = facts_matching(board.facts, replace(filters, dates=None))
    return any_date[~any_date[FACT_ID].isin(drawn[FACT_ID])]


def render_tabs(
    board: Board, shown: pd.DataFrame, *, listed: list[str], fact_id: str | None
) -> str:
    """Show the facts table with its exports, the vessel statistics and the About tab.

    The open tab is in the link (`tab`); return its id.
    """
    tabs = render_linked_tabs(TAB_TITLES)
    facts_tab, stats_tab, about_tab = (tabs[t] for t in TABS)
    if facts_tab.open:
        with facts_tab:
            render_fact_table(board.rows.loc[listed], matching=len(shown), selected=fact_id)
            render_export(shown)
    if stats_tab.open:
        with stats_tab:
            render_vessel_stats(*load_vessel_counts(DATA / "senkaku_cgv_counts.csv"))
    if about_tab.open:
        with about_tab:
            render_about(LAYERS, board.articles, load_score(DEVSET))
    return next(t for t in TABS if tabs[t].open)


# No page or page_icon icons: a material-icon favicon is fetched from fonts.gstatic.com.
st.set_page_config(page_title="Maritime security dashboard", layout="wide")
st.navigation([st.Page(dashboard, title="Dashboard", default=True)]).run()

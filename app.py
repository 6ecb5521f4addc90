"""Maritime security dashboard: facts from the news on an offline map and timeline, by URL."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from components import params
from components.about import render_about
from components.article import article_to_read, render_article
from components.context import render_context, render_fact_card
from components.criteria import Filters, accepted_of, facts_matching, with_filter_columns
from components.export import render_export
from components.fact_table import (
    LISTED,
    picker_labels,
    render_fact_picker,
    render_fact_table,
    table_frame,
)
from components.filters import render_filters, render_notices
from components.map import frame_of_fact, map_caption, map_figure, render_map, with_hover
from components.params import Accepted, rejected_values
from components.placements import area_ids_of, placed_facts, placements_of, relocated
from components.shapes import LayerShapes, Shapes, layer_shapes, shapes_of
from components.share import render_share, share_query
from components.style import LAYER_LABELS
from components.timeline import render_timeline, timeline_figure, timeline_rows, with_time_axis
from components.vessels import render_vessel_stats
from components.views import DEFAULT_VIEW, FACT_VIEW, VIEWS, View
from facts.article import read_article
from facts.extract import facts_from_text
from facts.model import CATEGORIES, EXTRACTOR_VERSION
from facts.score import Score, load_gold, score_article
from facts.store import DEFAULT_DB, ensure_corpus, read_articles, read_facts
from geo.context import context_of_point
from geo.gazetteer import load_gazetteer
from geo.layers import LAYERS, read_layer
from paths import ARTICLES, DATA, DEVSET

VESSEL_COUNTS = DATA / "senkaku_cgv_counts.csv"
# Areas are drawn whole; about 5 km is finer than a pixel at the scale of a sea or a country.
AREA_TOLERANCE_DEG = 0.05
DEFAULTS = Filters(layers=tuple(LAYERS), view=DEFAULT_VIEW)


@st.cache_resource(show_spinner="Reading the articles into the fact store…")
def store_ready(db: Path) -> Path:
    """Ingest the shipped articles into the store once per process (idempotent)."""
    ensure_corpus(db, ARTICLES)
    return db


# Articles, facts and what is derived from them are read-only and shared by every session: a
# resource cache hands out the object itself, where cache_data would unpickle megabytes on every
# rerun. Nothing mutates them: every function that takes them returns a new frame.
@st.cache_resource(show_spinner=False)
def load_articles(db: Path) -> pd.DataFrame:
    """Read the articles of the store, oldest id first (the seed article comes first)."""
    return read_articles(db).sort_values("article_id").reset_index(drop=True)


@st.cache_resource(show_spinner=False)
def load_facts(db: Path) -> pd.DataFrame:
    """Read the facts with their article's title and date, and every column derived from them.

    The texts they show and the columns filtering and the timeline read are computed here,
    once per store, not on every rerun.
    """
    articles = read_articles(db)[["article_id", "title", "published"]]
    entries = {place.id: (place.lon, place.lat, place.precision) for place in gazetteer()}
    facts = relocated(read_facts(db), entries).merge(articles, on="article_id", how="left")
    return with_filter_columns(with_time_axis(with_hover(facts)))


@st.cache_resource(show_spinner=False)
def load_table(db: Path) -> pd.DataFrame:
    """Return every fact as a row of the facts table, indexed by fact id."""
    return table_frame(load_facts(db)).set_index("fact_id", drop=False)


@st.cache_resource(show_spinner=False)
def load_placements(db: Path) -> pd.DataFrame:
    """Return where every fact goes on the map, with the hover text and group it shows."""
    return placed_facts(load_facts(db))


@st.cache_resource(show_spinner=False)
def load_picker_labels(db: Path) -> dict[str, str]:
    """Return the picker label of every fact."""
    return picker_labels(load_facts(db))


@st.cache_resource(show_spinner=False)
def load_accepted(db: Path) -> Accepted:
    """Return the values each URL parameter may take with this store."""
    articles = tuple(load_articles(db)["article_id"])
    facts = load_facts(db)
    return accepted_of(facts, layers=tuple(LAYERS), categories=CATEGORIES, articles=articles)


@st.cache_data(show_spinner=False)
def load_layers() -> dict[str, LayerShapes]:
    """Read every reference layer into simplified, rounded display shapes."""
    return {
        name: layer_shapes(read_layer(DATA / info.file), title=LAYER_LABELS.get(name, info.title))
        for name, info in LAYERS.items()
    }


@st.cache_resource(show_spinner=False)
def gazetteer() -> Any:
    """Load the gazetteer: one shared, read-only lookup object per process."""
    return load_gazetteer()


@st.cache_data(show_spinner=False)
def load_area(place_id: str) -> tuple[Shapes, ...]:
    """Return the display outline of a gazetteer area (sea, zone, country), or nothing."""
    area = gazetteer().area_of(place_id)
    return tuple(shapes_of([area], [""], tolerance=AREA_TOLERANCE_DEG)) if area else ()


@st.cache_data(show_spinner=False)
def load_context(lon: float, lat: float) -> Any:
    """Return the zones, nearest chokepoint and sea-lane of a point."""
    frames = {name: read_layer(DATA / info.file) for name, info in LAYERS.items()}
    return context_of_point(frames, lon=lon, lat=lat)


@st.cache_data(show_spinner=False)
def load_vessel_counts(path: Path) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """Read the Senkaku vessel statistics and their header notes (units, sources)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    notes = tuple(line.lstrip("# ").rstrip() for line in lines if line.startswith("#"))
    table = [line for line in lines if line and not line.startswith("#")]
    return pd.read_csv(io.StringIO("\n".join(table))), notes


@st.cache_data(show_spinner="Scoring the extractor on the reference annotations…")
def load_score(folder: Path) -> dict[str, Any]:
    """Run the extractor on each annotated article and score it against its annotation."""
    total, files = Score(), sorted(folder.glob("*.gold.json"))
    for path in files:
        article = read_article(ARTICLES / path.name.replace(".gold.json", ".txt"))
        found = facts_from_text(article.text, published=article.published)
        total += score_article(found, load_gold(path), text=article.text)
    return total.as_dict() | {"articles": len(files), "extractor_version": EXTRACTOR_VERSION}


def link_params() -> dict[str, list[str]]:
    """Return every value of every contract parameter in the URL this page was opened with."""
    return {name: st.query_params.get_all(name) for name in params.NAMES}


def with_selected(shown: pd.DataFrame, facts: pd.DataFrame, fact_id: str | None) -> pd.DataFrame:
    """Return the facts to draw: those shown, plus the selected one if a filter hides it."""
    if not fact_id or fact_id in set(shown["fact_id"]):
        return shown
    return pd.concat([shown, facts[facts["fact_id"] == fact_id]])


def frame_of(
    view: str | None, fact_id: str | None, facts: pd.DataFrame, areas: dict[str, Any]
) -> View:
    """Return the map frame: the named view, or the selected fact's places."""
    if view == FACT_VIEW and fact_id:
        framed = frame_of_fact(fact_id, facts, areas)
        if framed is not None:
            return framed
    return VIEWS.get(view or DEFAULT_VIEW, VIEWS[DEFAULT_VIEW])


def render_selected(fact: dict[str, Any] | None) -> None:
    """Show the selected fact and the geographic context of its places."""
    if fact is None:
        st.caption("No fact selected: its evidence, places and context show here.")
        return
    render_fact_card(fact)
    placed = placements_of(pd.DataFrame([fact]))
    points = placed[~placed["is_area"]]
    rows = zip(points["place"], points["lon"], points["lat"], strict=True)
    contexts = [(place, load_context(lon, lat)) for place, lon, lat in rows]
    render_context(contexts, areas=list(placed.loc[placed["is_area"], "place"]))


def render_header(shown: pd.DataFrame, facts: pd.DataFrame, articles: pd.DataFrame) -> None:
    """Show the title and what the page holds right now."""
    st.title("Maritime security dashboard", anchor=False)
    st.caption(
        f"{len(shown)} of {len(facts)} facts extracted from {len(articles)} articles match the "
        "filters. Map and timeline work offline; the URL keeps every filter and the selection."
    )


# No page_icon: a material-icon favicon is fetched from fonts.gstatic.com (not offline).
st.set_page_config(page_title="Maritime security dashboard", layout="wide")
db = store_ready(DEFAULT_DB)
articles = load_articles(db)
facts = load_facts(db)
layers = load_layers()
accepted = load_accepted(db)
rejected = rejected_values(link_params(), accepted)
filters = render_filters(
    accepted,
    defaults=DEFAULTS,
    layer_titles={name: LAYER_LABELS.get(name, info.title) for name, info in LAYERS.items()},
    article_titles=dict(zip(articles["article_id"], articles["title"], strict=True)),
)
shown = facts_matching(facts, filters)
listed = shown["fact_id"].head(LISTED).tolist()
render_header(shown, facts, articles)
render_notices(rejected)

map_column, side_column = st.columns([3, 2], gap="medium")
with side_column:
    fact_id = render_fact_picker(load_picker_labels(db), listed=listed)
    selected = next(iter(facts[facts["fact_id"] == fact_id].to_dict("records")), None)
    render_selected(selected)
    article_id = article_to_read(
        selected, chosen=filters.article, shown=shown, articles=list(articles["article_id"])
    )
    render_article(
        articles[articles["article_id"] == article_id].iloc[0].to_dict(), facts, selected=selected
    )
with map_column:
    drawn = with_selected(shown, facts, fact_id)
    placements = load_placements(db)
    placed = placements[placements["fact_id"].isin(drawn["fact_id"])]
    areas = {place_id: load_area(place_id) for place_id in area_ids_of(placed)}
    view = frame_of(filters.view, fact_id, facts, areas)
    shown_layers = {name: layers[name] for name in filters.layers}
    render_map(
        map_figure(shown_layers, placed, areas, view=view, selected=fact_id),
        key="map",
        caption=map_caption(placed, areas, shown=len(drawn)),
    )
    dated = len(timeline_rows(drawn))
    render_timeline(
        timeline_figure(drawn, order=CATEGORIES, selected=fact_id),
        key="timeline",
        dated=dated,
        undated=len(drawn) - dated,
    )

facts_tab, stats_tab, about_tab = st.tabs(
    ["Facts", "Senkaku vessel statistics", "About the data"], on_change="rerun", key="tab"
)
if facts_tab.open:
    with facts_tab:
        render_fact_table(load_table(db).loc[listed], matching=len(shown), selected=fact_id)
        render_export(shown)
if stats_tab.open:
    with stats_tab:
        render_vessel_stats(*load_vessel_counts(VESSEL_COUNTS))
if about_tab.open:
    with about_tab:
        render_about(LAYERS, articles, load_score(DEVSET))
with st.sidebar:
    render_share(share_query(filters, defaults=DEFAULTS, fact=fact_id), base=st.context.url)

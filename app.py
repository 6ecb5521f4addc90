"""Maritime security dashboard: facts from the news on an offline map and timeline, by URL."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from components.about import render_about
from components.add_article import (
    fill_from,
    render_article_fields,
    render_preview,
    render_save,
    render_upload,
)
from components.article import article_to_read, render_article
from components.context import render_cluster, render_selected
from components.export import render_export
from components.fact_table import LISTED, render_fact_picker, render_fact_table
from components.filters import render_filters
from components.header import (
    flash,
    render_flash,
    render_header,
    render_notices,
    render_store_trouble,
)
from components.layout import side_panel, use_map_first_layout
from components.map_chart import map_figure, render_map
from components.map_events import with_drawn_area
from components.map_key import map_caption
from components.playback import render_playback
from components.review import (
    render_add_event,
    render_cluster_edit,
    render_delete,
    render_review,
)
from components.share import render_share
from components.signin import render_sign_in
from components.space_filters import render_space_filters
from components.style import LAYER_LABELS
from components.tab_link import render_linked_tabs
from components.timeline import render_timeline, timeline_figure
from components.vessels import render_vessel_stats
from facts.article import ArticleError, ArticleForm, article_from_form
from facts.board import Board, board_of
from facts.cluster_columns import one_per_cluster
from facts.clusters import CLUSTER_ID
from facts.database import StoreUnavailable, configured_url
from facts.editors import editor_of_token, sign_in, sign_out
from facts.link import (
    ARTICLE,
    FACT,
    NAMES,
    TABS,
    adjusted_values,
    rejected_values,
    share_query,
)
from facts.model import CATEGORIES, FACT_ID, Fact
from facts.placements import area_ids_of, located_places, map_view
from facts.places import place_ref
from facts.query import Filters, facts_matching, matching, with_fact, within_dates
from facts.reviews import Review, ReviewError, added_event, review_of
from facts.sentences import sentences_of
from facts.store import (
    ReviewConflict,
    article_with_text,
    delete_article,
    ensure_corpus,
    move_reports,
    read_snapshot,
    save_article,
    save_review,
    store_version,
)
from facts.time_axis import timeline_rows
from facts.uploads import proposed_date
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
# How often an open page asks whether the store changed (a one-row read), and how long
# every session of this process shares one answer.
WATCH_S, VERSION_TTL_S = 2, 1


@dataclass(frozen=True)
class Visit:
    """The store a page reads and the editor signed in on it, if any."""

    url: str
    editor: str | None


@st.cache_resource(show_spinner="Preparing the fact store (first start only)…")
def open_store(url: str) -> str:
    """Migrate the store and ingest the shipped articles it lacks, once per process."""
    ensure_corpus(url, ARTICLES)
    return url


@st.cache_data(ttl=VERSION_TTL_S, show_spinner=False)
def current_version(url: str) -> int:
    """Return the store's version; one read a second serves every session of this process."""
    return store_version(url)


def wrote() -> None:
    """Forget the remembered store version: this process just wrote, the next run reads anew."""
    current_version.clear()


# Shared read-only objects: a resource cache hands out the object itself, where cache_data
# would unpickle megabytes on every rerun. Nothing mutates them. A new store version makes
# a new board; the old one is dropped.
@st.cache_resource(show_spinner="Reading the store…", max_entries=2)
def load_board(url: str, version: int) -> Board:
    """Read one snapshot of the store into the board the screen shows (keyed on its version)."""
    return board_of(read_snapshot(url), places=gazetteer().positions(), surroundings=surroundings())


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


@st.cache_data(show_spinner=False)
def place_names() -> list[str]:
    """Return the name of every gazetteer place, for choosing a fact's places."""
    return [place.name for place in gazetteer()]


@st.cache_data(show_spinner=False, max_entries=32)
def load_upload(name: str, data: bytes) -> Any:
    """Read an uploaded file into an article's text (once per file)."""
    from facts.uploads import upload_of  # noqa: PLC0415 (trafilatura, pypdf: ~17 MB, on upload)

    return upload_of(name, data)


@st.cache_data(show_spinner=False, max_entries=32)
def load_preview(text: str, published: Any) -> list[Fact]:
    """Extract the facts of a pasted or uploaded text (once per text and date)."""
    from facts.extract import facts_from_text  # noqa: PLC0415 (spaCy costs a viewer-only process ~50 MB)

    return facts_from_text(text, published=published)


load_vessel_counts = st.cache_data(read_vessel_counts, show_spinner=False)


@st.cache_data(show_spinner=False)
def load_json(path: Path) -> Any:
    """Read a shipped JSON file (the scorer's recorded figures)."""
    return json.loads(path.read_text(encoding="utf-8"))


def place_record(name: str) -> dict[str, Any]:
    """Return a place name as a fact's place: the gazetteer's entry, or the name unlocated."""
    return place_ref(name, gazetteer()).to_dict()


def board_or_trouble(url: str) -> Board | None:
    """Return the board of the store's current version, or say it cannot be reached."""
    try:
        return load_board(open_store(url), current_version(url))
    except StoreUnavailable as err:
        render_store_trouble(str(err))
        retry_when_back(url)
        return None


@st.fragment(run_every=WATCH_S)
def watch_store(url: str, shown: int) -> None:
    """Rerun the page when the store has a version newer than the one shown."""
    try:
        changed = current_version(url) != shown
    except StoreUnavailable:
        changed = False  # the next full run says so; keep showing what was read
    if changed:
        st.rerun(scope="app")


@st.fragment(run_every=WATCH_S)
def retry_when_back(url: str) -> None:
    """Rerun the page once the store can be reached again."""
    try:
        current_version(url)
    except StoreUnavailable:
        return
    st.rerun(scope="app")


def signed_in(url: str) -> str | None:
    """Draw the account box in the sidebar; return the signed-in editor's name."""
    with st.sidebar:
        return render_sign_in(
            partial(sign_in, url), resume=partial(editor_of_token, url), end=partial(sign_out, url)
        )


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
    render_notices(rejected, adjusted)
    render_flash()
    map_column, side_column = st.columns([7, 3], gap="medium")
    with side_column, side_panel():
        fact_id = render_side_panel(board, filters, shown, listed=listed, visit=Visit(url, editor))
    with map_column:
        drawn = with_fact(shown, board.facts, fact_id)
        marks = one_per_cluster(drawn, keep=fact_id) if filters.marks == "events" else drawn
        render_map_and_timeline(board, filters, marks, fact_id)
    tab = render_tabs(board, shown, listed=listed, fact_id=fact_id)
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
    article = board.article(article_id)
    render_article(article, board.facts, selected=selected)
    if editor:
        render_editing(visit.url, article, editor=editor)
    return fact_id


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
                        outside=outside_dates(board, filters)),
        key="timeline", dated=dated, undated=len(drawn) - dated, span=span,
    )  # fmt: skip


def outside_dates(board: Board, filters: Filters) -> pd.DataFrame | None:
    """Return the facts that only the dates filter hides (the timeline greys them), or None."""
    if filters.dates is None:
        return None
    others = matching(board.facts, replace(filters, dates=None))
    outside = board.facts[others & ~within_dates(board.facts, filters.dates)]
    return one_per_cluster(outside) if filters.marks == "events" else outside


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
            render_about(
                LAYERS, board.articles, rounds=load_json(DEVSET / "rounds.json"),
                cluster_scores=load_json(DEVSET / "clusters_scores.json"),
                lost=board.lost_reviews,
            )  # fmt: skip
    return next(t for t in TABS if tabs[t].open)


def add_article() -> None:
    """Let a signed-in editor bring an article in, check its facts, and save both."""
    st.title("Add an article", anchor=False)
    url = configured_url()
    if board_or_trouble(url) is None:
        return
    editor = signed_in(url)
    if not editor:
        st.info("Sign in as an editor (in the sidebar) to add articles. Anyone with a link can "
                "view the dashboard; adding, reviewing and deleting need an editor.")  # fmt: skip
        return
    render_flash()
    form = article_form()
    try:
        article = article_from_form(form, added_by=editor)
    except ArticleError as err:
        if form.text.strip():
            st.warning(str(err))
        render_save(ready=False)
        return
    known = article_with_text(url, article.text)
    if known:
        st.info("This text is already in the store.")
        st.page_link(DASHBOARD, label="Open it on the dashboard", query_params={ARTICLE: known})
        return
    with st.spinner(f"Extracting facts from {len(article.text.split()):,} words…"):
        facts = load_preview(article.text, article.published)
    render_preview(article.text, facts)
    if render_save(ready=True):
        saved = save_article(url, article, facts, added_by=editor)
        wrote()
        flash(f"Saved “{article.title}” with {len(facts)} facts ({saved.outcome}).")
        st.switch_page(DASHBOARD, query_params={ARTICLE: saved.article_id})


def article_form() -> ArticleForm:
    """Read an uploaded file into the fields (once per file), then return the fields."""
    upload = render_upload()
    proposed = proposed_date(st.session_state.get("new_text") or "")
    if upload is not None:
        name, data = upload
        try:
            parsed = load_upload(name, data)
        except ArticleError as err:
            st.error(str(err))
        else:
            fill_from(parsed, file_id=f"{name}:{len(data)}:{hash(data)}")
            proposed = parsed.published or proposed
    return render_article_fields(proposed=proposed)


# No page or page_icon icons: a material-icon favicon is fetched from fonts.gstatic.com.
st.set_page_config(page_title="Maritime security dashboard", layout="wide")
DASHBOARD = st.Page(dashboard, title="Dashboard", default=True)
st.navigation([DASHBOARD, st.Page(add_article, title="Add an article", url_path="add")]).run()

"""Cached reads, one per process: the store's board and version, the layers, the gazetteer."""

from __future__ import annotations

import ctypes
import json
from pathlib import Path
from typing import Any

import streamlit as st

from components.style import LAYER_LABELS
from facts.board import Board, board_of, reviewed_snapshot
from facts.model import Fact
from facts.places import place_ref
from facts.store import article_text, ensure_corpus, read_snapshot, store_version
from geo.context import context_of_point
from geo.gazetteer import load_gazetteer
from geo.layers import LAYERS, load_layers
from geo.senkaku import read_vessel_counts
from geo.shapes import LayerShapes, Shapes, layer_shapes, shapes_of
from geo.zones import Surroundings, surroundings_of
from paths import ARTICLES, DATA

# Areas are drawn whole; about 5 km is finer than a pixel at the scale of a sea or a country.
AREA_TOLERANCE_DEG = 0.05

LAYER_TITLES = {name: LAYER_LABELS.get(name, info.title) for name, info in LAYERS.items()}

# How often an open page asks whether the store changed (a one-row read), and how long
# every session of this process shares one answer.
WATCH_S, VERSION_TTL_S = 2, 1


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
    snapshot = read_snapshot(url)
    reviewed = reviewed_snapshot(snapshot)
    del snapshot  # its texts and raw rows go before the board's columns are made
    board = board_of(reviewed, places=gazetteer().positions(), surroundings=surroundings())
    del reviewed
    _return_freed_memory()
    return board


def _return_freed_memory() -> None:
    """Hand back to the system what the build freed, which glibc's allocator would keep.

    Measured: a board of 10,000 facts leaves 27 MB freed but held, one of 100,000 about 300 MB;
    `malloc_trim` returns it (as Dask's workers do). A C library without it keeps its own.
    """
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


@st.cache_data(show_spinner=False, max_entries=64)
def load_article_text(url: str, version: int, article_id: str) -> str:
    """Return the text of the article shown (the board keeps none), once per store version."""
    return article_text(url, article_id)


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

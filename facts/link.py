"""The URL contract: parameter names, the values each accepts, the check of a link, the share query.

Shared links carry these names: never rename them. Widgets bind to them with
`bind="query-params"`; this module says what a link may hold and what a view's link is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

import pandas as pd

from facts.cluster_columns import INDEPENDENT
from facts.labels import escape_markdown
from facts.model import CATEGORIES, FACT_ID
from facts.query import Filters, actors_of, day_span_of, place_names_of
from facts.reviews import STATUSES
from facts.standing import MAX_NM
from geo.drawn_area import parse_area
from geo.layers import LAYERS as LAYERS_SHIPPED
from geo.views import FACT_VIEW, VIEWS

LAYERS = "layers"
CATEGORY = "category"
ACTOR = "actor"
PLACE = "place"
DATES = "dates"
VIEW = "view"
FACT = "fact"
ARTICLE = "article"
QUERY = "q"
REVIEW = "review"
# Events across articles (issue 14): marks per event or per report, a floor of sources.
MARKS = "marks"
MARKS_CHOICES = ("events", "reports")
SOURCES = "sources"
# Space and the open tab (issue 13): zone ids, distance-target ids and nautical miles, a drawn
# area (`geo.drawn_area`: lon_lat_... corners), the open tab's id.
ZONE = "zone"
NEAR = "near"
NM = "nm"
AREA = "area"
TAB = "tab"
NAMES = (LAYERS, CATEGORY, ACTOR, PLACE, DATES, VIEW, FACT, ARTICLE, QUERY, REVIEW,
         ZONE, NEAR, NM, AREA, TAB, MARKS, SOURCES)  # fmt: skip
# The tabs by id, in order; the first is open when the link names none.
TABS = ("facts", "statistics", "about")

QUERY_MAX_CHARS = 200
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHOWN_CHARS = 60


@dataclass(frozen=True)
class LinkValues:
    """The values each URL parameter may take with the store and layers there are now."""

    layers: tuple[str, ...]
    categories: tuple[str, ...]
    actors: tuple[str, ...]
    places: tuple[str, ...]
    views: tuple[str, ...]
    facts: tuple[str, ...]
    articles: tuple[str, ...]
    first_day: date | None
    last_day: date | None
    reviews: tuple[str, ...] = STATUSES
    zones: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    tabs: tuple[str, ...] = TABS
    most_sources: int = 1


def link_values_of(
    facts: pd.DataFrame,
    *,
    articles: Sequence[str],
    zones: Sequence[str] = (),
    targets: Sequence[str] = (),
) -> LinkValues:
    """Return what each URL parameter may take, given the facts (with filter columns)."""
    span = day_span_of(facts)
    return LinkValues(
        layers=tuple(LAYERS_SHIPPED),
        categories=CATEGORIES,
        actors=tuple(actors_of(facts)),
        places=tuple(place_names_of(facts)),
        views=(*VIEWS, FACT_VIEW),
        facts=tuple(facts[FACT_ID]),
        articles=tuple(articles),
        first_day=span[0] if span else None,
        last_day=span[1] if span else None,
        zones=tuple(zones),
        targets=tuple(targets),
        most_sources=_most_sources(facts),
    )


def _most_sources(facts: pd.DataFrame) -> int:
    """Return the most independent sources any event has (1 when there are none)."""
    counts = facts.get(INDEPENDENT, pd.Series(dtype=float)).dropna()
    return max(1, int(counts.max())) if not counts.empty else 1


def rejected_values(
    params: Mapping[str, Sequence[str]], accepted: LinkValues
) -> list[tuple[str, str]]:
    """Return the (name, value) pairs of a link that the app cannot accept.

    Parameters
    ----------
    params
        Every value of every URL parameter, as ``st.query_params.get_all`` gives them.
    accepted
        What the widgets will accept; an empty value (``?layers=``) clears a widget and is fine.
    """
    choices = {
        LAYERS: accepted.layers,
        CATEGORY: accepted.categories,
        ACTOR: accepted.actors,
        PLACE: accepted.places,
        VIEW: accepted.views,
        FACT: accepted.facts,
        ARTICLE: accepted.articles,
        REVIEW: accepted.reviews,
        ZONE: accepted.zones,
        NEAR: accepted.targets,
        TAB: accepted.tabs,
        MARKS: MARKS_CHOICES,
    }
    rejected = []
    for name, options in choices.items():
        allowed = {*options, ""}
        rejected += [(name, value) for value in params.get(name, ()) if value not in allowed]
    rejected += _rejected_dates(params.get(DATES, ()), accepted)
    rejected += [(NM, v) for v in params.get(NM, ()) if v and nm_of(v) is None]
    rejected += [(AREA, v) for v in params.get(AREA, ()) if v and parse_area(v) is None]
    rejected += [(SOURCES, v) for v in params.get(SOURCES, ())
                 if v and not (v.isdigit() and 1 <= int(v) <= accepted.most_sources)]  # fmt: skip
    return rejected


def nm_of(value: str) -> int | None:
    """Return the whole nautical miles a link's `nm` value names (1 to MAX_NM), or None."""
    try:
        number = int(value)
    except ValueError:
        return None
    return number if 1 <= number <= MAX_NM else None


def _rejected_dates(values: Sequence[str], accepted: LinkValues) -> list[tuple[str, str]]:
    """Return the dates values unless each is a YYYY-MM-DD day inside the data's range.

    The date widget drops such a range whole, as this says; days in any order or number are
    read as the range from the earliest to the latest (`adjusted_values` says so).
    """
    if not values or list(values) == [""]:
        return []
    days = [_iso_day(v) for v in values]
    bounded = accepted.first_day is not None and accepted.last_day is not None
    fits = bounded and all(
        d is not None and accepted.first_day <= d <= accepted.last_day for d in days
    )
    return [] if fits else [(DATES, " ".join(values))]


def adjusted_values(
    params: Mapping[str, Sequence[str]], accepted: LinkValues
) -> list[tuple[str, str, str]]:
    """Return the (name, value, how it is read) of link values used other than as written.

    A search longer than QUERY_MAX_CHARS keeps its first characters (as its box does); dates
    out of order, or more than two, are read as the range from the earliest to the latest.
    """
    adjusted = [
        (QUERY, v, f"only its first {QUERY_MAX_CHARS} characters are searched for")
        for v in params.get(QUERY, ())
        if len(v) > QUERY_MAX_CHARS
    ]
    dates = list(params.get(DATES, ()))
    if dates and not _rejected_dates(dates, accepted):
        days = sorted(d for d in map(_iso_day, dates) if d is not None)
        if days and (len(days) > 2 or [_iso_day(v) for v in dates] != days):
            how = f"read as the range {days[0].isoformat()} to {days[-1].isoformat()}"
            adjusted.append((DATES, " ".join(dates), how))
    return adjusted


def _iso_day(value: str) -> date | None:
    """Return the day a YYYY-MM-DD text names, or None (the date widget reads no other form)."""
    if not ISO_DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def notice_of(
    rejected: Sequence[tuple[str, str]], adjusted: Sequence[tuple[str, str, str]] = ()
) -> str:
    """Return the markdown notice naming what a link carried that was dropped or read anew.

    Every value is escaped: a link's text is shown, never interpreted.
    """
    parts = [f"`{name}` = {escape_markdown(_shorten(value))} (ignored)" for name, value in rejected]
    parts += [f"`{name}` = {escape_markdown(_shorten(value))} ({escape_markdown(how)})"
              for name, value, how in adjusted]  # fmt: skip
    return "This link had values the dashboard could not use as written: " + "; ".join(parts)


def _shorten(value: str) -> str:
    """Return the value cut to a readable length."""
    return value if len(value) <= _SHOWN_CHARS else value[: _SHOWN_CHARS - 1] + "…"


def share_query(
    filters: Filters, *, defaults: Filters, fact: str | None, tab: str | None = None
) -> str:
    """Return the query string of a view; like Streamlit, values equal to defaults are left out."""
    pairs: list[tuple[str, str]] = []
    if filters.view != defaults.view and filters.view:
        pairs.append((VIEW, filters.view))
    if set(filters.layers) != set(defaults.layers):
        pairs += [(LAYERS, n) for n in filters.layers] or [(LAYERS, "")]
    pairs += [(CATEGORY, c) for c in filters.categories]
    pairs += [(ACTOR, a) for a in filters.actors]
    pairs += [(PLACE, p) for p in filters.places]
    if filters.dates:
        pairs += [(DATES, d.isoformat()) for d in filters.dates]
    if filters.article:
        pairs.append((ARTICLE, filters.article))
    if filters.query:
        pairs.append((QUERY, filters.query))
    pairs += [(REVIEW, r) for r in filters.review]
    if fact:
        pairs.append((FACT, fact))
    pairs += [(ZONE, z) for z in filters.zones]
    pairs += [(NEAR, n) for n in filters.near]
    if filters.nm != defaults.nm:
        pairs.append((NM, f"{filters.nm:g}"))
    if filters.area:
        pairs.append((AREA, filters.area))
    if tab and tab != TABS[0]:
        pairs.append((TAB, tab))
    if filters.marks != defaults.marks:
        pairs.append((MARKS, filters.marks))
    if filters.min_sources != defaults.min_sources:
        pairs.append((SOURCES, str(filters.min_sources)))
    return urlencode(pairs)

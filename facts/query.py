"""What a view asks for and the facts that match it (pure: frames in, frames out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from facts.cluster_columns import INDEPENDENT
from facts.model import (
    ACTORS,
    ARTICLE_ID,
    CATEGORY,
    DATE,
    DATE_END,
    DATE_PRECISION,
    FACT_ID,
    PLACES,
    SPEAKER,
)
from facts.reviews import REJECTED, REVIEW, UNREVIEWED
from facts.standing import DEFAULT_NM, spatial_mask

# Columns `with_filter_columns` adds, so that filtering a rerun reads columns, not rows.
SPAN_START, SPAN_END, SEARCH_TEXT = "span_start", "span_end", "search_text"
# Text columns a search looks in, besides actors and place names.
SEARCHED = ("summary", "text", "speaker", "subject", "relation", "object", "evidence", "date_text")


@dataclass(frozen=True)
class Filters:
    """What the user asked to see; every field is bound to a URL parameter."""

    layers: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    dates: tuple[date, date] | None = None
    view: str | None = None
    article: str | None = None
    query: str = ""
    # Review statuses to show; none chosen shows every fact but the rejected ones.
    review: tuple[str, ...] = ()
    # One mark per event cluster ("events") or per report ("reports"); a floor of sources.
    marks: str = "events"
    min_sources: int = 1
    # Space (facts.standing): zone ids, distance-target ids within `nm`, a drawn area's text.
    zones: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    nm: float = DEFAULT_NM
    area: str = ""


def matching(facts: pd.DataFrame, filters: Filters) -> pd.Series:
    """Return which facts pass every filter, as a mask on `facts`; empty filters pass all.

    Needs the columns of `with_filter_columns`.

    Filtering by masks takes the rows of the wide fact frame once, at the end: each take
    copies every column, and at 10,000 facts takes were a fifth of a rerun.
    """
    keep = pd.Series(True, index=facts.index)
    if filters.categories:
        keep &= facts[CATEGORY].isin(filters.categories)
    if filters.actors:
        wanted = set(filters.actors)
        pairs = zip(facts[ACTORS], facts[SPEAKER], strict=True)
        keep &= _series(facts, [bool(wanted & {*a, s}) for a, s in pairs])
    if filters.places:
        wanted = set(filters.places)
        keep &= _series(facts, [bool(wanted & {p["name"] for p in ps}) for ps in facts[PLACES]])
    if filters.dates:
        keep &= within_dates(facts, filters.dates)
    if filters.article:
        keep &= facts[ARTICLE_ID] == filters.article
    if filters.query.strip():
        keep &= facts[SEARCH_TEXT].str.contains(filters.query.strip().casefold(), regex=False)
    # Facts read without their reviews (straight from the store) are all unreviewed.
    status = facts[REVIEW] if REVIEW in facts.columns else pd.Series(UNREVIEWED, facts.index)
    keep &= status.isin(filters.review) if filters.review else status != REJECTED
    if filters.min_sources > 1:
        keep &= facts.get(INDEPENDENT, pd.Series(1, facts.index)).fillna(1) >= filters.min_sources
    if filters.zones or filters.near or filters.area:
        keep &= spatial_mask(
            facts, zones=filters.zones, near=filters.near, nm=filters.nm, area=filters.area
        )
    return keep


def within_dates(facts: pd.DataFrame, dates: tuple[date, date]) -> pd.Series:
    """Return which facts' date spans overlap the days `dates` (first, last), as a mask."""
    start, end = (pd.Timestamp(day) for day in dates)
    return (facts[SPAN_START] <= end) & (facts[SPAN_END] >= start)


def with_fact(shown: pd.DataFrame, facts: pd.DataFrame, fact_id: str | None) -> pd.DataFrame:
    """Return the facts to draw: those shown, plus the selected one if a filter hides it."""
    if not fact_id or fact_id in set(shown[FACT_ID]):
        return shown
    return pd.concat([shown, facts[facts[FACT_ID] == fact_id]])


def actors_of(facts: pd.DataFrame) -> list[str]:
    """Return every actor and speaker named by the facts, sorted."""
    names = {a for actors in facts[ACTORS] for a in actors}
    names |= {s for s in facts[SPEAKER] if isinstance(s, str) and s}
    return sorted(names, key=str.casefold)


def place_names_of(facts: pd.DataFrame) -> list[str]:
    """Return every place name the facts mention, sorted."""
    return sorted({p["name"] for places in facts[PLACES] for p in places}, key=str.casefold)


def day_span_of(facts: pd.DataFrame) -> tuple[date, date] | None:
    """Return the first and last day any fact covers, or None when none is dated."""
    starts, ends = facts[SPAN_START].dropna(), facts[SPAN_END].dropna()
    if starts.empty:
        return None
    return starts.min().date(), ends.max().date()


def with_filter_columns(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts with each one's first and last day and the words a search looks in.

    Computed once per store: a rerun then filters thousands of facts by comparing columns
    instead of reading every row again.
    """
    rows = zip(facts[DATE], facts[DATE_END], facts[DATE_PRECISION], strict=True)
    spans = [span_of(*row) for row in rows]
    return facts.assign(
        **{
            SPAN_START: pd.to_datetime([s[0] if s else None for s in spans]),
            SPAN_END: pd.to_datetime([s[1] if s else None for s in spans]),
            SEARCH_TEXT: _haystack(facts).to_numpy(),
        }
    )


def span_of(start: str | None, end: str | None, precision: str | None) -> tuple[date, date] | None:
    """Return the first and last day a fact's date covers, or None when it has no date.

    A month- or year-precise date covers its whole month or year; an open end is the start.
    """
    if not isinstance(start, str) or not start:
        return None
    first = _day(start, last=False)
    if isinstance(end, str) and end:
        return first, max(first, _day(end, last=True))
    if precision in ("month", "year"):
        return first, _day(start[: 7 if precision == "month" else 4], last=True)
    return first, first


def _day(text: str, *, last: bool) -> date:
    """Return the first (or last) day of an ISO year, month or day."""
    parts = [int(p) for p in text[:10].split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not last:
            return date(year, month, 1)
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)


def _series(facts: pd.DataFrame, values: list[bool]) -> pd.Series:
    """Return per-fact booleans as a Series aligned with the facts."""
    return pd.Series(values, index=facts.index, dtype=bool)


def _haystack(facts: pd.DataFrame) -> pd.Series:
    """Return each fact's words, actors and place names, case-folded, for a search."""
    columns = [facts[c] for c in SEARCHED if c in facts.columns]
    rows = zip(facts[ACTORS], facts[PLACES], *columns, strict=True)
    texts = [
        " ".join([*actors, *(p["name"] for p in places), *(w for w in words if isinstance(w, str))])
        for actors, places, *words in rows
    ]
    return pd.Series(texts, index=facts.index, dtype=object).str.casefold()

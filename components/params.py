"""URL parameter names (a public contract) and the check of a link's values before widgets."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

# Public contract: shared links carry these names; never rename them.
LAYERS = "layers"
CATEGORY = "category"
ACTOR = "actor"
PLACE = "place"
DATES = "dates"
VIEW = "view"
FACT = "fact"
ARTICLE = "article"
QUERY = "q"
NAMES = (LAYERS, CATEGORY, ACTOR, PLACE, DATES, VIEW, FACT, ARTICLE, QUERY)

QUERY_MAX_CHARS = 200
_SHOWN_CHARS = 60
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


@dataclass(frozen=True)
class Accepted:
    """The values the app can show right now, per URL parameter."""

    layers: tuple[str, ...]
    categories: tuple[str, ...]
    actors: tuple[str, ...]
    places: tuple[str, ...]
    views: tuple[str, ...]
    facts: tuple[str, ...]
    articles: tuple[str, ...]
    first_day: date | None
    last_day: date | None


def rejected_values(
    params: Mapping[str, Sequence[str]], accepted: Accepted
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
    }
    rejected = []
    for name, options in choices.items():
        allowed = {*options, ""}
        rejected += [(name, value) for value in params.get(name, ()) if value not in allowed]
    rejected += _rejected_dates(params.get(DATES, ()), accepted)
    rejected += [(QUERY, v) for v in params.get(QUERY, ()) if len(v) > QUERY_MAX_CHARS]
    return rejected


def _rejected_dates(values: Sequence[str], accepted: Accepted) -> list[tuple[str, str]]:
    """Return the dates values unless they are one or two ISO days inside the data's range."""
    if not values or list(values) == [""]:
        return []
    days = [_iso_day(v) for v in values]
    bounded = accepted.first_day is not None and accepted.last_day is not None
    fits = (
        bounded
        and len(days) <= 2
        and all(d is not None and accepted.first_day <= d <= accepted.last_day for d in days)
        and days == sorted(days)
    )
    return [] if fits else [(DATES, " ".join(values))]


def _iso_day(value: str) -> date | None:
    """Return the day an ISO date string names, or None."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def notice_of(rejected: Sequence[tuple[str, str]]) -> str:
    """Return the markdown notice naming what a link carried that was dropped, escaped."""
    parts = [f"`{name}` = {escape_markdown(_shorten(value))}" for name, value in rejected]
    return "This link had values the dashboard cannot show; they were ignored: " + "; ".join(parts)


def _shorten(value: str) -> str:
    """Return the value cut to a readable length."""
    return value if len(value) <= _SHOWN_CHARS else value[: _SHOWN_CHARS - 1] + "…"


def escape_markdown(text: str) -> str:
    """Return text that Streamlit's markdown shows literally (no links, HTML, colours or maths)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))

"""Where facts stand on the time axis: first and last day, and the kind of mark that shows them."""

from __future__ import annotations

from datetime import date

import pandas as pd

from facts.model import DATE, DATE_END, DATE_PRECISION
from facts.query import span_of

# How each kind of date is drawn: a dot, a span (bar), ongoing since, ongoing as of publication.
DOT, SPAN, SINCE, AS_OF = "day", "span", "ongoing since", "ongoing as of publication"
# Columns added for the time axis (the facts already have `start`/`end`: evidence offsets).
FROM, TO, MARK = "first_day", "last_day", "mark"
PUBLISHED = "published"


def with_time_axis(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts with the first and last day the time axis draws them at, and their mark.

    Ongoing facts with no start stand at their article's publication date (`published`),
    the day the text says they were going on. Facts with no date get no mark.
    """
    columns = (DATE, DATE_END, DATE_PRECISION, PUBLISHED)
    placed = [_place(*row) for row in zip(*(facts[c] for c in columns), strict=True)]
    return facts.assign(
        **{FROM: [p[0] for p in placed], TO: [p[1] for p in placed], MARK: [p[2] for p in placed]}
    )


def _place(start: object, end: object, precision: object, published: object) -> tuple:
    """Return (first day, last day, mark) of one fact, or Nones when it has no date."""
    span = span_of(start, end, precision)
    ongoing = precision == "ongoing"
    if span is None and ongoing and isinstance(published, str) and published:
        day = date.fromisoformat(published[:10])
        return day, day, AS_OF
    if span is None:
        return None, None, None
    return span[0], span[1], SINCE if ongoing else (SPAN if span[0] != span[1] else DOT)


def timeline_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts that stand on the time axis (columns of `with_time_axis`)."""
    return facts[facts[MARK].notna()]

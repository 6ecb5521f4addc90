"""One clause, two dated happenings: "held near Japan in 2019 and off Guam in 2018"."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from facts.draft import ArticleView, Draft
from facts.mentions import DateSpan

# Between two dates, words that add a second happening ("and then", "; later")...
_SEQUENCE = re.compile(r"\band\b|\bthen\b|\blater\b|;", re.IGNORECASE)
_AGAIN = re.compile(r"\bagain(?:\s+(?:on|in|at|during))?\s*$", re.IGNORECASE)
# ...and words that only date something else the clause names ("after the May 5 clash").
_RELATIVE = re.compile(r"\b(?:after|before|following|since|until|ahead of|prior to)\b", re.I)


def drafts_per_date(view: ArticleView, draft: Draft) -> list[Draft]:
    """Return one draft per date the clause gives its event, each with the places told with it."""
    dates = _clause_dates(view, draft)
    if len(dates) < 2:
        return [draft]
    starts = [draft.sent.start_char, *(d.end for d in dates[:-1])]
    ends = [*(d.end for d in dates[:-1]), draft.sent.end_char]
    parts = []
    for found, start, end in zip(dates, starts, ends, strict=True):
        near = [p.name for p in view.places if p.head in draft.scope and start <= p.start < end]
        parts.append(replace(draft, date=found.ref, places=list(dict.fromkeys(near))))
    shared = parts[-1].places  # "in 2019 and in 2018 in the Bay of Bengal": both years' place
    for part in parts:
        part.places = part.places or list(shared)
    return parts


def _clause_dates(view: ArticleView, draft: Draft) -> list[DateSpan]:
    """Return the clause's own distinct dates when the words between them add a happening."""
    own = [d for d in view.dates if view.date_heads.get(d.start) in draft.scope]
    sent = draft.sent
    own += [  # "on Monday and then again on Wednesday", whatever the parse hung it on
        d for d in view.dates
        if sent.start_char <= d.start < sent.end_char and d not in own and own
        and d.start > own[-1].end and _AGAIN.search(view.text, max(0, d.start - 40), d.start)
    ]  # fmt: skip
    if len(own) < 2 or len({d.ref.start for d in own}) < len(own):
        return []
    if draft.date is None or draft.date.start is None:  # "since 1992", "repeatedly"
        return []
    for a, b in pairwise(own):
        between = view.text[a.end : b.start]
        if not _SEQUENCE.search(between) or _RELATIVE.search(between):
            return []
    return own

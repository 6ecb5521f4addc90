"""Reviews: editors confirm, reject, correct or add facts; the extractor's output stays as it is.

A review is one row in the store; the reviews of one fact form its history (`seq` 1, 2, ...),
and the last one is in force. The displayed fact is the extractor's fact with that review
applied (`reviewed_facts`). A review names its fact by id and by its evidence span, so when
a newer extractor gives the fact a new id, the review still finds it by its span.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from facts.model import ARTICLE_ID, CATEGORIES, DATE_PRECISIONS, FACT_ID, KIND

UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, ADDED = (
    "unreviewed", "confirmed", "corrected", "rejected", "added",
)  # fmt: skip
STATUSES = (UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, ADDED)
# What an editor may correct, or give an added event.
FIELDS = ("category", "summary", "date", "date_end", "date_precision", "places", "actors")
# An added event also says which sentence of the article tells it.
ADDED_ONLY = ("sentence", "evidence")
# Columns `reviewed_facts` adds: the status in force, by whom, when, why, its step in the
# fact's history, and the extractor's own values of what was corrected.
REVIEW, REVIEWER, REVIEWED_AT, REASON, SEQ, TARGET, EXTRACTED = (
    "review", "reviewed_by", "reviewed_at", "review_reason", "review_seq", "review_target",
    "extracted",
)  # fmt: skip
ADDED_PREFIX = "added-"
EDITOR_VERSION = "editor"


class ReviewError(ValueError):
    """A review that cannot be stored as given; the message says what to change."""


@dataclass(frozen=True)
class Review:
    """One review as an editor submits it."""

    article_id: str
    target: str
    kind: str
    span_start: int
    span_end: int
    status: str
    editor: str
    reason: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)
    fact_id: str | None = None
    # The step of the history the editor saw (0: none): saving makes step seen + 1.
    seen_seq: int = 0

    def __post_init__(self) -> None:
        checked(self)


def checked(review: Review) -> Review:
    """Return the review if it can be stored; ReviewError says what is wrong."""
    if review.status not in STATUSES[1:]:
        msg = f"unknown review status {review.status!r}; expected one of {STATUSES[1:]}"
        raise ReviewError(msg)
    if review.status in (REJECTED, CORRECTED) and not review.reason.strip():
        msg = "say why: a rejection or a correction needs a reason"
        raise ReviewError(msg)
    allowed = (*FIELDS, *ADDED_ONLY) if review.status == ADDED else FIELDS
    unknown = set(review.fields) - set(allowed)
    if unknown:
        msg = f"these fields cannot be reviewed: {sorted(unknown)}"
        raise ReviewError(msg)
    category = review.fields.get("category")
    if category is not None and category not in CATEGORIES:
        msg = f"unknown category {category!r}"
        raise ReviewError(msg)
    precision = review.fields.get("date_precision")
    if precision is not None and precision not in DATE_PRECISIONS:
        msg = f"unknown date precision {precision!r}"
        raise ReviewError(msg)
    if review.status == ADDED and not review.fields.get("category"):
        msg = "an added event needs its category"
        raise ReviewError(msg)
    return review


def reviewed_facts(facts: pd.DataFrame, reviews: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the facts as reviewed, and the reviews that no longer find their fact.

    Parameters
    ----------
    facts
        The extractor's facts (`facts.store` columns).
    reviews
        Every review row, any order; the highest `seq` of a (article, target) is in force.
    """
    out = facts.assign(
        **{REVIEW: UNREVIEWED, REVIEWER: None, REVIEWED_AT: None, REASON: None, SEQ: 0,
           TARGET: facts[FACT_ID], EXTRACTED: None}
    ).reset_index(drop=True)  # fmt: skip
    latest = _latest(reviews)
    position = {
        (a, f): i for i, (a, f) in enumerate(zip(out[ARTICLE_ID], out[FACT_ID], strict=True))
    }
    spans = _by_span(out)
    added, lost, taken = [], [], set()
    # Reviews naming the current fact id first: they beat one found again by its span.
    ordered = sorted(latest, key=lambda r: (r["article_id"], r["target"]) not in position)
    for review in ordered:
        key = (review["article_id"], review["target"])
        if review["status"] == ADDED:
            added.append(_added_fact(review, facts.columns))
            continue
        index = position.get(key)
        if index is None:
            index = spans.get((review["article_id"], review["kind"], review["span_start"],
                               review["span_end"]))  # fmt: skip
        if index is None or index in taken:
            lost.append(review)
            continue
        taken.add(index)
        _apply(out, index, review)
    if added:
        out = pd.concat([out, pd.DataFrame(added)], ignore_index=True)
    return out, pd.DataFrame(lost, columns=list(reviews.columns))


def _latest(reviews: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the review in force for each (article, target): its highest step."""
    if reviews.empty:
        return []
    ordered = reviews.sort_values("seq").drop_duplicates(["article_id", "target"], keep="last")
    return ordered.to_dict("records")


def _by_span(facts: pd.DataFrame) -> dict[tuple, int]:
    """Return the row of each (article, kind, start, end) that only one fact has."""
    keys = list(zip(facts[ARTICLE_ID], facts[KIND], facts["start"], facts["end"], strict=True))
    counts = pd.Series(keys, dtype=object).value_counts()
    return {key: i for i, key in enumerate(keys) if counts[key] == 1}


def _apply(facts: pd.DataFrame, index: int, review: Mapping[str, Any]) -> None:
    """Put a review's status and corrected values on one row, keeping the extracted ones."""
    fields = dict(review["fields"] or {}) if review["status"] == CORRECTED else {}
    facts.at[index, EXTRACTED] = {k: facts.at[index, k] for k in fields} or None
    for name, value in fields.items():
        facts.at[index, name] = tuple(value) if name in ("places", "actors") else value
    facts.at[index, REVIEW] = review["status"]
    facts.at[index, REVIEWER] = review["editor"]
    facts.at[index, REVIEWED_AT] = review["created_at"]
    facts.at[index, REASON] = review["reason"] or None
    facts.at[index, SEQ] = int(review["seq"])
    facts.at[index, TARGET] = review["target"]


def _added_fact(review: Mapping[str, Any], columns: pd.Index) -> dict[str, Any]:
    """Return the fact row of an event an editor added from a sentence of the article."""
    fields = dict(review["fields"] or {})
    row = dict.fromkeys(columns)
    row |= {
        FACT_ID: review["target"], ARTICLE_ID: review["article_id"], KIND: "event",
        "start": int(review["span_start"]), "end": int(review["span_end"]),
        "sentence": fields.pop("sentence", None), "evidence": fields.pop("evidence", ""),
        "actors": tuple(fields.pop("actors", ())), "places": tuple(fields.pop("places", ())),
        "date_precision": "unknown", "extractor_version": EDITOR_VERSION,
    }  # fmt: skip
    row |= {k: v for k, v in fields.items() if k in FIELDS}
    return row | {
        REVIEW: ADDED, REVIEWER: review["editor"], REVIEWED_AT: review["created_at"],
        REASON: review["reason"] or None, SEQ: int(review["seq"]), TARGET: review["target"],
        EXTRACTED: None,
    }  # fmt: skip


@dataclass(frozen=True)
class ReviewForm:
    """What an editor filled in: a decision, the corrected values, and why."""

    status: str
    reason: str = ""
    category: str | None = None
    date: str = ""
    date_precision: str = "unknown"
    places: tuple[str, ...] = ()
    actors: str = ""
    summary: str = ""


def review_of(
    fact: Mapping[str, Any],
    form: ReviewForm,
    *,
    editor: str,
    place: Callable[[str], Mapping[str, Any]],
) -> Review:
    """Return the review an editor's form makes of a fact (as the board shows it).

    Parameters
    ----------
    fact
        The fact as reviewed so far: its review history's target and step come with it.
    place
        The gazetteer's place record of a place name.
    """
    fields = corrected_fields(form, place=place) if form.status == CORRECTED else {}
    return Review(
        article_id=fact[ARTICLE_ID], target=fact.get(TARGET) or fact[FACT_ID], kind=fact[KIND],
        span_start=int(fact["start"]), span_end=int(fact["end"]), status=form.status,
        editor=editor, reason=form.reason, fields=fields, fact_id=fact[FACT_ID],
        seen_seq=int(fact.get(SEQ) or 0),
    )  # fmt: skip


def added_event(
    article_id: str,
    sentence: tuple[int, int, int, str],
    form: ReviewForm,
    *,
    editor: str,
    place: Callable[[str], Mapping[str, Any]],
) -> Review:
    """Return the review that adds an event the extractor missed, told by one sentence.

    `sentence` is (index, start, end, text) of the sentence in the article.
    """
    index, start, end, words = sentence
    fields = corrected_fields(form, place=place) | {"sentence": index, "evidence": words}
    return Review(
        article_id=article_id, target=f"{ADDED_PREFIX}{uuid.uuid4().hex[:12]}", kind="event",
        span_start=start, span_end=end, status=ADDED, editor=editor, reason=form.reason,
        fields=fields,
    )  # fmt: skip


def corrected_fields(form: ReviewForm, *, place: Callable[[str], Mapping[str, Any]]) -> dict:
    """Return the fact fields a form sets; ReviewError names a value that cannot stand."""
    day, end = _dated(form.date.strip(), form.date_precision)
    actors = tuple(dict.fromkeys(a.strip() for a in form.actors.split(";") if a.strip()))
    summary = " ".join(form.summary.split())
    if not summary:
        msg = "give the fact a summary: who did what"
        raise ReviewError(msg)
    return {
        "category": form.category, "summary": summary, "date": day, "date_end": end,
        "date_precision": form.date_precision, "actors": list(actors),
        "places": [dict(place(name)) for name in form.places],
    }  # fmt: skip


def _dated(text: str, precision: str) -> tuple[str | None, None]:
    """Return the (date, date_end) a date text gives at its precision; ReviewError if none."""
    if precision in ("ongoing", "unknown") and not text:
        return None, None
    shapes = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}
    shape = shapes.get(precision, r"\d{4}(?:-\d\d){0,2}")
    if not re.fullmatch(shape, text):
        msg = f"a {precision} date is written {_WRITTEN[precision]}, not {text!r}"
        raise ReviewError(msg)
    try:
        date.fromisoformat((text + "-01-01")[:10] if len(text) < 10 else text)
    except ValueError:
        msg = f"{text!r} is not a date of the calendar"
        raise ReviewError(msg) from None
    return text, None


_WRITTEN = {
    "day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY",
    "ongoing": "YYYY-MM-DD, YYYY-MM or YYYY (or left empty)",
    "unknown": "YYYY-MM-DD, YYYY-MM or YYYY (or left empty)",
}  # fmt: skip

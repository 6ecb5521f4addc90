"""Words shown for facts: dates with their precision, places, hover text; text made literal."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator, Mapping

import pandas as pd

from facts.model import KIND
from facts.reviews import REVIEW, REVIEWER, UNREVIEWED

# Kinds that have no category get their kind as a label instead.
KIND_LABELS = {"quote": "quote", "relation": "relation"}
# Columns `with_hover` adds: the hover text of a fact and the group (legend entry) it is in.
HOVER, GROUP = "hover", "group"
# Every column the labels here read. Rows are handed to them with these alone, one at a time:
# `to_dict("records")` of the fifty-column fact frame was 230 MB while a 100,000-fact board was
# built.
LABELLED = (KIND, "category", "date", "date_end", "date_precision", "places", "speaker", "text",
            "subject", "relation", "object", "summary", "evidence", REVIEW, REVIEWER,
            "cluster_reports", "cluster_sources", "cluster_disputes", "title")  # fmt: skip
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


def category_label(fact: Mapping) -> str:
    """Return the category of an event, or the kind of a quote or relation."""
    return text_of(fact.get("category")) or KIND_LABELS.get(fact[KIND], "")


def date_label(fact: Mapping) -> str:
    """Return the date of a fact as written for people: '2025-05 (month)', 'ongoing since ...'."""
    start, end = text_of(fact.get("date")), text_of(fact.get("date_end"))
    precision = text_of(fact.get("date_precision"))
    if not start:
        return "ongoing" if precision == "ongoing" else "undated"
    shown = {"month": start[:7], "year": start[:4]}.get(precision, start)
    if end and end != start:
        shown = f"{shown} to {end}"
    if precision == "ongoing":
        return f"ongoing since {shown}"
    return shown if precision in ("", "day", "unknown") else f"{shown} ({precision})"


def places_label(fact: Mapping) -> str:
    """Return the place names of a fact, with unresolved ones marked."""
    names = [p["name"] + ("" if p.get("id") else " (not located)") for p in fact["places"]]
    return "; ".join(names)


def text_of(value: object) -> str:
    """Return a text field as a string; missing values (None, NaN) become empty."""
    return value if isinstance(value, str) else ""


def summary_of(fact: Mapping) -> str:
    """Return a one-line statement of any kind of fact."""
    kind = fact[KIND]
    if kind == "quote":
        return f"{text_of(fact.get('speaker')) or 'Unnamed speaker'}: “{text_of(fact.get('text'))}”"
    if kind == "relation":
        return " ".join(text_of(fact.get(k)) for k in ("subject", "relation", "object"))
    return text_of(fact.get("summary")) or text_of(fact.get("evidence"))


def review_label(fact: Mapping) -> str:
    """Return a fact's review status as read by people: 'corrected by ana', 'not reviewed'."""
    status = text_of(fact.get(REVIEW)) or UNREVIEWED
    if status == UNREVIEWED:
        return "not reviewed"
    return f"{status} by {text_of(fact.get(REVIEWER))}"


def cluster_label(fact: Mapping) -> str:
    """Return how many articles and independent sources report a fact's event, and disputes."""
    reports, sources = fact.get("cluster_reports"), fact.get("cluster_sources")
    if not isinstance(reports, int | float) or math.isnan(reports) or reports < 2:
        return "reported by this article only"
    words = f"reported by {int(reports)} articles, {int(sources)} independent source" + (
        "s" if sources != 1 else ""
    )
    disputed = fact.get("cluster_disputes") or ()
    return words + (f"; they differ on {', '.join(disputed)}" if disputed else "")


def fact_hover(fact: Mapping, *, title: str = "") -> str:
    """Return the HTML-escaped hover text of a fact: summary, category, date, places, article."""
    lines = [
        f"<b>{_wrapped(summary_of(fact))}</b>",
        f"{category_label(fact)} · {date_label(fact)}",
    ]
    if fact["places"]:
        lines.append(f"at {html.escape(places_label(fact))}")
    if text_of(fact.get(REVIEW)) not in ("", UNREVIEWED):
        lines.append(f"<i>{html.escape(review_label(fact))}</i>")
    reports = fact.get("cluster_reports")
    if isinstance(reports, int | float) and reports > 1:
        lines.append(f"<i>{html.escape(cluster_label(fact))}</i>")
    if title:
        lines.append(f"source: {_wrapped(title)}")
    return "<br>".join(lines)


def label_rows(facts: pd.DataFrame, *extra: str) -> Iterator[dict]:
    """Yield each fact as a record of the `LABELLED` columns (and `extra` ones) it has."""
    names = [c for c in (*LABELLED, *extra) if c in facts.columns]
    for values in zip(*(facts[c].tolist() for c in names), strict=True):
        yield dict(zip(names, values, strict=True))


def with_hover(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts with the `hover` text and the `group` (category or kind) they show."""
    hovers, groups = [], []
    for f in label_rows(facts):
        hovers.append(fact_hover(f, title=f.get("title") or ""))
        groups.append(category_label(f))
    return facts.assign(**{HOVER: hovers, GROUP: groups})


def _wrapped(text: str, *, width: int = 70) -> str:
    """Return escaped text broken into lines of about `width` characters for hover labels."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(html.escape(part) for part in lines)


def escape_markdown(text: str) -> str:
    """Return text that Streamlit's markdown shows literally (no links, HTML, colours or maths)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))

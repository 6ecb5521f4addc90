from datetime import date

import pandas as pd
import plotly.graph_objects as go

from components.timeline import ONE_BY_ONE, timeline_figure
from facts.labels import with_hover
from facts.time_axis import AS_OF, DOT, SINCE, SPAN, timeline_rows, with_time_axis


def timeline(*args, **kwargs):
    """The figure `timeline_figure` builds, as Plotly validates it."""
    return go.Figure(timeline_figure(*args, **kwargs))


def fact(fact_id, date_, precision, **fields):
    row = {"fact_id": fact_id, "article_id": "a1", "kind": "event", "category": "incursion",
           "summary": fact_id, "date": date_, "date_end": None, "date_precision": precision,
           "actors": (), "places": (), "title": "T", "published": "2025-05-07"}  # fmt: skip
    return row | fields


FACTS = with_time_axis(with_hover(pd.DataFrame([
    fact("day", "2025-05-03", "day"),
    fact("month", "2024-02", "month"),
    fact("since", "2023-01-01", "ongoing"),
    fact("as_of", None, "ongoing", category="deployment"),
    fact("undated", None, "unknown"),
])))  # fmt: skip


def test_each_date_kind_gets_its_mark():
    rows = timeline_rows(FACTS).set_index("fact_id")
    assert rows.loc["day", "mark"] == DOT
    assert rows.loc["month", "mark"] == SPAN
    assert (rows.loc["month", "first_day"], rows.loc["month", "last_day"]) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    assert rows.loc["since", "mark"] == SINCE
    assert rows.loc["as_of", "mark"] == AS_OF
    assert rows.loc["as_of", "first_day"] == date(2025, 5, 7)
    assert "undated" not in rows.index


def test_figure_rows_follow_category_order():
    fig = timeline(FACTS, order=("deployment", "incursion"))
    assert list(fig.layout.yaxis.categoryarray) == ["incursion", "deployment"]
    assert {t.name for t in fig.data} == {
        "incursion, day", "incursion, span", "incursion, ongoing since",
        "deployment, ongoing as of publication",
    }  # fmt: skip


def test_span_is_a_bar_between_its_days():
    fig = timeline(FACTS)
    (bar,) = [t for t in fig.data if t.name == "incursion, span"]
    assert list(bar.x) == ["2024-02-01", "2024-02-29", None]
    assert list(bar.customdata[:2]) == ["month", "month"]


def test_selected_fact_is_ringed():
    fig = timeline(FACTS, selected="day")
    assert fig.data[-1].marker.symbol == "circle-open"
    assert list(fig.data[-1].x) == ["2025-05-03"]


def test_figure_is_valid_plotly():
    fig = timeline(FACTS, order=("incursion",), selected="month")
    go.Figure(fig.to_dict())  # validates every property the builder skipped validating


def test_many_facts_are_counted_per_month():
    days = [f"2024-0{1 + i % 2}-{1 + i % 28:02d}" for i in range(ONE_BY_ONE + 1)]
    many = with_time_axis(
        with_hover(pd.DataFrame([fact(f"f{i}", d, "day") for i, d in enumerate(days)]))
    )
    fig = timeline(many, selected="f0")
    (counts,) = [t for t in fig.data if t.name == "incursion, per month"]
    assert list(counts.x) == ["2024-01-15", "2024-02-15"]
    assert sum(counts.marker.size) == ONE_BY_ONE + 1
    assert "2024-01: 501 facts" in counts.hovertext[0]
    assert fig.data[-1].marker.symbol == "circle-open"
    go.Figure(fig.to_dict())

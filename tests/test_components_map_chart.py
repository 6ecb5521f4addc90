import json
from datetime import date

import pandas as pd
import plotly
import plotly.graph_objects as go
import pytest
from shapely.geometry import Point, Polygon

from components.map_chart import map_figure
from components.picking import _AsBuilt
from components.timeline import timeline_figure
from facts.labels import with_hover
from facts.placements import placed_facts, view_of_fact, with_current_places
from facts.time_axis import with_time_axis
from geo.label_layout import label_positions
from geo.shapes import LayerShapes, shapes_of
from geo.views import VIEWS, View, fitted

DELHI = {"name": "New Delhi", "id": "new_delhi", "lon": 77.2, "lat": 28.6, "precision": "point"}
OCEAN = {"name": "Indian Ocean", "id": "indian_ocean", "lon": 80.0, "lat": -10.0,
         "precision": "ocean"}  # fmt: skip
AREAS = {"indian_ocean": tuple(shapes_of([Polygon([(40, -40), (110, -40), (100, 10)])], [""]))}


def mapped(*args, **kwargs):
    """The figure `map_figure` builds, as Plotly validates it."""
    return go.Figure(map_figure(*args, **kwargs))


def fact(fact_id, category, places):
    return {
        "fact_id": fact_id, "article_id": "a1", "kind": "event", "category": category,
        "summary": f"fact {fact_id}", "date": "2025-05-05", "date_end": None,
        "date_precision": "day", "actors": (), "places": places, "title": "An article",
    }  # fmt: skip


@pytest.fixture
def facts():
    return with_hover(pd.DataFrame([
        fact("m", "meeting", (DELHI,)),
        fact("a", "agreement", (DELHI,)),
        fact("d", "deployment", (OCEAN,)),
    ]))  # fmt: skip


@pytest.fixture
def layers():
    islands = shapes_of([Point(123.4733, 25.7433)], ["Uotsuri-shima"], names=["Uotsuri-shima"])
    return {"senkaku_islands": LayerShapes("Senkaku Islands", tuple(islands))}


def test_traces_per_layer_and_category(facts, layers):
    fig = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["indo_pacific"])
    assert [t.name for t in fig.data] == [
        "Senkaku Islands", "deployment (1)", "agreement (1)", "meeting (1)",
    ]  # fmt: skip


def test_area_facts_are_outlines_not_points(facts, layers):
    fig = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["indo_pacific"])
    (area,) = [t for t in fig.data if t.name == "deployment (1)"]
    assert area.mode == "lines"
    assert area.fill == "toself"
    assert "fact d" in area.hovertext


def test_selected_fact_is_ringed_and_framed(facts, layers):
    view = view_of_fact("m", facts, AREAS)
    fig = mapped(layers, placed_facts(facts), AREAS, view=view, selected="m")
    ring = fig.data[-1]
    assert ring.name == "selected fact"
    assert (ring.lon[0], ring.lat[0]) == (77.2, 28.6)
    assert view.lon[0] < 77.2 < view.lon[1]


def test_uirevision_follows_frame_and_selection_only(facts, layers):
    wide = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["indo_pacific"])
    fewer = mapped(layers, placed_facts(facts.iloc[:1]), AREAS, view=VIEWS["indo_pacific"])
    other = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["east_china_sea"])
    assert wide.layout.uirevision == fewer.layout.uirevision != other.layout.uirevision


def test_islands_labelled_only_in_a_close_view(facts, layers):
    wide = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["indo_pacific"])
    close = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["senkaku"])
    assert wide.data[0].mode == "markers"
    assert close.data[0].mode == "markers+text"


def test_one_legend_entry_per_category(facts, layers):
    more = pd.concat([facts, with_hover(pd.DataFrame([fact("d2", "deployment", (DELHI,))]))])
    fig = mapped(layers, placed_facts(more), AREAS, view=VIEWS["indo_pacific"])
    legend = [(t.name, t.mode) for t in fig.data if t.showlegend]
    assert ("deployment (2)", "markers") in legend
    assert [name for name, _ in legend].count("deployment (2)") == 1


@pytest.mark.parametrize("view", ["indo_pacific", "senkaku"])
def test_figure_is_valid_plotly(facts, layers, view):
    fig = mapped(layers, placed_facts(facts), AREAS, view=VIEWS[view], selected="d")
    go.Figure(fig.to_dict())  # validates every property the builder skipped validating


def test_no_facts_still_draws_the_layers(facts, layers):
    fig = mapped(layers, placed_facts(facts.iloc[:0]), AREAS, view=VIEWS["indo_pacific"])
    assert [t.name for t in fig.data] == ["Senkaku Islands"]
    timeline = go.Figure(timeline_figure(with_time_axis(facts.iloc[:0].assign(published=None))))
    assert list(timeline.data) == []


def test_no_figure_asks_for_remote_map_data(facts, layers):
    fig = mapped(layers, placed_facts(facts), AREAS, view=VIEWS["indian_ocean"])
    assert all(t.type == "scattergeo" and t.locationmode is None for t in fig.data)
    assert fig.layout.geo.resolution == 110
    assert (
        mapped(layers, placed_facts(facts), AREAS, view=VIEWS["senkaku"]).layout.geo.resolution
        == 50
    )


def test_fitted_frame_has_the_asked_aspect():
    view = fitted(View("x", (120.0, 130.0), (20.0, 40.0)), aspect=1.6)
    assert view.lat == (20.0, 40.0)
    assert view.lon[1] - view.lon[0] > 10.0


def test_close_labels_do_not_share_a_side():
    lon, lat = [123.4733, 123.5417, 123.55], [25.7433, 25.73, 25.7233]
    names = [
        "Uotsuri-shima / Diaoyu Dao",
        "Kita-kojima / Bei Xiaodao",
        "Minami-kojima / Nan Xiaodao",
    ]
    positions = label_positions(lon, lat, names, view=VIEWS["senkaku"], width_px=860)
    assert len(set(positions)) == 3


def test_places_take_the_gazetteer_coordinates_of_today():
    stale = pd.DataFrame([fact("m", "meeting", ({**DELHI, "lon": None, "lat": None},))])
    fresh = with_current_places(stale, {"new_delhi": (77.21, 28.61, "point")})
    assert fresh["places"][0][0]["lon"] == 77.21
    assert stale["places"][0][0]["lon"] is None


def test_area_without_outline_is_marked_at_its_label_point(facts, layers):
    fig = mapped(layers, placed_facts(facts), {}, view=VIEWS["indo_pacific"])
    (area,) = [t for t in fig.data if t.name == "deployment (1)"]
    assert area.marker.symbol == "square-open"
    assert (area.lon, area.lat) == ((80.0,), (-10.0,))
    assert "not its extent" in area.hovertext[0]


@pytest.mark.parametrize("chart", ["map", "timeline", "timeline with a window"])
def test_a_chart_is_sent_as_its_validated_figure_would_be(facts, layers, chart):
    dated = with_time_axis(facts.assign(published="2025-05-06"))
    spec = {
        "map": lambda: map_figure(layers, placed_facts(facts), AREAS, view=VIEWS["senkaku"],
                                  selected="d"),
        "timeline": lambda: timeline_figure(dated, selected="m"),
        "timeline with a window": lambda: timeline_figure(
            dated.iloc[:1], window=(date(2025, 5, 1), date(2025, 5, 4)), outside=dated.iloc[1:]),
    }[chart]()  # fmt: skip
    sent = plotly.io.to_json(_AsBuilt(spec).to_dict(), validate=False)
    validated = plotly.io.to_json(go.Figure(spec).to_dict(), validate=False)
    assert json.loads(sent) == json.loads(validated)

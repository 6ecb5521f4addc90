"""The drawn-area filter: link text, and what lies inside, on shapes written here."""

import pytest
from shapely.geometry import Point, Polygon, box

from geo.drawn_area import MAX_VERTICES, area_text, outline_inside, parse_area, points_inside


def test_a_box_round_trips_as_four_rounded_corners():
    text = area_text([120.123, 125.456, 125.456, 120.123], [20.001, 20.001, 30.5, 30.5])
    assert text == "120.12_20_125.46_20_125.46_30.5_120.12_30.5"
    assert parse_area(text).equals(box(120.12, 20, 125.46, 30.5))


def test_a_long_lasso_is_simplified_to_a_short_link():
    circle = Polygon.from_bounds(0, 0, 1, 1).centroid.buffer(5, quad_segs=100)
    lon, lat = circle.exterior.xy
    text = area_text(list(lon), list(lat))
    corners = len(text.split("_")) // 2
    assert 3 <= corners <= MAX_VERTICES
    assert parse_area(text).area == pytest.approx(circle.area, rel=0.05)


def test_no_area_gives_no_text():
    assert area_text([1, 2], [1, 2]) == ""
    assert area_text([1, 2, 3], [1, 2, 3]) == ""  # three corners on a line


@pytest.mark.parametrize(
    "text",
    ["", "1_2_3", "a_b_c_d_e_f", "0_0_1_1_2_2", "0_0_200_0_0_10", "0_0_1_0_nan_1", "0_0_1_0_0_90"],
)
def test_bad_area_texts_are_refused(text):
    assert parse_area(text) is None


def test_a_self_crossing_lasso_keeps_both_loops():
    bowtie = parse_area("0_0_2_2_2_0_0_2")
    assert bowtie is not None
    assert points_inside(bowtie, [0.2, 1.8, 1.0], [1.0, 1.0, 0.2]).tolist() == [True, True, False]


def test_points_inside_and_on_the_edge():
    area = box(0, 0, 10, 10)
    got = points_inside(area, [5, 10, 11, -0.01], [5, 5, 5, 5])
    assert got.tolist() == [True, True, False, False]


def test_inside_follows_the_map_edges_drawn_straight_in_mercator():
    # A diagonal edge from (0, 0) to (40, 60): halfway along on the Mercator map it passes
    # north of latitude 30 at longitude 20, so (20, 33) is right of the edge there, inside.
    triangle = Polygon([(0, 0), (40, 60), (40, 0)])
    assert points_inside(triangle, [20], [33]).tolist() == [True]
    assert not triangle.contains(Point(20, 33))  # a lon/lat test would say outside


def test_an_outline_counts_only_when_wholly_inside():
    area = box(0, 0, 10, 10)
    assert outline_inside(area, box(1, 1, 2, 2))
    assert not outline_inside(area, box(9, 9, 11, 11))

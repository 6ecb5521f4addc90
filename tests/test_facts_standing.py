"""Spatial filters of facts: zones, distances and a drawn area, on standings written here."""

import pandas as pd
from shapely.geometry import box

from facts.query import Filters, with_filter_columns
from facts.standing import spatial_mask, with_standing
from geo.zones import Standing
from tests.conftest import matching_rows

STANDINGS = {
    "isle": Standing(zones=("ts",), nm={"port": 30.0, "ports": 30.0}),
    "harbour": Standing(zones=(), nm={"port": 0.5, "ports": 0.5}),
    "zone_ts": Standing(zones=("ts",), outline=box(0, 0, 1, 1)),
    "big_sea": Standing(zones=(), outline=box(-5, -5, 5, 5)),  # overlaps ts, is not inside it
}


def place(place_id, precision, lon=None, lat=None):
    return {"name": place_id, "id": place_id, "precision": precision, "lon": lon, "lat": lat}


def facts():
    rows = {
        "at_isle": [place("isle", "feature", 0.5, 0.5)],
        "at_harbour": [place("harbour", "point", 3.0, 3.0)],
        "in_ts": [place("zone_ts", "zone", 0.5, 0.5)],
        "at_sea": [place("big_sea", "sea", 0.2, 0.2)],
        "isle_and_sea": [place("isle", "feature", 0.5, 0.5), place("big_sea", "sea", 0.2, 0.2)],
        "unlocated": [{"name": "Somewhere", "id": None, "precision": None}],
    }
    frame = pd.DataFrame(
        {"fact_id": list(rows), "places": list(rows.values()), "actors": [()] * len(rows),
         "speaker": [None] * len(rows), "category": ["incident"] * len(rows),
         "article_id": ["a"] * len(rows), "date": [None] * len(rows),
         "date_end": [None] * len(rows), "date_precision": [None] * len(rows)}
    )  # fmt: skip
    return with_standing(with_filter_columns(frame), STANDINGS)


def kept(**filters):
    frame = facts()
    return frame.loc[spatial_mask(frame, **filters), "fact_id"].tolist()


def test_no_spatial_filter_keeps_everything():
    assert len(kept()) == 6


def test_zone_keeps_points_in_it_and_areas_wholly_in_it():
    assert kept(zones=["ts"]) == ["at_isle", "in_ts", "isle_and_sea"]


def test_distance_measures_point_places_only():
    assert kept(near=["port"], nm=1) == ["at_harbour"]
    assert kept(near=["port"], nm=50) == ["at_isle", "at_harbour", "isle_and_sea"]
    assert kept(near=["ports", "port"], nm=10) == ["at_harbour"]


def test_drawn_area_keeps_points_and_areas_inside_not_areas_overlapping():
    # A box round the isle and the territorial sea, which the big sea only overlaps.
    assert kept(area="-0.5_-0.5_1.5_-0.5_1.5_1.5_-0.5_1.5") == ["at_isle", "in_ts", "isle_and_sea"]
    assert kept(area="-9_-9_9_-9_9_9_-9_9") == ["at_isle", "at_harbour", "in_ts", "at_sea",
                                                 "isle_and_sea"]  # fmt: skip


def test_filters_combine_with_the_others():
    frame = facts()
    got = matching_rows(frame, Filters(zones=("ts",), near=("port",), nm=40))
    assert got["fact_id"].tolist() == ["at_isle", "isle_and_sea"]


def test_facts_read_without_standing_pass_only_empty_filters():
    frame = with_filter_columns(facts().drop(columns=["in_zones", "near_nm", "points",
                                                      "outlines"]))  # fmt: skip
    assert spatial_mask(frame).all()
    assert not spatial_mask(frame, zones=["ts"]).any()

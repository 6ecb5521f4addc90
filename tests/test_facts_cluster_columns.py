import pandas as pd

from facts.cluster_columns import LEAD, one_per_cluster

AT_SEA = [{"name": "East China Sea", "lon": 125.0, "lat": 28.0}]
UNPLACED = [{"name": "somewhere"}]


def _facts(*rows):
    columns = ["fact_id", "cluster_id", LEAD, "places"]
    return pd.DataFrame([dict(zip(columns, row, strict=True)) for row in rows])


FACTS = _facts(
    ("a", "c-a", False, UNPLACED),
    ("b", "c-a", True, AT_SEA),
    ("c", "c-a", False, AT_SEA),
    ("d", None, False, AT_SEA),  # a quote or relation: no cluster, always kept
    ("e", "c-e", False, UNPLACED),
)


def test_one_report_stands_for_each_event_the_lead_unless_one_is_chosen():
    assert list(one_per_cluster(FACTS)["fact_id"]) == ["b", "d", "e"]
    assert list(one_per_cluster(FACTS, keep="c")["fact_id"]) == ["c", "d", "e"]


def test_without_a_lead_the_first_placed_report_stands_for_the_event():
    unled = FACTS.assign(**{LEAD: False})
    assert list(one_per_cluster(unled)["fact_id"]) == ["b", "d", "e"]


def test_the_reports_keep_every_column_and_their_index():
    kept = one_per_cluster(FACTS.set_index(pd.Index([10, 11, 12, 13, 14])))
    assert list(kept.index) == [11, 13, 14]
    assert list(kept.columns) == list(FACTS.columns)

import pandas as pd

from facts.cluster_reference import RefCluster, RefReport, map_to_gold, report_ids
from facts.cluster_score import pair_score

GOLD = {
    "a1": [{"evidence": "Ships collided.", "summary": "collision"},
           {"evidence": "Talks were held.", "summary": "talks"}],
    "a2": [{"evidence": "Two ships collided on Monday.", "summary": "collision"}],
    "a3": [{"evidence": "A collision at sea.", "summary": "collision"}],
}  # fmt: skip
CLUSTERS = [RefCluster("collision", "", (RefReport("a1", "Ships collided."),
                                         RefReport("a2", "Two ships collided on Monday."),
                                         RefReport("a3", "A collision at sea.")))]  # fmt: skip
ARTICLE_OF = {"a1#0": "a1", "a1#1": "a1", "a2#0": "a2", "a3#0": "a3"}


def test_pairs_of_reports_score_precision_and_recall():
    truth = report_ids(CLUSTERS, GOLD)
    predicted = {"a1#0": "c-1", "a2#0": "c-1", "a3#0": "c-3", "a1#1": "c-1"}
    got = pair_score(predicted, truth, {g: g for g in truth}, ARTICLE_OF, {"collision"})
    assert (got.reference_pairs, got.recalled) == (3, 1)
    # a1's talks share a1's cluster with a2's collision: a wrong pair of another article.
    assert (got.predicted, got.correct, got.predicted_referenced) == (2, 1, 1)


def test_reports_without_an_event_are_missed_not_dropped():
    truth = report_ids(CLUSTERS, GOLD)
    found = {"a1#0": "x1", "a2#0": "x2"}
    predicted = {"x1": "c-1", "x2": "c-1", "x3": "c-3"}
    articles = {"x1": "a1", "x2": "a2", "x3": "a3"}
    got = pair_score(predicted, truth, found, articles, {"collision"})
    assert (got.reference_pairs, got.found_pairs, got.recalled) == (3, 1, 1)


def test_extracted_events_map_to_gold_by_category_and_overlap():
    gold = pd.DataFrame([{"fact_id": "a1#0", "article_id": "a1", "category": "incident",
                          "start": 0, "end": 15}])  # fmt: skip
    extracted = pd.DataFrame([
        {"fact_id": "x0", "article_id": "a1", "category": "meeting", "start": 0, "end": 15},
        {"fact_id": "x1", "article_id": "a1", "category": "incident", "start": 0, "end": 15},
    ])  # fmt: skip
    assert map_to_gold(extracted, gold) == {"a1#0": "x1"}

from bench.clusters import cluster_time_s, one_more_article_s, synthetic_events
from facts.clusters import clusters_of


def test_synthetic_events_retell_earlier_happenings():
    facts, articles = synthetic_events(40, seed=1)
    assert (len(articles), len(facts)) == (40, 200)
    assert len(set(clusters_of(facts, articles).values())) < len(facts)


def test_clustering_times_are_seconds():
    assert cluster_time_s(30) > 0


def test_one_more_article_is_timed_against_the_clusters_so_far():
    facts, articles = synthetic_events(31, seed=2)
    last = articles["article_id"].iloc[-1]
    old = facts[facts["article_id"] != last]
    assert one_more_article_s(old, articles.iloc[:-1], facts[facts["article_id"] == last]) > 0

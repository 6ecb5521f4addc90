from bench.copies import COPY_NOTE, copy_rows, fact_id_of
from facts.model import Evidence, Fact

ARTICLE = {"article_id": "synthetic-00007", "text": "A patrol was seen.\n", "note": "",
           "content_hash": "x", "title": "[SYNTHETIC] Patrol"}  # fmt: skip
FACT = {"fact_id": "f1", "article_id": "synthetic-00007", "kind": "event", "start": 0, "end": 8,
        "category": "deployment", "date": "2024-03-01", "speaker": None, "subject": None,
        "relation": None, "object": None, "text": None}  # fmt: skip


def test_a_copied_fact_gets_the_id_the_extractor_would_give_it():
    fact = Fact("event", Evidence(0, 0, 8, "A patrol"), article_id="synthetic-r01-00007",
                category="deployment", date="2024-03-01")  # fmt: skip
    assert fact_id_of(FACT | {"article_id": "synthetic-r01-00007"}) == fact.fact_id


def test_copies_are_new_marked_articles_with_their_own_clusters():
    clusters = {("synthetic-00007", "f1"): "c-f0"}
    [(article, facts, grouped)] = copy_rows([ARTICLE], [FACT], clusters, round_=1)
    assert article["article_id"] == "synthetic-r01-00007"
    assert article["text"].startswith(ARTICLE["text"].rstrip())  # evidence spans still hold
    assert article["note"] == COPY_NOTE
    assert article["content_hash"] != ARTICLE["content_hash"]
    assert [f["article_id"] for f in facts] == ["synthetic-r01-00007"]
    assert facts[0]["fact_id"] != "f1"
    assert grouped == [{"article_id": "synthetic-r01-00007", "fact_id": facts[0]["fact_id"],
                        "cluster_id": "c-f0-r01"}]  # fmt: skip

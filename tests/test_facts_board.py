import io

import pandas as pd

from facts.board import board_of, reviewed_snapshot
from facts.exports import facts_csv
from facts.store import ARTICLE_COLUMNS, CLUSTER_COLUMNS, FACT_COLUMNS, REVIEW_COLUMNS, Snapshot

ARTICLE = {"article_id": "a1", "title": "Ships near the islands", "publisher": "Desk",
           "published": "2025-05-07", "url": "https://example.org/a1", "text": "Ships came.",
           "added_at": None, "added_by": None}  # fmt: skip
FACT = dict.fromkeys(FACT_COLUMNS) | {
    "fact_id": "f1", "article_id": "a1", "kind": "event", "category": "deployment",
    "summary": "Ships came.", "date": "2025-05-05", "date_precision": "day", "actors": ("China",),
    "places": (), "start": 0, "end": 11, "evidence": "Ships came.", "confidence": 0.7,
}  # fmt: skip


def snapshot(reviews=()):
    return Snapshot(
        version=7,
        articles=pd.DataFrame([ARTICLE], columns=list(ARTICLE_COLUMNS)),
        facts=pd.DataFrame([FACT], columns=list(FACT_COLUMNS)),
        reviews=pd.DataFrame(list(reviews), columns=list(REVIEW_COLUMNS)),
    )


def test_the_export_names_the_article_its_publisher_and_address():
    board = board_of(reviewed_snapshot(snapshot()), places={})
    table = pd.read_csv(io.BytesIO(facts_csv(board.facts)))
    assert table.loc[0, ["title", "publisher", "url"]].tolist() == [
        "Ships near the islands", "Desk", "https://example.org/a1"]  # fmt: skip


def test_the_board_shows_facts_as_reviewed_and_knows_its_version():
    review = {"review_id": 1, "article_id": "a1", "target": "f1", "seq": 1, "fact_id": "f1",
              "kind": "event", "span_start": 0, "span_end": 11, "status": "corrected",
              "fields": {"category": "incursion"}, "reason": "in the territorial sea",
              "editor": "ana", "created_at": "2026-12-01T10:00:00+00:00"}  # fmt: skip
    board = board_of(reviewed_snapshot(snapshot([review])), places={})
    assert board.version == 7
    assert board.fact("f1")["category"] == "incursion"
    assert board.rows.loc["f1", "review"] == "corrected by ana"
    assert "corrected by ana" in board.facts.loc[0, "hover"]


def two_reports_board(first, second, retold):
    """Return the board of two articles whose events the store put in one cluster."""
    clusters = pd.DataFrame([("a1", "f1", "c-f1"), ("a2", "f2", "c-f1")],
                            columns=list(CLUSTER_COLUMNS))  # fmt: skip
    return board_of(reviewed_snapshot(Snapshot(
        version=1, articles=pd.DataFrame([first, second], columns=list(ARTICLE_COLUMNS)),
        facts=pd.DataFrame([FACT, retold], columns=list(FACT_COLUMNS)),
        reviews=pd.DataFrame(columns=list(REVIEW_COLUMNS)), clusters=clusters,
    )), places={})  # fmt: skip


def test_a_cluster_counts_its_articles_and_sources_and_one_report_stands_for_it():
    second = ARTICLE | {"article_id": "a2", "publisher": "Other desk", "published": "2025-05-08",
                        "text": "Coast guard ships came to the islands."}  # fmt: skip
    retold = FACT | {"fact_id": "f2", "article_id": "a2", "evidence": "Coast guard ships came."}
    board = two_reports_board(ARTICLE, second, retold)
    facts = board.facts.set_index("fact_id")
    assert (facts.loc["f1", "cluster_reports"], facts.loc["f1", "cluster_sources"]) == (2, 2)
    assert facts["cluster_lead"].tolist().count(True) == 1 and facts.loc["f1", "cluster_lead"]
    assert list(board.reports_of("c-f1")["fact_id"]) == ["f1", "f2"]
    table = pd.read_csv(io.BytesIO(facts_csv(board.facts)))
    assert set(table["cluster_id"]) == {"c-f1"} and set(table["cluster_sources"]) == {2}


def test_a_reprint_counts_once_and_the_board_keeps_no_text():
    story = "Coast guard ships came to the islands on Monday and left after three hours."
    reprint = ARTICLE | {"article_id": "a2", "publisher": "Other desk", "text": story}
    board = two_reports_board(
        ARTICLE | {"text": story}, reprint, FACT | {"fact_id": "f2", "article_id": "a2"}
    )
    assert board.facts.set_index("fact_id").loc["f1", "cluster_sources"] == 1
    assert "text" not in board.articles.columns and "text" not in board.article("a2")


def test_the_picker_offers_the_latest_articles_of_a_large_store(monkeypatch):
    monkeypatch.setattr("facts.board.ARTICLE_CHOICES", 2)
    days = ("2025-05-01", "2025-05-02", "2025-05-03")
    articles = [ARTICLE | {"article_id": f"a{i}", "published": d} for i, d in enumerate(days)]
    board = board_of(
        reviewed_snapshot(
            Snapshot(
                version=1,
                articles=pd.DataFrame(articles, columns=list(ARTICLE_COLUMNS)),
                facts=pd.DataFrame([FACT | {"article_id": "a0"}], columns=list(FACT_COLUMNS)),
                reviews=pd.DataFrame([], columns=list(REVIEW_COLUMNS)),
            )
        ),
        places={},
    )
    assert board.offered_articles == ("a1", "a2")
    assert board.link_values.articles == ("a0", "a1", "a2")

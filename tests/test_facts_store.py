import json
from pathlib import Path

import pandas as pd
import pytest

from facts import store
from facts.reviews import Review
from facts.store import (
    FACT_COLUMNS,
    ReviewConflict,
    article_text,
    delete_article,
    ensure_corpus,
    ingest_paths,
    move_reports,
    read_articles,
    read_facts,
    read_snapshot,
    recluster,
    save_review,
    store_version,
)

TEXT = (
    "TOKYO \u2013 A China Coast Guard ship intruded into Japanese territorial waters near the "
    "Senkaku Islands on Monday, the Japan Coast Guard said.\n"
)


def _article(folder: Path, stem: str, text: str = TEXT, published: str = "2025-05-07") -> Path:
    (folder / f"{stem}.json").write_text(
        json.dumps(
            {"title": stem, "publisher": "test", "published": published, "url": "", "note": ""}
        )
    )
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _counts(db: str) -> tuple[int, int]:
    snapshot = read_snapshot(db)
    return len(snapshot.articles), len(snapshot.facts)


@pytest.fixture
def stored(store_url, tmp_path):
    report = ingest_paths(store_url, [_article(tmp_path, "a1")])
    return store_url, report, tmp_path


def test_first_ingest_creates_store_and_adds(tmp_path):
    db = tmp_path / "var" / "facts.sqlite"
    report = ingest_paths(db, [_article(tmp_path, "a1")])
    assert (report.added, report.errors, db.exists()) == (1, (), True)


def test_same_text_under_another_name_is_the_same_article(stored):
    db, _, folder = stored
    report = ingest_paths(db, [_article(folder, "copy")])
    assert (report.added, report.skipped) == (0, 1)


def test_reingest_leaves_facts_as_they_were(stored):
    db, _, folder = stored
    before = _counts(db)
    ingest_paths(db, [folder / "a1.txt"])
    assert _counts(db) == before


def test_read_facts_has_the_contract_columns_and_types(stored):
    frame = read_facts(stored[0])
    event = frame[frame["kind"] == "event"].iloc[0]
    assert tuple(frame.columns) == FACT_COLUMNS
    assert (event["date"], type(event["actors"]), type(event["places"])) == (
        "2025-05-05",
        tuple,
        tuple,
    )


def test_read_articles_returns_metadata(stored):
    assert read_articles(stored[0])[["article_id", "published"]].values.tolist() == [
        ["a1", "2025-05-07"]
    ]


def test_an_article_text_is_read_by_its_id(stored):
    assert article_text(stored[0], "a1") == TEXT
    assert article_text(stored[0], "no such article") == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty article"),
        (b"\x00\x01binary\x00", "binary"),
        ("caf\u00e9".encode("latin-1"), "not UTF-8"),
        (b"<!DOCTYPE html><html><body><p>news</p></body></html>", "HTML"),
        (b"a" * 20_000_000, "too large"),
    ],
)
def test_bad_files_are_refused_and_store_unchanged(stored, content, message):
    db, _, folder = stored
    before = _counts(db)
    bad = _article(folder, "bad")
    bad.write_bytes(content)
    report = ingest_paths(db, [_article(folder, "good", TEXT.replace("Monday", "Sunday")), bad])
    assert message in report.errors[0] and report.added == 0 and _counts(db) == before


def test_unparseable_date_is_refused(stored):
    db, _, folder = stored
    report = ingest_paths(db, [_article(folder, "when", TEXT + "More.", published="last week")])
    assert "not a valid YYYY-MM-DD" in report.errors[0]


def test_ensure_corpus_is_cheap_when_nothing_is_new(stored):
    db, _, folder = stored
    assert ensure_corpus(db, folder) == 0


def test_a_crash_mid_write_keeps_every_earlier_article_whole(stored, monkeypatch):
    db, _, folder = stored
    real_row, written = store._fact_row, []

    def failing_row(fact):
        if fact.article_id == "b2":
            raise OSError("disk full")
        written.append(fact.article_id)
        return real_row(fact)

    monkeypatch.setattr(store, "_fact_row", failing_row)
    second = TEXT.replace("Monday", "Tuesday")
    with pytest.raises(OSError, match="disk full"):
        ingest_paths(db, [_article(folder, "b1", TEXT.replace("Monday", "Sunday")),
                          _article(folder, "b2", second)])  # fmt: skip
    stored_ids = set(read_articles(db)["article_id"])
    facts_by_article = read_facts(db)["article_id"].value_counts()
    assert stored_ids == {"a1", "b1"}  # b2 rolled back whole, a1 and b1 kept
    assert facts_by_article["b1"] == written.count("b1") > 0
    assert "b2" not in facts_by_article


def test_parsing_in_two_processes_stores_the_same_facts(tmp_path):
    texts = {"p1": TEXT, "p2": TEXT.replace("Monday", "Friday"), "p3": TEXT + "Nothing else."}
    paths = [_article(tmp_path, stem, text) for stem, text in texts.items()]
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    ingest_paths(one, paths, processes=1)
    ingest_paths(two, paths, processes=2)
    columns = ["fact_id", "article_id", "category", "date", "evidence", "start", "end"]
    assert len(read_facts(one)) == 3
    pd.testing.assert_frame_equal(read_facts(one)[columns], read_facts(two)[columns])


def test_a_write_bumps_the_store_version_and_a_repeat_does_not(stored):
    db, _, folder = stored
    before = store_version(db)
    ingest_paths(db, [folder / "a1.txt"])
    assert store_version(db) == before
    ingest_paths(db, [_article(folder, "a2", TEXT.replace("Monday", "Friday"))])
    assert store_version(db) == before + 1


def test_same_name_in_two_folders_keeps_both_texts(store_url, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    paths = [_article(one, "dup"), _article(two, "dup", TEXT.replace("Monday", "Friday"))]
    report = ingest_paths(store_url, [one, two])
    ids = set(read_articles(store_url)["article_id"])
    assert (report.added, len(ids)) == (2, 2)
    assert "dup" in ids and len(paths) == 2


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: (folder / "link.txt").symlink_to("/etc/hostname"), "symbolic link"),
        (lambda folder: (folder / "x.txt").mkdir(), "not a regular file"),
        (lambda folder: (folder / "notes.md").write_text("nothing"), "no .txt articles"),
    ],
)
def test_only_regular_text_files_are_read(store_url, tmp_path, make, message):
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder)
    report = ingest_paths(store_url, [folder])
    assert message in " ".join(report.errors) and report.added == 0
    assert _counts(store_url) == (0, 0)


def test_a_linked_file_named_directly_is_refused(store_url, tmp_path):
    target = _article(tmp_path, "real")
    link = tmp_path / "alias.txt"
    link.symlink_to(target)
    (tmp_path / "alias.json").write_text((tmp_path / "real.json").read_text())
    assert "symbolic link" in ingest_paths(store_url, [link]).errors[0]


def test_deleting_an_article_removes_its_facts_and_reviews(stored):
    db, _, _ = stored
    fact = read_facts(db).iloc[0]
    save_review(db, _review(fact, status="confirmed"))
    before = store_version(db)
    deleted = delete_article(db, "a1")
    assert (deleted.title, deleted.facts > 0, deleted.reviews) == ("a1", True, 1)
    assert _counts(db) == (0, 0) and read_snapshot(db).reviews.empty
    assert store_version(db) == before + 1
    assert delete_article(db, "a1") is None


def _review(fact, *, status, seen=0, reason="", **fields):
    return Review(
        article_id=fact["article_id"], target=fact["fact_id"], kind=fact["kind"],
        span_start=int(fact["start"]), span_end=int(fact["end"]), status=status,
        editor="ana", reason=reason, fields=fields, fact_id=fact["fact_id"], seen_seq=seen,
    )  # fmt: skip


def test_reviews_are_a_history_and_a_stale_one_is_refused(stored):
    db, _, _ = stored
    fact = read_facts(db).iloc[0]
    assert save_review(db, _review(fact, status="confirmed")) == 1
    with pytest.raises(ReviewConflict, match="ana reviewed this fact"):
        save_review(db, _review(fact, status="rejected", reason="not an event"))
    assert save_review(db, _review(fact, status="rejected", seen=1, reason="not an event")) == 2
    reviews = read_snapshot(db).reviews
    assert list(reviews["seq"]) == [1, 2] and list(reviews["status"]) == ["confirmed", "rejected"]


def test_a_review_of_a_deleted_article_is_refused(stored):
    db, _, _ = stored
    fact = read_facts(db).iloc[0]
    delete_article(db, "a1")
    with pytest.raises(ReviewConflict, match="no longer in the store"):
        save_review(db, _review(fact, status="confirmed"))


def test_extractor_output_stays_as_it_was_after_a_correction(stored):
    db, _, _ = stored
    fact = read_facts(db).iloc[0]
    save_review(db, _review(fact, status="corrected", reason="wrong day", date="2025-05-04",
                            date_precision="day"))  # fmt: skip
    assert read_facts(db).iloc[0]["date"] == fact["date"]


SAME_EVENT = (
    "TOKYO \u2013 Four China Coast Guard ships entered Japanese territorial waters near the "
    "Senkaku Islands on Monday, the Japan Coast Guard said.\n"
)


def _clusters(db):
    snapshot = read_snapshot(db)
    events = snapshot.facts[snapshot.facts["kind"] == "event"]
    return snapshot.clusters.merge(events[["fact_id", "article_id"]], on=["fact_id", "article_id"])


def test_two_articles_on_one_happening_share_a_cluster_and_keep_its_id(stored):
    db, _, folder = stored
    first = _clusters(db)
    ingest_paths(db, [_article(folder, "retold", SAME_EVENT)])
    clusters = _clusters(db)
    shared = clusters.groupby("cluster_id")["article_id"].nunique()
    assert shared.max() == 2  # the incursion, told by both articles
    assert set(first["cluster_id"]) <= set(clusters["cluster_id"])  # the first ids stay


def test_a_happening_a_year_later_is_a_cluster_of_its_own(stored):
    db, _, folder = stored
    ingest_paths(db, [_article(folder, "later", SAME_EVENT, published="2026-05-07")])
    assert _clusters(db).groupby("cluster_id")["article_id"].nunique().max() == 1


def test_reclustering_keeps_the_same_clusters_for_the_same_facts(stored):
    db, _, folder = stored
    ingest_paths(db, [_article(folder, "retold", SAME_EVENT)])
    before = _clusters(db).set_index("fact_id")["cluster_id"].sort_index()
    recluster(db)
    pd.testing.assert_series_equal(_clusters(db).set_index("fact_id")["cluster_id"].sort_index(),
                                   before)  # fmt: skip


def test_an_editor_splits_a_report_off_its_cluster_and_the_trail_stays(stored):
    db, _, folder = stored
    ingest_paths(db, [_article(folder, "retold", SAME_EVENT)])
    clusters = _clusters(db)
    shared = clusters.groupby("cluster_id").filter(lambda c: c["article_id"].nunique() == 2)
    article_id, fact_id = shared[["article_id", "fact_id"]].iloc[1]
    assert move_reports(db, [(article_id, fact_id)], cluster_id=f"c-{fact_id}", editor="ana",
                        reason="a different day") == 1  # fmt: skip
    moves = read_snapshot(db).moves
    assert moves[["fact_id", "cluster_id", "editor"]].values.tolist() == [
        [fact_id, f"c-{fact_id}", "ana"]]  # fmt: skip
    with pytest.raises(ValueError, match="needs a reason"):
        move_reports(db, [(article_id, fact_id)], cluster_id="c-x", editor="ana", reason=" ")


def test_an_article_that_cannot_be_extracted_means_nothing_is_written(store_url, tmp_path,
                                                                      monkeypatch):  # fmt: skip
    import facts.extract

    real = facts.extract.facts_from_doc

    def failing(doc, **options):
        if options["article_id"] == "bad":
            raise ValueError("'tomorrow' is beyond the calendar")
        return real(doc, **options)

    monkeypatch.setattr(facts.extract, "facts_from_doc", failing)
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    paths = [_article(tmp_path, d.lower(), TEXT.replace("Monday", d)) for d in days]
    paths.append(_article(tmp_path, "bad", TEXT.replace("Monday", "Sunday")))
    report = ingest_paths(store_url, paths, processes=2)
    assert report.added == 0 and report.errors == ("bad: 'tomorrow' is beyond the calendar",)
    assert _counts(store_url) == (0, 0)


def test_a_snapshot_read_during_a_write_is_one_version_of_the_store(stored, monkeypatch):
    db, _, folder = stored
    new = _article(folder, "a2", TEXT.replace("Monday", "Friday"))
    read, written = store._frame, []

    def read_then_write(rows, columns):
        """Read one table, then let another connection add an article before the next."""
        frame = read(rows, columns)
        if not written:
            written.append(None)
            written.append(ingest_paths(db, [new]))
        return frame

    monkeypatch.setattr(store, "_frame", read_then_write)
    snapshot = read_snapshot(db)
    monkeypatch.undo()
    assert written[1].added == 1  # the write happened half-way through the read
    assert set(snapshot.facts["article_id"]) == set(snapshot.articles["article_id"]) == {"a1"}
    assert snapshot.version < store_version(db)
    assert set(read_snapshot(db).facts["article_id"]) == {"a1", "a2"}

import json
import multiprocessing
import sqlite3
import threading

import pytest

from facts.reviews import Review
from facts.schema import migrate
from facts.store import (
    ReviewConflict,
    ingest_paths,
    read_facts,
    read_snapshot,
    save_review,
    store_version,
)

# The store as facts-1.x wrote it, before migrations existed.
LEGACY = """
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, title TEXT, publisher TEXT,
    published TEXT NOT NULL, url TEXT, note TEXT, text TEXT NOT NULL, extractor_version TEXT);
CREATE TABLE facts (
    fact_id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles ON DELETE CASCADE,
    kind TEXT NOT NULL, category TEXT, summary TEXT, date TEXT, date_end TEXT,
    date_precision TEXT, date_text TEXT, actors TEXT, places TEXT, speaker TEXT, text TEXT,
    subject TEXT, relation TEXT, object TEXT, sentence INTEGER, start INTEGER, "end" INTEGER,
    evidence TEXT, confidence REAL, extractor_version TEXT, PRIMARY KEY (article_id, fact_id));
INSERT INTO articles VALUES ('old', 'h1', 'Old', 'P', '2020-01-02', '', '', 'Old text.',
    'facts-1.0');
"""
TEXT = "A China Coast Guard ship intruded into Japanese waters on Monday, the coast guard said.\n"


def test_an_older_store_is_upgraded_in_place_not_recreated(tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as conn:
        conn.executescript(LEGACY)
        conn.execute(
            "INSERT INTO facts (fact_id, article_id, kind, actors, places) "
            "VALUES ('f', 'old', 'event', ?, '[]')",
            (json.dumps(["Japan"]),),
        )
    assert migrate(str(db)) == "0002"
    snapshot = read_snapshot(db)
    assert list(snapshot.articles["article_id"]) == ["old"]
    assert snapshot.facts.iloc[0]["actors"] == ("Japan",)
    assert snapshot.reviews.empty and store_version(db) == 1
    assert migrate(str(db)) == "0002"  # a second run changes nothing


def _write(folder, stem, text):
    (folder / f"{stem}.json").write_text(json.dumps({"title": stem, "published": "2025-05-07"}))
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")


def _ingest(url, folder, results):
    results.put(ingest_paths(url, [folder]).added)


@pytest.mark.slow
def test_two_ingests_of_one_folder_at_once_store_each_article_once(store_url, tmp_path):
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday"):
        _write(tmp_path, day.lower(), TEXT.replace("Monday", day))
    migrate(store_url)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_ingest, args=(store_url, tmp_path, results))
               for _ in range(2)]  # fmt: skip
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=180)
    added = [results.get(timeout=5) for _ in workers]
    stored = read_snapshot(store_url)
    assert len(stored.articles) == 4 and sum(added) == 4
    assert stored.facts.groupby("article_id").size().min() > 0


def test_two_editors_reviewing_one_fact_at_once_one_wins(store_url, tmp_path):
    _write(tmp_path, "a", TEXT)
    ingest_paths(store_url, [tmp_path])
    fact = read_facts(store_url).iloc[0]
    outcomes = []

    def review(editor: str) -> None:
        try:
            save_review(store_url, Review(
                article_id=fact["article_id"], target=fact["fact_id"], kind=fact["kind"],
                span_start=int(fact["start"]), span_end=int(fact["end"]), status="confirmed",
                editor=editor))  # fmt: skip
            outcomes.append("saved")
        except ReviewConflict:
            outcomes.append("told to reload")

    threads = [threading.Thread(target=review, args=(name,)) for name in ("ana", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["saved", "told to reload"]
    assert len(read_snapshot(store_url).reviews) == 1

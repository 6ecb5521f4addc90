import json
import re
import sqlite3
import subprocess
import sys
import threading

import pytest

from facts.reviews import Review
from facts.schema import MIGRATIONS, SCHEMA_REVISION, migrate
from facts.store import (
    ReviewConflict,
    ingest_paths,
    read_facts,
    read_snapshot,
    save_review,
    store_version,
)
from paths import ROOT

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
    assert migrate(str(db)) == "0004"
    snapshot = read_snapshot(db)
    assert list(snapshot.articles["article_id"]) == ["old"]
    assert snapshot.facts.iloc[0]["actors"] == ("Japan",)
    assert snapshot.reviews.empty and store_version(db) == 1
    assert migrate(str(db)) == "0004"  # a second run changes nothing


def _write(folder, stem, text):
    (folder / f"{stem}.json").write_text(json.dumps({"title": stem, "published": "2025-05-07"}))
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_two_ingests_of_one_folder_at_once_store_each_article_once(store_url, tmp_path):
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday"):
        _write(tmp_path, day.lower(), TEXT.replace("Monday", day))
    migrate(store_url)
    command = [sys.executable, "-m", "facts", "ingest", str(tmp_path), "--db", store_url,
               "--processes", "1"]  # fmt: skip
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
            for _ in range(2)]  # fmt: skip
    outputs = [run.communicate(timeout=180)[0] for run in runs]
    added = [int(re.match(r"(\d+) added", out).group(1)) for out in outputs]
    stored = read_snapshot(store_url)
    assert [run.returncode for run in runs] == [0, 0]
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


def test_the_schema_revision_is_alembics_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_a_store_at_the_current_revision_opens_without_alembic(tmp_path):
    db = tmp_path / "new.sqlite"
    migrate(str(db))
    code = (
        "import sys; from facts.schema import migrate; "
        f"print(migrate({str(db)!r}), 'alembic' in sys.modules)"
    )
    shown = subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True)
    assert shown.split() == ["0004", "False"]

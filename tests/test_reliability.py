"""The reliability suite: properties over any input, and kills in the middle of writes."""

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from facts.article import ArticleError, checked_published, checked_text
from facts.database import database_url, reading
from facts.dates import UnrepresentableDate, date_mentions, resolve
from facts.schema import ARTICLES
from facts.store import ingest_paths, read_snapshot
from paths import ROOT

WORDS = st.sampled_from([
    "yesterday", "today", "tomorrow", "on Monday", "last week", "next month", "this year",
    "in July", "on May 3", "May 14, 2009", "earlier this year", "last Friday", "in 2019",
    "this weekend", "Sept. 9", "3-5 June", "late March",
])  # fmt: skip


@given(words=WORDS, published=st.dates(), future=st.booleans())
def test_a_date_resolves_or_is_refused_by_name_never_anything_else(words, published, future):
    for mention in date_mentions(f"The ships left {words}."):
        try:
            ref = resolve(mention, published, future=future)
        except UnrepresentableDate as err:
            assert published.isoformat() in str(err)
            continue
        assert ref is None or ref.start is None or ref.start <= (ref.end or ref.start)


@given(day=st.dates())
def test_a_publication_date_is_accepted_only_between_1900_and_tomorrow(day):
    today = date(2026, 12, 1)
    try:
        assert checked_published(day, today=today) == day
    except ArticleError as err:
        assert day > today + timedelta(days=1) or day.year < 1900
        assert day.isoformat() in str(err)
    else:
        assert date(1900, 1, 1) <= day <= today + timedelta(days=1)


@settings(max_examples=200)
@given(raw=st.binary(max_size=400))
def test_any_bytes_are_an_article_text_or_a_clear_refusal(raw):
    try:
        text = checked_text(raw, name="x.txt")
    except ArticleError as err:
        assert str(err).startswith("x.txt: ")
    else:
        assert text.strip()


TEXT = (
    "TOKYO \u2013 A China Coast Guard ship intruded into Japanese territorial waters near "
    "the Senkaku Islands on {day}, the Japan Coast Guard said.\n"
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _corpus(folder, count):
    for i in range(count):
        stem = f"k{i:03d}"
        text = TEXT.format(day=DAYS[i % 7]) + f"The patrol was number {i} of the year.\n"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        day = date(2024, 1, 1) + timedelta(days=i)
        (folder / f"{stem}.json").write_text(json.dumps({"title": stem, "published": str(day)}))


@pytest.mark.slow
def test_an_ingest_killed_mid_write_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "store.sqlite"
    corpus.mkdir()
    _corpus(corpus, 150)
    reference = read_snapshot(_ingested(tmp_path / "reference.sqlite", corpus)).facts
    expected = reference.groupby("article_id")["fact_id"].apply(frozenset)
    kills = []
    for _ in range(3):
        stored = _kill_mid_write(db, corpus, total=len(expected))
        kills.append(stored)
        snapshot = read_snapshot(db)
        kept = snapshot.facts.groupby("article_id")["fact_id"].apply(frozenset)
        # Every stored article holds exactly the facts a whole ingest gives it, no fewer.
        for article_id in snapshot.articles["article_id"]:
            assert kept.get(article_id, frozenset()) == expected.get(article_id, frozenset())
    assert any(0 < n < len(expected) for n in kills), f"never caught mid-write: {kills}"
    assert ingest_paths(db, [corpus]).errors == ()
    assert len(read_snapshot(db).articles) == len(expected)


def _ingested(db, corpus):
    ingest_paths(db, [corpus])
    return db


def _kill_mid_write(db, corpus, *, total):
    """Start an ingest, kill -9 it once its first article is written; return how many were."""
    command = [sys.executable, "-m", "facts", "ingest", str(corpus), "--db", str(db),
               "--processes", "1"]  # fmt: skip
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # fmt: skip
    before = _stored(db)
    deadline = time.monotonic() + 180
    stored = before
    while run.poll() is None and time.monotonic() < deadline:
        stored = _stored(db)
        if stored > before:
            os.kill(run.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    run.wait()
    return stored if stored < total else total


def _stored(db):
    """Return how many articles the store holds; none while it is still being created."""
    try:
        with reading(database_url(db)) as connection:
            return connection.execute(select(func.count()).select_from(ARTICLES)).scalar_one()
    except OperationalError:
        return 0

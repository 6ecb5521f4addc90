"""Replicas over one PostgreSQL store: each sees the others' writes; a killed one loses nothing."""

import os
import signal
import time
import urllib.request

import pytest
from sqlalchemy import func, select

from deploy.services import fresh_database, running_nginx, running_replicas
from facts.database import reading
from facts.editors import add_editor
from facts.schema import ARTICLES as ARTICLE_ROWS
from facts.schema import migrate
from facts.store import ensure_corpus, read_snapshot
from paths import ARTICLES
from tests.conftest import pick_fact, sign_in, wait_for_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PASSWORD = "a long enough secret"


@pytest.fixture(scope="module")
def shared(postgres_server):
    """One PostgreSQL store with the shipped corpus and an editor, for every replica here."""
    url = fresh_database(postgres_server)
    migrate(url)
    ensure_corpus(url, ARTICLES)
    add_editor(url, "ana", PASSWORD)
    return url


def signed_in_page(chromium, url, *, cookie=None):
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    if cookie:
        context.add_cookies([{"name": "maritime_replica", "value": cookie, "url": url}])
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    sign_in(page, PASSWORD)
    return page


def reject_first_fact(page, store):
    """Reject, through the page, the first event no one has reviewed yet; return its id."""
    snapshot = read_snapshot(store)
    events = snapshot.facts.query("kind == 'event'").sort_values(["article_id", "start"])
    seed = events[~events["fact_id"].isin(snapshot.reviews["target"])].iloc[0]
    pick_fact(page, seed["fact_id"], seed["summary"])
    page.get_by_text("Review this fact").click()
    form = f".st-key-review_{seed['fact_id']}"
    page.locator(f"{form}_action").get_by_text("Reject").click()
    page.locator(f"{form}_reason input").fill("background, not news")
    page.locator(f"{form}_submit button").click()
    page.get_by_text("Review saved: rejected.").wait_for(timeout=20_000)
    return seed["fact_id"]


def test_a_review_on_one_replica_shows_on_the_other(shared, chromium):
    with running_replicas(2, env={"MARITIME_DB": shared}) as (a, b):
        on_a = signed_in_page(chromium, a.url)
        on_b = chromium.new_context().new_page()
        on_b.goto(b.url)
        wait_for_app(on_b)
        total = on_b.get_by_text(" facts extracted from ").first.inner_text()
        fact_id = reject_first_fact(on_a, shared)
        # B's open page was drawn before the review: its count drops within seconds.
        on_b.wait_for_function(
            f"() => !document.body.innerText.includes({total!r})", timeout=20_000
        )
        on_b.goto(f"{b.url}/?fact={fact_id}")
        wait_for_app(on_b)
        assert on_b.get_by_text("rejected by ana").first.is_visible()
        on_a.context.close()
        on_b.context.close()


def replica_cookies(front, count):
    """Return `maritime_replica` cookie values that nginx sends to `count` different replicas."""
    found = {}
    for i in range(200):
        request = urllib.request.Request(
            f"{front}/_stcore/health", headers={"Cookie": f"maritime_replica=r{i}"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            found.setdefault(response.headers["X-Replica"], f"r{i}")
        if len(found) == count:
            return list(found.values())
    msg = "nginx sent every cookie to the same replica"
    raise AssertionError(msg)


def test_behind_nginx_two_sessions_on_two_replicas_see_one_store(shared, chromium):
    with (
        running_replicas(2, env={"MARITIME_DB": shared}) as replicas,
        running_nginx([r.url for r in replicas]) as front,
    ):
        first, second = replica_cookies(front, 2)
        editor = signed_in_page(chromium, front, cookie=first)
        viewer = chromium.new_context()
        viewer.add_cookies([{"name": "maritime_replica", "value": second, "url": front}])
        page = viewer.new_page()
        page.goto(front)
        wait_for_app(page)  # a websocket through nginx: the page runs at all
        fact_id = reject_first_fact(editor, shared)
        page.goto(f"{front}/?fact={fact_id}&review=rejected")
        wait_for_app(page)
        assert page.get_by_text("rejected by ana").first.is_visible()
        editor.context.close()
        viewer.close()


def test_a_replica_killed_mid_ingest_leaves_whole_articles(postgres_server, chromium, tmp_path):
    whole = read_snapshot(_filled(tmp_path / "reference.sqlite"))
    expected = whole.facts.groupby("article_id")["fact_id"].apply(frozenset)
    total = len(whole.articles)
    for _attempt in range(3):
        url = fresh_database(postgres_server)
        migrate(url)
        with running_replicas(1, env={"MARITIME_DB": url}) as (replica,):
            page = chromium.new_page()
            page.goto(replica.url)  # the first page load ingests the shipped corpus
            stored = _wait_for_some_articles(url)
            os.kill(replica.process.pid, signal.SIGKILL)
            page.close()
        if 0 < stored < total:
            break
    else:
        pytest.fail("the ingest was never caught half-way in three tries")
    after = read_snapshot(url)
    kept = after.facts.groupby("article_id")["fact_id"].apply(frozenset)
    assert 0 < len(after.articles) < total
    for article_id in after.articles["article_id"]:  # every stored article whole
        assert kept.get(article_id, frozenset()) == expected.get(article_id, frozenset())
    ensure_corpus(url, ARTICLES)  # the next start completes the corpus
    assert len(read_snapshot(url).articles) == total


def _filled(path):
    ensure_corpus(path, ARTICLES)
    return path


def _wait_for_some_articles(url, *, timeout=180):
    """Poll the store until the first articles are written; return how many there are."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with reading(url) as connection:
            count = connection.execute(select(func.count()).select_from(ARTICLE_ROWS)).scalar_one()
        if count:
            return count
        time.sleep(0.005)
    return 0

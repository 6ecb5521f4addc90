"""The analyst's loop in Chromium: sign in, bring an article, check its facts, review, share."""

import re
import subprocess
import sys

import pytest

from deploy.services import running_replicas
from facts.database import database_url
from facts.store import read_snapshot
from paths import ROOT
from tests.conftest import screenshot, wait_for_app
from tests.documents import page_with_article, pdf_with_text

pytestmark = pytest.mark.browser

PASSWORD = "a long enough secret"
TEXT = (
    "TOKYO (June 2, 2024) - Four China Coast Guard ships entered Japan's territorial waters "
    "near the Senkaku Islands on Saturday, the Japan Coast Guard said.\n"
    "Japan lodged a protest with China through diplomatic channels on Sunday.\n"
)
COUNT = re.compile(r"(\d+) of (\d+) facts")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store of its own with one editor, made with the command line as the README says."""
    url = database_url(tmp_path_factory.mktemp("workflow") / "facts.sqlite")
    subprocess.run(
        [sys.executable, "-m", "facts", "editor", "add", "ana", "--password-stdin", "--db", url],
        input=PASSWORD + "\n", text=True, cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return url


@pytest.fixture(scope="module")
def server(store):
    with running_replicas(1, env={"MARITIME_DB": store}) as (replica,):
        yield replica.url


def go(page, url):
    page.goto(url)
    wait_for_app(page)


def settle(page):
    page.wait_for_timeout(500)
    wait_for_app(page)


def sign_in(page, password=PASSWORD):
    page.locator('[data-testid="stSidebar"]').get_by_text("Editors: sign in").click()
    page.locator(".st-key-login_user input").fill("ana")
    page.locator(".st-key-login_password input").fill(password)
    page.locator(".st-key-login_submit button").click()
    settle(page)


def shown(page):
    return int(COUNT.search(page.get_by_text(COUNT).first.inner_text()).group(1))


def facts_total(page):
    return int(COUNT.search(page.get_by_text(COUNT).first.inner_text()).group(2))


def counts(store):
    snapshot = read_snapshot(store)
    return len(snapshot.articles), len(snapshot.facts), len(snapshot.reviews)


def test_editor_adds_an_article_and_another_session_sees_it(server, store, browser_page, chromium):
    colleague = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    go(colleague, server)
    before = facts_total(colleague)

    go(browser_page, f"{server}/add")
    sign_in(browser_page)
    browser_page.locator(".st-key-new_text textarea").fill(TEXT)
    browser_page.locator(".st-key-new_title input").fill("Ships enter Senkaku waters")
    browser_page.locator(".st-key-new_publisher input").fill("Test desk")
    browser_page.keyboard.press("Tab")
    settle(browser_page)
    assert browser_page.locator(".st-key-new_published input").input_value() == "2024-06-02"
    assert browser_page.get_by_text(re.compile(r"\d+ facts found")).is_visible()
    browser_page.wait_for_selector(".st-key-new_preview mark", timeout=10_000)
    assert browser_page.locator(".st-key-new_preview mark").count() >= 2
    screenshot(browser_page, "workflow-preview")
    browser_page.locator(".st-key-new_save button").click()
    browser_page.wait_for_url(re.compile(r"/\?article=20240602_"), timeout=20_000)
    settle(browser_page)
    assert browser_page.get_by_text("Saved “Ships enter Senkaku waters”").is_visible()

    added = read_snapshot(store).facts.query("article_id.str.startswith('20240602')")
    colleague.wait_for_function(
        f"() => document.body.innerText.includes('of {before + len(added)} facts')",
        timeout=20_000,
    )
    on_map = colleague.evaluate(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
        ".flatMap(p => (p.data || []).flatMap(t => t.customdata || []))"
    )
    assert set(added["fact_id"]) & set(map(str, on_map))
    assert browser_page.blocked_requests == []
    colleague.context.close()


def test_the_same_text_again_is_already_in_the_store(server, browser_page):
    go(browser_page, f"{server}/add")
    sign_in(browser_page)
    browser_page.locator(".st-key-new_text textarea").fill(TEXT)
    browser_page.keyboard.press("Tab")
    settle(browser_page)
    assert browser_page.get_by_text("This text is already in the store.").is_visible()
    assert browser_page.get_by_role("link", name="Open it on the dashboard").is_visible()
    assert browser_page.locator(".st-key-new_save").count() == 0


def pick(page, summary):
    """Select a fact in the picker, in this session (a new page load is a new session)."""
    page.locator(".st-key-fact_shown").click()
    page.keyboard.type(summary[:40])
    page.keyboard.press("Enter")
    settle(page)


def review(page, summary, *, decision, reason, date=None):
    pick(page, summary)
    page.get_by_text("Review this fact").click()
    page.locator(".st-key-review_action").get_by_text(decision).click()
    if date:
        page.locator(".st-key-review_date input").fill(date)
    page.locator(".st-key-review_reason input").fill(reason)
    page.locator(".st-key-review_submit button").click()
    settle(page)


def test_corrections_and_rejections_survive_a_restart(server, store, browser_page, chromium):
    facts = read_snapshot(store).facts.query("article_id.str.startswith('20240602')")
    events = facts[facts["kind"] == "event"].sort_values("start")
    (corrected, first), (_, second) = events[["fact_id", "summary"]].head(2).values.tolist()
    go(browser_page, f"{server}/?article={events['article_id'].iloc[0]}")
    sign_in(browser_page)
    review(browser_page, first, decision="Correct", date="2024-05-31",
           reason="the coast guard's own release says Friday")  # fmt: skip
    assert browser_page.get_by_text("Review saved: corrected.").is_visible()
    review(browser_page, second, decision="Reject", reason="a protest, not news")
    reviews = read_snapshot(store).reviews
    assert sorted(reviews["status"]) == ["corrected", "rejected"]

    with running_replicas(1, env={"MARITIME_DB": store}) as (restarted,):
        page = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        go(page, f"{restarted.url}/?fact={corrected}")
        card = page.locator('[data-testid="stMainBlockContainer"]')
        assert card.get_by_text("2024-05-31").first.is_visible()
        assert card.get_by_text("corrected by ana").first.is_visible()
        article = f"{restarted.url}/?article={events['article_id'].iloc[0]}"
        go(page, article)
        assert shown(page) == len(facts) - 1  # the rejected fact is hidden by default
        go(page, f"{article}&review=rejected")
        assert shown(page) == 1
        page.context.close()


def test_without_signing_in_nothing_can_be_changed(server, store, browser_page):
    fact_id = read_snapshot(store).facts["fact_id"].iloc[0]
    go(browser_page, f"{server}/add")
    assert browser_page.get_by_text("Sign in as an editor").is_visible()
    assert browser_page.locator(".st-key-new_save, .st-key-new_text").count() == 0
    go(browser_page, f"{server}/?fact={fact_id}")
    assert browser_page.get_by_text("Review this fact").count() == 0
    assert browser_page.get_by_text("Delete this article").count() == 0
    sign_in(browser_page, password="not the password")
    assert browser_page.get_by_text("Wrong name or password.").is_visible()
    assert browser_page.get_by_text("Review this fact").count() == 0


def upload(page, name, data, mime):
    page.locator(".st-key-new_file input[type=file]").set_input_files(
        {"name": name, "mimeType": mime, "buffer": data}
    )
    settle(page)


def test_html_and_pdf_files_give_their_text_and_a_bad_file_its_message(server, store, browser_page):
    go(browser_page, f"{server}/add")
    sign_in(browser_page)
    page_bytes = page_with_article(
        "Coast guard ships leave the area",
        ["Two China Coast Guard ships left Japanese waters near the Senkaku Islands on Monday.",
         "The Japan Coast Guard said they had stayed for three hours."],
        published="2024-06-03",
    )  # fmt: skip
    upload(browser_page, "story.html", page_bytes, "text/html")
    text = browser_page.locator(".st-key-new_text textarea").input_value()
    assert "left Japanese waters" in text and "Subscribe" not in text and "Cookie" not in text
    assert browser_page.locator(".st-key-new_title input").input_value() == (
        "Coast guard ships leave the area"
    )
    assert browser_page.locator(".st-key-new_published input").input_value() == "2024-06-03"

    lines = ["MANILA (June 4, 2024) - A Philippine Navy ship patrolled near Scarborough Shoal.",
             "Officials said the patrol lasted two days."]  # fmt: skip
    upload(browser_page, "release.pdf", pdf_with_text(lines), "application/pdf")
    assert (
        "patrolled near Scarborough Shoal"
        in browser_page.locator(".st-key-new_text textarea").input_value()
    )

    before = counts(store)
    upload(browser_page, "notes.txt", b"\x00\x01\x02binary\x00", "text/plain")
    assert browser_page.get_by_text("binary file").is_visible()
    assert counts(store) == before
    assert browser_page.blocked_requests == []

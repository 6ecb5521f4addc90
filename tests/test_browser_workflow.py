"""The analyst's loop in Chromium: sign in, bring an article, check its facts, review, share."""

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from deploy.services import running_replicas
from facts.database import database_url
from facts.store import read_snapshot
from paths import ROOT
from tests.conftest import pick_fact, screenshot, sign_in, wait_for_app
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
    sign_in(browser_page, PASSWORD)
    browser_page.locator(".st-key-new_text textarea").fill(TEXT)
    browser_page.locator(".st-key-new_title input").fill("Ships enter Senkaku waters")
    browser_page.locator(".st-key-new_publisher input").fill("Test desk")
    browser_page.keyboard.press("Tab")
    settle(browser_page)
    expect(browser_page.locator(".st-key-new_published input")).to_have_value("2024-06-02")
    expect(browser_page.get_by_text(re.compile(r"\d+ facts found"))).to_be_visible()
    browser_page.wait_for_selector(".st-key-new_preview mark", timeout=10_000)
    assert browser_page.locator(".st-key-new_preview mark").count() >= 2
    screenshot(browser_page, "workflow-preview")
    browser_page.locator(".st-key-new_save button").click()
    browser_page.wait_for_url(re.compile(r"/\?article=20240602_"), timeout=20_000)
    settle(browser_page)
    expect(browser_page.get_by_text("Saved “Ships enter Senkaku waters”")).to_be_visible()

    added = read_snapshot(store).facts.query("article_id.str.startswith('20240602')")
    colleague.wait_for_function(
        f"() => document.body.innerText.includes('of {before + len(added)} facts')",
        timeout=20_000,
    )
    # The count in the header is drawn before Plotly has redrawn the map: wait for the marks.
    colleague.wait_for_function(
        "(ids) => Array.from(document.querySelectorAll('.js-plotly-plot'))"
        ".flatMap(p => (p.data || []).flatMap(t => t.customdata || []))"
        ".some(id => ids.includes(String(id)))",
        arg=list(added["fact_id"]),
        timeout=20_000,
    )
    assert browser_page.blocked_requests == []
    colleague.context.close()


def test_the_same_text_again_is_already_in_the_store(server, browser_page):
    go(browser_page, f"{server}/add")
    sign_in(browser_page, PASSWORD)
    browser_page.locator(".st-key-new_text textarea").fill(TEXT)
    browser_page.keyboard.press("Tab")
    settle(browser_page)
    expect(browser_page.get_by_text("This text is already in the store.")).to_be_visible()
    expect(browser_page.get_by_role("link", name="Open it on the dashboard")).to_be_visible()
    expect(browser_page.locator(".st-key-new_save")).to_have_count(0)


def review(page, fact, *, decision, reason, date=None):
    """Review `fact` (its id and summary) through its card's form; wait for the notice."""
    pick_fact(page, *fact)
    page.get_by_text("Review this fact").click()
    form = f".st-key-review_{fact[0]}"
    page.locator(f"{form}_action").get_by_text(decision).click()
    if date:
        page.locator(f"{form}_date input").fill(date)
    page.locator(f"{form}_reason input").fill(reason)
    page.locator(f"{form}_submit button").click()
    # The saved review's notice, not a fixed pause: under load the rerun may start late.
    status = {"Confirm": "confirmed", "Correct": "corrected", "Reject": "rejected"}[decision]
    expect(page.get_by_text(f"Review saved: {status}.")).to_be_visible(timeout=20_000)
    settle(page)


def test_corrections_and_rejections_survive_a_restart(server, store, browser_page, chromium):
    facts = read_snapshot(store).facts.query("article_id.str.startswith('20240602')")
    events = facts[facts["kind"] == "event"].sort_values("start")
    first, second = events[["fact_id", "summary"]].head(2).values.tolist()
    corrected = first[0]
    go(browser_page, f"{server}/?article={events['article_id'].iloc[0]}")
    sign_in(browser_page, PASSWORD)
    review(browser_page, first, decision="Correct", date="2024-05-31",
           reason="the coast guard's own release says Friday")  # fmt: skip
    review(browser_page, second, decision="Reject", reason="a protest, not news")
    reviews = read_snapshot(store).reviews
    assert sorted(reviews["status"]) == ["corrected", "rejected"]

    with running_replicas(1, env={"MARITIME_DB": store}) as (restarted,):
        page = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        go(page, f"{restarted.url}/?fact={corrected}")
        card = page.locator('[data-testid="stMainBlockContainer"]')
        expect(card.get_by_text("2024-05-31").first).to_be_visible()
        expect(card.get_by_text("corrected by ana").first).to_be_visible()
        article = f"{restarted.url}/?article={events['article_id'].iloc[0]}"
        go(page, article)
        assert shown(page) == len(facts) - 1  # the rejected fact is hidden by default
        go(page, f"{article}&review=rejected")
        assert shown(page) == 1
        page.context.close()


def test_a_sign_in_lasts_across_page_loads_until_signing_out(server, browser_page):
    go(browser_page, server)
    sign_in(browser_page, PASSWORD)
    go(browser_page, f"{server}/add")  # a new page load is a new session
    expect(browser_page.locator(".st-key-new_text")).to_be_visible()
    browser_page.locator(".st-key-logout button").click()
    settle(browser_page)
    go(browser_page, f"{server}/add")
    expect(browser_page.locator(".st-key-new_text")).to_have_count(0)
    expect(browser_page.get_by_text("Sign in as an editor")).to_be_visible()


def test_without_signing_in_nothing_can_be_changed(server, store, browser_page):
    fact_id = read_snapshot(store).facts["fact_id"].iloc[0]
    go(browser_page, f"{server}/add")
    expect(browser_page.get_by_text("Sign in as an editor")).to_be_visible()
    expect(browser_page.locator(".st-key-new_save, .st-key-new_text")).to_have_count(0)
    go(browser_page, f"{server}/?fact={fact_id}")
    expect(browser_page.get_by_text("Review this fact")).to_have_count(0)
    expect(browser_page.get_by_text("Delete this article")).to_have_count(0)
    sign_in(browser_page, password="not the password")
    expect(browser_page.get_by_text("Wrong name or password.")).to_be_visible()
    expect(browser_page.get_by_text("Review this fact")).to_have_count(0)


def upload(page, name, data, mime):
    page.locator(".st-key-new_file input[type=file]").set_input_files(
        {"name": name, "mimeType": mime, "buffer": data}
    )
    settle(page)


def test_html_and_pdf_files_give_their_text_and_a_bad_file_its_message(server, store, browser_page):
    go(browser_page, f"{server}/add")
    sign_in(browser_page, PASSWORD)
    page_bytes = page_with_article(
        "Coast guard ships leave the area",
        ["Two China Coast Guard ships left Japanese waters near the Senkaku Islands on Monday.",
         "The Japan Coast Guard said they had stayed for three hours."],
        published="2024-06-03",
    )  # fmt: skip
    upload(browser_page, "story.html", page_bytes, "text/html")
    text_area = browser_page.locator(".st-key-new_text textarea")
    expect(text_area).to_have_value(re.compile("left Japanese waters"))
    assert "Subscribe" not in text_area.input_value()
    assert "Cookie" not in text_area.input_value()
    expect(browser_page.locator(".st-key-new_title input")).to_have_value(
        "Coast guard ships leave the area"
    )
    expect(browser_page.locator(".st-key-new_published input")).to_have_value("2024-06-03")

    lines = ["MANILA (June 4, 2024) - A Philippine Navy ship patrolled near Scarborough Shoal.",
             "Officials said the patrol lasted two days."]  # fmt: skip
    upload(browser_page, "release.pdf", pdf_with_text(lines), "application/pdf")
    expect(text_area).to_have_value(re.compile("patrolled near Scarborough Shoal"))

    before = counts(store)
    upload(browser_page, "notes.txt", b"\x00\x01\x02binary\x00", "text/plain")
    expect(browser_page.get_by_text("binary file")).to_be_visible()
    assert counts(store) == before
    assert browser_page.blocked_requests == []

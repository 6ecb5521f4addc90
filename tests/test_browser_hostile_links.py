"""Hostile and malformed links in Chromium: nothing runs, every value is applied or named."""

import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from playwright.sync_api import expect

from tests.conftest import wait_for_app

pytestmark = pytest.mark.browser

COUNT = re.compile(r"(\d+) of (\d+) facts")
SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"
# (query, words the notice must hold, or None for no notice; parameters gone from the URL)
CASES = [
    (f"q={quote(SCRIPT)}", None, ()),
    (f"layers={quote(IMAGE)}", "layers = ", ("layers",)),
    ("fact=..%2F..%2Fetc%2Fpasswd", "fact = ", ("fact",)),
    ("article=%00", "article = ", ("article",)),
    ("actor=%E2%80%AEdraug", "actor = ", ("actor",)),
    ("view=javascript%3Aalert(1)", "view = ", ("view",)),
    # A bound text box keeps the link's text until cleared (see components/space_filters.py).
    ("area=1_2_3", "area = ", ()),
    ("dates=20100101&dates=20200101", "dates = 20100101 20200101 (ignored)", ("dates",)),
    ("dates=2020-01-01&dates=2010-01-01", "read as the range 2010-01-01 to 2020-01-01", ()),
    ("dates=2010-01-01&dates=2012-06-01&dates=2020-01-01", "read as the range", ()),
    ("q=" + "x" * 100_000, "only its first 200 characters", ()),
]


@pytest.fixture
def guarded_page(browser_page):
    """The browser page, failing the test if anything opens a dialog (a script ran)."""
    browser_page.dialogs = []
    browser_page.on("dialog", lambda dialog: (browser_page.dialogs.append(dialog.message),
                                              dialog.dismiss()))  # fmt: skip
    return browser_page


def shown_and_total(page):
    return tuple(int(n) for n in COUNT.search(page.get_by_text(COUNT).first.inner_text()).groups())


@pytest.mark.parametrize(("query", "notice", "gone"), CASES, ids=[c[0][:30] for c in CASES])
def test_a_hostile_value_runs_nothing_and_is_applied_or_named(
    app_url, guarded_page, query, notice, gone
):
    page = guarded_page
    page.goto(f"{app_url}/?{query}")
    wait_for_app(page)
    page.wait_for_timeout(300)
    alerts = page.locator('[data-testid="stAlert"]')
    if notice:
        expect(alerts.filter(has_text="could not use as written").first).to_contain_text(notice)
    else:
        expect(alerts.filter(has_text="could not use as written")).to_have_count(0)
    assert page.dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    left = parse_qs(urlsplit(page.url).query)
    assert not set(gone) & set(left)
    if query.startswith("q=x"):
        assert [len(v) for v in left["q"]] == [200]


def test_a_link_too_long_for_streamlit_says_so_and_shows_the_default_view(app_url, guarded_page):
    page = guarded_page
    query = "&".join(["category=piracy"] + [f"p{i}=1" for i in range(1_200)])
    page.goto(f"{app_url}/?{query}")
    wait_for_app(page)
    expect(page.locator("[data-link-guard-notice]")).to_contain_text("1201 parameters")
    shown, total = shown_and_total(page)
    assert shown == total  # the category in the link was not applied, and it is said
    assert urlsplit(page.url).query == ""
    assert page.dialogs == []

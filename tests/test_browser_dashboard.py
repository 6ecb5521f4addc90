"""The dashboard in a real Chromium kept on loopback: views, links, selection and export."""

import csv
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from bench.chromium import LOOPBACK
from tests.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

LAND_DRAWN = """() => {
    const paths = document.querySelectorAll('.js-plotly-plot .geo g.land path');
    return Math.max(0, ...Array.from(paths, p => (p.getAttribute('d') || '').length)) > 1000;
}"""
RINGED = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
    .filter(plot => (plot.data || []).some(t => t.marker && t.marker.symbol === 'circle-open'))
    .length"""
COUNT = re.compile(r"(\d+) of (\d+) facts")
TALL = {"width": 1400, "height": 2300}
# The facts table draws on a canvas: rows are found by position (header and rows 35 px high).
ROW_PX = 35


@pytest.fixture
def second_page(chromium):
    """A page in another fresh context (a colleague's browser), kept on loopback too."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.blocked_requests = []

    def guard(route) -> None:
        if urlsplit(route.request.url).hostname in LOOPBACK | {None}:
            route.continue_()
        else:
            page.blocked_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    yield page
    context.close()


def open_app(page, url):
    page.goto(url)
    wait_for_app(page)
    page.wait_for_function(LAND_DRAWN, timeout=30_000)


def settle(page, url_part=None):
    """Wait until a widget change reached the URL and the rerun it caused has finished."""
    if url_part:
        page.wait_for_url(re.compile(re.escape(url_part)), timeout=15_000)
    page.wait_for_timeout(400)
    wait_for_app(page)


def counts(page):
    shown, total = COUNT.search(page.get_by_text(COUNT).first.inner_text()).groups()
    return int(shown), int(total)


def csv_rows(page, *, tries=3):
    """Download the facts shown as CSV and return its rows.

    A rerun that replaces the button's file cancels a download under way (seen under load, on
    a page just opened): the run is waited for first, and a cancelled download made again.
    """
    for attempt in range(1, tries + 1):
        wait_for_app(page)
        with page.expect_download() as download:
            page.get_by_role("button", name="Download CSV").click()
        try:
            path = download.value.path()
            break
        except PlaywrightError as err:
            if "canceled" not in str(err) or attempt == tries:
                raise
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def pressed(page):
    """Return the labels of the sidebar's pressed pills and segments (view, layers, categories)."""
    buttons = page.locator('[data-testid="stSidebar"] button[aria-pressed="true"]')
    return sorted(b.inner_text() for b in buttons.all())


def legend(page):
    return [t.text_content() for t in page.locator(".js-plotly-plot .legendtext").all()]


def shot(page, name):
    page.set_viewport_size(TALL)
    page.wait_for_timeout(500)
    screenshot(page, name)
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_default_page_shows_map_timeline_table_and_article(app_url, browser_page):
    page = browser_page
    open_app(page, app_url)
    # The map and the timeline: Plotly draws each on its own, so the second may come a bit later.
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 2")
    page.locator('[data-testid="stDataFrame"]').wait_for()
    assert page.get_by_text("Gen Nakatani", exact=False).first.is_visible()
    assert page.get_by_text("Link to this view").is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    shot(page, "dashboard_default")
    assert page.blocked_requests == []


def test_changed_filters_reach_the_url_and_reopen_the_same_view(app_url, browser_page, second_page):
    page = browser_page
    open_app(page, app_url)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("button", name="piracy", exact=True).click()
    settle(page, "category=piracy")
    sidebar.get_by_role("button", name="Sea-lanes (modelled)").click()
    settle(page, "layers=")
    query = parse_qs(urlsplit(page.url).query)
    assert query["category"] == ["piracy"]
    assert "sea_lanes" not in query["layers"]
    assert "Sea-lanes (modelled)" not in legend(page)
    shot(page, "dashboard_filtered")

    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sidebar.get_by_role("button", name="Copy link").click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert parse_qs(urlsplit(link).query) == query
    open_app(second_page, link)
    assert pressed(second_page) == pressed(page)
    assert legend(second_page) == legend(page)
    assert counts(second_page) == counts(page)
    assert [r["fact_id"] for r in csv_rows(second_page)] == [r["fact_id"] for r in csv_rows(page)]
    shot(second_page, "dashboard_reopened")
    assert page.blocked_requests == second_page.blocked_requests == []


def test_selecting_a_table_row_marks_its_evidence(app_url, browser_page):
    page = browser_page
    open_app(page, f"{app_url}/?category=incursion")
    first = csv_rows(page)[0]
    grid = page.locator('[data-testid="stDataFrame"]')
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + ROW_PX * 1.5)  # row 1's selection box
    settle(page, f"fact={first['fact_id']}")
    mark = page.locator(".reader mark")
    mark.wait_for()
    assert " ".join(mark.inner_text().split()) in " ".join(first["evidence"].split())
    assert page.evaluate(RINGED) >= 1  # the map or the timeline rings the selected fact
    shot(page, "dashboard_fact_selected")


def test_csv_export_holds_exactly_the_filtered_facts(app_url, browser_page):
    page = browser_page
    open_app(page, f"{app_url}/?category=piracy&category=incident")
    rows = csv_rows(page)
    shown, total = counts(page)
    assert 0 < len(rows) == shown < total
    assert {r["category"] for r in rows} <= {"piracy", "incident"}
    assert all(r["article_id"] and r["evidence"] for r in rows)


def test_copy_link_works_where_the_clipboard_api_is_missing(app_url, browser_page):
    """Plain http on a host name (closed networks) has no navigator.clipboard: copy the text."""
    page = browser_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.add_init_script(
        "window.realClipboard = navigator.clipboard;"
        "Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});"
    )
    open_app(page, f"{app_url}/?category=exercise")
    assert page.evaluate("navigator.clipboard === undefined")
    page.get_by_role("button", name="Copy link").click()
    page.get_by_role("button", name="Copied").wait_for()
    link = page.evaluate("window.realClipboard.readText()")
    assert parse_qs(urlsplit(link).query)["category"] == ["exercise"]


def test_bad_link_values_give_a_notice_and_a_working_page(app_url, browser_page):
    page = browser_page
    open_app(page, f"{app_url}/?dates=yesterday&layers=%3Cscript%3E&fact=nope&category=piracy")
    notice = page.locator('[data-testid="stAlert"]').first
    assert "ignored" in notice.inner_text()
    assert "<script>" in notice.inner_text()  # shown as text, not run as HTML
    assert page.locator("script:not([src])", has_text="nope").count() == 0
    assert counts(page)[0] > 0
    shot(page, "dashboard_bad_link")


def test_statistics_and_about_tabs(app_url, browser_page):
    page = browser_page
    open_app(page, app_url)
    page.get_by_role("tab", name="Senkaku vessel statistics").click()
    page.get_by_text("Days with at least one vessel").first.wait_for()
    wait_for_app(page)
    shot(page, "dashboard_vessel_statistics")
    page.get_by_role("tab", name="About the data").click()
    page.get_by_text("Extraction accuracy on the reference annotations").wait_for(timeout=60_000)
    wait_for_app(page)
    assert page.get_by_text("Reference layers", exact=True).last.is_visible()
    shot(page, "dashboard_about")
    assert page.blocked_requests == []

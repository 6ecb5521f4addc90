"""The map's zoom and pan in a real Chromium: a filter keeps them, a named view resets them."""

import re

import pytest

from tests.conftest import wait_for_app

pytestmark = pytest.mark.browser

MAP = ".st-key-map .js-plotly-plot"
DRAWN = """(selector) => {
    const gd = document.querySelector(selector);
    const paths = gd ? gd.querySelectorAll('.geo g.land path') : [];
    return Math.max(0, ...Array.from(paths, p => (p.getAttribute('d') || '').length)) > 1000;
}"""
# The projection Plotly draws, and a mark that disappears when Streamlit remounts the chart.
VIEW = """(selector) => {
    const gd = document.querySelector(selector);
    const geo = gd._fullLayout.geo;
    return {scale: geo.projection.scale, lon: geo.center.lon, lat: geo.center.lat,
            marked: gd.dataset.testMark === 'before'};
}"""


def settle(page, url_part):
    """Wait until the change reached the URL, the rerun finished and the map is drawn."""
    page.wait_for_url(re.compile(re.escape(url_part)), timeout=15_000)
    page.wait_for_timeout(400)
    wait_for_app(page)
    page.wait_for_function(DRAWN, arg=MAP, timeout=30_000)
    page.wait_for_timeout(500)


def zoom_in(page):
    """Scroll over the middle of the map, as a reader zooms in."""
    box = page.locator(MAP).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 3)
    for _ in range(4):
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(100)
    page.wait_for_timeout(500)


def test_a_filter_keeps_the_zoom_and_a_named_view_resets_it(app_url, browser_page):
    page = browser_page
    page.goto(app_url)
    wait_for_app(page)
    page.wait_for_function(DRAWN, arg=MAP, timeout=30_000)
    zoom_in(page)
    zoomed = page.evaluate(VIEW, MAP)
    assert zoomed["scale"] > 2
    page.evaluate("(s) => { document.querySelector(s).dataset.testMark = 'before'; }", MAP)

    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("button", name="piracy", exact=True).click()
    settle(page, "category=piracy")
    filtered = page.evaluate(VIEW, MAP)
    assert not filtered["marked"]  # the chart was drawn anew, not merely left alone
    assert filtered["scale"] == pytest.approx(zoomed["scale"])
    assert (filtered["lon"], filtered["lat"]) == pytest.approx((zoomed["lon"], zoomed["lat"]))

    sidebar.get_by_text("East China Sea", exact=True).click()
    settle(page, "view=east_china_sea")
    assert page.evaluate(VIEW, MAP)["scale"] == pytest.approx(1)
    assert page.blocked_requests == []

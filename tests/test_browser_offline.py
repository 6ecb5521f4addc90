"""The dashboard opens in a real Chromium with no way off the machine, and its map draws land."""

import pytest

from tests.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.browser

# Land in a Plotly geo subplot is one SVG path; an empty `d` means the base map never loaded.
LAND_PATH_LENGTH = """() => {
    const paths = document.querySelectorAll('.js-plotly-plot .geo g.land path');
    return Math.max(0, ...Array.from(paths, p => (p.getAttribute('d') || '').length));
}"""


def test_map_draws_land_offline_without_errors(app_url, browser_page):
    page = browser_page
    page.goto(app_url)
    wait_for_app(page)
    page.wait_for_function(f"({LAND_PATH_LENGTH})() > 1000", timeout=30_000)
    screenshot(page, "offline_default")

    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_text("Gen Nakatani", exact=False).first.is_visible()
    assert page.blocked_requests == []

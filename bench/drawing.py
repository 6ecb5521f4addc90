"""Browser figures of issue 13: a range dragged on the timeline, a lasso drawn on the map.

Each is timed inside the page from the mouse being released to the first animation frame where
the map shows something else (`browser.WATCH`), as the search figure is.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from playwright.sync_api import Page

TIMELINE_DRAG = ".st-key-timeline .nsewdrag"
MAP_DRAG = ".st-key-map .geo .bg rect"
LASSO_BUTTON = '.st-key-map .modebar-btn[data-title="Lasso Select"]'
# Fractions of the plot areas: the later part of the time axis; a loop round the map's middle.
BRUSH = ((0.5, 0.5), (0.95, 0.5))
LASSO = ((0.3, 0.2), (0.8, 0.25), (0.75, 0.8), (0.35, 0.75), (0.3, 0.21))
STEPS = 8


Start = Callable[[], None]


def timed_brush(page: Page, *, start: Start, timeout_ms: float) -> float:
    """Drag a range on the timeline; return seconds from release to the map redrawn.

    `start` starts the page's clock, which stops when the map shows something else.
    """
    page.locator(TIMELINE_DRAG).first.scroll_into_view_if_needed()
    return _timed_drag(page, TIMELINE_DRAG, BRUSH, start=start, timeout_ms=timeout_ms)


def timed_lasso(page: Page, *, start: Start, timeout_ms: float) -> float:
    """Draw a lasso on the map; return seconds from release to the map redrawn."""
    page.locator(MAP_DRAG).first.scroll_into_view_if_needed()
    page.locator(MAP_DRAG).first.hover()
    page.locator(LASSO_BUTTON).click()
    return _timed_drag(page, MAP_DRAG, LASSO, start=start, timeout_ms=timeout_ms)


def _timed_drag(
    page: Page,
    selector: str,
    path: tuple[tuple[float, float], ...],
    *,
    start: Start,
    timeout_ms: float,
) -> float:
    """Press, move along `path` (fractions of the element's box), start the clock, release."""
    box = page.locator(selector).first.bounding_box()
    if box is None:
        msg = f"nothing to drag on: {selector}"
        raise RuntimeError(msg)
    xy = [(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy) for fx, fy in path]
    page.mouse.move(*xy[0])
    page.mouse.down()
    for (x0, y0), (x1, y1) in pairwise(xy):
        for step in range(1, STEPS + 1):
            page.mouse.move(x0 + (x1 - x0) * step / STEPS, y0 + (y1 - y0) * step / STEPS)
    start()
    page.mouse.up()
    page.wait_for_function("() => window.__benchMap !== null", timeout=timeout_ms)
    return page.evaluate("window.__benchMap") / 1000

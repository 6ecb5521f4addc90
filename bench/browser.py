"""Browser figures in headless Chromium: first render, filter change, websocket bytes.

Debian's /usr/bin/chromium driven by Playwright, kept on loopback like the browser tests.
Times are taken inside the page (performance.now) from just before the action to the first
animation frame where the map (and timeline) show it drawn.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, LOOPBACK

TIMEOUT_MS = 120_000
QUERY = "china"
# A page is drawn when the script is idle and these are in the DOM (the floor has one chart).
APP_DRAWN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]');
  return idle && !!document.querySelector('.st-key-map .geo path.land')
    && !!document.querySelector('.st-key-map .scattergeo')
    && !!document.querySelector('.st-key-timeline .cartesianlayer .trace');
}"""
FLOOR_DRAWN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !!document.querySelector('.js-plotly-plot .main-svg');
}"""
# What the map shows: traces and drawn points; a filter change alters it.
MAP_SIGNATURE = """() => {
  const map = document.querySelector('.st-key-map');
  return map ? map.querySelectorAll('.trace').length + ':'
    + map.querySelectorAll('path.point').length : '';
}"""
# Start a clock; stop it when the script has run and gone idle again ("rerun"), or at the
# first frame where the map shows something else ("map"). Attribute changes are observed, not
# polled, so a rerun shorter than a frame is still seen.
WATCH = """([signature, kind]) => {
  window.__benchElapsed = null;
  const t0 = performance.now();
  const app = document.querySelector('[data-testid="stApp"]');
  const stop = () => { window.__benchElapsed ??= performance.now() - t0; };
  if (kind === 'rerun') {
    let ran = false;
    const seen = new MutationObserver(() => {
      const state = app.getAttribute('data-test-script-state');
      ran = ran || state === 'running';
      if (ran && state === 'notRunning') { seen.disconnect(); stop(); }
    });
    seen.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  } else {
    const tick = () => ((MAP_SIGNATURE)() !== signature ? stop() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }
}""".replace("MAP_SIGNATURE", MAP_SIGNATURE)


@dataclass
class Visits:
    """Samples of page visits: seconds to first render and to a change, bytes received."""

    first_render: list[float] = field(default_factory=list)
    rerun: list[float] = field(default_factory=list)
    map_update: list[float] = field(default_factory=list)
    ws_bytes: list[float] = field(default_factory=list)
    static_bytes: list[float] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[Browser]:
    """Launch Debian's Chromium headless; close it on exit."""
    if not CHROMIUM.exists():
        msg = f"{CHROMIUM} is missing: install Debian's chromium (make bench does as root)"
        raise RuntimeError(msg)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def visit_samples(browser: Browser, url: str, *, floor: bool, warmup: int, runs: int) -> Visits:
    """Open the page `warmup + runs` times, each in a fresh context, and time what it shows.

    Each visit: navigation to drawn page, then typing a search (the `q` box) to the script
    done and, for the app, to the map redrawn with fewer facts.
    """
    visits = Visits()
    for i in range(warmup + runs):
        sample = _visit(browser, url, floor=floor)
        if i >= warmup:
            for name, value in sample.items():
                getattr(visits, name).append(value)
    return visits


def _visit(browser: Browser, url: str, *, floor: bool) -> dict[str, float]:
    """Time one visit in a new browser context; return its figures."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        received = _count_bytes(page)
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_function(
            FLOOR_DRAWN if floor else APP_DRAWN, timeout=TIMEOUT_MS, polling="raf"
        )
        sample = {
            "first_render": time.perf_counter() - start,
            "ws_bytes": received["ws"],
            "static_bytes": received["static"],
        }
        sample["rerun"] = _timed_search(page, kind="rerun")
        if not floor:
            page.fill(".st-key-q input", "")
            page.press(".st-key-q input", "Enter")
            page.wait_for_function(APP_DRAWN, timeout=TIMEOUT_MS, polling="raf")
            sample["map_update"] = _timed_search(page, kind="map")
        return sample
    finally:
        context.close()


def _timed_search(page: Page, *, kind: str) -> float:
    """Type the search word and return seconds to the rerun done (or the map changed)."""
    page.fill(".st-key-q input", QUERY)
    page.evaluate(WATCH, [page.evaluate(MAP_SIGNATURE), kind])
    page.press(".st-key-q input", "Enter")
    page.wait_for_function("() => window.__benchElapsed !== null", timeout=TIMEOUT_MS)
    return page.evaluate("window.__benchElapsed") / 1000


def _count_bytes(page: Page) -> dict[str, float]:
    """Keep loopback only; count websocket bytes received and static files served."""
    received = {"ws": 0.0, "static": 0.0}

    def guard(route) -> None:
        if urlsplit(route.request.url).hostname in LOOPBACK | {None}:
            route.continue_()
        else:
            route.abort()

    def on_socket(ws) -> None:
        ws.on(
            "framereceived",
            lambda payload: received.__setitem__("ws", received["ws"] + len(payload)),
        )

    def on_response(response) -> None:
        if "/app/static/" in response.url:
            received["static"] += len(response.body())

    page.route("**/*", guard)
    page.on("websocket", on_socket)
    page.on("response", on_response)
    return received

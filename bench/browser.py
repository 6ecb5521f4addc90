"""Browser figures in headless Chromium: first render, filter change, websocket bytes.

Debian's /usr/bin/chromium driven by Playwright, kept on loopback like the browser tests.
Times are taken inside the page (performance.now) from just before the action to the first
animation frame where the map (and timeline) show it drawn.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import streamlit
from playwright.sync_api import Browser, Page, Route, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from bench.chromium import CHROMIUM, CHROMIUM_ARGS, LOOPBACK
from bench.drawing import timed_brush, timed_lasso
from paths import ROOT

TIMEOUT_MS = 120_000
QUERY = "china"
SEARCH_BOX = ".st-key-q input"
ERROR = '[data-testid="stException"]'
STREAMLIT_STATIC = Path(streamlit.__file__).parent / "static"
# What a page loads over HTTP: the app's static files (base map), media (downloads), and
# Streamlit's own frontend (its JavaScript bundle, fonts, the page).
FILE_KINDS = ("static", "media", "frontend")
# After a rerun the map may still be redrawing; let it settle before timing the next change.
SETTLE_MS = 500
# A page is drawn when the script is idle and these are in the DOM (the floor has one chart).
APP_DRAWN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]');
  return idle && !!document.querySelector('.st-key-map .geo .layer.land path[d]')
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
# Notes when each websocket message arrives: the end of a rerun, as the browser sees it, is
# the last message it brings (Streamlit may batch "running" and "done" into one render, so the
# page's script-state attribute can miss a short rerun).
FRAME_CLOCK = """(() => {
  const Native = window.WebSocket;
  window.__benchFrames = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => window.__benchFrames.push(performance.now()));
    }
  };
})();"""
# Start the clock; for "map", stop it at the first frame where the map shows something else.
WATCH = """(signature) => {
  window.__benchT0 = performance.now();
  window.__benchFrames.length = 0;
  window.__benchMap = null;
  if (signature === null) { return; }
  const tick = () => ((MAP_SIGNATURE)() !== signature
    ? (window.__benchMap = performance.now() - window.__benchT0) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}""".replace("MAP_SIGNATURE", MAP_SIGNATURE)
# The rerun is over once the script is idle and no message came for `quiet` ms.
RERUN_OVER = """(quiet) => {
  const frames = window.__benchFrames;
  const app = document.querySelector('[data-testid="stApp"]');
  return frames.length > 0 && performance.now() - frames[frames.length - 1] > quiet
    && app.getAttribute('data-test-script-state') === 'notRunning';
}"""
QUIET_MS = 500


@dataclass
class Visits:
    """Samples of page visits: seconds to first render and to a change, bytes received."""

    first_render: list[float] = field(default_factory=list)
    warm_render: list[float] = field(default_factory=list)
    rerun: list[float] = field(default_factory=list)
    map_update: list[float] = field(default_factory=list)
    brush_map: list[float] = field(default_factory=list)
    lasso_map: list[float] = field(default_factory=list)
    ws_bytes: list[float] = field(default_factory=list)
    static_bytes: list[float] = field(default_factory=list)
    media_bytes: list[float] = field(default_factory=list)
    frontend_bytes: list[float] = field(default_factory=list)

    def add(self, sample: dict[str, float]) -> None:
        """Add one visit's figures (a page without a control gives none for it)."""
        for name, value in sample.items():
            getattr(self, name).append(value)


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


def warm_render_samples(browser: Browser, url: str, *, floor: bool, runs: int) -> list[float]:
    """Return seconds from navigation to drawn for a returning visitor (browser cache warm).

    Every page is a new Streamlit session; they share one browser context, so after a first,
    untimed page Streamlit's JavaScript comes from the cache, as it does for a person coming back.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    samples = []
    try:
        for i in range(1 + runs):
            page = context.new_page()
            start = time.perf_counter()
            page.goto(url)
            wait_drawn(page, FLOOR_DRAWN if floor else APP_DRAWN)
            if i:
                samples.append(time.perf_counter() - start)
            page.close()
    finally:
        context.close()
    return samples


def visit_once(browser: Browser, url: str, *, floor: bool) -> dict[str, float]:
    """Time one visit in a new browser context (cold browser cache); return its figures.

    The visit: navigation to the drawn page, then typing a search (the `q` box) to the rerun's
    last message and, for the app, to the map redrawn with fewer facts, then a range dragged
    on the timeline and a lasso on the map.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        context.add_init_script(FRAME_CLOCK)
        page = context.new_page()
        ws, loaded = _watch_traffic(page)
        start = time.perf_counter()
        page.goto(url)
        wait_drawn(page, FLOOR_DRAWN if floor else APP_DRAWN)
        sample = {"first_render": time.perf_counter() - start, "ws_bytes": ws["bytes"]}
        page.wait_for_load_state("networkidle")
        sample |= {f"{kind}_bytes": size for kind, size in files_bytes(loaded).items()}
        sample["rerun"] = _timed_search(page, QUERY, kind="rerun")
        if not floor:
            _timed_search(page, "", kind="rerun")
            page.wait_for_timeout(SETTLE_MS)
            sample["map_update"] = _timed_search(page, QUERY, kind="map")
            _timed_search(page, "", kind="rerun")
            sample |= _drawn_filters(page)
        return sample
    finally:
        context.close()


def _drawn_filters(page: Page) -> dict[str, float]:
    """Time a range dragged on the timeline, then a lasso on the map, each to the map redrawn.

    A page without them (the app before issue 13) gives no sample.
    """
    samples = {}
    for name, timed in (("brush_map", timed_brush), ("lasso_map", timed_lasso)):
        page.wait_for_timeout(SETTLE_MS)
        page.wait_for_function(RERUN_OVER, arg=QUIET_MS, timeout=TIMEOUT_MS)
        try:
            signature = page.evaluate(MAP_SIGNATURE)
            samples[name] = timed(
                page, start=lambda s=signature: page.evaluate(WATCH, s), timeout_ms=10_000
            )
        except PlaywrightError:
            continue
    return samples


def wait_drawn(page: Page, drawn: str) -> None:
    """Wait until the page is drawn; fail at once with the app's error if it shows one."""
    either = f"() => ({drawn})() || !!document.querySelector('{ERROR}')"
    page.wait_for_function(either, timeout=TIMEOUT_MS, polling="raf")
    error = page.query_selector(ERROR)
    if error is not None:
        msg = f"the app shows an error: {error.inner_text()[:300]}"
        raise RuntimeError(msg)


def files_bytes(urls: list[str]) -> dict[str, float]:
    """Return the uncompressed bytes of the files a page loaded over HTTP, by kind.

    Playwright's own response sizes vary from visit to visit for large files, so files are
    sized on disk where they come from (the app's static folder, Streamlit's frontend), and
    anything else (media such as export downloads, the page itself) is fetched again.
    """
    sizes = dict.fromkeys(FILE_KINDS, 0.0)
    for url in dict.fromkeys(urls):
        kind, local = file_of(urlsplit(url).path)
        if local is not None:
            sizes[kind] += local.stat().st_size if local.is_file() else 0
        else:
            with urllib.request.urlopen(url, timeout=30) as response:
                sizes[kind] += len(response.read())
    return sizes


def file_of(path: str) -> tuple[str, Path | None]:
    """Return the kind of a URL path and the file on disk it serves, if it is one."""
    if path.startswith("/app/static/"):
        return "static", ROOT / "static" / path.removeprefix("/app/static/")
    if path.startswith("/media/"):
        return "media", None
    if path.startswith("/static/"):
        return "frontend", STREAMLIT_STATIC / path.removeprefix("/")
    return "frontend", None


def _timed_search(page: Page, text: str, *, kind: str) -> float:
    """Search for `text`; return seconds to the rerun's last message (or to the map changed)."""
    page.fill(SEARCH_BOX, text)
    page.evaluate(WATCH, page.evaluate(MAP_SIGNATURE) if kind == "map" else None)
    page.press(SEARCH_BOX, "Enter")
    if kind == "map":
        page.wait_for_function("() => window.__benchMap !== null", timeout=TIMEOUT_MS)
        return page.evaluate("window.__benchMap") / 1000
    page.wait_for_function(RERUN_OVER, arg=QUIET_MS, timeout=TIMEOUT_MS)
    return page.evaluate("window.__benchFrames.at(-1) - window.__benchT0") / 1000


def _watch_traffic(page: Page) -> tuple[dict[str, float], list[str]]:
    """Keep the page on loopback; count websocket bytes received and note each URL loaded."""
    ws = {"bytes": 0.0}
    loaded: list[str] = []

    def guard(route: Route) -> None:
        if urlsplit(route.request.url).hostname in LOOPBACK | {None}:
            route.continue_()
        else:
            route.abort()

    def on_frame(payload: str | bytes) -> None:
        ws["bytes"] += len(payload)

    page.route("**/*", guard)
    page.on("websocket", lambda socket: socket.on("framereceived", on_frame))
    page.on("requestfinished", lambda request: loaded.append(request.url))
    return ws, loaded

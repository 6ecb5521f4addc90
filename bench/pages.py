"""Page rows: a real server driven by Chromium; load, rerun, map update, bytes, peak memory.

Each timed run has its own server: warm-up visits fill its caches (the board), then one timed
visit, then the server's peak memory. The app's figures are also given as ratios to the bare
floor script's, measured the same way in the same run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench import budgets
from bench.browser import Visits, chromium, visit_once, warm_render_samples
from bench.rerun import APP, FLOOR, FLOOR_SCALE, MS
from bench.server import peak_rss_mb, running_server
from bench.stats import Budget, Repeats, Summary, ratio, scaled, summarise
from bench.table import Row

KB = 1000


@dataclass(frozen=True)
class Floor:
    """The bare script's page figures: first render cold and warm (s), rerun (ms), RSS (MB)."""

    first_render: Summary
    warm_render: Summary
    rerun: Summary
    rss: Summary


def floor_page_rows(db: Path, repeats: Repeats) -> tuple[list[Row], Floor]:
    """Return the bare script's page rows, and its figures as the floor."""
    visits, rss = _visits(FLOOR, db, repeats, floor=True)
    floor = Floor(
        summarise(visits.first_render),
        summarise(visits.warm_render),
        scaled(summarise(visits.rerun), MS),
        summarise(rss),
    )
    return [
        Row("browser: first render, floor", FLOOR_SCALE, "s", floor.first_render),
        Row("browser: first render, cache warm, floor", FLOOR_SCALE, "s", floor.warm_render),
        Row("browser: search -> last rerun message, floor", FLOOR_SCALE, "ms", floor.rerun),
        Row("server peak RSS, floor", FLOOR_SCALE, "MB", floor.rss),
    ], floor


def page_rows(
    db: Path, scale: str, floor: Floor | None, repeats: Repeats, *, tier: int
) -> list[Row]:
    """Return the app's page rows at one store size (`tier`: its size as built)."""
    visits, rss = _visits(APP, db, repeats, floor=False)
    first, warm = summarise(visits.first_render), summarise(visits.warm_render)
    rerun = scaled(summarise(visits.rerun), MS)
    updated = scaled(summarise(visits.map_update), MS)
    memory = summarise(rss)
    total = [w + s + m for w, s, m in zip(visits.ws_bytes, visits.static_bytes,
                                          visits.media_bytes, strict=True)]  # fmt: skip
    goal = budgets.FIRST_RENDER_RATIO.get(tier)
    return [
        Row("browser: first render (map + timeline)", scale, "s", first, budgets.FIRST_RENDER_S),
        _ratio("browser: first render / floor", scale, first, floor and floor.first_render, goal),
        Row("browser: first render, cache warm", scale, "s", warm, budgets.FIRST_RENDER_S),
        _ratio("browser: first render, cache warm / floor", scale, warm,
               floor and floor.warm_render, goal),
        Row("browser: search -> last rerun message", scale, "ms", rerun),
        _ratio("browser: search -> last rerun message / floor", scale, rerun,
               floor and floor.rerun),
        Row("browser: search -> map updated", scale, "ms", updated,
            budgets.MAP_UPDATED_MS.get(tier)),
        _ratio("browser: search -> map updated / floor's last message", scale, updated,
               floor and floor.rerun),
        _ms("browser: range dragged on timeline -> map redrawn", scale, visits.brush_map),
        _ms("browser: lasso on map -> map redrawn", scale, visits.lasso_map),
        _kb("payload: websocket messages, default view", scale, visits.ws_bytes),
        _kb("payload: app files (base map, downloads)", scale,
            [s + m for s, m in zip(visits.static_bytes, visits.media_bytes, strict=True)]),
        _kb("payload: app total, default view", scale, total,
            budgets.PAYLOAD_KB if tier == budgets.SHIPPED else None),
        _kb("payload: Streamlit frontend, cold cache", scale, visits.frontend_bytes),
        Row("server peak RSS", scale, "MB", memory,
            budgets.SERVER_RSS_MB.get(tier, budgets.RSS_MB)),
        _ratio("server peak RSS / floor", scale, memory, floor and floor.rss),
    ]  # fmt: skip


def _ratio(
    measure: str, scale: str, value: Summary, floor: Summary | None, budget: Budget | None = None
) -> Row:
    """Return a figure's ratio to the floor's, or an n/a row when the floor failed."""
    if floor is None:
        return Row(measure, scale, "x", None, budget, note="no floor")
    return Row(measure, scale, "x", ratio(value, floor), budget)


def _ms(measure: str, scale: str, seconds: list[float]) -> Row:
    """Return a row of times in ms, or an n/a row when the page had no such control."""
    if not seconds:
        return Row(measure, scale, "ms", None, note="no such control")
    return Row(measure, scale, "ms", scaled(summarise(seconds), MS))


def _kb(measure: str, scale: str, sizes: list[float], budget: Budget | None = None) -> Row:
    """Return a row of byte counts, in kB."""
    return Row(measure, scale, "kB", scaled(summarise(sizes), 1 / KB), budget)


def _visits(script: Path, db: Path, repeats: Repeats, *, floor: bool) -> tuple[Visits, list[float]]:
    """Serve the script once per timed run and visit it; return the visits and each peak RSS.

    The last server also times first renders for a returning visitor (browser cache warm).
    """
    visits, rss = Visits(), []
    with chromium() as browser:
        for run in range(repeats.runs):
            with running_server(script, db=db) as server:
                for _ in range(repeats.warmup):
                    visit_once(browser, server.url, floor=floor)
                visits.add(visit_once(browser, server.url, floor=floor))
                rss.append(peak_rss_mb(server.pid))
                if run == repeats.runs - 1:
                    visits.warm_render = warm_render_samples(
                        browser, server.url, floor=floor, runs=repeats.runs
                    )
    return visits, rss

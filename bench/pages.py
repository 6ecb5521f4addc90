"""Page rows: a real server driven by Chromium; load, rerun, map update, bytes, peak memory."""

from __future__ import annotations

from pathlib import Path

from bench import budgets
from bench.browser import Visits, chromium, visit_samples
from bench.rerun import APP, FLOOR, FLOOR_SCALE, MS
from bench.server import peak_rss_mb, running_server
from bench.stats import Budget, Repeats, Summary, ratio, scaled, summarise
from bench.table import Row

KB = 1000


def floor_page_rows(db: Path, repeats: Repeats) -> tuple[list[Row], Summary]:
    """Return the bare script's page rows, and its browser rerun time (ms) as the floor."""
    visits, rss = _visits(FLOOR, db, repeats, floor=True)
    rerun = scaled(summarise(visits.rerun), MS)
    return [
        Row("browser: first render, floor", FLOOR_SCALE, "s", summarise(visits.first_render)),
        Row(
            "browser: first render, cache warm, floor",
            FLOOR_SCALE,
            "s",
            summarise(visits.warm_render),
        ),
        Row("browser: search -> last rerun message, floor", FLOOR_SCALE, "ms", rerun),
        Row("server peak RSS, floor", FLOOR_SCALE, "MB", summarise([rss])),
    ], rerun


def page_rows(
    db: Path, scale: str, floor: Summary | None, repeats: Repeats, *, shipped: bool
) -> list[Row]:
    """Return the app's page rows at one store size."""
    visits, rss = _visits(APP, db, repeats, floor=False)
    rerun = scaled(summarise(visits.rerun), MS)
    total = [w + s + m for w, s, m in zip(visits.ws_bytes, visits.static_bytes,
                                          visits.media_bytes, strict=True)]  # fmt: skip
    return [
        Row("browser: first render (map + timeline)", scale, "s",
            summarise(visits.first_render), budgets.FIRST_RENDER_S),
        Row("browser: first render, cache warm", scale, "s", summarise(visits.warm_render),
            budgets.FIRST_RENDER_S),
        Row("browser: search -> last rerun message", scale, "ms", rerun),
        Row("browser: search -> last rerun message / floor", scale, "x",
            ratio(rerun, floor) if floor else None, note="" if floor else "no floor"),
        Row("browser: search -> map updated", scale, "ms",
            scaled(summarise(visits.map_update), MS)),
        _ms("browser: range dragged on timeline -> map redrawn", scale, visits.brush_map),
        _ms("browser: lasso on map -> map redrawn", scale, visits.lasso_map),
        _kb("payload: websocket messages, default view", scale, visits.ws_bytes),
        _kb("payload: app files (base map, downloads)", scale,
            [s + m for s, m in zip(visits.static_bytes, visits.media_bytes, strict=True)]),
        _kb("payload: app total, default view", scale, total,
            budgets.PAYLOAD_KB if shipped else None),
        _kb("payload: Streamlit frontend, cold cache", scale, visits.frontend_bytes),
        Row("server peak RSS", scale, "MB", summarise([rss]), budgets.RSS_MB),
    ]  # fmt: skip


def _ms(measure: str, scale: str, seconds: list[float]) -> Row:
    """Return a row of times in ms, or an n/a row when the page had no such control."""
    if not seconds:
        return Row(measure, scale, "ms", None, note="no such control")
    return Row(measure, scale, "ms", scaled(summarise(seconds), MS))


def _kb(measure: str, scale: str, sizes: list[float], budget: Budget | None = None) -> Row:
    """Return a row of byte counts, in kB."""
    return Row(measure, scale, "kB", scaled(summarise(sizes), 1 / KB), budget)


def _visits(script: Path, db: Path, repeats: Repeats, *, floor: bool) -> tuple[Visits, float]:
    """Serve the script, visit it in Chromium; return the visits and the server's peak RSS."""
    with running_server(script, db=db) as server, chromium() as browser:
        visits = visit_samples(
            browser, server.url, floor=floor, warmup=repeats.warmup, runs=repeats.runs
        )
        return visits, peak_rss_mb(server.pid)

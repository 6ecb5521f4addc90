"""The shared store: 2 and 4 replicas behind nginx over one PostgreSQL, 8 sessions at once.

Each session is its own browser context (its own replica cookie), opens the dashboard through
nginx and changes the search filter a few times; each change is timed to the map redrawn, as
`bench.browser` times one session. Loops are bounded and everything stays on loopback.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import Browser, async_playwright

from bench.browser import (
    APP_DRAWN,
    FRAME_CLOCK,
    MAP_SIGNATURE,
    QUERY,
    SEARCH_BOX,
    SETTLE_MS,
    WATCH,
)
from bench.chromium import CHROMIUM, CHROMIUM_ARGS
from bench.server import peak_rss_mb
from bench.stats import Repeats, scaled, summarise
from bench.table import Row
from deploy.services import running_nginx, running_replicas

SESSIONS = 8
REPLICAS = (2, 4)
TIMEOUT_MS = 180_000


def shared_rows(store: str, scale: str, repeats: Repeats) -> list[Row]:
    """Return, for 2 and 4 replicas, map-update times of 8 concurrent sessions, errors, RSS."""
    rows = []
    for count in REPLICAS:
        label = f"{count} replicas, {SESSIONS} sessions, {scale}"
        with (
            running_replicas(count, env={"MARITIME_DB": store}) as replicas,
            running_nginx([r.url for r in replicas]) as front,
        ):
            times, errors = asyncio.run(_sessions(front, changes=repeats.runs))
            rss = [peak_rss_mb(r.process.pid) for r in replicas]
        rows += [
            Row("shared store: search -> map updated", label, "ms",
                scaled(summarise(times), 1000) if times else None,
                note="" if times else "no change timed"),
            Row("shared store: sessions with an error", label, "count",
                summarise([float(errors)])),
            Row("shared store: peak RSS per replica", label, "MB", summarise(rss)),
        ]  # fmt: skip
    return rows


async def _sessions(front: str, *, changes: int) -> tuple[list[float], int]:
    """Run the sessions at once; return every timed change (seconds) and the failed sessions."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            results = await asyncio.gather(
                *(_session(browser, front, i, changes) for i in range(SESSIONS)),
                return_exceptions=True,
            )
        finally:
            await browser.close()
    times = [t for r in results if isinstance(r, list) for t in r]
    return times, sum(1 for r in results if isinstance(r, BaseException))


async def _session(browser: Browser, front: str, index: int, changes: int) -> list[float]:
    """Open the dashboard as one person and time `changes` search changes to the map redrawn."""
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    await context.add_cookies([{"name": "maritime_replica", "value": f"s{index}", "url": front}])
    await context.add_init_script(FRAME_CLOCK)
    page = await context.new_page()
    try:
        await page.goto(front)
        await page.wait_for_function(APP_DRAWN, timeout=TIMEOUT_MS)
        times = []
        for change in range(changes):
            await page.wait_for_timeout(SETTLE_MS)
            await page.fill(SEARCH_BOX, QUERY if change % 2 == 0 else "")
            await page.evaluate(WATCH, await page.evaluate(MAP_SIGNATURE))
            await page.press(SEARCH_BOX, "Enter")
            await page.wait_for_function("() => window.__benchMap !== null", timeout=TIMEOUT_MS)
            times.append(await page.evaluate("window.__benchMap") / 1000)
        if await page.query_selector('[data-testid="stException"]'):
            msg = "the page shows an error"
            raise RuntimeError(msg)
        return times
    finally:
        await context.close()

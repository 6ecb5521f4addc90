"""Where a cold first render's main-thread time goes: Chromium's sampling profiler, by script.

Issue 15 asks for the breakdown of what the page adds to Streamlit's own floor. Each timed run
is one cold visit in a new browser context with V8's sampling profiler on (every 200 µs); its
samples are summed as self time per group of the frontend's scripts, for the bare floor script
and for the app, against the same store. Profiling slows the page, so these times add up to
more than the unprofiled first render: compare the groups, not the totals with other rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser

from bench.browser import APP_DRAWN, FLOOR_DRAWN, chromium, wait_drawn
from bench.rerun import APP, FLOOR, FLOOR_SCALE
from bench.server import running_server
from bench.stats import Repeats, summarise
from bench.table import Row

SAMPLING_US = 200
# Groups of Streamlit's frontend files (hashed names such as "PlotlyChart.D9Z0_fxz.js"), in the
# order they are tried; V8's pseudo-frames are groups of their own.
GROUPS = (
    ("Plotly", re.compile(r"^PlotlyChart\.")),
    ("React", re.compile(r"^react-dom\.")),
    ("style libraries (emotion, styled-components)", re.compile(r"^(?:emotion|styled-comp)")),
    ("markdown", re.compile(r"^StreamlitMarkdown\.")),
    ("data grid", re.compile(r"^(?:DataFrame|useCollection|glide)")),
    ("Streamlit's other code", re.compile(r"\.js$")),
)
PSEUDO = {
    "(program)": "browser outside JavaScript (parse, style, layout, paint)",
    "(garbage collector)": "garbage collection",
    "(idle)": "idle (waiting for messages or files)",
}
OTHER = "other"


def profile_rows(db: Path, scale: str, repeats: Repeats) -> list[Row]:
    """Return self time per group of a cold first render, for the floor and for the app."""
    rows = []
    with chromium() as browser:
        for script, drawn, label in ((FLOOR, FLOOR_DRAWN, FLOOR_SCALE), (APP, APP_DRAWN, scale)):
            with running_server(script, db=db) as server:
                for _ in range(max(1, repeats.warmup)):  # the first visit builds the board
                    _profiled_visit(browser, server.url, drawn)
                runs = [_profiled_visit(browser, server.url, drawn) for _ in range(repeats.runs)]
            groups = sorted({g for run in runs for g in run}, key=lambda g: -_total(runs, g))
            rows += [
                Row(f"first render, main thread: {group}", label, "ms",
                    summarise([run.get(group, 0.0) for run in runs]))
                for group in groups
            ]  # fmt: skip
    return rows


def _total(runs: list[dict[str, float]], group: str) -> float:
    """Return a group's self time summed over the runs (to order the rows)."""
    return sum(run.get(group, 0.0) for run in runs)


def _profiled_visit(browser: Browser, url: str, drawn: str) -> dict[str, float]:
    """Visit the page cold with the profiler on; return ms of self time per group."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": SAMPLING_US})
        cdp.send("Profiler.start")
        page.goto(url)
        wait_drawn(page, drawn)
        return self_times(cdp.send("Profiler.stop")["profile"])
    finally:
        context.close()


def self_times(profile: Mapping[str, Any]) -> dict[str, float]:
    """Return ms of self time per group from a V8 CPU profile (nodes, samples, timeDeltas).

    Each sample stands for the time until the next one; the last has none after it.
    """
    frames = {node["id"]: node["callFrame"] for node in profile["nodes"]}
    deltas = [*profile["timeDeltas"][1:], 0]
    out: dict[str, float] = defaultdict(float)
    for node, delta in zip(profile["samples"], deltas, strict=True):
        out[group_of(frames[node])] += delta / 1000
    return dict(out)


def group_of(frame: Mapping[str, Any]) -> str:
    """Return the group a profiler frame's time goes to: a pseudo-frame's, or its file's."""
    name = frame.get("functionName", "")
    if name in PSEUDO:
        return PSEUDO[name]
    file = str(frame.get("url", "")).rsplit("/", 1)[-1]
    return next((group for group, pattern in GROUPS if pattern.search(file)), OTHER)

"""Server-side rerun time with AppTest, and the bytes the default view sends, by element.

Run as a child process (see `bench.child`): one store and one set of Streamlit caches each.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from bench.child import reply

# A key that ends in a content hash (e.g. fact_table_f016ddea94ce) is named without it.
HASHED_KEY = re.compile(r"_[0-9a-f]{8,}$")
QUERY = "china"  # a word most facts mention: the text search scans every text column
TIMEOUT_S = 300


def rerun_samples(script: Path, *, warmup: int, runs: int) -> dict[str, list[float]]:
    """Time reruns that switch between the default view and a heavy filter, and to new ones.

    The heavy filter is a text search plus the middle half of the date range (when the
    script has a date filter): together they read every text column and every date. The app
    keeps what a filter state draws, so going back to a state is quicker than a new one:
    "fresh" is the heavy filter with its window one more day later each time, never seen.
    """
    at = AppTest.from_file(str(script.resolve()), default_timeout=TIMEOUT_S)
    _checked(at.run())
    default = _widget_state(at)
    heavy = _heavy_state(default)
    samples: dict[str, list[float]] = {"heavy": [], "default": [], "fresh": []}
    for i in range(warmup + runs):
        fresh = _shifted(heavy, days=i + 1)
        for name, state in (("heavy", heavy), ("default", default), ("fresh", fresh)):
            start = time.perf_counter()
            _apply(at, state)
            _checked(at.run())
            if i >= warmup:
                samples[name].append(time.perf_counter() - start)
    return samples


def payload_bytes(script: Path) -> dict[str, dict[str, int]]:
    """Return what the default view sends: each element's bytes, each figure's by trace group.

    Element sizes are their protobuf messages, which is what goes over the websocket.
    """
    at = _checked(AppTest.from_file(str(script.resolve()), default_timeout=TIMEOUT_S).run())
    elements: dict[str, int] = defaultdict(int)
    for node in _leaves(at._tree):  # the tree's root: AppTest has no public walk of all nodes
        proto = getattr(node, "proto", None)
        if proto is not None:
            key = HASHED_KEY.sub("", node.key or "")
            elements[f"{node.type} {key}".strip()] += proto.ByteSize()
    figures = {f"figure {chart.key or i}": spec_bytes(chart.proto.spec)
               for i, chart in enumerate(at.get("plotly_chart"))}  # fmt: skip
    return {"elements": dict(elements), **figures}


def _leaves(node: Any) -> Iterator[Any]:
    """Yield the elements under a node of AppTest's tree (blocks hold `children`)."""
    children = getattr(node, "children", None)
    if not children:
        yield node
        return
    for child in children.values():
        yield from _leaves(child)


def spec_bytes(spec: str) -> dict[str, int]:
    """Split a figure's JSON bytes by trace legend group (a layer or a fact category)."""
    figure = json.loads(spec)
    sizes: dict[str, int] = defaultdict(int)
    for trace in figure.get("data", []):
        group = trace.get("legendgroup") or trace.get("name") or trace.get("type", "trace")
        sizes[group] += len(json.dumps(trace, separators=(",", ":")).encode())
    sizes["(layout)"] = len(json.dumps(figure.get("layout", {}), separators=(",", ":")).encode())
    sizes["(total)"] = len(spec.encode())
    return dict(sizes)


def _widget_state(at: AppTest) -> dict[tuple[str, str], Any]:
    """Return the values of the widgets a heavy filter changes, as drawn now."""
    state: dict[tuple[str, str], Any] = {("text_input", "q"): at.text_input(key="q").value}
    dates = [w for w in at.date_input if w.key == "dates"]
    if dates:
        state["date_input", "dates"] = tuple(dates[0].value)
    return state


def _heavy_state(default: dict[tuple[str, str], Any]) -> dict[tuple[str, str], Any]:
    """Return the heavy filter: the text search and the middle half of the date range."""
    heavy = {**default, ("text_input", "q"): QUERY}
    if ("date_input", "dates") in default:
        first, last = default["date_input", "dates"]
        quarter = (last - first) / 4
        heavy["date_input", "dates"] = (first + quarter, last - quarter)
    return heavy


def _shifted(state: dict[tuple[str, str], Any], *, days: int) -> dict[tuple[str, str], Any]:
    """Return the state with its date window moved `days` later (unchanged without one)."""
    if ("date_input", "dates") not in state:
        return state
    first, last = state["date_input", "dates"]
    return {**state, ("date_input", "dates"): (first + timedelta(days), last + timedelta(days))}


def _apply(at: AppTest, state: dict[tuple[str, str], Any]) -> None:
    """Set each widget of `state` (by accessor name and key) to its value."""
    for (kind, key), value in state.items():
        getattr(at, kind)(key=key).set_value(value)


def _checked(at: AppTest) -> AppTest:
    """Fail with the script's own error if the run raised."""
    if at.exception:
        msg = f"the script raised: {at.exception[0].message}"
        raise RuntimeError(msg)
    return at


def _main() -> None:
    """Child entry point: print rerun samples or payload sizes of a script as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.apptest")
    parser.add_argument("what", choices=["rerun", "payload"])
    parser.add_argument("script", type=Path)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.what == "rerun":
        reply(rerun_samples(args.script, warmup=args.warmup, runs=args.runs))
    else:
        reply(payload_bytes(args.script))


if __name__ == "__main__":
    _main()

"""Payload rows: the figure JSON the default view sends, by reference layer."""

from __future__ import annotations

from collections import defaultdict

from bench.child import run_child
from bench.rerun import APP
from bench.stats import summarise
from bench.stores import Store
from bench.table import Row

KB = 1000
FACT_GROUP = "fact:"  # legend groups of fact markers and areas start with this (components/map)


def figure_rows(store: Store, scale: str) -> list[Row]:
    """Return the bytes of each chart's JSON at the default view; the map's split by layer."""
    charts = run_child("bench.apptest", ["figures", str(APP)], db=store.db)
    rows = []
    for chart, groups in charts.items():
        rows.append(_row(f"payload: {chart} figure JSON", scale, groups["(total)"]))
        if chart == "map":
            rows += [
                _row(f"payload: map, {name}", scale, size)
                for name, size in by_layer(groups).items()
            ]
    return rows


def by_layer(groups: dict[str, int]) -> dict[str, int]:
    """Merge the fact groups into one entry and sort the rest by size, largest first."""
    merged: dict[str, int] = defaultdict(int)
    for name, size in groups.items():
        if name != "(total)":
            merged["facts (all categories)" if name.startswith(FACT_GROUP) else name] += size
    return dict(sorted(merged.items(), key=lambda item: -item[1]))


def _row(measure: str, scale: str, size: int) -> Row:
    """Return a one-sample size row in kB."""
    return Row(measure, scale, "kB", summarise([size / KB]))

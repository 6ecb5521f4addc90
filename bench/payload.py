"""Payload rows: what the default view sends, by element and, for the map, by layer."""

from __future__ import annotations

from collections import defaultdict

from bench.child import run_child
from bench.rerun import APP
from bench.stats import summarise
from bench.stores import Store
from bench.table import Row

KB = 1000
TOP_ELEMENTS = 6
FACT_GROUP = "fact:"  # legend groups of fact markers and areas start with this (components/map)


def payload_rows(store: Store, scale: str, *, layers: bool) -> list[Row]:
    """Return the largest elements of the default view and, if asked, the map by layer."""
    sent = run_child("bench.apptest", ["payload", str(APP)], db=store.db)
    largest = sorted(sent["elements"].items(), key=lambda item: -item[1])[:TOP_ELEMENTS]
    rows = [_row(f"payload: element {name}", scale, size) for name, size in largest]
    if layers:
        rows += [_row(f"payload: map, {name}", scale, size)
                 for name, size in by_layer(sent["figure map"]).items()]  # fmt: skip
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

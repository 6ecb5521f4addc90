"""Rerun rows: AppTest time of one script run after a filter change, next to the bare floor."""

from __future__ import annotations

from pathlib import Path

from bench import budgets
from bench.child import run_child
from bench.stats import Repeats, Summary, ratio, scaled, summarise
from bench.stores import Store
from bench.table import Row
from paths import ROOT

APP = ROOT / "app.py"
FLOOR = Path(__file__).resolve().parent / "floor_app.py"
FLOOR_SCALE = "bare script"
MS = 1000


def floor_rerun(db: Path, repeats: Repeats) -> Summary:
    """Return the rerun time (ms) of the bare script: one text box, one empty figure."""
    samples = _samples(FLOOR, db, repeats)
    return scaled(summarise(samples["default"] + samples["heavy"] + samples["fresh"]), MS)


def floor_rows(floor: Summary) -> list[Row]:
    """Return the floor's own row."""
    return [Row("rerun, AppTest: floor (empty figure)", FLOOR_SCALE, "ms", floor)]


def rerun_rows(
    store: Store, scale: str, floor: Summary | None, repeats: Repeats, *, tier: int
) -> list[Row]:
    """Return the app's rerun times (default view, heavy filter, new filter state) and ratios.

    `tier` is the store's size as built (`budgets.SHIPPED` for the shipped corpus).
    """
    samples = _samples(APP, store.db, repeats)
    shipped = tier == budgets.SHIPPED
    limits = {
        "default": budgets.RERUN_DEFAULT_MS,
        "heavy": budgets.RERUN_HEAVY_MS,
        "fresh": budgets.RERUN_HEAVY_MS,
    }
    rows = []
    labels = {"default": "default view", "heavy": "heavy filter", "fresh": "new filter state"}
    for name, label in labels.items():
        summary = scaled(summarise(samples[name]), MS)
        rows.append(Row(f"rerun, AppTest: {label}", scale, "ms", summary, limits[name].get(tier)))
        rows.append(
            Row(
                f"rerun, AppTest: {label} / floor",
                scale,
                "x",
                ratio(summary, floor) if floor else None,
                budgets.FLOOR_RATIO if shipped else None,
                note="" if floor else "no floor",
            )
        )
    return rows


def _samples(script: Path, db: Path, repeats: Repeats) -> dict[str, list[float]]:
    """Run the AppTest child on a script and store; return its samples in seconds."""
    args = ["rerun", str(script), "--warmup", str(repeats.warmup), "--runs", str(repeats.runs)]
    return run_child("bench.apptest", args, db=db)

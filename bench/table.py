"""The printed result: one row per measure and scale, as a fixed-width text table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.stats import Budget, Summary, verdict

HEADER = ("measure", "scale", "median", "min", "max", "runs", "unit", "budget", "verdict")


@dataclass(frozen=True)
class Row:
    """One measured figure; `summary` is None when it could not be measured (see `note`)."""

    measure: str
    scale: str
    unit: str
    summary: Summary | None
    budget: Budget | None = None
    note: str = ""


def cells(row: Row) -> tuple[str, ...]:
    """Return a row's cells as text, in the order of HEADER."""
    budget = row.budget.label(row.unit) if row.budget else "-"
    if row.summary is None:
        return (
            row.measure,
            row.scale,
            "-",
            "-",
            "-",
            "0",
            row.unit,
            budget,
            f"n/a: {row.note}" if row.note else "n/a",
        )
    s = row.summary
    judged = verdict(s.median, row.budget)
    return (
        row.measure,
        row.scale,
        number(s.median),
        number(s.low),
        number(s.high),
        str(s.runs),
        row.unit,
        budget,
        f"{judged} ({row.note})" if row.note else judged,
    )


def number(value: float) -> str:
    """Return a figure with three significant digits, without exponent for usual sizes."""
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def table(rows: Sequence[Row]) -> str:
    """Return the rows as an aligned text table with a header line."""
    lines = [HEADER, *(cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    right = {2, 3, 4, 5}
    out = []
    for line in lines:
        out.append(
            "  ".join(
                c.rjust(w) if i in right else c.ljust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            ).rstrip()
        )
        if line is HEADER:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)

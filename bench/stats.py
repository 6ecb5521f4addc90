"""Samples to figures: warm-up then timed runs, their median, min and max, and a verdict."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """The median, min and max of a measure's samples, and how many there were."""

    median: float
    low: float
    high: float
    runs: int


@dataclass(frozen=True)
class Budget:
    """A limit a figure must stay under (or, for a rate, over)."""

    limit: float
    at_least: bool = False

    def met_by(self, value: float) -> bool:
        """Tell whether `value` is within the budget."""
        return value >= self.limit if self.at_least else value <= self.limit

    def label(self, unit: str) -> str:
        """Return the budget as the table shows it, e.g. '<= 150 ms'."""
        return f"{'>=' if self.at_least else '<='} {self.limit:g} {unit}"


def summarise(samples: Sequence[float]) -> Summary:
    """Return the median, min and max of at least one sample."""
    if not samples:
        msg = "a measure needs at least one sample"
        raise ValueError(msg)
    return Summary(statistics.median(samples), min(samples), max(samples), len(samples))


def scaled(summary: Summary, factor: float) -> Summary:
    """Return the summary in another unit (e.g. seconds to milliseconds)."""
    return Summary(
        summary.median * factor, summary.low * factor, summary.high * factor, summary.runs
    )


def ratio(numerator: Summary, denominator: Summary) -> Summary:
    """Return the ratio of two measures: of medians, and the widest range the runs allow."""
    return Summary(
        numerator.median / denominator.median,
        numerator.low / denominator.high,
        numerator.high / denominator.low,
        min(numerator.runs, denominator.runs),
    )


def timed_runs(step: Callable[[], object], *, warmup: int, runs: int) -> list[float]:
    """Call `step` `warmup` times untimed, then `runs` times; return each run's seconds."""
    for _ in range(warmup):
        step()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        samples.append(time.perf_counter() - start)
    return samples


def verdict(value: float, budget: Budget | None) -> str:
    """Return 'ok' or 'OVER' (or 'UNDER' for a rate) against the budget, '-' without one."""
    if budget is None:
        return "-"
    if budget.met_by(value):
        return "ok"
    return "UNDER" if budget.at_least else "OVER"


@dataclass(frozen=True)
class Repeats:
    """How often to measure: untimed warm-up runs, then timed runs."""

    warmup: int
    runs: int

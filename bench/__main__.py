"""`python -m bench`: measure the dashboard and print one table of figures against budgets."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench import budgets
from bench.extraction import extraction_rows
from bench.pages import floor_page_rows, page_rows
from bench.payload import figure_rows
from bench.rerun import floor_rerun, floor_rows, rerun_rows
from bench.stats import Repeats, summarise
from bench.stores import Store, build_store
from bench.table import Row, table

MEASURES = ("rerun", "browser", "payload", "extraction", "scale")
SCALES = (1_000, 10_000)
INGESTED = 1_000


@dataclass(frozen=True)
class Plan:
    """What to measure and how often: warm-up runs, then timed runs."""

    measures: tuple[str, ...]
    repeats: Repeats


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, run the measures, print the machine and the table."""
    plan = _plan(argv)
    with tempfile.TemporaryDirectory(prefix="maritime-bench-") as tmp:
        rows = list(measured_rows(plan, Path(tmp)))
    print(machine_line())
    print(
        f"{plan.repeats.warmup} warm-up + {plan.repeats.runs} timed runs each; median, min, max\n"
    )
    print(table(rows))


def measured_rows(plan: Plan, tmp: Path) -> Iterator[Row]:
    """Yield the rows of the planned measures, building the stores they need first."""
    wanted = set(plan.measures)
    each = plan.repeats
    _say("building the stores (shipped corpus, synthetic copies)")
    shipped = build_store(tmp / "shipped.sqlite", facts=0)
    scaled_stores = (
        [
            build_store(
                tmp / f"facts-{n}.sqlite", facts=n, timed_first=INGESTED if n == max(SCALES) else 0
            )
            for n in SCALES
        ]
        if "scale" in wanted
        else []
    )
    stores = [(shipped, f"{shipped.facts:,} facts, shipped")]
    stores += [(s, f"{s.facts:,} facts, synthetic") for s in scaled_stores]
    if wanted & {"rerun", "scale"}:
        _say("rerun: bare floor script, then the app")
        floor = floor_rerun(shipped.db, each)
        yield from floor_rows(floor)
        for store, scale in stores if "scale" in wanted else stores[:1]:
            if store is shipped and "rerun" not in wanted:
                continue
            yield from rerun_rows(store, scale, floor, each, shipped=store is shipped)
    if wanted & {"browser", "scale"}:
        _say("browser: bare floor script, then the app")
        rows, floor_page = floor_page_rows(shipped.db, each)
        yield from rows
        for store, scale in stores if "scale" in wanted else stores[:1]:
            if store is shipped and "browser" not in wanted:
                continue
            _say(f"browser: {scale}")
            yield from page_rows(store.db, scale, floor_page, each, shipped=store is shipped)
    if "payload" in wanted:
        _say("payload: figure JSON of the default view")
        yield from figure_rows(shipped, stores[0][1])
    if "extraction" in wanted:
        _say("extraction: rate on one core, ingest of 1,000 articles")
        yield from extraction_rows(each)
        yield _ingest_row(scaled_stores, tmp)


def machine_line() -> str:
    """Return the date and the machine the figures were measured on."""
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return (
        f"{datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, {cpu_model()}, "
        f"{os.cpu_count()} cores, {pages / 2**30:.0f} GiB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    """Return the processor's model name, or the architecture where Linux does not say."""
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == "model name":
                return value.strip()
    return platform.machine()


def _ingest_row(scaled_stores: list[Store], tmp: Path) -> Row:
    """Return the time to ingest 1,000 synthetic articles (taken from the largest store)."""
    timed = next((s for s in scaled_stores if s.ingest_s is not None), None)
    if timed is None:
        timed = build_store(tmp / "ingest.sqlite", facts=0, timed_first=INGESTED)
    return Row(
        f"ingest {INGESTED:,} synthetic articles",
        "1 core, model loaded",
        "s",
        summarise([timed.ingest_s]),
        budgets.INGEST_1000_S,
    )


def _plan(argv: Sequence[str] | None) -> Plan:
    """Return the plan the command line asks for."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--only",
        default=",".join(MEASURES),
        help=f"comma-separated measures among {', '.join(MEASURES)}",
    )
    parser.add_argument("--quick", action="store_true", help="1 warm-up and 3 runs")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first")
    args = parser.parse_args(argv)
    measures = tuple(m.strip() for m in args.only.split(",") if m.strip())
    unknown = set(measures) - set(MEASURES)
    if unknown:
        parser.error(f"unknown measure(s) {', '.join(sorted(unknown))}; choose from {MEASURES}")
    if args.quick:
        return Plan(measures, Repeats(warmup=1, runs=3))
    return Plan(measures, Repeats(args.warmup, args.runs))


def _say(message: str) -> None:
    """Tell the person waiting what is being measured (on stderr: stdout is the table)."""
    sys.stderr.write(f"[bench] {message}\n")


if __name__ == "__main__":
    main()

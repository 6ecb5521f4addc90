"""`python -m bench`: measure the dashboard and print one table of figures against budgets."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError

from bench import budgets
from bench.clusters import cluster_rows
from bench.copies import copied_store
from bench.extraction import extraction_rows
from bench.pages import floor_page_rows, page_rows
from bench.payload import payload_rows
from bench.profile import profile_rows
from bench.rerun import FLOOR_SCALE, floor_rerun, floor_rows, rerun_rows
from bench.shared import shared_rows
from bench.stats import Repeats, summarise
from bench.stores import Store, build_store
from bench.table import Row, table
from bench.workflow import workflow_rows
from deploy.services import fresh_database, running_postgres
from facts.database import close_stores
from facts.model import EXTRACTOR_VERSION

MEASURES = ("rerun", "browser", "payload", "extraction", "scale", "workflow", "shared",
            "clusters", "profile")  # fmt: skip
SCALES = (1_000, 10_000)
# The largest store copies the extracted facts of the 10,000-fact one (`bench.copies`).
COPIED = 100_000
INGESTED = 1_000
# Ingest parses in as many processes as `python -m facts ingest` uses by default.
INGEST_PROCESSES = len(os.sched_getaffinity(0))
# What a failed measure raises: a child's error, a child or browser time-out.
FAILURES = (RuntimeError, OSError, subprocess.TimeoutExpired, PlaywrightError)


@dataclass(frozen=True)
class Plan:
    """What to measure and how often: warm-up runs, then timed runs; where stores are kept."""

    measures: tuple[str, ...]
    repeats: Repeats
    # Keep the built SQLite stores here and reuse them in later runs (None: build afresh).
    stores: Path | None = None


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the options, run the measures, print the machine and the table."""
    plan = _plan(argv)
    with tempfile.TemporaryDirectory(prefix="maritime-bench-") as tmp:
        rows = measured_rows(plan, Path(tmp))
    print(machine_line())
    runs = plan.repeats
    print(f"{runs.warmup} warm-up + {runs.runs} timed runs per figure; median, min, max\n")
    print(table(rows))


def measured_rows(plan: Plan, tmp: Path) -> list[Row]:
    """Return the rows of the planned measures; a measure that fails gets an n/a row."""
    wanted = set(plan.measures)
    each = plan.repeats
    _say("building the stores: shipped corpus, then synthetic copies (a few minutes)")
    shipped = build_store(tmp / "shipped.sqlite", facts=0)
    stores = [(shipped, f"{shipped.facts:,} facts, shipped")]
    tiers = {id(shipped): budgets.SHIPPED}
    if "scale" in wanted:
        for n in SCALES:
            timed = INGESTED if n == max(SCALES) and "extraction" in wanted else 0
            store = _store(plan, tmp, facts=n, timed_first=timed)
            stores.append((store, f"{store.facts:,} facts, synthetic"))
            tiers[id(store)] = n
        copied = _copied(plan, tmp, source=stores[-1][0])
        stores.append((copied, f"{copied.facts:,} facts, synthetic: extracted facts copied"))
        tiers[id(copied)] = COPIED

    def picked(measure: str) -> list[tuple[Store, str, int]]:
        """Return the stores a measure runs at, with tiers: shipped if asked, others for scale."""
        return [(s, label, tiers[id(s)]) for s, label in stores
                if (measure in wanted if s is shipped else "scale" in wanted)]  # fmt: skip

    rows: list[Row] = []
    if wanted & {"rerun", "scale"}:
        rows += _reruns(picked("rerun"), shipped, each)
    if wanted & {"browser", "scale"}:
        rows += _pages(picked("browser"), shipped, each)
    for store, scale, _tier in picked("payload"):
        _say(f"payload: elements and map layers, {scale}")
        rows += _guarded("payload", scale, lambda s=store, c=scale: payload_rows(
            s, c, layers=s is shipped))  # fmt: skip
    if "profile" in wanted:  # the shipped store only: the breakdown, not its growth with size
        scale = stores[0][1]
        _say(f"profile: main-thread self time of a cold first render, floor and {scale}")
        rows += _guarded("profile", scale, lambda: profile_rows(shipped.db, scale, each))
    if "workflow" in wanted:
        _say("workflow: paste -> facts, save -> seen in another session")
        rows += _guarded("workflow", "shipped", lambda: workflow_rows(
            build_store(tmp / "workflow.sqlite", facts=0).db, each))  # fmt: skip
    if "shared" in wanted:
        rows += _shared(stores, floor_store=shipped, each=each)
    if "clusters" in wanted:
        _say("clusters: 1,000 and 10,000 synthetic articles added one by one")
        rows += _guarded("clusters", "synthetic events", lambda: cluster_rows(each))
    if "extraction" in wanted:
        _say("extraction: rate on one core, ingest of 1,000 articles")
        rows += _guarded("extraction", "1 core", lambda: extraction_rows(each))
        rows += _guarded("ingest", _ingest_scale(), lambda: [_ingest_row(stores, tmp)])
    return rows


def _reruns(targets: list[tuple[Store, str, int]], shipped: Store, each: Repeats) -> list[Row]:
    """Return the AppTest rerun rows: the bare floor, then the app at each store."""
    _say("rerun: bare floor script")
    try:
        floor = floor_rerun(shipped.db, each)
        rows = floor_rows(floor)
    except FAILURES as err:
        floor, rows = None, [_failed("rerun, AppTest: floor", FLOOR_SCALE, err)]
    for store, scale, tier in targets:
        _say(f"rerun: {scale}")
        rows += _guarded("rerun, AppTest", scale, lambda s=store, c=scale, t=tier: rerun_rows(
            s, c, floor, each, tier=t))  # fmt: skip
    return rows


def _pages(targets: list[tuple[Store, str, int]], shipped: Store, each: Repeats) -> list[Row]:
    """Return the browser rows: the bare floor, then the app at each store."""
    _say("browser: bare floor script")
    try:
        rows, floor = floor_page_rows(shipped.db, each)
    except FAILURES as err:
        floor, rows = None, [_failed("browser: floor", FLOOR_SCALE, err)]
    for store, scale, tier in targets:
        _say(f"browser: {scale}")
        rows += _guarded("browser", scale, lambda s=store, c=scale, t=tier: page_rows(
            s.db, c, floor, each, tier=t))  # fmt: skip
    return rows


def _shared(stores: list[tuple[Store, str]], *, floor_store: Store, each: Repeats) -> list[Row]:
    """Return the PostgreSQL rows: reruns at 10,000 facts beside SQLite's, then replicas."""
    _say("shared: PostgreSQL store of 10,000 facts (a few minutes), replicas behind nginx")
    with running_postgres() as server:
        try:
            store = build_store(fresh_database(server), facts=max(SCALES))
        except FAILURES as err:
            return [_failed("shared store", "PostgreSQL", err)]
        scale = f"{store.facts:,} facts, PostgreSQL"
        try:
            floor = floor_rerun(floor_store.db, each)
        except FAILURES:
            floor = None
        rows = _guarded("rerun, AppTest", scale, lambda: rerun_rows(
            store, scale, floor, each, tier=max(SCALES)))  # fmt: skip
        rows += _guarded("shared store", scale, lambda: shared_rows(store.db, scale, each))
        close_stores()
    return rows


def _store(plan: Plan, tmp: Path, *, facts: int, timed_first: int) -> Store:
    """Return a store of `facts` facts made by extraction: reused from `plan.stores` if kept.

    A timed ingest always builds afresh (its time is a figure of the table).
    """
    if plan.stores is None or timed_first:
        return build_store(tmp / f"facts-{facts}.sqlite", facts=facts, timed_first=timed_first,
                           processes=INGEST_PROCESSES)  # fmt: skip
    return _kept(plan.stores / f"facts-{facts}-{EXTRACTOR_VERSION}.sqlite", lambda db: build_store(
        db, facts=facts, processes=INGEST_PROCESSES))  # fmt: skip


def _copied(plan: Plan, tmp: Path, *, source: Store) -> Store:
    """Return the 100,000-fact store copied from `source`: reused from `plan.stores` if kept."""
    _say(f"copying the facts of {source.facts:,} to {COPIED:,} (benchmark only)")
    if plan.stores is None:
        return copied_store(source, tmp / f"facts-{COPIED}.sqlite", facts=COPIED)
    db = plan.stores / f"facts-{COPIED}-copied-{EXTRACTOR_VERSION}.sqlite"
    return _kept(db, lambda path: copied_store(source, path, facts=COPIED))


def _kept(db: Path, build: Callable[[Path], Store]) -> Store:
    """Return the store kept at `db` (its size in `db`.json), or build it there and keep it."""
    sizes = db.with_suffix(".json")
    if db.exists() and sizes.exists():
        kept = json.loads(sizes.read_text())
        return Store(db, kept["facts"], kept["articles"])
    db.parent.mkdir(parents=True, exist_ok=True)
    for stale in db.parent.glob(f"{db.name}*"):
        stale.unlink()
    store = build(db)
    sizes.write_text(json.dumps({"facts": store.facts, "articles": store.articles}))
    return store


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


def _guarded(what: str, scale: str, measure: Callable[[], list[Row]]) -> list[Row]:
    """Return a measure's rows, or one n/a row saying why it failed."""
    try:
        return measure()
    except FAILURES as err:
        return [_failed(what, scale, err)]


def _failed(what: str, scale: str, err: Exception) -> Row:
    """Return the n/a row of a failed measure; its traceback goes to stderr for a person."""
    traceback.print_exception(err)
    reason = (str(err).strip().splitlines() or [type(err).__name__])[0][:80]
    return Row(what, scale, "-", None, note=reason)


def _ingest_scale() -> str:
    """Return how the timed ingest runs, as the table's scale column says it."""
    return f"{INGEST_PROCESSES} processes, model loaded"


def _ingest_row(stores: list[tuple[Store, str]], tmp: Path) -> Row:
    """Return the time to ingest 1,000 synthetic articles (timed while building a store)."""
    timed = next((s for s, _ in stores if s.ingest_s is not None), None)
    if timed is None:
        timed = build_store(tmp / "ingest.sqlite", facts=0, timed_first=INGESTED,
                            processes=INGEST_PROCESSES)  # fmt: skip
    return Row(f"ingest {INGESTED:,} synthetic articles", _ingest_scale(), "s",
               summarise([timed.ingest_s]), budgets.INGEST_1000_S)  # fmt: skip


def _plan(argv: Sequence[str] | None) -> Plan:
    """Return the plan the command line asks for."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", default=",".join(MEASURES),
                        help=f"comma-separated measures among {', '.join(MEASURES)}")  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="1 warm-up and 3 timed runs")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first")
    parser.add_argument("--stores", type=Path, default=None,
                        help="keep the synthetic SQLite stores in this folder and reuse them "
                        "(made by the same extractor version) in later runs")  # fmt: skip
    args = parser.parse_args(argv)
    measures = tuple(m.strip() for m in args.only.split(",") if m.strip())
    unknown = set(measures) - set(MEASURES)
    if unknown:
        parser.error(f"unknown measure(s) {', '.join(sorted(unknown))}; choose from {MEASURES}")
    if args.quick:
        return Plan(measures, Repeats(warmup=1, runs=3), args.stores)
    return Plan(measures, Repeats(args.warmup, args.runs), args.stores)


def _say(message: str) -> None:
    """Tell the person waiting what is being measured (on stderr: stdout is the table)."""
    sys.stderr.write(f"[bench] {message}\n")
    sys.stderr.flush()


if __name__ == "__main__":
    main()

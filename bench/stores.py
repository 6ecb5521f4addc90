"""Temporary fact stores: the shipped corpus, topped up with synthetic copies to a size.

Stores are filled through the store's own `ensure_corpus` and `ingest_paths`, so the
synthetic facts come from the extractor like real ones. Built in a child process pinned to one
core, which also times the ingest of the first copies with the model already loaded.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.child import reply, run_child
from bench.corpus import copies_for_facts, shipped_articles, synthetic_articles, write_article_files
from paths import ARTICLES


@dataclass(frozen=True)
class Store:
    """A built store: where it is, what it holds, and how long timed ingests took."""

    db: str | Path
    facts: int
    articles: int
    ingest_s: float | None = None

    @property
    def label(self) -> str:
        """Return the scale as the table shows it."""
        return f"{self.facts:,} facts"


def build_store(db: str | Path, *, facts: int, timed_first: int = 0, processes: int = 1) -> Store:
    """Build a store of the shipped corpus plus synthetic copies up to `facts` facts.

    Parameters
    ----------
    facts
        Facts wanted in all; the last copy may add a few more.
    timed_first
        Ingest this many copies first, in one timed call (0: time nothing).
    processes
        Parse in this many processes, as `python -m facts ingest` does (1: pinned to one core).
    """
    args = ["build", str(db), "--facts", str(facts), "--timed-first", str(timed_first)]
    args += ["--processes", str(processes)]
    built = run_child("bench.stores", args, one_core=True)
    return Store(db, built["facts"], built["articles"], built["ingest_s"])


def _fill(db: str | Path, *, facts: int, timed_first: int, processes: int) -> dict:
    """Fill the store (child side); return its size and the timed ingest's seconds."""
    from facts.store import ensure_corpus, ingest_paths, read_articles, read_facts  # noqa: PLC0415

    ensure_corpus(db, ARTICLES)  # also loads the model: the timed ingest starts warm
    shipped = read_facts(db)
    sources = shipped_articles(ARTICLES)
    per_article = Counter(shipped["article_id"])
    copies = copies_for_facts(
        [per_article[a.article_id] for a in sources], facts=facts - len(shipped)
    )
    parts = [(0, timed_first), (timed_first, max(copies - timed_first, 0))]
    seconds = None
    with tempfile.TemporaryDirectory(prefix="synthetic-articles-") as tmp:
        for start, count in parts:
            paths = write_article_files(
                synthetic_articles(sources, count=count, start=start), Path(tmp) / str(start)
            )
            began = time.perf_counter()
            report = ingest_paths(db, paths, processes=processes)
            if report.errors:
                raise RuntimeError("; ".join(report.errors))
            if start == 0 and timed_first:
                seconds = time.perf_counter() - began
    return {"facts": len(read_facts(db)), "articles": len(read_articles(db)), "ingest_s": seconds}


def _main() -> None:
    """Child entry point: build a store and print its size as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.stores")
    parser.add_argument("what", choices=["build"])
    parser.add_argument("db", help="the store: a path or a database URL")
    parser.add_argument("--facts", type=int, default=0)
    parser.add_argument("--timed-first", type=int, default=0)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    if args.processes == 1:
        os.sched_setaffinity(0, {0})
    reply(_fill(args.db, facts=args.facts, timed_first=args.timed_first,
                processes=args.processes))  # fmt: skip


if __name__ == "__main__":
    _main()

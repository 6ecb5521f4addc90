"""Extraction figures: articles per second on one core, and ingesting 1,000 articles."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench import budgets
from bench.child import reply, run_child
from bench.corpus import shipped_articles
from bench.stats import Repeats, summarise
from bench.table import Row

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def extraction_rows(repeats: Repeats) -> list[Row]:
    """Return the extraction rate on one core, model loaded."""
    rates = run_child(
        "bench.extraction",
        ["rate", "--warmup", str(repeats.warmup), "--runs", str(repeats.runs)],
        one_core=True,
    )
    shipped = f"shipped x{rates['repeat']}, 1 core"
    return [
        Row(
            "extraction rate (facts_from_text)",
            shipped,
            "articles/s",
            summarise(rates["rates"]),
            budgets.EXTRACTION_RATE,
        )
    ]


def rates_on_one_core(*, warmup: int, runs: int, repeat: int) -> list[float]:
    """Return articles/s of `facts_from_text` over the shipped articles, pinned to core 0."""
    from facts.extract import facts_from_text  # noqa: PLC0415 (import after pinning the core)

    articles = shipped_articles(ARTICLES)

    def one_pass() -> None:
        for a in articles:
            facts_from_text(a.text, published=a.published, article_id=a.article_id)

    for _ in range(warmup):
        one_pass()
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(repeat):
            one_pass()
        rates.append(repeat * len(articles) / (time.perf_counter() - start))
    return rates


def _main() -> None:
    """Child entry point: print the requested extraction figures as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.extraction")
    parser.add_argument("what", choices=["rate"])
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})
    rates = rates_on_one_core(warmup=args.warmup, runs=args.runs, repeat=args.repeat)
    reply({"rates": rates, "repeat": args.repeat})


if __name__ == "__main__":
    _main()

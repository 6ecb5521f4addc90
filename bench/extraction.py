"""Extraction rate on one core, model loaded: articles and words per second of `facts_from_texts`.

`facts_from_texts` is the path the store ingests through (spaCy batches the articles); the
shipped articles are short, so words per second is the figure that carries to longer text.
"""

from __future__ import annotations

import argparse
import os
import time

from bench import budgets
from bench.child import reply, run_child
from bench.corpus import shipped_articles
from bench.stats import Repeats, summarise
from bench.table import Row
from paths import ARTICLES

PASSES = 2  # passes over the shipped articles per timed run


def extraction_rows(repeats: Repeats) -> list[Row]:
    """Return the extraction rate on one core, model loaded, in articles and in words."""
    args = ["--warmup", str(repeats.warmup), "--runs", str(repeats.runs)]
    got = run_child("bench.extraction", args, one_core=True)
    scale = f"{got['articles']} shipped x{PASSES}, {got['words']:.0f} words avg, 1 core"
    rates = got["rates"]
    return [
        Row("extraction rate (facts_from_texts)", scale, "articles/s", summarise(rates),
            budgets.EXTRACTION_RATE),
        Row("extraction rate (facts_from_texts)", scale, "words/s",
            summarise([r * got["words"] for r in rates])),
    ]  # fmt: skip


def rates_on_one_core(repeats: Repeats) -> dict:
    """Return articles/s of `facts_from_texts` over the shipped articles, per timed run."""
    from facts.extract import facts_from_texts  # noqa: PLC0415 (imported after pinning the core)

    articles = shipped_articles(ARTICLES)

    def one_pass() -> None:
        texts = ((a.text, a.article_id) for a in articles)
        for _ in facts_from_texts(texts, published=[a.published for a in articles]):
            pass

    for _ in range(repeats.warmup):  # the first pass also loads the model and gazetteer
        one_pass()
    rates = []
    for _ in range(repeats.runs):
        start = time.perf_counter()
        for _ in range(PASSES):
            one_pass()
        rates.append(PASSES * len(articles) / (time.perf_counter() - start))
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    return {"rates": rates, "articles": len(articles), "words": words}


def _main() -> None:
    """Child entry point: pin to core 0, print the rates as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.extraction")
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})
    reply(rates_on_one_core(Repeats(max(args.warmup, 1), args.runs)))


if __name__ == "__main__":
    _main()

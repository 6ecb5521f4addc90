"""Extraction rate on one core, model loaded: articles and words per second of `facts_from_texts`.

`facts_from_texts` is the path the store ingests through (spaCy batches the articles); the
shipped articles are short, so words per second is the figure that carries to longer text, and
the budget's 600-word articles per second is that figure divided by 600. Each figure is given
with the shipped sentence classifier and with the rules alone.
"""

from __future__ import annotations

import argparse
import os
import time
from unittest import mock

from bench import budgets
from bench.child import reply, run_child
from bench.corpus import shipped_articles
from bench.stats import Repeats, summarise
from bench.table import Row
from paths import ARTICLES

PASSES = 2  # passes over the shipped articles per timed run
BUDGET_WORDS = 600  # the budget counts articles of 600 words
VARIANTS = ("classifier", "rules only")


def extraction_rows(repeats: Repeats) -> list[Row]:
    """Return the extraction rate on one core, with and without the classifier."""
    rows = []
    for variant in VARIANTS:
        args = ["--warmup", str(repeats.warmup), "--runs", str(repeats.runs), "--variant", variant]
        got = run_child("bench.extraction", args, one_core=True)
        scale = f"{got['articles']} shipped x{PASSES}, {got['words']:.0f} words avg, 1 core"
        words = [r * got["words"] for r in got["rates"]]
        name = f"extraction rate ({variant})"
        rows += [
            Row(name, scale, "articles/s", summarise(got["rates"])),
            Row(name, scale, "words/s", summarise(words)),
            Row(name, f"= 600-word articles, {scale}", "articles/s",
                summarise([w / BUDGET_WORDS for w in words]), budgets.EXTRACTION_RATE),
        ]  # fmt: skip
    return rows


def rates_on_one_core(repeats: Repeats, *, rules_only: bool) -> dict:
    """Return articles/s of `facts_from_texts` over the shipped articles, per timed run."""
    from facts import extract, sentence_model  # noqa: PLC0415 (imported after pinning the core)

    articles = shipped_articles(ARTICLES)

    def one_pass() -> None:
        texts = ((a.text, a.article_id) for a in articles)
        for _ in extract.facts_from_texts(texts, published=[a.published for a in articles]):
            pass

    # The classifier is the model's only optional part: the rules alone are measured by
    # standing in their empty model for the shipped one.
    shipped = sentence_model.default_model()
    with mock.patch.object(
        extract, "default_model", lambda: sentence_model.RULES_ONLY if rules_only else shipped
    ):
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
    parser.add_argument("--variant", choices=VARIANTS, default=VARIANTS[0])
    args = parser.parse_args()
    os.sched_setaffinity(0, {0})
    repeats = Repeats(max(args.warmup, 1), args.runs)
    reply(rates_on_one_core(repeats, rules_only=args.variant == "rules only"))


if __name__ == "__main__":
    _main()

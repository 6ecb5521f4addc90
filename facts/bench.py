"""Print extraction throughput on the shipped corpus: articles and words per second, one core."""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from facts.article import read_article
from facts.extract import facts_from_texts
from facts.nlp import pipeline
from facts.places import default_gazetteer

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def main(argv: Sequence[str] | None = None) -> None:
    """Time model loading, then extraction over the corpus repeated to at least `--min` articles."""
    parser = argparse.ArgumentParser(prog="python -m facts.bench", description=__doc__)
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--min", type=int, default=100, help="articles to time (corpus repeated)")
    args = parser.parse_args(argv)
    corpus = [read_article(p) for p in sorted(args.articles.glob("*.txt"))]
    start = time.perf_counter()
    gazetteer = default_gazetteer()
    pipeline(tuple(gazetteer.surface_forms()))
    loaded = time.perf_counter() - start
    batch = (corpus * (args.min // len(corpus) + 1))[: max(args.min, len(corpus))]
    words = sum(len(a.text.split()) for a in batch)
    start = time.perf_counter()
    stream = facts_from_texts(
        ((a.text, a.article_id) for a in batch), published=[a.published for a in batch]
    )
    count = sum(len(facts) for facts in stream)
    spent = time.perf_counter() - start
    print(f"model and gazetteer loaded in {loaded:.2f} s")
    print(f"{len(batch)} articles ({words / len(batch):.0f} words on average), {count} facts")
    print(
        f"{len(batch) / spent:.1f} articles/s, {words / spent:,.0f} words/s, "
        f"{spent / len(batch) * 1000:.0f} ms per article"
    )
    print(
        f"at this rate a 600-word article takes {600 / (words / spent) * 1000:.0f} ms "
        f"({words / spent / 600:.1f} such articles/s)"
    )


if __name__ == "__main__":
    main()

"""A synthetic corpus for the benchmark only: marked copies of the shipped articles.

Every copy is marked: its id starts with `synthetic-`, its publisher is
"SYNTHETIC (benchmark only)", its title starts with "[SYNTHETIC]" and its text ends with a line
saying it is not a real article. Copies keep the real text and move the publication date, so the
facts the extractor finds in them have the shape of real output, spread over time. Copies are
written to temporary folders and stores only, never to `var/` or `data/`.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from facts.article import SIDECAR_FIELDS, Article, read_article

PREFIX = "synthetic-"
PUBLISHER = "SYNTHETIC (benchmark only)"
SPREAD_DAYS = 730


def shipped_articles(directory: Path) -> list[Article]:
    """Return the real articles shipped in `directory`, read as the store reads them."""
    return [read_article(path) for path in sorted(directory.glob("*.txt"))]


def synthetic_articles(
    sources: Sequence[Article], *, count: int, start: int = 0, seed: int = 0
) -> list[Article]:
    """Return copies `start`..`start+count-1` of the sources, taken round and round, marked.

    Copy i always copies source i mod len(sources) and gets the same date shift for a seed,
    so a corpus can be built in parts.
    """
    return [
        _copy(sources[i % len(sources)], index=i, shift=_shift(seed, i))
        for i in range(start, start + count)
    ]


def copies_for_facts(fact_counts: Sequence[int], *, facts: int) -> int:
    """Return how many copies, taken round and round, hold at least `facts` facts.

    Parameters
    ----------
    fact_counts
        Facts the extractor finds in each source article, in source order.
    """
    if facts > 0 and not any(fact_counts):
        msg = "no source article has a fact to copy"
        raise ValueError(msg)
    copies = total = 0
    while total < facts:
        total += fact_counts[copies % len(fact_counts)]
        copies += 1
    return copies


def write_article_files(articles: Sequence[Article], directory: Path) -> list[Path]:
    """Write each article as `<id>.txt` plus its `<id>.json` sidecar; return the text paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        meta = {name: str(getattr(a, name)) for name in SIDECAR_FIELDS}
        (directory / f"{a.article_id}.json").write_text(json.dumps(meta, indent=1))
        path = directory / f"{a.article_id}.txt"
        path.write_text(a.text)
        paths.append(path)
    return paths


def _shift(seed: int, index: int) -> int:
    """Return the days copy `index` is moved by: back, by up to two years.

    Never forward: a copy of a recent article dated after today would be refused on ingest.
    """
    return -random.Random(seed * 1_000_003 + index).randrange(SPREAD_DAYS)


def _copy(source: Article, *, index: int, shift: int) -> Article:
    """Return a marked copy of an article, published `shift` days from the original."""
    return Article(
        article_id=f"{PREFIX}{index:05d}",
        title=f"[SYNTHETIC] {source.title}",
        publisher=PUBLISHER,
        published=source.published + timedelta(days=shift),
        # Appended, not prepended: the text's facts keep their character spans.
        text=f"{source.text.rstrip()}\n\n[Synthetic benchmark copy {index}: not a real article.]\n",
        url="",
        note="Synthetic copy for the benchmark only; not a real article.",
    )

"""A large store for the benchmark only: extracted synthetic facts copied under new article ids.

Extracting 100,000 facts takes most of an hour on 2 cores, so the largest store is made from a
store built by extraction (`bench.stores`): its synthetic articles are copied, round and round,
under new ids with their facts and clusters, straight into the store's tables, in one
transaction that bumps the store version as any write does. The board and the app then read it
as they read any store. Every copy is marked as the synthetic corpus is (`bench.corpus`), and
says that its facts were copied, not extracted; each copy's events form their own clusters, so
the store holds ten times the events, not ten times the reports of the same events.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from bench.child import reply, run_child
from bench.corpus import PREFIX
from bench.stores import Store
from facts.article import text_hash

COPY_NOTE = "Synthetic copy for the benchmark only: facts copied from another copy, not extracted."
CHUNK = 5_000


def copied_store(source: Store, db: Path, *, facts: int) -> Store:
    """Return a store of `source` plus copies of its synthetic articles up to `facts` facts.

    `source` must be a SQLite file; it is left as it was.
    """
    args = ["copy", str(source.db), str(db), "--facts", str(facts)]
    built = run_child("bench.copies", args)
    return Store(db, built["facts"], built["articles"])


def fact_id_of(row: Mapping[str, Any]) -> str:
    """Return the id the extractor gives a fact with these fields (`facts.model.Fact`)."""
    key = [row["article_id"], row["kind"], row["start"], row["end"], row["category"],
           row["date"], row["speaker"], row["subject"], row["relation"], row["object"],
           row["text"]]  # fmt: skip
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]


def copy_rows(
    articles: list[dict], facts: list[dict], clusters: Mapping[tuple[str, str], str], *, round_: int
) -> Iterator[tuple[dict, list[dict], list[dict]]]:
    """Yield each synthetic article's copy number `round_`: its row, its facts, its clusters."""
    by_article: dict[str, list[dict]] = {}
    for fact in facts:
        by_article.setdefault(fact["article_id"], []).append(fact)
    for article in articles:
        old = article["article_id"]
        new = f"{PREFIX}r{round_:02d}-{old.removeprefix(PREFIX)}"
        text = f"{article['text'].rstrip()}\n[Copied facts, round {round_}: not a real article.]\n"
        copy = article | {"article_id": new, "text": text, "note": COPY_NOTE,
                          "content_hash": text_hash(text)}  # fmt: skip
        copied, grouped = [], []
        for fact in by_article.get(old, []):
            row = fact | {"article_id": new}
            row["fact_id"] = fact_id_of(row)
            copied.append(row)
            cluster = clusters.get((old, fact["fact_id"]))
            if cluster is not None:
                grouped.append({"article_id": new, "fact_id": row["fact_id"],
                                "cluster_id": f"{cluster}-r{round_:02d}"})  # fmt: skip
        yield copy, copied, grouped


def _copy(source: Path, db: Path, *, facts: int) -> dict:
    """Copy the source store to `db` and add copies of its articles (child side)."""
    from sqlalchemy import func, insert, select  # noqa: PLC0415

    from facts.database import database_url, writing  # noqa: PLC0415
    from facts.schema import ARTICLES, FACT_CLUSTERS, FACTS  # noqa: PLC0415
    from facts.store import bump_version  # noqa: PLC0415

    with sqlite3.connect(source) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with writing(database_url(db)) as connection:
        synthetic = ARTICLES.c.article_id.like(f"{PREFIX}%")
        articles = [dict(r._mapping) for r in connection.execute(
            select(ARTICLES).where(synthetic).order_by(ARTICLES.c.article_id))]  # fmt: skip
        rows = [dict(r._mapping) for r in connection.execute(
            select(FACTS).where(FACTS.c.article_id.like(f"{PREFIX}%")))]  # fmt: skip
        clusters = {(r.article_id, r.fact_id): r.cluster_id
                    for r in connection.execute(select(FACT_CLUSTERS))}  # fmt: skip
        total = connection.execute(select(func.count()).select_from(FACTS)).scalar_one()
        round_ = 0
        while total < facts:
            round_ += 1
            batch: dict[str, list[dict]] = {"articles": [], "facts": [], "clusters": []}
            for article, copied, grouped in copy_rows(articles, rows, clusters, round_=round_):
                if total >= facts:
                    break
                batch["articles"].append(article)
                batch["facts"] += copied
                batch["clusters"] += grouped
                total += len(copied)
            for table, name in ((ARTICLES, "articles"), (FACTS, "facts"),
                                (FACT_CLUSTERS, "clusters")):  # fmt: skip
                for start in range(0, len(batch[name]), CHUNK):
                    connection.execute(insert(table), batch[name][start : start + CHUNK])
        bump_version(connection)
        counted = connection.execute(select(func.count()).select_from(ARTICLES)).scalar_one()
    return {"facts": total, "articles": counted}


def _main() -> None:
    """Child entry point: copy a store and print its size as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench.copies")
    parser.add_argument("what", choices=["copy"])
    parser.add_argument("source", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--facts", type=int, required=True)
    args = parser.parse_args()
    reply(_copy(args.source, args.db, facts=args.facts))


if __name__ == "__main__":
    _main()

"""Clustering time of added articles, on synthetic events shaped like the extractor's output.

`cluster_time_s(1_000)` and `cluster_time_s(10_000)` time `facts.clusters` adding that many
articles one by one to an empty index: the work ingest adds per article, for a store growing
to that size. Synthetic events are for the benchmark only: half retell an earlier happening
(same category and place, a date a day off or told by month, some of its actors), so
clusters form as in real news.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pandas as pd

from bench.stats import Repeats, summarise, timed_runs
from bench.table import Row
from facts.actors import COUNTRIES
from facts.clusters import ClusterIndex, assign_clusters, clusters_of
from facts.model import CATEGORIES

EVENTS_PER_ARTICLE = 5
RETOLD = 0.5  # share of events that retell an earlier happening
DAYS = 730
_START = date(2023, 1, 1)
ADDED = (1_000, 10_000)


def cluster_rows(repeats: Repeats) -> list[Row]:
    """Return the time to cluster 1,000 and 10,000 synthetic articles, added one by one."""
    rows = []
    for n in ADDED:
        facts, articles = synthetic_events(n)
        samples = timed_runs(lambda f=facts, a=articles: clusters_of(f, a),
                             warmup=repeats.warmup, runs=repeats.runs)  # fmt: skip
        scale = f"{n:,} articles, {len(facts):,} synthetic events"
        rows.append(Row("clusters: articles added one by one", scale, "s", summarise(samples)))
    return rows


def cluster_time_s(n_articles: int, *, seed: int = 0) -> float:
    """Return the seconds `facts.clusters` takes to add `n_articles` synthetic articles."""
    facts, articles = synthetic_events(n_articles, seed=seed)
    return clustering_time_s(facts, articles)


def clustering_time_s(facts: pd.DataFrame, articles: pd.DataFrame) -> float:
    """Return the seconds to cluster a store's facts, adding its articles oldest first."""
    start = time.perf_counter()
    clusters_of(facts, articles)
    return time.perf_counter() - start


def one_more_article_s(facts: pd.DataFrame, articles: pd.DataFrame, new: pd.DataFrame) -> float:
    """Return the seconds to add one article's facts to the clusters of a store."""
    clustered = facts.assign(cluster_id=facts["fact_id"].map(clusters_of(facts, articles)))
    index = ClusterIndex.from_clustered(clustered)
    start = time.perf_counter()
    assign_clusters(new, index)
    return time.perf_counter() - start


def synthetic_events(n_articles: int, *, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return synthetic event facts and their articles (store columns), oldest article first."""
    rng = random.Random(seed)
    countries = sorted(COUNTRIES)
    people = [f"Person{i} Name{i}" for i in range(400)]
    spots = [_spot(rng, i) for i in range(200)]
    told: list[dict] = []
    facts, articles = [], []
    for a in range(n_articles):
        article_id = f"synthetic-{a:06d}"
        day = _START + timedelta(days=a * DAYS // max(n_articles, 1))
        outlet = f"Outlet {a % 40}"
        articles.append({"article_id": article_id, "published": day.isoformat(),
                         "publisher": outlet, "title": "", "url": "", "text": ""})  # fmt: skip
        for e in range(EVENTS_PER_ARTICLE):
            if told and rng.random() < RETOLD:
                event = _retold(rng, rng.choice(told[-2000:]))
            else:
                event = _happening(rng, day, countries, people, spots)
                told.append(event)
            facts.append(event | {"fact_id": f"{article_id}-{e}", "article_id": article_id})
    return pd.DataFrame(facts), pd.DataFrame(articles)


def _happening(rng: random.Random, day: date, countries: list[str], people: list[str],
               spots: list[dict]) -> dict:  # fmt: skip
    """Return a new synthetic event near a day."""
    when = day - timedelta(days=rng.randrange(0, 10))
    return {
        "kind": "event",
        "category": rng.choice(CATEGORIES),
        "date": when.isoformat(),
        "date_end": when.isoformat(),
        "date_precision": "day" if rng.random() < 0.8 else "unknown",
        "actors": (*rng.sample(countries, 2), *rng.sample(people, rng.randrange(0, 3))),
        "places": (rng.choice(spots),) if rng.random() < 0.7 else (),
        "evidence": "",
    }


def _retold(rng: random.Random, event: dict) -> dict:
    """Return another article's report of an event: a day off, or by month, fewer actors."""
    out = dict(event)
    if event["date_precision"] == "day" and rng.random() < 0.3:
        moved = date.fromisoformat(event["date"]) + timedelta(days=rng.choice((-1, 1)))
        out["date"] = out["date_end"] = moved.isoformat()
    actors = list(event["actors"])
    out["actors"] = tuple(rng.sample(actors, max(1, len(actors) - rng.randrange(0, 2))))
    return out


def _spot(rng: random.Random, i: int) -> dict:
    """Return a synthetic located place in the Indo-Pacific."""
    precision = rng.choice(("point", "feature", "sea"))
    return {"name": f"Place {i}", "id": f"place_{i}", "lon": rng.uniform(40.0, 150.0),
            "lat": rng.uniform(-10.0, 40.0), "precision": precision}  # fmt: skip


if __name__ == "__main__":
    for n in (1_000, 10_000):
        print(f"{n:,} articles: {cluster_time_s(n):.2f} s")

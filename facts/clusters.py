"""Event clusters across articles, built incrementally: one article's events join or found clusters.

A cluster's id is "c-" followed by the fact id of the event that founded it. An event joins an
existing cluster, or founds its own; clusters are never merged or renamed by adding articles
(an analyst's split or merge is a review, not the clusterer's), so an id, once given, stays.
The result depends on the order articles are added in: the store adds them as they arrive,
and `clusters_of` takes the corpus oldest first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta

import pandas as pd

from facts.agreement import (
    COMPATIBLE,
    DAY_TOLERANCE,
    JOIN_SCORE,
    Areas,
    same_event_score,
    word_overlap,
)
from facts.model import ARTICLE_ID, CATEGORIES
from facts.reports import KIND_EVENT, PUBLISHED, Report, report_from_row, reports_from_frame

CLUSTER_ID = "cluster_id"
ID_PREFIX = "c-"
_DAYS_FILED, _MONTHS_FILED = 31, 366  # longest spans filed by day, by month (in days)


def cluster_id_for(fact_id: str) -> str:
    """Return the id of the cluster an event founds."""
    return f"{ID_PREFIX}{fact_id}"


class ClusterIndex:
    """The clustered events, looked up by category and time, or by a named actor or place.

    Adding an article compares its events with the clusters its events could belong to
    (a compatible category, and a time within reach or, for the undated, a shared name or
    place), never with the whole store. A report is filed under the days of its date when it
    spans a month or less, else under its months, or its years past a year.
    """

    def __init__(self, *, areas: Areas | None = None) -> None:
        self._areas = areas
        self._members: dict[str, list[Report]] = {}
        self._articles: dict[str, set[str]] = defaultdict(set)
        self._by_time: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._with_undated: set[str] = set()

    @classmethod
    def from_clustered(cls, facts: pd.DataFrame, *, areas: Areas | None = None) -> ClusterIndex:
        """Return the index of clustered events (fact columns, `cluster_id`, `published`)."""
        index = cls(areas=areas)
        for row in facts.to_dict("records"):
            if row.get("kind", KIND_EVENT) == KIND_EVENT:
                index._put(report_from_row(row), str(row[CLUSTER_ID]))
        return index

    def members(self, cluster_id: str) -> tuple[Report, ...]:
        """Return the reports of one cluster, in the order they joined."""
        return tuple(self._members[cluster_id])

    def add_article(self, reports: Sequence[Report]) -> dict[str, str]:
        """Cluster one article's events; return the cluster id of each, by fact id.

        Best-scoring (event, cluster) pairs are joined first, ties going to the cluster whose
        evidence shares most words; a cluster takes at most one event of an article, since the
        extractor already merged an article's retellings of one event.
        """
        scored = []
        for report in reports:
            for cluster_id in self._candidates(report):
                score = self._score(report, cluster_id)
                if score is not None and score >= JOIN_SCORE:
                    overlap = max(word_overlap(report, m) for m in self._members[cluster_id])
                    scored.append((-score, -overlap, cluster_id, report.fact_id, report))
        out: dict[str, str] = {}
        taken: set[str] = set()
        for *_, cluster_id, fact_id, report in sorted(scored, key=lambda s: s[:4]):
            if fact_id not in out and cluster_id not in taken:
                out[fact_id] = cluster_id
                taken.add(cluster_id)
                self._put(report, cluster_id)
        for report in reports:
            if report.fact_id not in out:
                out[report.fact_id] = cluster_id_for(report.fact_id)
                self._put(report, out[report.fact_id])
        return out

    def _score(self, report: Report, cluster_id: str) -> float | None:
        """Return the members' mean evidence for joining, None if most members veto it.

        The mean, not the best member, so that a cluster does not grow by chaining: a bilateral
        meeting told like one report of a summit is unlike the others. A member that vetoes
        counts 0 and rules the join out only with half the members or more: one report with a
        wrong day would otherwise shut its cluster to every later report of the happening.
        """
        if report.article_id in self._articles[cluster_id]:
            return None
        scores = [same_event_score(report, m, self._areas) for m in self._members[cluster_id]]
        vetoes = scores.count(None)
        if 2 * vetoes >= len(scores):
            return None
        return sum(s for s in scores if s is not None) / len(scores)

    def _candidates(self, report: Report) -> set[str]:
        """Return the clusters a report could join: never all of them."""
        found: set[str] = set()
        for category in _compatible(report.category):
            by_key = set().union(*(self._by_key.get((category, k), ()) for k in _keys(report)))
            if report.first is None or report.last is None:
                found |= by_key
                continue
            found |= by_key & self._with_undated
            for bucket in _reach(report.first - DAY_TOLERANCE, report.last + DAY_TOLERANCE):
                found |= self._by_time.get((category, bucket), set())
        return found

    def _put(self, report: Report, cluster_id: str) -> None:
        """Record a report as a member of a cluster."""
        self._members.setdefault(cluster_id, []).append(report)
        self._articles[cluster_id].add(report.article_id)
        for key in _keys(report):
            self._by_key[report.category, key].add(cluster_id)
        if report.first is None or report.last is None:
            self._with_undated.add(cluster_id)
        else:
            for bucket in _buckets(report.first, report.last):
                self._by_time[report.category, bucket].add(cluster_id)


def assign_clusters(new: pd.DataFrame, index: ClusterIndex) -> dict[str, str]:
    """Cluster the events of articles being added, article by article; return id by fact id.

    Parameters
    ----------
    new
        The store's fact columns of the new articles' facts, plus `published` (their article's
        publication date) when known; facts of other kinds are skipped.
    index
        The clusters so far; the new events are added to it.
    """
    out: dict[str, str] = {}
    for reports in _by_article(reports_from_frame(new)):
        out |= index.add_article(reports)
    return out


def clusters_of(facts: pd.DataFrame, articles: pd.DataFrame, *,
                areas: Areas | None = None) -> dict[str, str]:  # fmt: skip
    """Cluster a whole store from nothing, its articles taken oldest first; id by fact id."""
    order = articles.sort_values([PUBLISHED, ARTICLE_ID])[ARTICLE_ID].tolist()
    rank = {article_id: i for i, article_id in enumerate(order)}
    published = dict(zip(articles[ARTICLE_ID], articles[PUBLISHED], strict=True))
    events = facts.assign(
        _rank=facts[ARTICLE_ID].map(rank).fillna(len(rank)),
        **{PUBLISHED: facts[ARTICLE_ID].map(published)},
    )
    return assign_clusters(events.sort_values("_rank", kind="stable"), ClusterIndex(areas=areas))


def _by_article(reports: Iterable[Report]) -> Iterator[list[Report]]:
    """Yield the reports of each article in turn, articles in order of first appearance."""
    grouped: dict[str, list[Report]] = {}
    for report in reports:
        grouped.setdefault(report.article_id, []).append(report)
    yield from grouped.values()


def _compatible(category: str) -> list[str]:
    """Return the categories whose events a report of this category may join."""
    return [c for c in CATEGORIES if c == category or (category, c) in COMPATIBLE]


def _keys(report: Report) -> list[str]:
    """Return the index keys of a report: its name words and its places' ids or names."""
    words = {f"a:{w}" for name in report.named for w in name.telling or name.words}
    return sorted(
        words | {f"p:{p.id or p.name}" for p in report.places if p.precision != "country"}
    )


def _buckets(first: date, last: date) -> list[str]:
    """Return the time keys a report is filed under: its days, months or years."""
    span = (last - first).days
    if span <= _DAYS_FILED:
        return [f"d:{first + timedelta(days=i)}" for i in range(span + 1)]
    if span <= _MONTHS_FILED:
        return [f"m:{m}" for m in _months(first, last)]
    return [f"y:{y}" for y in range(first.year, last.year + 1)]


def _reach(first: date, last: date) -> list[str]:
    """Return the time keys a report from first to last could share with another report."""
    days = [f"d:{first + timedelta(days=i)}" for i in range((last - first).days + 1)]
    return [*days, *(f"m:{m}" for m in _months(first, last)),
            *(f"y:{y}" for y in range(first.year, last.year + 1))]  # fmt: skip


def _months(first: date, last: date) -> Iterator[str]:
    """Yield the months (YYYY-MM) from first to last, both included."""
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield f"{year:04d}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)

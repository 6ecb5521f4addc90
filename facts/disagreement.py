"""Where the reports of a cluster disagree: dates, places and figures, each version with its words.

- Dates disagree when two reports' dates do not overlap at their precision (a month agrees
  with each of its days); the clusterer's one day of tolerance is not applied here, so
  "15 November" and "16 November" in one cluster are shown as two versions.
- Places disagree when two reports name point-like places (a point, a feature, a zone) more
  than `facts.agreement.NEAR_KM` apart and no other pair of their places agrees.
- Figures disagree when two reports give different exact counts of one kind (vessels,
  aircraft, drones, missiles, killed, injured, casualties) in their evidence sentences; a bound
  ("nearly 20") disagrees with nothing.
Works on any cluster, also one an analyst merged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, groupby
from operator import itemgetter

import pandas as pd

from facts.agreement import place_agreement
from facts.figures import figures_in
from facts.reports import KIND_EVENT, Report, reports_from_frame

DATE, PLACE = "date", "place"


@dataclass(frozen=True)
class Version:
    """One report's version of a disputed point: the value, where it is told, and its words."""

    value: str
    article_id: str
    fact_id: str
    words: str


@dataclass(frozen=True)
class Disagreement:
    """A point the reports of a cluster disagree on, with every report's version."""

    cluster_id: str
    aspect: str  # "date", "place", or a kind of figure ("vessels", "killed", ...)
    versions: tuple[Version, ...]


def disagreements(members: pd.DataFrame) -> list[Disagreement]:
    """Return the disagreements of every cluster in a frame of fact columns plus `cluster_id`."""
    out: list[Disagreement] = []
    # A report alone has nothing to disagree with; most clusters are one report.
    several = members[members.duplicated("cluster_id", keep=False)]
    if "kind" in several.columns:
        several = several[several["kind"] == KIND_EVENT]
    # Made in one pass over the rows in cluster order (a frame per cluster was most of the time
    # they took), one cluster's reports held at a time.
    several = several.sort_values("cluster_id", kind="stable")
    reported = zip(several["cluster_id"], reports_from_frame(several), strict=True)
    for cluster_id, group in groupby(reported, key=itemgetter(0)):
        out += cluster_disagreements(str(cluster_id), [report for _, report in group])
    return out


def cluster_disagreements(cluster_id: str, reports: Sequence[Report]) -> list[Disagreement]:
    """Return where the reports of one cluster disagree."""
    out = []
    dated = [r for r in reports if r.first is not None]
    if any(_dates_apart(a, b) for a, b in combinations(dated, 2)):
        versions = tuple(Version(_date_text(r), r.article_id, r.fact_id, r.evidence) for r in dated)
        out.append(Disagreement(cluster_id, DATE, versions))
    if any(place_agreement(a, b) is None for a, b in combinations(reports, 2)):
        versions = tuple(
            Version(", ".join(p.name for p in r.places), r.article_id, r.fact_id, r.evidence)
            for r in reports
            if r.places
        )
        out.append(Disagreement(cluster_id, PLACE, versions))
    out += _figure_disagreements(cluster_id, reports)
    return out


def _figure_disagreements(cluster_id: str, reports: Sequence[Report]) -> list[Disagreement]:
    """Return the kinds of figure the reports give different exact counts of."""
    by_kind: dict[str, list[Version]] = defaultdict(list)
    for r in reports:
        for figure in figures_in(r.evidence):
            if figure.exact:
                by_kind[figure.kind].append(
                    Version(str(figure.value), r.article_id, r.fact_id, figure.words)
                )
    return [
        Disagreement(cluster_id, kind, tuple(versions))
        for kind, versions in by_kind.items()
        if any(v.value != w.value and v.article_id != w.article_id
               for v, w in combinations(versions, 2))
    ]  # fmt: skip


def _dates_apart(a: Report, b: Report) -> bool:
    """Tell whether two dated reports' dates do not overlap at their precision."""
    return a.first > b.last or b.first > a.last  # type: ignore[operator]


def _date_text(report: Report) -> str:
    """Return a report's date at its precision: 2023-11-15, 2023-11 or 2023 (a span: a..b)."""
    first, last = report.first, report.last
    if report.precision == "year":
        return f"{first:%Y}"
    if report.precision == "month":
        return f"{first:%Y-%m}"
    return f"{first:%Y-%m-%d}" if first == last else f"{first:%Y-%m-%d}..{last:%Y-%m-%d}"

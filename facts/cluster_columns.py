"""Clusters as the board shows them: each event's cluster (editors' moves applied), its counts.

Every event has a cluster (alone, or with reports of the same happening in other articles);
quotes and relations have none. Per cluster the board knows how many articles report it, how
many independent sources those are (`facts.sources`), where the reports disagree
(`facts.disagreement`), and which report stands for the cluster on the map and the timeline:
the earliest-published one with a place the map can draw, else the earliest.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from facts.clusters import CLUSTER_ID
from facts.disagreement import Disagreement, disagreements
from facts.model import ARTICLE_ID, FACT_ID, KIND
from facts.sources import ARTICLES as ARTICLE_COUNT
from facts.sources import ORIGINS, SOURCES, cluster_sources

# Columns `with_clusters` adds besides `cluster_id`.
REPORTS, INDEPENDENT, CREDITS, DISPUTED, LEAD, PLACED = (
    "cluster_reports", "cluster_sources", "cluster_origins", "cluster_disputes", "cluster_lead",
    "placed",
)  # fmt: skip


def with_clusters(
    facts: pd.DataFrame,
    clusters: pd.DataFrame,
    moves: pd.DataFrame,
    articles: pd.DataFrame,
) -> tuple[pd.DataFrame, dict[str, list[Disagreement]]]:
    """Return the facts with their cluster columns, and each cluster's disagreements.

    Parameters
    ----------
    facts
        The facts as reviewed (an event an editor added has no stored cluster: it is alone).
    clusters, moves
        The store's `fact_clusters` and `cluster_moves` rows; the last move of an event wins.
    articles
        The store's articles (publisher, URL, text and date tell sources and order).
    """
    assigned = dict(zip(zip(clusters[ARTICLE_ID], clusters[FACT_ID], strict=True),
                        clusters[CLUSTER_ID], strict=True))  # fmt: skip
    for row in moves.to_dict("records"):
        assigned[(row[ARTICLE_ID], row[FACT_ID])] = row[CLUSTER_ID]
    keys = zip(facts[ARTICLE_ID], facts[FACT_ID], facts[KIND], strict=True)
    ids = [assigned.get((a, f), f"c-{f}") if kind == "event" else None for a, f, kind in keys]
    out = facts.assign(**{CLUSTER_ID: ids})
    members = out[out[CLUSTER_ID].notna()]
    counts = cluster_sources(members[[CLUSTER_ID, ARTICLE_ID]], articles)
    counts = counts.rename(columns={ARTICLE_COUNT: REPORTS, SOURCES: INDEPENDENT, ORIGINS: CREDITS})
    found = disagreements(members[members[CLUSTER_ID].isin(_shared(counts))])
    by_cluster: dict[str, list[Disagreement]] = {}
    for item in found:
        by_cluster.setdefault(item.cluster_id, []).append(item)
    out = out.merge(counts, on=CLUSTER_ID, how="left")
    aspects = {c: tuple(sorted({d.aspect for d in found})) for c, found in by_cluster.items()}
    out[DISPUTED] = [aspects.get(c, ()) for c in out[CLUSTER_ID]]
    out[PLACED] = _placed(out)
    out[LEAD] = _leads(out, articles)
    return out, by_cluster


def _shared(counts: pd.DataFrame) -> list[str]:
    """Return the clusters reported by more than one article (only they can disagree)."""
    return list(counts.loc[counts[REPORTS] > 1, CLUSTER_ID])


def _leads(facts: pd.DataFrame, articles: pd.DataFrame) -> list[bool]:
    """Tell, per fact, whether it stands for its cluster (quotes and relations stand alone)."""
    published = dict(zip(articles[ARTICLE_ID], articles["published"], strict=True))
    order = pd.DataFrame({
        CLUSTER_ID: facts[CLUSTER_ID], FACT_ID: facts[FACT_ID], "placed": _placed(facts),
        "published": facts[ARTICLE_ID].map(published).fillna(""),
    })  # fmt: skip
    ranked = order.sort_values(["placed", "published", FACT_ID], ascending=[False, True, True])
    leads = set(ranked.dropna(subset=[CLUSTER_ID]).drop_duplicates(CLUSTER_ID)[FACT_ID])
    pairs = zip(facts[CLUSTER_ID], facts[FACT_ID], strict=True)
    return [pd.isna(c) or f in leads for c, f in pairs]


def one_per_cluster(facts: pd.DataFrame, *, keep: str | None = None) -> pd.DataFrame:
    """Return the facts with one report per cluster among them: `keep`'s, else the lead.

    Among the reports a filter lets through, the one standing for the cluster is the first
    with a place the map can draw, then the earliest published; quotes and relations stay.
    """
    if facts.empty or CLUSTER_ID not in facts.columns:
        return facts
    # The choice is made on a narrow frame of what it reads: sorting the wide fact frame
    # copied every column, twice, on every rerun.
    placed = _placed(facts)
    order = pd.DataFrame(
        {
            FACT_ID: facts[FACT_ID].to_numpy(),
            CLUSTER_ID: facts[CLUSTER_ID].to_numpy(),
            "chosen": (facts[FACT_ID] == keep).to_numpy(),
            "first": facts[LEAD].to_numpy() if LEAD in facts.columns else False,
            "placed": placed,
        }
    ).sort_values(["chosen", "first", "placed"], ascending=False, kind="stable")
    events = order[order[CLUSTER_ID].notna()].drop_duplicates(CLUSTER_ID)
    chosen = set(events[FACT_ID]) | set(facts.loc[facts[CLUSTER_ID].isna(), FACT_ID])
    return facts[facts[FACT_ID].isin(chosen)]


def _placed(facts: pd.DataFrame) -> Sequence[bool]:
    """Tell per fact whether it has a place the map can draw (the board keeps it as a column)."""
    if PLACED in facts.columns:
        # Read per new filter state: working it out from the places was 25 ms at 100,000 facts.
        return facts[PLACED].to_numpy()
    return [any(p.get("lon") is not None or p.get("id") for p in ps) for ps in facts["places"]]

"""The board: a store's facts with every column the screen derives from them, built once per store.

`board_of` is the one place those columns are made (current places, hover text and group, time
axis, filter columns), together with the per-store views the screen reads: table rows, map
placements, picker labels and the values a link may hold. Nothing here changes on a rerun.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pandas as pd

from facts.cluster_columns import LEAD, PLACED, with_clusters
from facts.clusters import CLUSTER_ID
from facts.disagreement import Disagreement
from facts.labels import (
    GROUP,
    HOVER,
    category_label,
    date_label,
    label_rows,
    places_label,
    review_label,
    summary_of,
    text_of,
    with_hover,
)
from facts.link import LinkValues, link_values_of
from facts.model import ACTORS, ARTICLE_ID, FACT_ID, PLACES, SPEAKER
from facts.placements import placed_facts, with_current_places
from facts.query import with_filter_columns
from facts.reviews import reviewed_facts
from facts.standing import with_standing
from facts.store import Snapshot
from facts.time_axis import FROM, MARK, PUBLISHED, TO, with_time_axis
from geo.zones import Surroundings

TITLE, TEXT = "title", "text"
# What every fact carries of its article: shown in hovers and the table, and exported.
ARTICLE_FIELDS = (TITLE, "publisher", PUBLISHED, "url")
# Columns of the facts table, in order; `fact_id` is the index.
ROW_COLUMNS = ("category", "when", "precision", "summary", "actors", "places", "article",
               "confidence", "review")  # fmt: skip
PICKER_SUMMARY_CHARS = 90
# Articles the article picker offers at most: every option is sent on every rerun, and 20,000
# titles were 2.5 MB a rerun. A link may still name any article.
ARTICLE_CHOICES = 1_000
# What a rerun draws from the facts a filter lets through: marks, map, timeline and picker.
SCREEN_COLUMNS = (FACT_ID, ARTICLE_ID, CLUSTER_ID, LEAD, PLACED, PLACES, GROUP, HOVER, FROM, TO,
                  MARK)  # fmt: skip


@dataclass(frozen=True)
class Board:
    """One store as the screen reads it; built by `board_of`, never changed after.

    Article texts stay in the store (`facts.store.article_text`): at 100,000 facts they were
    about 120 MB of every process, and the screen shows one at a time.
    """

    articles: pd.DataFrame
    facts: pd.DataFrame
    # `facts`' `SCREEN_COLUMNS`: a filter takes its rows from this narrow frame (the wide one
    # has fifty columns, and each take of it was a tenth of a rerun at 10,000 facts).
    screen: pd.DataFrame
    rows: pd.DataFrame
    placements: pd.DataFrame
    labels: Mapping[str, str]
    link_values: LinkValues
    # Reviews whose fact the extractor no longer gives (matched neither by id nor by span).
    lost_reviews: pd.DataFrame
    version: int = 0
    # Where the reports of a cluster disagree (dates, places, figures), by cluster id.
    disagreements: Mapping[str, list[Disagreement]] = field(default_factory=dict)
    # The articles the picker offers: all, or the `ARTICLE_CHOICES` latest published.
    offered_articles: tuple[str, ...] = ()
    # Titles of the zones and distance targets facts can be filtered by, by id.
    zone_titles: Mapping[str, str] = field(default_factory=dict)
    target_titles: Mapping[str, str] = field(default_factory=dict)

    def fact(self, fact_id: str | None) -> dict[str, Any] | None:
        """Return one fact as a record, or None when there is no such fact."""
        if not fact_id:
            return None
        return next(iter(self.facts[self.facts[FACT_ID] == fact_id].to_dict("records")), None)

    def article(self, article_id: str) -> dict[str, Any]:
        """Return one article as a record (without its text)."""
        return self.articles[self.articles[ARTICLE_ID] == article_id].iloc[0].to_dict()

    @cached_property
    def article_titles(self) -> dict[str, str]:
        """Return the title of every article by id, seed first."""
        return dict(zip(self.articles[ARTICLE_ID], self.articles[TITLE], strict=True))

    def reports_of(self, cluster_id: str | None) -> pd.DataFrame:
        """Return the facts of one cluster (its reports), oldest article first."""
        reports = self.facts[self.facts[CLUSTER_ID] == cluster_id]
        return reports.sort_values([PUBLISHED, ARTICLE_ID])

    def events_among(self, fact_ids: Sequence[str], *, besides: str) -> dict[str, str]:
        """Return the events (cluster ids, with a report's label) of these facts, but one."""
        listed = self.facts[self.facts[FACT_ID].isin(fact_ids)]
        events = listed[listed[CLUSTER_ID].notna() & (listed[CLUSTER_ID] != besides)]
        first = events.drop_duplicates(CLUSTER_ID)
        return {c: self.labels[f] for c, f in zip(first[CLUSTER_ID], first[FACT_ID], strict=True)}

    def placements_of(self, facts: pd.DataFrame) -> pd.DataFrame:
        """Return where the given facts go on the map (rows of `placements`)."""
        return self.placements[self.placements[FACT_ID].isin(facts[FACT_ID])]


@dataclass(frozen=True)
class Reviewed:
    """A snapshot with its reviews and clusters applied, and its articles without their texts."""

    version: int
    articles: pd.DataFrame
    facts: pd.DataFrame
    # Reviews whose fact the extractor no longer gives; where each cluster's reports disagree.
    lost_reviews: pd.DataFrame
    disagreements: Mapping[str, list[Disagreement]]


def reviewed_snapshot(snapshot: Snapshot) -> Reviewed:
    """Return a snapshot's facts as reviewed and clustered: the one step that reads its texts.

    Texts tell sources apart (credit lines, reprints); the snapshot can be dropped after this,
    before the board's columns are made (at 100,000 facts its texts and raw rows were 140 MB).
    """
    reviewed, lost = reviewed_facts(snapshot.facts, snapshot.reviews)
    clustered, disputes = with_clusters(
        reviewed, snapshot.clusters, snapshot.moves, snapshot.articles
    )
    articles = snapshot.articles.drop(columns=TEXT).sort_values(ARTICLE_ID).reset_index(drop=True)
    return Reviewed(snapshot.version, articles, clustered, lost, disputes)


def board_of(
    reviewed: Reviewed,
    *,
    places: Mapping[str, tuple[float | None, float | None, str]],
    surroundings: Surroundings | None = None,
) -> Board:
    """Return the board of one reviewed snapshot (`reviewed_snapshot`): its facts and views.

    Parameters
    ----------
    places
        (lon, lat, precision) of every gazetteer id as the gazetteer has it now.
    surroundings
        Zones, distance targets and the standing of every located place (`geo.zones`); without
        it the spatial filters have nothing to offer.
    """
    around = surroundings or Surroundings()
    articles = reviewed.articles
    framed = with_standing(fact_frame(reviewed.facts, articles, places=places), around.standings)
    return Board(
        articles=articles,
        facts=framed,
        screen=framed[[c for c in SCREEN_COLUMNS if c in framed.columns]].copy(),
        rows=table_rows(framed).set_index(FACT_ID, drop=False),
        placements=placed_facts(framed),
        labels=picker_labels(framed),
        link_values=link_values_of(
            framed,
            articles=tuple(articles[ARTICLE_ID]),
            zones=tuple(around.zones),
            targets=tuple(around.targets),
        ),
        lost_reviews=reviewed.lost_reviews,
        version=reviewed.version,
        # The snapshot lists articles by publication date, oldest first.
        offered_articles=tuple(articles[ARTICLE_ID].tail(ARTICLE_CHOICES)),
        disagreements=reviewed.disagreements,
        zone_titles=around.zones,
        target_titles=around.targets,
    )


def fact_frame(
    facts: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    places: Mapping[str, tuple[float | None, float | None, str]],
) -> pd.DataFrame:
    """Return the (reviewed) facts with their article's title and date and every derived column."""
    titled = with_current_places(facts, places).merge(
        articles[[ARTICLE_ID, *ARTICLE_FIELDS]], on=ARTICLE_ID, how="left"
    )
    return with_filter_columns(with_time_axis(with_hover(titled)))


def table_rows(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the facts as the table shows them: one readable row per fact."""
    # Built column by column: a list of 100,000 row dicts was 60 MB more at the build's peak.
    columns: dict[str, list] = {name: [] for name in (FACT_ID, *ROW_COLUMNS)}
    for f in label_rows(facts, FACT_ID, ACTORS, ARTICLE_ID, "confidence"):
        row = {
            FACT_ID: f[FACT_ID],
            "category": category_label(f),
            "when": date_label(f),
            "precision": text_of(f.get("date_precision")),
            "summary": summary_of(f),
            "actors": "; ".join(f[ACTORS]) or text_of(f.get(SPEAKER)),
            "places": places_label(f),
            "article": text_of(f.get(TITLE)) or f[ARTICLE_ID],
            "confidence": f.get("confidence"),
            "review": review_label(f),
        }
        for name, value in row.items():
            columns[name].append(value)
    return pd.DataFrame(columns)


def picker_labels(facts: pd.DataFrame) -> dict[str, str]:
    """Return the label of every fact for the picker: date, category and summary."""
    return {
        f[FACT_ID]: f"{date_label(f)} · {category_label(f)} · {_short(summary_of(f))}"
        for f in label_rows(facts, FACT_ID)
    }


def _short(text: str) -> str:
    """Return text cut to the picker's width."""
    limit = PICKER_SUMMARY_CHARS
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""Pairwise precision and recall of the event clusters against the hand-made reference clusters.

`python -m facts.cluster_score` clusters every event of the reference articles (the gold events,
then the extractor's), oldest article first, and scores the pairs of reports of different
articles. Recall: the reference pairs of a part put in one cluster. Precision: of the predicted
pairs that hold a report of the part, those whose two events the reference puts in one cluster
(a report linked to an event no reference cluster holds counts against precision).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

import pandas as pd

from facts import cluster_reference as ref
from facts.agreement import area_polygons
from facts.article import read_article
from facts.clusters import clusters_of
from facts.extract import facts_from_texts
from facts.model import EXTRACTOR_VERSION
from facts.places import default_gazetteer
from geo.gazetteer import load_gazetteer
from paths import ARTICLES, DEVSET

REFERENCE_FILES = (DEVSET / "clusters_east.json", DEVSET / "clusters_west.json")
SPLIT_FILE = DEVSET / "clusters_split.json"
SCORES_FILE = DEVSET / "clusters_scores.json"
GOLD_FOLDERS = (DEVSET, DEVSET / "heldout")
PARTS = ("dev", "heldout")


@dataclass(frozen=True)
class PairScore:
    """Pair counts of one part of the reference; the rates derive from them."""

    reference_pairs: int
    found_pairs: int  # reference pairs whose two reports have an event (all, for gold events)
    recalled: int
    predicted: int
    correct: int
    predicted_referenced: int  # predicted pairs whose two events are both reference reports

    @property
    def recall(self) -> float:
        """Share of reference pairs put in one cluster."""
        return self.recalled / self.reference_pairs if self.reference_pairs else 1.0

    @property
    def recall_of_found(self) -> float:
        """Share of reference pairs put in one cluster, of those whose reports were found."""
        return self.recalled / self.found_pairs if self.found_pairs else 1.0

    @property
    def precision(self) -> float:
        """Share of predicted pairs holding a report of the part that the reference confirms."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def precision_referenced(self) -> float:
        """Precision over pairs of two reference reports: links to other events left aside.

        An event no reference cluster holds may be a report the reference left out, or, for
        extracted events, one told at another sentence than the reference's: unjudged here.
        """
        return self.correct / self.predicted_referenced if self.predicted_referenced else 1.0

    def as_dict(self) -> dict[str, float]:
        """Return counts and rates, for printing or the About tab."""
        names = ("precision", "precision_referenced", "recall", "recall_of_found")
        rates = {k: round(getattr(self, k), 3) for k in names}
        return {
            "reference_pairs": self.reference_pairs,
            "found_pairs": self.found_pairs,
            "recalled": self.recalled,
            "predicted": self.predicted,
            "correct": self.correct,
            "predicted_referenced": self.predicted_referenced,
        } | rates


@dataclass(frozen=True)
class Corpus:
    """The reference clusters and the articles and gold events they point into."""

    clusters: tuple[ref.RefCluster, ...]
    gold: Mapping[str, list[dict[str, Any]]]
    articles: pd.DataFrame
    heldout: tuple[str, ...]


def pair_score(predicted: Mapping[str, str], truth: Mapping[str, str],
               found: Mapping[str, str], article_of: Mapping[str, str],
               part: set[str]) -> PairScore:  # fmt: skip
    """Score one part of the reference against predicted clusters.

    Parameters
    ----------
    predicted
        Cluster id by fact id, for every event clustered.
    truth
        Reference cluster id by gold fact id, for every reference report.
    found
        Event fact id by gold fact id, for each reference report that has an event.
    article_of
        Article id by fact id, for every event clustered.
    part
        Ids of the reference clusters scored.
    """
    gold_of = {event: gold_id for gold_id, event in found.items()}
    reference = recalled = found_pairs = 0
    for one, other in combinations(sorted(truth), 2):
        if truth[one] != truth[other] or truth[one] not in part:
            continue
        if one.split("#")[0] == other.split("#")[0]:
            continue
        reference += 1
        if one in found and other in found:
            found_pairs += 1
            recalled += predicted[found[one]] == predicted[found[other]]
    members: dict[str, list[str]] = defaultdict(list)
    for fact_id, cluster_id in predicted.items():
        members[cluster_id].append(fact_id)
    predicted_pairs = correct = referenced = 0
    for facts in members.values():
        for one, other in combinations(facts, 2):
            refs = [truth.get(gold_of.get(f, "")) for f in (one, other)]
            if article_of[one] == article_of[other] or not any(r in part for r in refs):
                continue
            predicted_pairs += 1
            referenced += None not in refs
            correct += refs[0] == refs[1]
    return PairScore(reference, found_pairs, recalled, predicted_pairs, correct, referenced)


def load_corpus() -> Corpus:
    """Read the reference clusters, the gold events and the articles they point into."""
    clusters = tuple(ref.load_reference(REFERENCE_FILES))
    gold = ref.load_gold_events(GOLD_FOLDERS)
    rows = []
    for stem in sorted(gold):
        a = read_article(ARTICLES / f"{stem}.txt")
        rows.append({"article_id": stem, "published": a.published.isoformat(), "text": a.text,
                     "publisher": a.publisher, "title": a.title, "url": a.url})  # fmt: skip
    return Corpus(clusters, gold, pd.DataFrame(rows), ref.split_ids(SPLIT_FILE))


def scores(corpus: Corpus, *, parts: Sequence[str], extracted: bool) -> dict[str, Any]:
    """Cluster the gold (or extracted) events of the corpus; score the parts asked for."""
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    gold = ref.gold_frame(corpus.gold, texts, default_gazetteer())
    truth = ref.report_ids(corpus.clusters, corpus.gold)
    if extracted:
        events = _extracted(corpus.articles)
        found = ref.map_to_gold(events, gold[gold["fact_id"].isin(truth)])
    else:
        events = gold
        found = {g: g for g in truth}
    predicted = clusters_of(events, corpus.articles, areas=area_polygons(load_gazetteer()))
    held = set(corpus.heldout)
    every = {c.id for c in corpus.clusters}
    sets = {"dev": every - held, "heldout": held}
    article_of = dict(zip(events["fact_id"], events["article_id"], strict=True))
    out = {p: pair_score(predicted, truth, found, article_of, sets[p]).as_dict() for p in parts}
    return out | {"events": len(events), "reports_found": f"{len(found)}/{len(truth)}"}


def _extracted(articles: pd.DataFrame) -> pd.DataFrame:
    """Return the extractor's events of the articles."""
    pairs = list(zip(articles["text"], articles["article_id"], strict=True))
    days = [date.fromisoformat(d) for d in articles["published"]]
    facts = [f for batch in facts_from_texts(pairs, published=days) for f in batch]
    return ref.fact_frame(facts)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the scores; with --write, score both parts and record them for the About tab."""
    parser = argparse.ArgumentParser(prog="python -m facts.cluster_score", description=__doc__)
    parser.add_argument(
        "--part",
        choices=(*PARTS, "both"),
        default="dev",
        help="which reference clusters to score (held-out: once, at the end)",
    )
    parser.add_argument("--events", choices=("gold", "extracted", "both"), default="both")
    parser.add_argument("--write", action="store_true",
                        help=f"score both parts and write {SCORES_FILE.name}")  # fmt: skip
    args = parser.parse_args(argv)
    parts = PARTS if args.write or args.part == "both" else (args.part,)
    corpus = load_corpus()
    kinds = ("gold", "extracted") if args.write or args.events == "both" else (args.events,)
    result = {k: scores(corpus, parts=parts, extracted=k == "extracted") for k in kinds}
    print(json.dumps(result, indent=1))
    if args.write:
        SCORES_FILE.write_text(json.dumps(_record(result, corpus), indent=1) + "\n")


def _record(result: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """Return the scores with what they were measured on, for the About tab."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip()  # fmt: skip
    return {
        "about": "Pairwise precision and recall of the event clusters against the reference "
        "clusters (python -m facts.cluster_score; how it counts: data/devset/CLUSTERS.md). "
        "'gold': the reference articles' gold events clustered (an upper bound of the method); "
        "'extracted': the extractor's events. 'heldout': clusters never tuned on (see "
        "clusters_split.json), scored once at the end of a round; 'dev': the others.",
        "aims": {"precision": 0.9, "recall": 0.8},
        "measured": date.today().isoformat(),
        "commit": commit,
        "extractor_version": EXTRACTOR_VERSION,
        "reference_clusters": len(corpus.clusters),
        "heldout_clusters": len(corpus.heldout),
        "scores": result,
    }


if __name__ == "__main__":
    main()

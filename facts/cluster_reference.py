"""The hand-made reference clusters, and the events they point at: gold or extracted.

A reference report names a gold event by article stem and exact evidence sentence (plus the
gold summary where one sentence holds several gold events). Extracted events are mapped to gold
events as `facts.score` matches them: same category, overlapping evidence, one to one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from facts.model import Fact
from facts.places import Gazetteer, place_ref

GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class RefReport:
    """One report of a reference cluster: the gold event it points at."""

    article: str
    evidence: str
    summary: str | None = None


@dataclass(frozen=True)
class RefCluster:
    """A hand-made cluster: one happening and the reports of it in different articles."""

    id: str
    about: str
    reports: tuple[RefReport, ...]


def load_reference(paths: Iterable[Path]) -> list[RefCluster]:
    """Read reference cluster files (`{"clusters": [{"id", "about", "reports"}]}`)."""
    clusters = []
    for path in paths:
        for c in json.loads(path.read_text(encoding="utf-8"))["clusters"]:
            reports = tuple(
                RefReport(r["article"], r["evidence"], r.get("summary")) for r in c["reports"]
            )
            clusters.append(RefCluster(c["id"], c.get("about", ""), reports))
    return clusters


def load_gold_events(folders: Iterable[Path]) -> dict[str, list[dict[str, Any]]]:
    """Return the gold events of every reference annotation in the folders, by article stem."""
    gold = {}
    for folder in folders:
        for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
            annotation = json.loads(path.read_text(encoding="utf-8"))
            gold[path.name.removesuffix(GOLD_SUFFIX)] = annotation["events"]
    return gold


def gold_fact_id(article: str, index: int) -> str:
    """Return the id a gold event gets as a fact: its article stem and position."""
    return f"{article}#{index}"


def resolve(report: RefReport, gold: Mapping[str, list[dict[str, Any]]]) -> str:
    """Return the fact id of the gold event a report points at; ValueError if not exactly one."""
    hits = [
        i
        for i, e in enumerate(gold.get(report.article, []))
        if e["evidence"] == report.evidence and report.summary in (None, e["summary"])
    ]
    if len(hits) != 1:
        msg = f"{report.article}: {len(hits)} gold events for {report.evidence[:60]!r}"
        raise ValueError(msg)
    return gold_fact_id(report.article, hits[0])


def gold_frame(gold: Mapping[str, list[dict[str, Any]]], texts: Mapping[str, str],
               gazetteer: Gazetteer) -> pd.DataFrame:  # fmt: skip
    """Return the gold events as the store's fact columns (places resolved by the gazetteer)."""
    rows = []
    for article, events in gold.items():
        for i, e in enumerate(events):
            start = texts.get(article, "").find(e["evidence"])
            places = [place_ref(name, gazetteer).to_dict() for name in e.get("places") or []]
            rows.append({
                "fact_id": gold_fact_id(article, i), "article_id": article, "kind": "event",
                "category": e["category"], "summary": e.get("summary"), "date": e.get("date"),
                "date_end": None, "date_precision": None, "date_text": e.get("date_text"),
                "actors": tuple(e.get("actors") or ()),
                "places": tuple(places), "evidence": e["evidence"], "start": max(start, 0),
                "end": max(start, 0) + len(e["evidence"]),
            })  # fmt: skip
    return pd.DataFrame(rows)


def fact_frame(facts: Iterable[Fact]) -> pd.DataFrame:
    """Return extracted events as the store's fact columns."""
    rows = []
    for f in facts:
        if f.kind != "event":
            continue
        row = f.to_dict()
        rows.append(row | {"actors": tuple(f.actors), "places": tuple(row["places"]),
                           "evidence": f.evidence.text, "start": f.evidence.start,
                           "end": f.evidence.end})  # fmt: skip
    return pd.DataFrame(rows)


def map_to_gold(extracted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, str]:
    """Pair gold events with extracted ones per article; return extracted fact id by gold id.

    As `facts.score` matches: same category, overlapping evidence, one to one, gold in order.
    """
    out: dict[str, str] = {}
    free = {a: group.to_dict("records") for a, group in extracted.groupby("article_id")}
    for want in gold.to_dict("records"):
        pool = [
            e
            for e in free.get(want["article_id"], [])
            if e["category"] == want["category"]
            and e["start"] < want["end"]
            and want["start"] < e["end"]
        ]
        if pool:
            free[want["article_id"]].remove(pool[0])
            out[want["fact_id"]] = pool[0]["fact_id"]
    return out


def split_ids(path: Path) -> tuple[str, ...]:
    """Return the ids of the held-out reference clusters recorded in a split file."""
    return tuple(json.loads(path.read_text(encoding="utf-8"))["heldout"])


def report_ids(clusters: Sequence[RefCluster],
               gold: Mapping[str, list[dict[str, Any]]]) -> dict[str, str]:  # fmt: skip
    """Return the reference cluster of every gold event a reference report points at."""
    out: dict[str, str] = {}
    for cluster in clusters:
        for report in cluster.reports:
            fact_id = resolve(report, gold)
            if out.setdefault(fact_id, cluster.id) != cluster.id:
                msg = f"{fact_id} is a report of both {out[fact_id]} and {cluster.id}"
                raise ValueError(msg)
    return out

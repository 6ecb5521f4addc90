"""Scores of the extractor against a reference annotation: recall, date and place accuracy."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from facts.model import Fact
from facts.places import Gazetteer


@dataclass(frozen=True)
class Score:
    """Counts from one or more articles; the rates are derived from them."""

    gold_events: int = 0
    found_events: int = 0
    matched: int = 0
    right_date: int = 0
    right_place: int = 0
    gold_quotes: int = 0
    matched_quotes: int = 0
    gold_relations: int = 0
    matched_relations: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def recall(self) -> float:
        """Share of reference events found (same category, same sentence)."""
        return self.matched / self.gold_events if self.gold_events else 1.0

    @property
    def date_accuracy(self) -> float:
        """Share of found events whose date is right."""
        return self.right_date / self.matched if self.matched else 1.0

    @property
    def place_accuracy(self) -> float:
        """Share of found events naming at least one reference place (or none when none)."""
        return self.right_place / self.matched if self.matched else 1.0

    @property
    def spurious_rate(self) -> float:
        """Share of extracted events that match no reference event."""
        return (self.found_events - self.matched) / self.found_events if self.found_events else 0.0

    def as_dict(self) -> dict[str, float]:
        """Return counts and rates, for printing or the About page."""
        rates = ("recall", "date_accuracy", "place_accuracy", "spurious_rate")
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        return counts | {name: round(getattr(self, name), 3) for name in rates}


def load_gold(path: Path) -> dict[str, Any]:
    """Read a reference annotation in the seed's gold format."""
    return json.loads(path.read_text(encoding="utf-8"))


def score_article(facts: Sequence[Fact], gold: dict[str, Any], *, text: str,
                  gazetteer: Gazetteer | None = None) -> Score:  # fmt: skip
    """Score one article's facts against its reference annotation."""
    events = [f for f in facts if f.kind == "event"]
    matched, right_date, right_place = _match_events(events, gold["events"], text, gazetteer)
    quotes = {(_norm(f.speaker or ""), (f.text or "").strip()) for f in facts if f.kind == "quote"}
    relations = {(f.subject, f.relation, f.object) for f in facts if f.kind == "relation"}
    # A dispute or an alliance binds both sides alike: either order states it.
    relations |= {(o, r, s) for s, r, o in relations if r == "ally of" or r.endswith("dispute")}
    return Score(
        gold_events=len(gold["events"]),
        found_events=len(events),
        matched=matched,
        right_date=right_date,
        right_place=right_place,
        gold_quotes=len(gold.get("quotes", [])),
        matched_quotes=sum(
            (_norm(q["speaker"]), q["text"].strip()) in quotes for q in gold.get("quotes", [])
        ),
        gold_relations=len(gold.get("relations", [])),
        matched_relations=sum(
            (r["subject"], r["relation"], r["object"]) in relations
            for r in gold.get("relations", [])
        ),
    )


def _match_events(events: list[Fact], wanted: list[dict[str, Any]], text: str,
                  gazetteer: Gazetteer | None) -> tuple[int, int, int]:  # fmt: skip
    """Pair reference events one-to-one with extracted ones; count matches, right dates, places."""
    free = list(events)
    matched = right_date = right_place = 0
    for want in wanted:
        span = _span(text, want.get("evidence"))
        pool = [e for e in free if e.category == want["category"] and _overlaps(e, span)]
        pool.sort(key=lambda e: (not _date_ok(e, want), not _place_ok(e, want, gazetteer)))
        if not pool:
            continue
        best = pool[0]
        free.remove(best)
        matched += 1
        right_date += _date_ok(best, want)
        right_place += _place_ok(best, want, gazetteer)
    return matched, right_date, right_place


def _span(text: str, evidence: str | None) -> tuple[int, int] | None:
    """Return where the reference evidence stands in the text, if it is given and found."""
    if not evidence or evidence not in text:
        return None
    start = text.index(evidence)
    return start, start + len(evidence)


def _overlaps(event: Fact, span: tuple[int, int] | None) -> bool:
    """Tell whether the event's evidence overlaps the reference evidence."""
    if span is None:
        return True
    return event.evidence.start < span[1] and span[0] < event.evidence.end


def _date_ok(event: Fact, want: dict[str, Any]) -> bool:
    """Tell whether the dates agree, at the reference's precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if want.get("date") is None:
        return event.date is None
    return event.date is not None and event.date.startswith(want["date"])


def _place_ok(event: Fact, want: dict[str, Any], gazetteer: Gazetteer | None) -> bool:
    """Tell whether the event names one of the reference places, or none when none are."""
    wanted = want.get("places") or []
    if not wanted:
        return not event.places
    got_names = {_norm(p.name) for p in event.places}
    got_ids = {p.id for p in event.places if p.id}
    for name in wanted:
        entry = gazetteer.lookup(name) if gazetteer is not None else None
        if _norm(name) in got_names or (entry is not None and entry.id in got_ids):
            return True
    return False


def _norm(name: str) -> str:
    """Normalise a name for comparison: case, a leading "the", spacing."""
    return re.sub(r"^the\s+", "", " ".join(name.split()).casefold())

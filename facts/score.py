"""Scores of the extractor against reference annotations: per-field precision, recall and F1."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from facts.actors import canonical_actor
from facts.model import Fact, PlaceRef
from facts.places import BEARING_NAME, Gazetteer
from geo.geodesic import NM, distance_km, distance_nm

# An extracted place this close to a reference place (or inside its area) is the right place.
PLACE_TOLERANCE_KM = 150.0
MISSED = "(missed)"  # the confusion table's column for reference events nothing matched
SPURIOUS = "(spurious)"  # and its row for extracted events that match no reference event


@dataclass(frozen=True)
class Score:
    """Counts from one or more articles; every rate is derived from them.

    Fields of found events (category, date, place, actors) are counted over the pairs of a
    reference event and the extracted event matched to it: "date right" says how often a found
    event is put on the right day, whatever the recall.
    """

    gold_events: int = 0
    found_events: int = 0  # events extracted (the About tab reads this name)
    matched: int = 0  # reference events paired with an extracted one (evidence overlaps)
    right_category: int = 0
    dated_gold: int = 0  # matched pairs whose reference has a date
    dated_found: int = 0  # matched pairs the extractor dated
    right_date: int = 0  # both dated, same date at the reference's precision
    placed_gold: int = 0
    placed_found: int = 0
    right_place: int = 0  # a reference place named, or one within PLACE_TOLERANCE_KM
    gold_actors: int = 0
    found_actors: int = 0
    right_actors: int = 0
    gold_quotes: int = 0
    found_quotes: int = 0
    quotes_found: int = 0  # reference quotes whose words were extracted
    matched_quotes: int = 0  # ... with the right speaker as well
    gold_relations: int = 0
    found_relations: int = 0
    matched_relations: int = 0
    # (reference category, extracted category) -> count; MISSED and SPURIOUS for the unpaired.
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter, compare=False)

    def __add__(self, other: Score) -> Score:
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def recall(self) -> float:
        """Share of reference events found (evidence overlapping, any category)."""
        return _rate(self.matched, self.gold_events)

    @property
    def category_accuracy(self) -> float:
        """Share of found events in the reference's category."""
        return _rate(self.right_category, self.matched)

    @property
    def date_accuracy(self) -> float:
        """Share of found events the reference dates that have the right date."""
        return _rate(self.right_date, self.dated_gold)

    @property
    def place_accuracy(self) -> float:
        """Share of found events the reference places that have a right place."""
        return _rate(self.right_place, self.placed_gold)

    @property
    def spurious_rate(self) -> float:
        """Share of extracted events that match no reference event."""
        return 1.0 - _rate(self.matched, self.found_events) if self.found_events else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of found quotes with the right speaker."""
        return _rate(self.matched_quotes, self.quotes_found)

    def fields_table(self) -> dict[str, dict[str, float | int]]:
        """Return precision, recall and F1 of each field, with the counts they come from."""
        rows = {
            "events": (self.matched, self.found_events, self.gold_events),
            "category": (self.right_category, self.found_events, self.gold_events),
            "date": (self.right_date, self.dated_found, self.dated_gold),
            "place": (self.right_place, self.placed_found, self.placed_gold),
            "actors": (self.right_actors, self.found_actors, self.gold_actors),
            "quotes": (self.quotes_found, self.found_quotes, self.gold_quotes),
            "speakers": (self.matched_quotes, self.found_quotes, self.gold_quotes),
            "relations": (self.matched_relations, self.found_relations, self.gold_relations),
        }
        return {name: _prf(*counts) for name, counts in rows.items()}

    def as_dict(self) -> dict[str, Any]:
        """Return counts, headline rates, per-field figures and the confusion table."""
        rates = (
            "recall", "category_accuracy", "date_accuracy", "place_accuracy", "spurious_rate",
            "speaker_accuracy",
        )  # fmt: skip
        counts = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "confusion"}
        return (
            counts
            | {name: round(getattr(self, name), 3) for name in rates}
            | {"fields": self.fields_table(), "confusion": confusion_rows(self.confusion)}
        )


def _rate(part: int, whole: int) -> float:
    """Return part / whole, 1.0 when there is nothing to count."""
    return part / whole if whole else 1.0


def _prf(right: int, found: int, gold: int) -> dict[str, float | int]:
    """Return precision, recall and F1 with their counts."""
    precision, recall = _rate(right, found), _rate(right, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"right": right, "found": found, "gold": gold, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}  # fmt: skip


def confusion_rows(confusion: Counter[tuple[str, str]]) -> list[dict[str, Any]]:
    """Return the confusion table as rows (reference category, extracted category, count)."""
    return [
        {"reference": gold, "extracted": got, "count": n}
        for (gold, got), n in sorted(confusion.items())
    ]


def load_gold(path: Path) -> dict[str, Any]:
    """Read a reference annotation in the seed's gold format."""
    return json.loads(path.read_text(encoding="utf-8"))


def score_article(facts: Sequence[Fact], gold: dict[str, Any], *, text: str,
                  gazetteer: Gazetteer | None = None) -> Score:  # fmt: skip
    """Score one article's facts against its reference annotation."""
    events = [f for f in facts if f.kind == "event"]
    wanted = gold["events"]
    pairs = _pairs(events, wanted, text, gazetteer)
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for want, got in pairs:
        confusion[want["category"], got.category or ""] += 1
        counts["right_category"] += want["category"] == got.category
        counts["dated_gold"] += want.get("date") is not None
        counts["dated_found"] += got.date is not None
        counts["right_date"] += want.get("date") is not None and _date_ok(got, want)
        counts["placed_gold"] += bool(want.get("places"))
        counts["placed_found"] += bool(got.places)
        counts["right_place"] += bool(want.get("places")) and _place_ok(got, want, gazetteer)
        gold_actors, got_actors = _actor_set(want.get("actors", [])), _actor_set(got.actors)
        counts["gold_actors"] += len(gold_actors)
        counts["found_actors"] += len(got_actors)
        counts["right_actors"] += len(gold_actors & got_actors)
    paired = {id(got) for _, got in pairs}
    confusion.update((SPURIOUS, e.category or "") for e in events if id(e) not in paired)
    unmatched_gold = [w for w in wanted if all(w is not p for p, _ in pairs)]
    confusion.update((w["category"], MISSED) for w in unmatched_gold)
    quotes = [f for f in facts if f.kind == "quote"]
    found_quotes, right_speakers = _quote_counts(quotes, gold.get("quotes", []))
    return Score(
        gold_events=len(wanted),
        found_events=len(events),
        matched=len(pairs),
        gold_quotes=len(gold.get("quotes", [])),
        found_quotes=len(quotes),
        quotes_found=found_quotes,
        matched_quotes=right_speakers,
        gold_relations=len(gold.get("relations", [])),
        found_relations=sum(f.kind == "relation" for f in facts),
        matched_relations=_relation_count(facts, gold.get("relations", [])),
        confusion=confusion,
        **counts,
    )


def _pairs(events: list[Fact], wanted: list[dict[str, Any]], text: str,
           gazetteer: Gazetteer | None) -> list[tuple[dict[str, Any], Fact]]:  # fmt: skip
    """Pair reference events one-to-one with extracted ones whose evidence overlaps theirs.

    Events of the same category are paired first, so a sentence that tells an incursion and an
    incident pairs its one extracted incident with the incident; then the rest, whatever their
    category. Among candidates the right date is preferred, then the right place; reference
    events of one sentence are served in their order.
    """
    free = list(events)
    pairs = []
    for same_category in (True, False):
        for want in wanted:
            if any(w is want for w, _ in pairs):
                continue
            span = _span(text, want.get("evidence"))
            pool = [
                e for e in free
                if _overlaps(e, span) and (e.category == want["category"] or not same_category)
            ]  # fmt: skip
            if not pool:
                continue
            best = min(pool, key=lambda e: (not _date_ok(e, want),
                                            not _place_ok(e, want, gazetteer)))  # fmt: skip
            free.remove(best)
            pairs.append((want, best))
    return pairs


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
    """Tell whether the event names a reference place, or puts one within the tolerance."""
    wanted = want.get("places") or []
    if not wanted:
        return not event.places
    got_names = {_norm(p.name) for p in event.places}
    # "Washington, D.C." names Washington; "500 km north-west of the Seychelles" is told from
    # the Seychelles, which is what a reference written by name names.
    got_names |= {n.split(",")[0] for n in got_names}
    got_names |= {
        _norm(m.group("anchor")) for p in event.places if (m := BEARING_NAME.match(p.name))
    }
    got_ids = {p.id for p in event.places if p.id}
    for place in wanted:
        name = place if isinstance(place, str) else place["name"]
        entry = gazetteer.lookup(name) if gazetteer is not None else None
        if _norm(name) in got_names or (entry is not None and entry.id in got_ids):
            return True
        if any(_near(p, place, entry, gazetteer) for p in event.places if p.lat is not None):
            return True
    return False


def _near(got: PlaceRef, place: str | dict[str, Any], entry: Any,
          gazetteer: Gazetteer | None) -> bool:  # fmt: skip
    """Tell whether an extracted point lies within the tolerance of a reference place."""
    if isinstance(place, dict) and place.get("lat") is not None:
        lon, lat = place["lon"], place["lat"]
    elif entry is not None and entry.lat is not None:
        lon, lat = entry.lon, entry.lat
    else:
        return False
    if distance_km(got.lon, got.lat, lon, lat) <= PLACE_TOLERANCE_KM:
        return True
    area = gazetteer.area_of(entry.id) if entry is not None and gazetteer is not None else None
    if area is None:
        return False
    return distance_nm(area, lon=got.lon, lat=got.lat) * NM / 1000 <= PLACE_TOLERANCE_KM


def _actor_set(actors: Sequence[str]) -> set[str]:
    """Return actors as comparable keys: canonical name, case and spacing folded."""
    return {_norm(canonical_actor(a)) for a in actors}


def _quote_counts(quotes: list[Fact], wanted: list[dict[str, Any]]) -> tuple[int, int]:
    """Return how many reference quotes were found, and how many of those with their speaker."""
    free = list(quotes)
    found = right = 0
    for want in wanted:
        words = _words(want["text"])
        got = next((q for q in free if _same_words(_words(q.text or ""), words)), None)
        if got is None:
            continue
        free.remove(got)
        found += 1
        right += _norm(got.speaker or "") == _norm(want["speaker"])
    return found, right


def _words(text: str) -> str:
    """Return quoted words for comparison: quote marks, case and spacing folded."""
    return " ".join(re.sub(r"[\"\u201c\u201d]", "", text).casefold().split())


def _same_words(got: str, want: str) -> bool:
    """Tell whether extracted quoted words are the reference's, or hold most of them."""
    if not got or not want:
        return False
    return got == want or (min(len(got), len(want)) >= 0.8 * max(len(got), len(want))
                           and (got in want or want in got))  # fmt: skip


def _relation_count(facts: Sequence[Fact], wanted: list[dict[str, Any]]) -> int:
    """Return how many reference relations the facts state (disputes, alliances either way)."""
    relations = {(f.subject, f.relation, f.object) for f in facts if f.kind == "relation"}
    # A dispute or an alliance binds both sides alike: either order states it.
    relations |= {(o, r, s) for s, r, o in relations if r == "ally of" or r.endswith("dispute")}
    return sum((r["subject"], r["relation"], r["object"]) in relations for r in wanted)


def _norm(name: str) -> str:
    """Normalise a name for comparison: case, a leading "the", spacing."""
    return re.sub(r"^the\s+", "", " ".join(name.split()).casefold())

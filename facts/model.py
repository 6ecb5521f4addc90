"""Fact records: the dataclasses and slugs every part of the project codes against."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

EXTRACTOR_VERSION = "facts-1.17"

KINDS = ("event", "quote", "relation")
CATEGORIES = (
    "meeting",
    "agreement",
    "exercise",
    "incursion",
    "incident",
    "piracy",
    "deployment",
    "transfer",
    "statement",
    "other",
)
DATE_PRECISIONS = ("day", "month", "year", "ongoing", "unknown")
# Columns of a frame of facts (`facts.store.read_facts`), named as the Fact fields they hold.
FACT_ID, ARTICLE_ID, KIND, CATEGORY = "fact_id", "article_id", "kind", "category"
DATE, DATE_END, DATE_PRECISION = "date", "date_end", "date_precision"
ACTORS, PLACES, SPEAKER = "actors", "places", "speaker"


@dataclass(frozen=True)
class Evidence:
    """Where a fact's words stand in the article: sentence index and character span."""

    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class PlaceRef:
    """A place named in the text; `id` is None when the gazetteer does not know it."""

    name: str
    id: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "name": self.name,
            "id": self.id,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class Fact:
    """One event, quote or relation stated by an article, with its evidence."""

    kind: str
    evidence: Evidence
    article_id: str = ""
    category: str | None = None
    summary: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    actors: tuple[str, ...] = ()
    places: tuple[PlaceRef, ...] = ()
    confidence: float | None = None
    speaker: str | None = None
    text: str | None = None
    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    fact_id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            msg = f"unknown fact kind {self.kind!r}; expected one of {KINDS}"
            raise ValueError(msg)
        if self.category is not None and self.category not in CATEGORIES:
            msg = f"unknown event category {self.category!r}; expected one of {CATEGORIES}"
            raise ValueError(msg)
        if not self.fact_id:
            object.__setattr__(self, "fact_id", self._stable_id())

    def _stable_id(self) -> str:
        """Hash the article, kind, evidence span and key fields: same fact, same id."""
        key = [
            self.article_id,
            self.kind,
            self.evidence.start,
            self.evidence.end,
            self.category,
            self.date,
            self.speaker,
            self.subject,
            self.relation,
            self.object,
            self.text,
        ]
        return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract of this kind of fact, plus fact_id and article_id."""
        out: dict[str, Any] = {
            "fact_id": self.fact_id,
            "article_id": self.article_id,
            "kind": self.kind,
        }
        if self.kind == "event":
            out |= {
                "category": self.category,
                "summary": self.summary,
                "date": self.date,
                "date_end": self.date_end,
                "date_precision": self.date_precision,
                "date_text": self.date_text,
                "actors": list(self.actors),
                "places": [p.to_dict() for p in self.places],
                "confidence": self.confidence,
            }
        elif self.kind == "quote":
            out |= {"speaker": self.speaker, "text": self.text}
        else:
            out |= {"subject": self.subject, "relation": self.relation, "object": self.object}
        out["evidence"] = self.evidence.to_dict()
        return out

"""Reports: one article's event, read from the store's fact columns as clustering compares it."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from facts.actors import ALIASES, COUNTRIES, DEMONYMS, GROUPINGS, canonical_actor
from facts.model import ACTORS, ARTICLE_ID, CATEGORY, DATE, DATE_END, DATE_PRECISION, FACT_ID
from facts.model import PLACES as PLACES_COLUMN

EVIDENCE = "evidence"  # the store's column of the evidence sentence
DATE_TEXT = "date_text"  # the store's column of the words that gave the date
PUBLISHED = "published"  # the publication date of a fact's article, joined from the articles
KIND_EVENT = "event"
# A date of these precisions names no time at all: the event is undated for clustering.
UNDATED_PRECISIONS = ("ongoing", "unknown")
DATED_PRECISIONS = ("day", "month", "year")
# Words of titles and of kinds of body, not of one name: "National Security Advisor Jake
# Sullivan", "U.S. Navy" and "Indian Navy".
_COMMON_WORDS = frozenset({
    "president", "prime", "minister", "secretary", "national", "security", "advisor", "adviser",
    "defense", "defence", "foreign", "vice", "deputy", "honorable", "excellency", "general",
    "admiral", "chief", "state", "affairs", "shri", "navy", "army", "force", "forces", "coast",
    "guard", "ministry", "government", "administration", "department", "command", "military",
    "maritime", "selfdefense", "united", "states", "republic", "people", "peoples", "liberation",
    "central", "task", "group", "combined", "joint", "coalition", "council", "nations", "union",
    "office", "agency", "service", "fleet", "international", "royal", "islamic", "revolutionary",
    "corps",
})  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NAMED_DAY = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{4}}-\d\d-\d\d", re.I
)
_BROAD = frozenset(COUNTRIES) | GROUPINGS
# Words any report may use, whatever happened: when it was, and how readouts are worded.
_FILLER_WORDS = frozenset({
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "today", "yesterday", "week", "weekend", "month", "year", "this", "that", "with",
    "from", "their", "they", "have", "were", "which", "also", "after", "during", "said",
})  # fmt: skip
# Words and short forms that name a country inside an actor's name: "Indian Navy", "Royal
# Australian Navy", "Japan Maritime Self-Defense Force", "U.S. Navy". "us" is left out: in
# lower case it is also a pronoun.
_COUNTRY_FORMS = (
    DEMONYMS
    | {c.casefold(): c for c in COUNTRIES}
    | {k: v for k, v in ALIASES.items() if v in COUNTRIES and k != "us"}
)
# The words of those forms tell a body's country, not which body it is: "Indian Navy" and
# "Indian Army" share only "indian".
_COUNTRY_WORDS = frozenset(w for form in _COUNTRY_FORMS for w in _WORD.findall(form))
_PLAIN_WORDS = _COMMON_WORDS | _COUNTRY_WORDS | _FILLER_WORDS


@dataclass(frozen=True)
class Spot:
    """A place of a report: its name, the name as compared, gazetteer id (or None), position."""

    name: str
    key: str  # the name without case, spacing or a leading "the"
    id: str | None
    lon: float | None
    lat: float | None
    precision: str | None


@dataclass(frozen=True)
class Name:
    """A specific actor as compared: all its words, and those that tell it from others."""

    words: frozenset[str]
    telling: frozenset[str]  # four letters or more, not a title, a kind of body or a country

    def same_as(self, other: Name) -> bool:
        """Tell whether two names stand for one actor: a telling word shared, or all words."""
        return bool(self.telling & other.telling) or self.words == other.words


@dataclass(frozen=True)
class Report:
    """One article's event as clustering reads it; `first`..`last` is None when undated.

    `precision` is day, month or year when dated; "ongoing" (a campaign, a recurring act) or
    "unknown" when not.
    """

    fact_id: str
    article_id: str
    category: str
    first: date | None
    last: date | None
    precision: str
    named: tuple[Name, ...]  # people, vessels, forces, organisations
    broad: frozenset[str]  # countries and groupings: weak evidence, named by many events
    places: tuple[Spot, ...]
    evidence: str = ""
    words: frozenset[str] = frozenset()  # what the evidence says happened: `telling_words`
    day_named: bool = False  # the date's words name its day ("August 5"), not "today" alone
    published: date | None = None  # the article's publication date, when known
    # Countries of the named bodies ("Indian Navy": India): they add to the countries in common,
    # but do not make a list of parties that could rule a pair out.
    implied: frozenset[str] = frozenset()

    @property
    def dated(self) -> bool:
        """Tell whether the report gives a time the event happened in."""
        return self.first is not None


# The columns `report_from_row` reads: rows are made of these alone (a record of every column of
# the board's fact frame made the disagreements of a 100,000-fact store take 20 s).
READ = ("kind", FACT_ID, ARTICLE_ID, CATEGORY, DATE, DATE_END, DATE_PRECISION, DATE_TEXT, ACTORS,
        PLACES_COLUMN, EVIDENCE, PUBLISHED)  # fmt: skip


def reports_from_frame(facts: pd.DataFrame) -> Iterator[Report]:
    """Yield the events of a frame of the store's fact columns as reports, in frame order.

    One at a time: the row records and reports of every shared cluster of a 100,000-fact store,
    made at once, were 150 MB at the peak of its board's build.
    """
    names = [c for c in READ if c in facts.columns]
    for values in zip(*(facts[c].tolist() for c in names), strict=True):
        row = dict(zip(names, values, strict=True))
        if row.get("kind", KIND_EVENT) == KIND_EVENT:
            yield report_from_row(row)


def report_from_row(row: Mapping[str, Any]) -> Report:
    """Return one fact row (store columns) as a report."""
    day = _text(row.get(DATE))
    precision = _text(row.get(DATE_PRECISION)) or _precision_of(day)
    first, last = span_of(day, _text(row.get(DATE_END)), precision)
    if first is not None and precision not in DATED_PRECISIONS:  # a reviewer's own word
        precision = _precision_of(day)
    # Canonical again: the extractor's names already are; hand-made ones may not be ("ROK").
    actors = tuple(dict.fromkeys(canonical_actor(a) for a in row.get(ACTORS) or ()))
    places = row.get(PLACES_COLUMN) or ()
    evidence = _text(row.get(EVIDENCE)) or ""
    return Report(
        fact_id=str(row[FACT_ID]),
        article_id=str(row[ARTICLE_ID]),
        category=_text(row.get(CATEGORY)) or "other",
        first=first,
        last=last,
        precision=precision if first is not None or precision == "ongoing" else "unknown",
        named=named_keys(a for a in actors if a not in _BROAD),
        broad=frozenset(a for a in actors if a in _BROAD),
        implied=frozenset(c for a in actors if a not in _BROAD for c in [country_in(a)] if c),
        places=tuple(_spot(p) for p in places),
        evidence=evidence,
        words=telling_words(evidence, told=[*actors, *(str(p.get("name") or "") for p in places)]),
        day_named=bool(_NAMED_DAY.search(_text(row.get(DATE_TEXT)) or "")),
        published=_day(row.get(PUBLISHED)),
    )


def telling_words(evidence: str, *, told: Iterable[str]) -> frozenset[str]:
    """Return the words of an evidence sentence that say what happened, to compare retellings.

    Left out: short words, titles and kinds of body, countries, days and months, and the
    words of the report's own actors and places (`told`), which the score weighs already.
    """
    known = {w for name in told for w in _WORD.findall(name.casefold())}
    return frozenset(
        w
        for w in _WORD.findall(evidence.casefold())
        if len(w) > 3 and w not in _PLAIN_WORDS and w not in known
    )


def _text(value: object) -> str | None:
    """Return a cell as text, None when empty or missing (a frame may hold NaN for None)."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _day(value: object) -> date | None:
    """Return a cell holding a day (ISO text, a date or a timestamp) as a date, or None."""
    text = _text(value)
    return date.fromisoformat(text[:10]) if text else None


def span_of(
    day: str | None, day_end: str | None, precision: str | None
) -> tuple[date | None, date | None]:
    """Return the first and last day a date stands for at its precision (None, None: undated).

    Accepts the store's form (first day plus `date_end`) and the reference form ("2023-06").
    """
    if not day or precision in UNDATED_PRECISIONS:
        return None, None
    first, last = _days_of(str(day), precision)
    if day_end:
        last = max(first, _days_of(str(day_end), "day")[1])
    return first, last


def _days_of(day: str, precision: str | None) -> tuple[date, date]:
    """Return the first and last day of 2031, 2031-03 or 2031-03-04 at a precision."""
    parts = [int(p) for p in day.split("-")]
    year, month, dom = [*parts, 1, 1][:3]
    if precision == "year" or len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    if precision == "month" or len(parts) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, dom), date(year, month, dom)


def named_keys(names: Iterable[str]) -> tuple[Name, ...]:
    """Return specific actors as names to compare.

    "Joseph R. Biden, Jr." and "Joe Biden" share "biden"; "Security Advisor Shin Wonsik" and
    "Shin Won-sik" share "wonsik"; "U.S. Navy" and "Indian Navy" share only a kind of body, and
    "Indian Navy" and "Indian Army" only a country.
    """
    keys: list[Name] = []
    for name in names:
        words = frozenset(_WORD.findall(name.casefold().replace("-", "")))
        common = _COMMON_WORDS | _COUNTRY_WORDS
        telling = frozenset(w for w in words if len(w) > 3 and w not in common)
        key = Name(words, telling)
        if words - _COMMON_WORDS and key not in keys:  # a title alone names no one
            keys.append(key)
    return tuple(keys)


def country_in(name: str) -> str | None:
    """Return the country a body's name holds ("Royal Australian Navy": Australia), if any."""
    words = name.casefold().replace("\u2019", "'").replace(",", " ").split()
    for size in (3, 2, 1):  # "papua new guinean" before "new"
        for i in range(len(words) - size + 1):
            country = _COUNTRY_FORMS.get(" ".join(words[i : i + size]))
            if country:
                return country
    return None


def _precision_of(day: str | None) -> str:
    """Return the precision a reference date's form gives: 2023, 2023-06, 2023-06-16."""
    if not day:
        return "unknown"
    return ("year", "month", "day")[min(str(day).count("-"), 2)]


def _spot(place: Mapping[str, Any]) -> Spot:
    """Return a place dict of the store as a spot; its name is compared without case or "the"."""
    name = " ".join(str(place.get("name") or "").split())
    lon, lat = place.get("lon"), place.get("lat")
    known = lon is not None and lat is not None and not math.isnan(lon) and not math.isnan(lat)
    return Spot(
        name=name,
        key=re.sub(r"^the\s+", "", name.casefold()),
        id=place.get("id") or None,
        lon=float(lon) if known else None,
        lat=float(lat) if known else None,
        precision=place.get("precision") or None,
    )

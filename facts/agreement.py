"""Whether two reports can tell one happening: category, dates, places and actors compared.

Each comparison returns a weight of evidence for "same happening", or None when the two
reports cannot be the same happening (a veto). `same_event_score` adds the weights; clustering
joins reports whose score reaches `JOIN_SCORE` and that no comparison vetoes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any, Protocol

import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from facts.actors import GROUPINGS
from facts.reports import DATED_PRECISIONS, Report, Spot
from geo.gazetteer import AREA_PRECISIONS

# Categories that may describe the same happening, each with the reason it is told both ways.
# Pairs that are parts of one episode (a meeting and what it agreed, an intrusion and the chase
# that followed) are not here: an article often tells both, as two events.
_ALSO = {
    # An arms deal is told as agreed by one source and as a transfer by another.
    ("agreement", "transfer"),
    # A ship sailing for an exercise is a deployment in one report, the exercise in another.
    ("exercise", "deployment"),
    # A patrol in contested waters is presence to one side, an intrusion to the other.
    ("deployment", "incursion"),
    # A hijacking is an attack on a ship in one report and piracy in another (Galaxy Leader).
    ("incident", "piracy"),
}
COMPATIBLE = frozenset(_ALSO | {(b, a) for a, b in _ALSO})
# Reports of one event often differ by a day when a date is read off "today" or "yesterday":
# time zones, and a release posted the next morning (Austin-Teodoro, 15 or 16 November 2023).
# Two reports that both name the day ("August 5", "August 6") get no tolerance: Senkaku
# intrusions on consecutive days are two events. Attacks are the exception, and agree as
# weakly as a month: a clash or a strike at night is told on either side of midnight, and by
# local or Washington time (the Galwan clash, 15 or 16 June 2020).
DAY_TOLERANCE = timedelta(days=1)
_AROUND_MIDNIGHT = frozenset({"incident", "piracy"})
# Two point-like places closer than this agree. A gazetteer point stands for a whole feature
# (the Senkakus span 30 km, the Galwan valley's point is its river mouth, a port's point is
# its town), while distinct flashpoints of the same kind lie farther apart (Scarborough Shoal
# to Second Thomas Shoal: about 600 km).
NEAR_KM = 150.0
# Places precise enough that two far apart mean two happenings; seas, oceans, regions and
# countries are told by their label point, which says nothing about where within them.
# A zone is both: small enough (12 nm waters, an ADIZ) for its point to be near, and an area.
POINT_LIKE = ("point", "feature", "zone")
# News tells recent happenings without a date ("the recent standup of Operation X", "U.S.
# forces launched strikes"): an undated report agrees some with a happening dated up to a month
# before its article, and cannot tell one dated after it.
RECENT = timedelta(days=31)
_RECENT_WEIGHT = 1.5
JOIN_SCORE = 3.0
# Retellings of one happening reuse its words ("a statement on December 19th, joined by 44
# countries"; "on December 19th, 44 countries issued a multilateral statement"): evidence
# sentences sharing at least this many words that say what happened, and this share of them,
# count as one more sign when both reports name the same day (a sentence listing a year's
# meetings shares words with each).
SAME_WORDS, SAME_SHARE = 3, 0.1
_WORDS_WEIGHT = 1.0
_DATE_WEIGHT = {"day": 2.0, "month": 1.0, "year": 0.5}
_PLACE_WEIGHT = {"point": 2.0, "feature": 2.0, "zone": 2.0, "sea": 1.0, "ocean": 0.5,
                 "region": 0.5, "country": 0.5}  # fmt: skip
# The same name the gazetteer does not know ("Camp David") is as good as one point.
_UNRESOLVED_WEIGHT = _PLACE_WEIGHT["point"]
_NAMED_WEIGHT, _NAMED_CAP = 1.5, 3.0
_BROAD_WEIGHT, _BROAD_CAP = 0.5, 1.5
# Three or more parties, the same in both reports, tell a meeting almost as well as a name:
# a trilateral of one month is rarely held twice, and the date still has to agree.
_PARTIES_WEIGHT, _PARTIES_LEAST = 2.0, 3
# A meeting is defined by its parties: a bilateral on the margins of a trilateral is another.
_PARTY_CATEGORIES = ("meeting", "agreement")
_DEG_KM = 110.5  # km per degree of latitude, at least: a quick bound before the geodesic
_GEOD = Geod(ellps="WGS84")

Areas = Mapping[str, BaseGeometry]


class AreaGazetteer(Protocol):
    """What `area_polygons` reads of a gazetteer (`geo.gazetteer.Gazetteer`)."""

    def __iter__(self) -> Iterator[Any]: ...

    def area_of(self, place_id: str) -> BaseGeometry | None:
        """Return the polygon of an area entry, or None."""
        ...


def area_polygons(gazetteer: AreaGazetteer) -> dict[str, BaseGeometry]:
    """Return the shipped polygons of the gazetteer's areas by id, prepared for point tests."""
    out = {}
    for place in gazetteer:
        shape = gazetteer.area_of(place.id) if place.precision in AREA_PRECISIONS else None
        if shape is not None:
            shapely.prepare(shape)
            out[place.id] = shape
    return out


def categories_agree(one: str, other: str) -> bool:
    """Tell whether two event categories may describe the same happening."""
    return one == other or (one, other) in COMPATIBLE


def date_agreement(a: Report, b: Report) -> float | None:
    """Return the weight of agreeing dates, 0 if either is undated, None if they disagree."""
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return 0.0
    if a.first - DAY_TOLERANCE > b.last or b.first - DAY_TOLERANCE > a.last:
        return None
    if a.day_named and b.day_named and (a.first > b.last or b.first > a.last):
        return _DATE_WEIGHT["month"] if {a.category, b.category} <= _AROUND_MIDNIGHT else None
    coarser = max(DATED_PRECISIONS.index(a.precision), DATED_PRECISIONS.index(b.precision))
    return _DATE_WEIGHT[DATED_PRECISIONS[coarser]]


def recency(a: Report, b: Report) -> float | None:
    """Return the weight of an undated report told soon after the other's date, None if before.

    0 when both or neither are dated, or when a publication date is unknown.
    """
    undated, dated = (a, b) if a.first is None else (b, a)
    if undated.first is not None or dated.first is None or dated.last is None:
        return 0.0
    if undated.published is None:
        return 0.0
    if dated.first - DAY_TOLERANCE > undated.published:
        return None
    return _RECENT_WEIGHT if undated.published - dated.last <= RECENT else 0.0


def place_agreement(a: Report, b: Report, areas: Areas | None = None) -> float | None:
    """Return the weight of the best agreeing pair of places, None if point-like ones are far.

    Parameters
    ----------
    areas
        Polygons (EPSG:4326) of area places by gazetteer id: a point inside one agrees with it.
    """
    best, far = 0.0, False
    for p in a.places:
        for q in b.places:
            weight = spot_agreement(p, q, areas)
            if weight is None:
                far = True
            else:
                best = max(best, weight)
    return None if far and best < _PLACE_WEIGHT["point"] else best


def spot_agreement(p: Spot, q: Spot, areas: Areas | None = None) -> float | None:
    """Return how much two places agree: 0 if nothing can be said, None if point-like and far."""
    if p.id is not None and p.id == q.id:
        return _PLACE_WEIGHT.get(p.precision or "", _UNRESOLVED_WEIGHT)
    if p.id is None and q.id is None and _same_words(p.key, q.key):
        return _UNRESOLVED_WEIGHT
    for inner, outer in ((p, q), (q, p)):
        inside = areas and _point_like(inner) and outer.id in areas
        if inside and shapely.contains_xy(areas[outer.id], inner.lon, inner.lat):
            return _PLACE_WEIGHT.get(outer.precision or "", 0.5)
    if _point_like(p) and _point_like(q):
        return _PLACE_WEIGHT["point"] if near(p, q) else None
    return 0.0


def near(p: Spot, q: Spot) -> bool:
    """Tell whether two located places lie within `NEAR_KM` of each other."""
    if abs(p.lat - q.lat) * _DEG_KM > NEAR_KM:  # type: ignore[operator]  # surely far
        return False
    return distance_km(p, q) <= NEAR_KM


def distance_km(p: Spot, q: Spot) -> float:
    """Return the geodesic distance between two located places in kilometres (WGS84)."""
    return _GEOD.inv(p.lon, p.lat, q.lon, q.lat)[2] / 1000.0


def actor_agreement(a: Report, b: Report) -> float | None:
    """Return the weight of shared actors, None if the countries named tell two happenings.

    Countries disagree when each report names two or more and neither list holds the other's
    ("U.S. and Philippines", "U.S. and Indonesia"). A list inside the other agrees (a strike is
    often told with fewer partners), except for meetings and agreements, defined by their
    parties: "Japan and the U.S." on the margins of "Japan, the ROK and the U.S." is another.
    The countries of named bodies count as countries in common ("Indian Navy" and "India"),
    and so does a body told only by its country and kind ("U.S. Navy").
    """
    one, other = a.broad - GROUPINGS, b.broad - GROUPINGS
    if len(one) > 1 and len(other) > 1 and not (one <= other or other <= one):
        return None
    parties = a.category in _PARTY_CATEGORIES and b.category in _PARTY_CATEGORIES
    if parties and len(one) > 1 and len(other) > 1 and one != other:
        return None
    shared = min(shared_names(a, b) * _NAMED_WEIGHT, _NAMED_CAP)
    if parties and one == other and len(one) >= _PARTIES_LEAST:
        return shared + _PARTIES_WEIGHT
    countries = len((a.broad | a.implied) & (b.broad | b.implied)) + shared_bodies(a, b)
    return shared + min(countries * _BROAD_WEIGHT, _BROAD_CAP)


def shared_names(a: Report, b: Report, *, least: int = 1) -> int:
    """Return how many of a's people, vessels or organisations b names too.

    Parameters
    ----------
    least
        Count only names with at least this many telling words: two make a name one
        happening may be known by ("Operation Prosperity Guardian"), where "Houthis" is not.
    """
    return sum(len(k.telling) >= least and any(k.same_as(m) for m in b.named) for k in a.named)


def shared_bodies(a: Report, b: Report) -> int:
    """Return how many bodies told only by country and kind ("U.S. Navy") both reports name.

    Such a body acts in many events of its country, so it counts as little as a country.
    """
    return sum(not k.telling and k in b.named for k in a.named)


def same_event_score(a: Report, b: Report, areas: Areas | None = None) -> float | None:
    """Return the evidence that two reports of different articles tell one happening, or None.

    An undated report scores only when something specific ties it to the other: a point-like
    place both name, or two people, vessels or organisations. A campaign told without a date
    ("over the past months, Houthi attacks in the Red Sea") is otherwise no report of one attack.
    """
    if not categories_agree(a.category, b.category):
        return None
    if "ongoing" in (a.precision, b.precision) and (a.dated or b.dated):
        return None  # a campaign ("repeatedly", "since 2016") is not one dated happening
    when, where, who = date_agreement(a, b), place_agreement(a, b, areas), actor_agreement(a, b)
    recent = recency(a, b)
    if when is None or where is None or who is None or recent is None:
        return None
    undated = a.first is None or b.first is None
    recent = recent if shared_names(a, b, least=2) else 0.0
    if undated and where < _PLACE_WEIGHT["point"] and shared_names(a, b) + (recent > 0) < 2:
        return 0.0
    same_day = when == _DATE_WEIGHT["day"]
    words = _WORDS_WEIGHT if same_day and retold(a, b) else 0.0
    return when + where + who + words + recent


def _same_words(one: str, other: str) -> bool:
    """Tell whether two unresolved names are one: "Camp David" and "Camp David Summit"."""
    words, others = set(one.split()), set(other.split())
    return bool(words) and bool(others) and (words <= others or others <= words)


def retold(a: Report, b: Report) -> bool:
    """Tell whether two evidence sentences tell what happened in the same words."""
    return len(a.words & b.words) >= SAME_WORDS and word_overlap(a, b) >= SAME_SHARE


def word_overlap(a: Report, b: Report) -> float:
    """Return the share of telling words two evidence sentences have in common (Jaccard)."""
    union = len(a.words | b.words)
    return len(a.words & b.words) / union if union else 0.0


def _point_like(spot: Spot) -> bool:
    """Tell whether a place is located and precise enough to be far from another."""
    return spot.precision in POINT_LIKE and spot.lon is not None and spot.lat is not None

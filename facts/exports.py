"""Exports of facts: CSV and GeoJSON, each fact as reviewed, its cluster, what the extractor said.

Every CSV cell is safe to open in a spreadsheet: text that a spreadsheet would run as a
formula (starting with = + - @, a tab or a carriage return) is written with a leading
apostrophe, as OWASP advises for CSV injection.
"""

from __future__ import annotations

import csv
import json
import math
from typing import Any

import pandas as pd

from facts.cluster_columns import CREDITS, DISPUTED, INDEPENDENT, REPORTS
from facts.clusters import CLUSTER_ID
from facts.reviews import EXTRACTED, FIELDS, REASON, REVIEW, REVIEWED_AT, REVIEWER
from geo.gazetteer import AREA_PRECISIONS

FACT_COLUMNS = (
    "fact_id", "kind", "category", "summary", "date", "date_end", "date_precision", "date_text",
    "actors", "places", "place_ids", "speaker", "text", "subject", "relation", "object",
)  # fmt: skip
PROVENANCE_COLUMNS = (
    "article_id", "title", "publisher", "published", "url", "sentence", "start", "end",
    "evidence", "confidence", "extractor_version",
)  # fmt: skip
REVIEW_COLUMNS = (REVIEW, REVIEWER, REVIEWED_AT, REASON)
CLUSTER_COLUMNS = (CLUSTER_ID, REPORTS, INDEPENDENT, CREDITS, DISPUTED)
# Of a corrected fact, the extractor's own values come along as extracted_<field>.
EXTRACTED_PREFIX = "extracted_"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """Return one flat row per fact: its fields, its review, then where it comes from."""
    flat = facts.assign(
        **{
            column: [_flat(v) for v in facts[column]]
            for column in (CREDITS, DISPUTED)
            if column in facts.columns
        },
        actors=["; ".join(actors) for actors in facts["actors"]],
        places=["; ".join(p["name"] for p in ps) for ps in facts["places"]],
        place_ids=["; ".join(p.get("id") or "" for p in ps) for ps in facts["places"]],
    )
    extracted = _extracted_columns(facts)
    columns = [c for c in (*FACT_COLUMNS, *REVIEW_COLUMNS, *CLUSTER_COLUMNS, *PROVENANCE_COLUMNS)
               if c in flat.columns]  # fmt: skip
    return pd.concat([flat[columns].reset_index(drop=True), extracted], axis=1)


def _extracted_columns(facts: pd.DataFrame) -> pd.DataFrame:
    """Return, for corrected facts, what the extractor had said of each corrected field."""
    originals = facts[EXTRACTED] if EXTRACTED in facts.columns else pd.Series(dtype=object)
    rows = [dict(o) if isinstance(o, dict) else {} for o in originals]
    names = sorted({name for row in rows for name in row}, key=FIELDS.index)
    return pd.DataFrame(
        {f"{EXTRACTED_PREFIX}{n}": [_flat(row.get(n)) for row in rows] for n in names},
        index=range(len(rows)),
    )


def _flat(value: object) -> object:
    """Return a corrected field's old value as one cell (places and actors joined)."""
    if isinstance(value, tuple | list):
        return "; ".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    return value


def facts_csv(facts: pd.DataFrame) -> bytes:
    """Return the facts as UTF-8 CSV with a header row, every cell safe in a spreadsheet."""
    # Every text quoted: a carriage return inside a cell must not end the row for a reader.
    table = export_frame(facts).map(safe_cell)
    return table.to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode("utf-8")


def safe_cell(value: object) -> object:
    """Return a cell that a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def facts_geojson(facts: pd.DataFrame) -> bytes:
    """Return the facts as a GeoJSON FeatureCollection (EPSG:4326), one feature per fact.

    The geometry holds only precise places (points, named features); areas such as seas
    and zones stay in the `places` property with their precision, never as a point.
    """
    flat = export_frame(facts).drop(columns=["places", "place_ids"])
    features = [
        {
            "type": "Feature",
            "geometry": _geometry(places),
            "properties": {**_plain(row), "places": [dict(p) for p in places]},
        }
        for row, places in zip(flat.to_dict("records"), facts["places"], strict=True)
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=1).encode("utf-8")


def _geometry(places: tuple[dict, ...]) -> dict[str, Any] | None:
    """Return a Point or MultiPoint of the precise places, or None when there are none."""
    points = [
        [p["lon"], p["lat"]]
        for p in places
        if p.get("precision") not in AREA_PRECISIONS
        and p.get("lon") is not None
        and p.get("lat") is not None
    ]
    if not points:
        return None
    if len(points) == 1:
        return {"type": "Point", "coordinates": points[0]}
    return {"type": "MultiPoint", "coordinates": points}


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """Return a row with NaN turned into None, so that the JSON stays valid."""
    return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}

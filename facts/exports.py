"""Exports of facts: CSV and GeoJSON files, each fact with its provenance."""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd

from geo.gazetteer import AREA_PRECISIONS

FACT_COLUMNS = (
    "fact_id", "kind", "category", "summary", "date", "date_end", "date_precision", "date_text",
    "actors", "places", "place_ids", "speaker", "text", "subject", "relation", "object",
)  # fmt: skip
PROVENANCE_COLUMNS = (
    "article_id", "title", "publisher", "published", "url", "sentence", "start", "end",
    "evidence", "confidence", "extractor_version",
)  # fmt: skip


def export_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """Return one flat row per fact: its fields, then where it comes from."""
    flat = facts.assign(
        actors=["; ".join(a) for a in facts["actors"]],
        places=["; ".join(p["name"] for p in ps) for ps in facts["places"]],
        place_ids=["; ".join(p.get("id") or "" for p in ps) for ps in facts["places"]],
    )
    columns = [c for c in (*FACT_COLUMNS, *PROVENANCE_COLUMNS) if c in flat.columns]
    return flat[columns].reset_index(drop=True)


def facts_csv(facts: pd.DataFrame) -> bytes:
    """Return the facts as UTF-8 CSV with a header row."""
    return export_frame(facts).to_csv(index=False).encode("utf-8")


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

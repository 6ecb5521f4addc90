import csv
import io
import json

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from facts.exports import FORMULA_START, facts_csv, facts_geojson

DELHI = {"name": "New Delhi", "id": "new_delhi", "lon": 77.2, "lat": 28.6, "precision": "point"}
OCEAN = {"name": "Indian Ocean", "id": "indian_ocean", "lon": 80.0, "lat": -10.0,
         "precision": "ocean"}  # fmt: skip
FACTS = pd.DataFrame([
    {"fact_id": "m", "kind": "event", "category": "meeting", "actors": ("Japan", "India"),
     "places": (DELHI, OCEAN), "article_id": "a1", "title": "T", "url": "https://x.org",
     "start": 10, "end": 40, "evidence": "They met.", "confidence": 0.8,
     "extractor_version": "facts-0.1"},
    {"fact_id": "d", "kind": "event", "category": "deployment", "actors": ("China",),
     "places": (OCEAN,), "article_id": "a1", "title": "T", "url": "https://x.org",
     "start": 50, "end": 90, "evidence": "Vessels.", "confidence": float("nan"),
     "extractor_version": "facts-0.1"},
])  # fmt: skip


def test_csv_has_one_row_per_fact_with_provenance():
    table = pd.read_csv(io.BytesIO(facts_csv(FACTS)))
    assert list(table["fact_id"]) == ["m", "d"]
    assert table.loc[0, "actors"] == "Japan; India"
    assert table.loc[0, "place_ids"] == "new_delhi; indian_ocean"
    assert {"article_id", "url", "start", "end", "evidence", "extractor_version"} <= set(table)


def test_geojson_points_only_precise_places():
    features = json.loads(facts_geojson(FACTS))["features"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [77.2, 28.6]}
    assert features[1]["geometry"] is None
    assert features[1]["properties"]["places"][0]["precision"] == "ocean"
    assert features[1]["properties"]["confidence"] is None


def test_a_corrected_fact_exports_its_review_and_what_the_extractor_said():
    reviewed = FACTS.assign(
        category=["incursion", "deployment"], review=["corrected", "unreviewed"],
        reviewed_by=["ana", None], reviewed_at=["2026-12-01T10:00:00+00:00", None],
        review_reason=["entered the territorial sea", None],
        extracted=[{"category": "meeting", "actors": ("Japan",)}, None],
    )  # fmt: skip
    table = pd.read_csv(io.BytesIO(facts_csv(reviewed)))
    assert list(table["review"]) == ["corrected", "unreviewed"]
    first, second = table.iloc[0], table.iloc[1]
    assert (first["category"], first["extracted_category"]) == ("incursion", "meeting")
    assert first["extracted_actors"] == "Japan" and pd.isna(second["extracted_category"])
    properties = json.loads(facts_geojson(reviewed))["features"][0]["properties"]
    assert (properties["reviewed_by"], properties["extracted_category"]) == ("ana", "meeting")


@given(st.text(min_size=1))
def test_no_exported_cell_runs_as_a_formula(text):
    hostile = FACTS.assign(evidence=[text, '=HYPERLINK("http://x")'], title=["@SUM(A1)", "-2+3"])
    header, *rows = csv.reader(io.StringIO(facts_csv(hostile).decode("utf-8"), newline=""))
    assert not any(cell.startswith(FORMULA_START) for row in rows for cell in row)
    expected = "'" + text if text.startswith(FORMULA_START) else text
    assert rows[0][header.index("evidence")] == expected  # the words stay as they were

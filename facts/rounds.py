"""Rounds of scoring: the splits, how a split is scored, and the record the About tab reads."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from facts.article import read_article
from facts.extract import facts_from_texts
from facts.model import EXTRACTOR_VERSION
from facts.places import default_gazetteer
from facts.score import Score, load_gold, score_article
from paths import ARTICLES, DEVSET

# The dev split is tuned and trained on; the held-out split is scored once per round, never read.
SPLITS = {"dev": DEVSET, "heldout": DEVSET / "heldout"}
ROUNDS = DEVSET / "rounds.json"


def scores_of(golds: list[Path]) -> Iterator[Score]:
    """Yield the score of each annotated article (its text is `data/articles/<stem>.txt`)."""
    articles = [read_article(ARTICLES / p.name.replace(".gold.json", ".txt")) for p in golds]
    gazetteer = default_gazetteer()
    found = facts_from_texts(
        ((a.text, a.article_id) for a in articles),
        published=[a.published for a in articles],
        gazetteer=gazetteer,
    )
    for path, article, facts in zip(golds, articles, found, strict=True):
        yield score_article(facts, load_gold(path), text=article.text, gazetteer=gazetteer)


def record_split(path: Path, label: str, *, split: str, articles: int, score: Score) -> None:
    """Write one split's figures into the round `label` of the record (made if missing)."""
    record = read_rounds(path)
    rounds = record.setdefault("rounds", [])
    entry = next((r for r in rounds if r["round"] == label), None)
    if entry is None:
        entry = {"round": label, "date": date.today().isoformat(), "splits": {}}
        rounds.append(entry)
    entry["extractor_version"] = EXTRACTOR_VERSION
    entry["splits"][split] = {"articles": articles} | score.as_dict()
    path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def read_rounds(path: Path = ROUNDS) -> dict[str, Any]:
    """Return the record of rounds (empty if none was written yet)."""
    if not path.is_file():
        return {"rounds": [], "first_runs": []}
    return json.loads(path.read_text(encoding="utf-8"))

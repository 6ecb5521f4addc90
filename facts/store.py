"""The fact store: SQLite, filled from article files, read by the app as DataFrames."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from facts.article import Article, ArticleError, read_article, text_hash
from facts.extract import facts_from_texts
from facts.model import EXTRACTOR_VERSION, Fact
from paths import VAR

DEFAULT_DB = Path(os.environ.get("MARITIME_DB", VAR / "facts.sqlite"))

ARTICLE_COLUMNS = ("article_id", "title", "publisher", "published", "url", "text")
FACT_COLUMNS = (
    "fact_id", "article_id", "kind", "category", "summary", "date", "date_end",
    "date_precision", "date_text", "actors", "places", "speaker", "text", "subject",
    "relation", "object", "sentence", "start", "end", "evidence", "confidence",
    "extractor_version",
)  # fmt: skip
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, title TEXT, publisher TEXT,
    published TEXT NOT NULL, url TEXT, note TEXT, text TEXT NOT NULL, extractor_version TEXT);
CREATE TABLE IF NOT EXISTS facts (
    fact_id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles ON DELETE CASCADE,
    kind TEXT NOT NULL, category TEXT, summary TEXT, date TEXT, date_end TEXT,
    date_precision TEXT, date_text TEXT, actors TEXT, places TEXT, speaker TEXT, text TEXT,
    subject TEXT, relation TEXT, object TEXT, sentence INTEGER, start INTEGER, "end" INTEGER,
    evidence TEXT, confidence REAL, extractor_version TEXT, PRIMARY KEY (article_id, fact_id));
"""


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did: articles added, already present, and files refused (with why)."""

    added: int
    skipped: int
    errors: tuple[str, ...]


@contextmanager
def _connect(db: Path) -> Iterator[sqlite3.Connection]:
    """Open the store, creating it and its tables on first use."""
    db.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(_SCHEMA)
        yield conn


def ingest_paths(
    db: Path, paths: Sequence[Path], *, progress: bool = False, processes: int = 1
) -> IngestReport:
    """Add articles (files, or folders of `.txt`) to the store; any bad file means no change.

    `processes` > 1 parses in that many worker processes (see `facts_from_texts`).
    """
    files = [f for p in paths for f in (sorted(p.glob("*.txt")) if p.is_dir() else [p])]
    articles, errors = [], []
    for path in files:
        try:
            articles.append(read_article(path))
        except ArticleError as err:
            errors.append(str(err))
    if errors:
        return IngestReport(0, 0, tuple(errors))
    return _ingest(db, articles, progress=progress, processes=processes)


def ensure_corpus(db: Path, articles_dir: Path) -> int:
    """Ingest the shipped articles not yet in the store (or extracted by an older version)."""
    with _connect(db) as conn:
        rows = conn.execute(
            "SELECT content_hash FROM articles WHERE extractor_version = ?", (EXTRACTOR_VERSION,)
        )
        current = {h for (h,) in rows}
    new = [p for p in sorted(articles_dir.glob("*.txt")) if _file_hash(p) not in current]
    if not new:
        return 0
    report = ingest_paths(db, new)
    if report.errors:
        raise ArticleError("; ".join(report.errors))
    return report.added


def _file_hash(path: Path) -> str | None:
    """Return the text hash of a file, or None if it is not UTF-8 (ingest will say why)."""
    try:
        return text_hash(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None


def _ingest(db: Path, articles: list[Article], *, progress: bool, processes: int) -> IngestReport:
    """Extract facts from articles not stored yet and write each article in one transaction."""
    with _connect(db) as conn:
        known = dict(conn.execute(
            "SELECT content_hash, extractor_version FROM articles").fetchall())  # fmt: skip
        todo = list({a.content_hash: a for a in articles
                     if known.get(a.content_hash) != EXTRACTOR_VERSION}.values())  # fmt: skip
        stream = facts_from_texts(((a.text, a.article_id) for a in todo),
                                  published=[a.published for a in todo],
                                  processes=processes)  # fmt: skip
        bar = tqdm(zip(todo, stream, strict=True), total=len(todo), disable=not progress,
                   unit="article", desc="ingest")  # fmt: skip
        for article, facts in bar:
            with conn:  # one transaction per article: all of it or none
                conn.execute("DELETE FROM articles WHERE article_id = ? OR content_hash = ?",
                             (article.article_id, article.content_hash))  # fmt: skip
                conn.execute(
                    "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?)", _article_row(article)
                )
                conn.executemany("INSERT OR REPLACE INTO facts VALUES (" + ",".join("?" * 22) + ")",
                                 [_fact_row(f) for f in facts])  # fmt: skip
    return IngestReport(len(todo), len(articles) - len(todo), ())


def _article_row(a: Article) -> tuple:
    """Return an article as a row of the articles table."""
    return (a.article_id, a.content_hash, a.title, a.publisher, a.published.isoformat(), a.url,
            a.note, a.text, EXTRACTOR_VERSION)  # fmt: skip


def _fact_row(f: Fact) -> tuple:
    """Return a fact as a row of the facts table."""
    places = json.dumps([p.to_dict() for p in f.places])
    e = f.evidence
    return (f.fact_id, f.article_id, f.kind, f.category, f.summary, f.date, f.date_end,
            f.date_precision, f.date_text, json.dumps(list(f.actors)), places, f.speaker, f.text,
            f.subject, f.relation, f.object, e.sentence, e.start, e.end, e.text, f.confidence,
            f.extractor_version)  # fmt: skip


def read_articles(db: Path) -> pd.DataFrame:
    """Return the stored articles, one row each, oldest first."""
    with _connect(db) as conn:
        rows = conn.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY published, article_id"
        ).fetchall()
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def read_facts(db: Path) -> pd.DataFrame:
    """Return the stored facts, one row each; actors and places as tuples."""
    columns = ", ".join(f'"{c}"' for c in FACT_COLUMNS)
    with _connect(db) as conn:
        rows = conn.execute(f"SELECT {columns} FROM facts ORDER BY article_id, start").fetchall()
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS), dtype=object)
    frame["actors"] = [tuple(json.loads(a)) for a in frame["actors"]]
    frame["places"] = [tuple(json.loads(p)) for p in frame["places"]]
    return frame

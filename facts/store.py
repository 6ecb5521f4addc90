"""The fact store: articles and their facts written whole, read as one snapshot, versioned.

Every function takes the store as a path or SQLAlchemy URL (see `facts.database`). A write
that changes what the dashboard shows bumps the store version in the same transaction, so a
reader that saw version N has seen every write up to N and none after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import pandas as pd
from sqlalchemy import Connection, Text, cast, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from tqdm import tqdm

from facts.agreement import area_polygons
from facts.article import Article, ArticleError, read_article, text_hash
from facts.clusters import CLUSTER_ID, ClusterIndex, assign_clusters, clusters_of
from facts.database import database_url, reading, writing
from facts.model import EXTRACTOR_VERSION, Fact
from facts.reports import PUBLISHED
from facts.reviews import Review
from facts.schema import (
    ARTICLES,
    CLUSTER_MOVES,
    FACT_CLUSTERS,
    FACTS,
    REVIEWS,
    STORE_STATE,
    migrate,
    now_text,
)
from geo.gazetteer import load_gazetteer

ARTICLE_COLUMNS = ("article_id", "title", "publisher", "published", "url", "text", "added_at",
                   "added_by")  # fmt: skip
FACT_COLUMNS = tuple(c.name for c in FACTS.columns)
# The fact columns as the store is read: actors and places as their JSON text, which
# `_with_tuples` decodes once per distinct text (a 100,000-fact snapshot held 69 MB of lists
# and dicts, most of them the same ones again).
FACT_READ = tuple(
    cast(c, Text).label(c.name) if c.name in ("actors", "places") else c for c in FACTS.columns
)
REVIEW_COLUMNS = tuple(c.name for c in REVIEWS.columns)
CLUSTER_COLUMNS = tuple(c.name for c in FACT_CLUSTERS.columns)
MOVE_COLUMNS = tuple(c.name for c in CLUSTER_MOVES.columns)
ADDED, UPDATED, SKIPPED = "added", "updated", "already in the store"
# Two writers may pick the same free id for different texts at once; the loser retries.
_ID_ATTEMPTS = 3


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did: articles added, re-extracted, already present, and refusals (why)."""

    added: int
    skipped: int
    errors: tuple[str, ...]
    updated: int = 0


@dataclass(frozen=True)
class Saved:
    """The outcome of writing one article: its id in the store and what happened."""

    article_id: str
    outcome: str


@dataclass(frozen=True)
class Snapshot:
    """Everything the dashboard reads, as of one store version."""

    version: int
    articles: pd.DataFrame
    facts: pd.DataFrame
    reviews: pd.DataFrame
    clusters: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=CLUSTER_COLUMNS))
    moves: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=MOVE_COLUMNS))


@dataclass(frozen=True)
class Deleted:
    """What deleting an article removed."""

    article_id: str
    title: str
    facts: int
    reviews: int


def ingest_paths(
    db: str | Path,
    paths: Sequence[Path],
    *,
    progress: bool = False,
    processes: int = 1,
    added_by: str = "command line",
) -> IngestReport:
    """Add articles (files, or folders of `.txt`) to the store, each in one transaction.

    Every file is read and every article extracted before anything is written: a file that
    cannot be read or an article that cannot be extracted (a relative date beyond the
    calendar, say) means nothing is written, and the report says which and why. A write
    failing part-way (a full disk) keeps the articles written before it whole.
    """
    url = database_url(db)
    migrate(url)
    articles, errors = [], []
    for path in _article_files(paths, errors):
        try:
            articles.append(read_article(path))
        except ArticleError as err:
            errors.append(str(err))
    if errors:
        return IngestReport(0, 0, tuple(errors))
    with reading(url) as connection:
        current = _current_hashes(connection)
    todo = list({a.content_hash: a for a in articles if a.content_hash not in current}.values())
    from facts.extract import ExtractionFailure, facts_or_failures  # noqa: PLC0415 (spaCy costs a viewer-only process ~50 MB)

    extracted = facts_or_failures(
        ((a.text, a.article_id) for a in todo),
        published=[a.published for a in todo],
        processes=processes,
    )
    bar = tqdm(extracted, total=len(todo), disable=not progress, unit="article", desc="extract")
    done = list(zip(todo, bar, strict=True))
    failed = [f"{a.article_id}: {found.reason}" for a, found in done
              if isinstance(found, ExtractionFailure)]  # fmt: skip
    if failed:
        return IngestReport(0, 0, tuple(failed))
    with reading(url) as connection:
        clusters = _cluster_index(connection)
    outcomes = [
        save_article(url, a, facts, added_by=added_by, clusters=clusters).outcome
        for a, facts in done
    ]
    if UPDATED in outcomes:
        recluster(url)
    return IngestReport(
        added=outcomes.count(ADDED),
        skipped=len(articles) - outcomes.count(ADDED) - outcomes.count(UPDATED),
        errors=(),
        updated=outcomes.count(UPDATED),
    )


def _article_files(paths: Sequence[Path], errors: list[str]) -> list[Path]:
    """Return the `.txt` files named or held by the given paths; say why others are refused.

    Only regular files are read: a symbolic link could point anywhere on the machine.
    Folders are not searched below their own level.
    """
    files = []
    for path in paths:
        if path.is_symlink():
            errors.append(f"{path}: a symbolic link; give the file or folder itself")
        elif path.is_dir():
            found = sorted(path.glob("*.txt"))
            if not found:
                errors.append(f"{path}: a folder with no .txt articles in it")
            for item in found:
                if item.is_symlink() or not item.is_file():
                    kind = "a symbolic link" if item.is_symlink() else "not a regular file"
                    errors.append(f"{item}: {kind}; only regular .txt files are read")
                else:
                    files.append(item)
        elif path.exists() and not path.is_file():
            errors.append(f"{path}: not a regular file")
        else:
            files.append(path)
    return files


def ensure_corpus(db: str | Path, articles_dir: Path) -> int:
    """Migrate the store and ingest the shipped articles it lacks (or has from an older version)."""
    url = database_url(db)
    migrate(url)
    with reading(url) as connection:
        current = _current_hashes(connection)
    new = [p for p in sorted(articles_dir.glob("*.txt")) if _file_hash(p) not in current]
    if not new:
        return 0
    report = ingest_paths(url, new, added_by="shipped corpus")
    if report.errors:
        raise ArticleError("; ".join(report.errors))
    return report.added


def _current_hashes(connection: Connection) -> set[str]:
    """Return the text hashes of the articles extracted by this extractor version."""
    rows = connection.execute(
        select(ARTICLES.c.content_hash).where(ARTICLES.c.extractor_version == EXTRACTOR_VERSION)
    )
    return set(rows.scalars())


def _file_hash(path: Path) -> str | None:
    """Return the text hash of a file, or None if it is not UTF-8 (ingest will say why)."""
    try:
        return text_hash(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class _Draft:
    """An article to write, with its facts and who brings it."""

    article: Article
    facts: list[Fact]
    added_by: str


def save_article(
    db: str | Path,
    article: Article,
    facts: Iterable[Fact],
    *,
    added_by: str,
    clusters: ClusterIndex | None = None,
) -> Saved:
    """Write an article, its facts and their clusters in one transaction, unless it is stored.

    The same text is the same article whatever its name: it is stored once however many
    writers send it at once. An article stored by an older extractor gets the new facts (its
    reviews stay; `recluster` then re-forms the clusters). A different text whose wanted id is
    taken gets the id with its hash. `clusters` is the index of the clusters so far, when the
    caller writes many articles (read from the store when not given).
    """
    url, draft = database_url(db), _Draft(article, list(facts), added_by)
    for attempt in range(_ID_ATTEMPTS):
        try:
            with writing(url) as connection:
                # A retry starts from the store: the failed attempt's events are not in it.
                index = clusters if clusters is not None and not attempt else None
                return _write(connection, draft, suffixed=attempt > 0, clusters=index)
        except IntegrityError:
            if attempt == _ID_ATTEMPTS - 1:
                raise
    raise AssertionError  # unreachable: the loop returns or raises


def _write(
    connection: Connection, draft: _Draft, *, suffixed: bool, clusters: ClusterIndex | None
) -> Saved:
    """Write one article in the open transaction; return its id and what happened."""
    article, facts = draft.article, draft.facts
    found = connection.execute(
        select(ARTICLES.c.article_id, ARTICLES.c.extractor_version)
        .where(ARTICLES.c.content_hash == article.content_hash)
        .with_for_update()
    ).first()
    if found is not None and found.extractor_version == EXTRACTOR_VERSION:
        return Saved(found.article_id, SKIPPED)
    if found is not None:
        for table in (FACT_CLUSTERS, FACTS):
            connection.execute(delete(table).where(table.c.article_id == found.article_id))
        connection.execute(update(ARTICLES).where(ARTICLES.c.article_id == found.article_id)
                           .values(extractor_version=EXTRACTOR_VERSION))  # fmt: skip
        _insert_facts(connection, found.article_id, facts)
        bump_version(connection)
        return Saved(found.article_id, UPDATED)
    article_id = _free_id(connection, article, suffixed=suffixed)
    inserted = connection.execute(
        _insert_ignoring(connection, "content_hash").values(
            _article_row(article, article_id, draft.added_by)
        )
    )
    if inserted.rowcount == 0:  # another writer stored the same text a moment ago
        return Saved(article_id, SKIPPED)
    rows = _insert_facts(connection, article_id, facts)
    index = clusters if clusters is not None else _cluster_index(connection)
    events = _rows_frame(rows).assign(**{PUBLISHED: article.published.isoformat()})
    _insert_clusters(connection, article_id, assign_clusters(events, index))
    bump_version(connection)
    return Saved(article_id, ADDED)


def _free_id(connection: Connection, article: Article, *, suffixed: bool) -> str:
    """Return the article's own id, or with its text hash when another text holds that id."""
    wanted = article.article_id
    taken = connection.execute(
        select(ARTICLES.c.article_id).where(ARTICLES.c.article_id == wanted)
    ).first()
    return f"{wanted}-{article.content_hash[:8]}" if taken or suffixed else wanted


def _insert_ignoring(connection: Connection, column: str) -> postgresql.Insert | sqlite.Insert:
    """Return an INSERT into articles that does nothing when `column` is already there."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(ARTICLES).on_conflict_do_nothing(index_elements=[column])


def _insert_facts(connection: Connection, article_id: str, facts: list[Fact]) -> list[dict]:
    """Insert an article's facts under the id it is stored with; return the rows written."""
    rows = [_fact_row(replace(f, article_id=article_id, fact_id="")) for f in facts]
    # Facts with the same id state the same thing; as before, the last one told is kept.
    unique = list({row["fact_id"]: row for row in rows}.values())
    if unique:
        connection.execute(insert(FACTS), unique)
    return unique


def _insert_clusters(connection: Connection, article_id: str, clusters: dict[str, str]) -> None:
    """Insert the cluster of each of an article's events."""
    rows = [{"article_id": article_id, "fact_id": f, "cluster_id": c} for f, c in clusters.items()]
    if rows:
        connection.execute(insert(FACT_CLUSTERS), rows)


def _rows_frame(rows: list[dict]) -> pd.DataFrame:
    """Return fact rows as the store reads them back (actors and places as tuples)."""
    return _with_tuples(pd.DataFrame(rows, columns=list(FACT_COLUMNS), dtype=object))


def _with_tuples(facts: pd.DataFrame) -> pd.DataFrame:
    """Return facts with their actors and places as tuples, from lists or read JSON texts.

    Facts with the same JSON text share one tuple (and its place records): nothing changes them.
    """
    decoded: dict[str, tuple] = {}

    def as_tuple(value: str | list | None) -> tuple:
        if not isinstance(value, str):
            return tuple(value or ())
        if value not in decoded:
            decoded[value] = tuple(json.loads(value) or ())
        return decoded[value]

    return facts.assign(
        actors=[as_tuple(a) for a in facts["actors"]],
        places=[as_tuple(p) for p in facts["places"]],
    )


def _cluster_index(connection: Connection) -> ClusterIndex:
    """Return the index of the store's clustered events, read in the open transaction."""
    on = (FACT_CLUSTERS.c.article_id == FACTS.c.article_id) & (
        FACT_CLUSTERS.c.fact_id == FACTS.c.fact_id
    )
    rows = connection.execute(
        select(*FACT_READ, FACT_CLUSTERS.c.cluster_id, ARTICLES.c.published)
        .join(FACT_CLUSTERS, on)
        .join(ARTICLES, ARTICLES.c.article_id == FACTS.c.article_id)
        .where(FACTS.c.kind == "event")
    )
    events = _with_tuples(_frame(rows, (*FACT_COLUMNS, CLUSTER_ID, PUBLISHED)))
    return ClusterIndex.from_clustered(events, areas=_areas())


@cache
def _areas() -> dict:
    """Return the gazetteer's area polygons, for clustering points inside areas (once)."""
    return area_polygons(load_gazetteer())


def recluster(db: str | Path) -> int:
    """Form every cluster again from the store's events, oldest article first; return how many.

    Run after articles were extracted again (a new extractor gives new facts), so that
    clusters hold the facts there are now; editors' moves stay and apply on top.
    """
    with writing(database_url(db)) as connection:
        facts = _with_tuples(_frame(connection.execute(select(*FACT_READ)), FACT_COLUMNS))
        dates = select(ARTICLES.c.article_id, ARTICLES.c.published)
        articles = _frame(connection.execute(dates), ("article_id", "published"))
        found = clusters_of(facts, articles, areas=_areas())
        article_of = dict(zip(facts["fact_id"], facts["article_id"], strict=True))
        connection.execute(delete(FACT_CLUSTERS))
        rows = [{"article_id": article_of[f], "fact_id": f, "cluster_id": c}
                for f, c in found.items()]  # fmt: skip
        if rows:
            connection.execute(insert(FACT_CLUSTERS), rows)
        bump_version(connection)
    return len(set(found.values()))


def bump_version(connection: Connection) -> None:
    """Mark that the open transaction changes what the dashboard shows."""
    connection.execute(update(STORE_STATE).values(version=STORE_STATE.c.version + 1))


def _article_row(a: Article, article_id: str, added_by: str) -> dict:
    """Return an article as a row of the articles table."""
    return {
        "article_id": article_id, "content_hash": a.content_hash, "title": a.title,
        "publisher": a.publisher, "published": a.published.isoformat(), "url": a.url,
        "note": a.note, "text": a.text, "extractor_version": EXTRACTOR_VERSION,
        "added_at": now_text(), "added_by": added_by,
    }  # fmt: skip


def _fact_row(f: Fact) -> dict:
    """Return a fact as a row of the facts table."""
    e = f.evidence
    return {
        "fact_id": f.fact_id, "article_id": f.article_id, "kind": f.kind,
        "category": f.category, "summary": f.summary, "date": f.date, "date_end": f.date_end,
        "date_precision": f.date_precision, "date_text": f.date_text,
        "actors": list(f.actors), "places": [p.to_dict() for p in f.places],
        "speaker": f.speaker, "text": f.text, "subject": f.subject, "relation": f.relation,
        "object": f.object, "sentence": e.sentence, "start": e.start, "end": e.end,
        "evidence": e.text, "confidence": f.confidence, "extractor_version": f.extractor_version,
    }  # fmt: skip


def delete_article(db: str | Path, article_id: str) -> Deleted | None:
    """Remove an article with its facts and reviews in one transaction; None if not stored."""
    with writing(database_url(db)) as connection:
        title = connection.execute(
            select(ARTICLES.c.title).where(ARTICLES.c.article_id == article_id).with_for_update()
        ).scalar_one_or_none()
        if title is None:
            return None
        counts = [
            connection.execute(
                select(func.count()).select_from(table).where(table.c.article_id == article_id)
            ).scalar_one()
            for table in (FACTS, REVIEWS)
        ]
        for table in (REVIEWS, CLUSTER_MOVES, FACT_CLUSTERS, FACTS, ARTICLES):
            connection.execute(delete(table).where(table.c.article_id == article_id))
        bump_version(connection)
    return Deleted(article_id, title, *counts)


class ReviewConflict(RuntimeError):
    """A review based on a history that changed since the editor read it: reload and retry."""


def save_review(db: str | Path, review: Review) -> int:
    """Store a review as the next step of its fact's history; return that step.

    The review must follow the step the editor saw (`review.seen_seq`): if another editor
    saved in between, or the article is gone, ReviewConflict says so and nothing is written.
    """
    url = database_url(db)
    try:
        with writing(url) as connection:
            step = _next_step(connection, review)
            connection.execute(insert(REVIEWS).values(
                article_id=review.article_id, target=review.target, seq=step,
                fact_id=review.fact_id, kind=review.kind, span_start=review.span_start,
                span_end=review.span_end, status=review.status, fields=dict(review.fields),
                reason=review.reason.strip(), editor=review.editor, created_at=now_text(),
            ))  # fmt: skip
            bump_version(connection)
    except IntegrityError:
        # Two editors at the same step at once: the unique step lets only one of them in.
        msg = "another editor saved a review of this fact at the same moment: reload and retry"
        raise ReviewConflict(msg) from None
    return step


def _next_step(connection: Connection, review: Review) -> int:
    """Return the step a review takes, or raise ReviewConflict if its history moved on."""
    article = connection.execute(
        select(ARTICLES.c.article_id)
        .where(ARTICLES.c.article_id == review.article_id)
        .with_for_update()
    ).first()
    if article is None:
        msg = f"the article {review.article_id!r} is no longer in the store"
        raise ReviewConflict(msg)
    last = connection.execute(
        select(REVIEWS.c.seq, REVIEWS.c.editor, REVIEWS.c.created_at)
        .where(REVIEWS.c.article_id == review.article_id, REVIEWS.c.target == review.target)
        .order_by(REVIEWS.c.seq.desc())
        .limit(1)
    ).first()
    seen = last.seq if last else 0
    if seen != review.seen_seq:
        msg = (f"{last.editor} reviewed this fact at {last.created_at}, after you opened it: "
               "reload to see their review, then decide again")  # fmt: skip
        raise ReviewConflict(msg)
    return seen + 1


def move_reports(
    db: str | Path,
    reports: Sequence[tuple[str, str]],
    *,
    cluster_id: str,
    editor: str,
    reason: str,
) -> int:
    """Put reports (article id, fact id) into a cluster, as an editor's split or merge.

    The moves are kept as a trail (who, when, why) in one transaction; the clusterer's own
    assignment stays as it was. Return how many reports moved.
    """
    if not reason.strip():
        msg = "say why: a split or a merge needs a reason"
        raise ValueError(msg)
    rows = [{"article_id": a, "fact_id": f, "cluster_id": cluster_id, "reason": reason.strip(),
             "editor": editor, "created_at": now_text()} for a, f in reports]  # fmt: skip
    with writing(database_url(db)) as connection:
        if rows:
            connection.execute(insert(CLUSTER_MOVES), rows)
            bump_version(connection)
    return len(rows)


def article_with_text(db: str | Path, text: str) -> str | None:
    """Return the id of the stored article with exactly this text, or None."""
    with reading(database_url(db)) as connection:
        return connection.execute(
            select(ARTICLES.c.article_id).where(ARTICLES.c.content_hash == text_hash(text))
        ).scalar_one_or_none()


def article_text(db: str | Path, article_id: str) -> str:
    """Return the text of one stored article ("" if there is none by that id)."""
    with reading(database_url(db)) as connection:
        text = connection.execute(
            select(ARTICLES.c.text).where(ARTICLES.c.article_id == article_id)
        ).scalar_one_or_none()
    return text or ""


def store_version(db: str | Path) -> int:
    """Return the store's version: it grows with every write the dashboard shows."""
    with reading(database_url(db)) as connection:
        return int(connection.execute(select(STORE_STATE.c.version)).scalar_one())


def read_snapshot(db: str | Path) -> Snapshot:
    """Return the articles, facts and reviews as of one version, read in one transaction."""
    with reading(database_url(db)) as connection:
        version = int(connection.execute(select(STORE_STATE.c.version)).scalar_one())
        articles = _frame(connection.execute(
            select(*(ARTICLES.c[c] for c in ARTICLE_COLUMNS))
            .order_by(ARTICLES.c.published, ARTICLES.c.article_id)), ARTICLE_COLUMNS)  # fmt: skip
        facts = _frame(connection.execute(select(*FACT_READ).order_by(
            FACTS.c.article_id, FACTS.c.start)), FACT_COLUMNS)  # fmt: skip
        reviews = _frame(connection.execute(
            select(REVIEWS).order_by(REVIEWS.c.review_id)), REVIEW_COLUMNS)  # fmt: skip
        clusters = _frame(connection.execute(select(FACT_CLUSTERS)), CLUSTER_COLUMNS)
        moves = _frame(connection.execute(
            select(CLUSTER_MOVES).order_by(CLUSTER_MOVES.c.move_id)), MOVE_COLUMNS)  # fmt: skip
    return Snapshot(version, articles, _with_tuples(facts), reviews, clusters, moves)


def _frame(rows: Iterable, columns: Sequence[str]) -> pd.DataFrame:
    """Return result rows as a frame of Python objects (no NaN for missing text).

    Equal texts are one object: the driver makes a new one per row, and kinds, categories,
    dates, article ids and reprinted sentences repeat (a 100,000-fact store's snapshot was
    224 MB of them).
    """
    seen: dict[str, str] = {}
    return pd.DataFrame(
        [tuple(seen.setdefault(v, v) if type(v) is str else v for v in r) for r in rows],
        columns=list(columns),
        dtype=object,
    )


def read_articles(db: str | Path) -> pd.DataFrame:
    """Return the stored articles, one row each, oldest first."""
    return read_snapshot(db).articles


def read_facts(db: str | Path) -> pd.DataFrame:
    """Return the stored facts, one row each; actors and places as tuples."""
    return read_snapshot(db).facts

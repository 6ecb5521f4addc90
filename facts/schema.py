"""The store's tables as the code uses them, and the migrations that make them (`migrate`).

Actors and places are JSON columns (JSONB on PostgreSQL), not tables of their own: a fact is
always read whole, with its actors and places, so one row per fact keeps reads to one query,
and both back-ends can still query inside them (SQLite `json_each`, PostgreSQL `jsonb` operators).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection

from facts.database import database_url, writing

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision (a test checks it is Alembic's head): a store already there
# is opened without importing Alembic, 11 MB of every viewer process.
SCHEMA_REVISION = "0004"
# Any fixed number: the key of the PostgreSQL advisory lock migrations take.
MIGRATION_LOCK = 7_235_001
METADATA = MetaData()
JSON_VALUE = JSON().with_variant(JSONB(), "postgresql")

ARTICLES = Table(
    "articles",
    METADATA,
    Column("article_id", Text, primary_key=True),
    Column("content_hash", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("publisher", Text),
    Column("published", Text, nullable=False),
    Column("url", Text),
    Column("note", Text),
    Column("text", Text, nullable=False),
    Column("extractor_version", Text),
    Column("added_at", Text),
    Column("added_by", Text),
)

FACTS = Table(
    "facts",
    METADATA,
    Column("fact_id", Text, primary_key=True),
    Column(
        "article_id",
        Text,
        ForeignKey("articles.article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", Text, nullable=False),
    Column("category", Text),
    Column("summary", Text),
    Column("date", Text),
    Column("date_end", Text),
    Column("date_precision", Text),
    Column("date_text", Text),
    Column("actors", JSON_VALUE),
    Column("places", JSON_VALUE),
    Column("speaker", Text),
    Column("text", Text),
    Column("subject", Text),
    Column("relation", Text),
    Column("object", Text),
    Column("sentence", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("evidence", Text),
    Column("confidence", Float),
    Column("extractor_version", Text),
)

# One row per review; a fact's history is its rows in `seq` order, the last one in force.
# UNIQUE(article, target, seq): of two editors saving on the same history, one wins.
REVIEWS = Table(
    "reviews",
    METADATA,
    Column("review_id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id",
        Text,
        ForeignKey("articles.article_id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("target", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("fact_id", Text),
    Column("kind", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("status", Text, nullable=False),
    Column("fields", JSON_VALUE, nullable=False),
    Column("reason", Text, nullable=False),
    Column("editor", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    UniqueConstraint("article_id", "target", "seq", name="one_review_per_step"),
)

EDITORS = Table(
    "editors",
    METADATA,
    Column("name", Text, primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("failed_at", Text),
)

# A signed-in browser's token, as a hash: its cookie brings the sign-in back on a new page load.
EDITOR_SESSIONS = Table(
    "editor_sessions",
    METADATA,
    Column("token_hash", Text, primary_key=True),
    Column("editor", Text, ForeignKey("editors.name", ondelete="CASCADE"), nullable=False),
    Column("expires_at", Text, nullable=False),
)

# The cluster each event is in, as the clusterer gave it when its article was added.
FACT_CLUSTERS = Table(
    "fact_clusters",
    METADATA,
    Column(
        "article_id", Text, ForeignKey("articles.article_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("fact_id", Text, primary_key=True),
    Column("cluster_id", Text, nullable=False, index=True),
)  # fmt: skip

# An editor's move of one event into another cluster (a merge moves each event of one
# cluster, a split moves events into a new one); the last move of an event is in force.
CLUSTER_MOVES = Table(
    "cluster_moves",
    METADATA,
    Column("move_id", Integer, primary_key=True, autoincrement=True),
    Column(
        "article_id", Text, ForeignKey("articles.article_id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("fact_id", Text, nullable=False),
    Column("cluster_id", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("editor", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)  # fmt: skip

# One row: bumped by every write that changes what the dashboard shows.
STORE_STATE = Table(
    "store_state",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("version", BigInteger, nullable=False),
)


def now_text() -> str:
    """Return the time now as the store's timestamp columns hold it: ISO 8601, UTC, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrate(db: str | Path) -> str:
    """Bring the store (a path or URL) to the current schema; return the revision it is at.

    A store made before migrations existed (its tables, no `alembic_version`) is adopted as
    revision 0001 and upgraded in place: an older store is upgraded, never recreated. On
    PostgreSQL an advisory lock makes replicas that start together migrate one at a time.
    """
    with writing(database_url(db)) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        if _revision_of(connection) == SCHEMA_REVISION:
            return SCHEMA_REVISION
        # Alembic only when there is something to migrate (see SCHEMA_REVISION).
        from alembic import command  # noqa: PLC0415
        from alembic.config import Config  # noqa: PLC0415

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        tables = set(inspect(connection).get_table_names())
        if "articles" in tables and "alembic_version" not in tables:
            command.stamp(config, "0001")
        command.upgrade(config, "head")
        return str(_revision_of(connection))


def _revision_of(connection: Connection) -> str | None:
    """Return the store's schema revision as Alembic recorded it, or None if it has none."""
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

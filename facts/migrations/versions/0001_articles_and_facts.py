"""The store as it was before migrations: articles and their facts (SQLite, facts-1.x)."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
TEXT_COLUMNS = ("category", "summary", "date", "date_end", "date_precision", "date_text",
                "actors", "places", "speaker", "text", "subject", "relation", "object")  # fmt: skip


def upgrade() -> None:
    """Create the two tables of the original store."""
    op.create_table(
        "articles",
        sa.Column("article_id", sa.Text, primary_key=True),
        sa.Column("content_hash", sa.Text, nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.Text),
    )
    op.create_table(
        "facts",
        sa.Column("fact_id", sa.Text, primary_key=True),
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.Text, nullable=False),
        *(sa.Column(name, sa.Text) for name in TEXT_COLUMNS),
        sa.Column("sentence", sa.Integer),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("evidence", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("extractor_version", sa.Text),
    )

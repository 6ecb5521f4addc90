"""Reviews, editors and the store version; who added an article and when; JSON actors and places."""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
JSON_VALUE = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    """Add the tables and columns of the analyst workflow; older rows keep their values."""
    with op.batch_alter_table("articles") as articles:
        articles.add_column(sa.Column("added_at", sa.Text))
        articles.add_column(sa.Column("added_by", sa.Text))
    if op.get_bind().dialect.name == "postgresql":
        for column in ("actors", "places"):
            op.alter_column("facts", column, type_=JSONB(), postgresql_using=f"{column}::jsonb")
    op.create_table(
        "reviews",
        sa.Column("review_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("fact_id", sa.Text),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("fields", JSON_VALUE, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("editor", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.UniqueConstraint("article_id", "target", "seq", name="one_review_per_step"),
    )
    op.create_index("reviews_by_article", "reviews", ["article_id"])
    op.create_table(
        "editors",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failed_at", sa.Text),
    )
    state = op.create_table(
        "store_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(state, [{"id": 1, "version": 1}])

"""Event clusters: which cluster each event is in, and editors' moves of events between them."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    """Add the cluster of each event and the log of editors' splits and merges."""
    op.create_table(
        "fact_clusters",
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("fact_id", sa.Text, primary_key=True),
        sa.Column("cluster_id", sa.Text, nullable=False),
    )
    op.create_index("fact_clusters_by_cluster", "fact_clusters", ["cluster_id"])
    op.create_table(
        "cluster_moves",
        sa.Column("move_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.Text,
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("fact_id", sa.Text, nullable=False),
        sa.Column("cluster_id", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("editor", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
    )

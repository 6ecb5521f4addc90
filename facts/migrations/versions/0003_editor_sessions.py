"""Editor sessions: a sign-in that outlives one browser tab's page load, until it expires."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    """Add the table of signed-in editors' session tokens (hashes only)."""
    op.create_table(
        "editor_sessions",
        sa.Column("token_hash", sa.Text, primary_key=True),
        sa.Column(
            "editor", sa.Text, sa.ForeignKey("editors.name", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("expires_at", sa.Text, nullable=False),
    )

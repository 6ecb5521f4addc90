"""Alembic's entry point: run the migrations on the connection `facts.migrate` hands over."""

from alembic import context

from facts.schema import METADATA

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=METADATA, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

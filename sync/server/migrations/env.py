"""Alembic environment: runs on the connection handed in by ``sync.server.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from sync.server.tables import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection, target_metadata=metadata, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `feltjournal-server migrate`")
_run(connection)

"""The Alembic migrations build exactly the schema the code declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sync.server.tables import metadata
from tests.server.conftest import Server


def test_migrations_match_the_tables(server: Server) -> None:
    engine = server.client.app.state.services.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []

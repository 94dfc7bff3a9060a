"""Alembic migrations of the server schema (run by `feltjournal-server migrate`)."""

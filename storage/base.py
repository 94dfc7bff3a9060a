"""Helpers shared by the repositories: loading a stored value, diffs for update ops."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TypeVar

from domain.codec import from_fields
from domain.ops import JSONValue
from storage.context import Context
from storage.db import Connection, Database
from storage.errors import NotFound

T = TypeVar("T")


def decode_row(cls: type[T], data: str | bytes) -> T:
    """A stored JSON ``data`` column back to its domain value (validated when written)."""
    return from_fields(cls, json.loads(data), validate=False)


def load(conn: Connection, cls: type[T], table: str, entity_id: str) -> T:
    """The stored value with ``entity_id`` in ``table``, or :class:`NotFound`."""
    row = conn.execute(f"SELECT data FROM {table} WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise NotFound(detail=f"{table} record not found")
    return decode_row(cls, row[0])


def case_of(conn: Connection, table: str, entity_id: str) -> str:
    """The case id a record belongs to, or :class:`NotFound`."""
    row = conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise NotFound(detail=f"{table} record not found")
    return str(row[0])


def require_case(conn: Connection, case_id: str) -> None:
    """Refuse a record for a case the vault does not hold."""
    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
        raise NotFound(detail="case not found")


def diff(old: Mapping[str, JSONValue], new: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """The fields whose encoded value changed: an update op carries only those."""
    return {key: value for key, value in new.items() if old.get(key) != value}


class Repository:
    """Base of the repositories: holds the shared :class:`Context`."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @property
    def _db(self) -> Database:
        return self._ctx.db

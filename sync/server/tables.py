"""The server's schema (DESIGN.md §6). Alembic migrations in ``migrations/`` build it."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(64)
TS = DateTime(timezone=True)

units = Table(
    "units",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", TS, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", ID, primary_key=True),
    Column("username", String(128), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("unit_id", ID, ForeignKey("units.id"), nullable=True),
    Column("password_hash", String(400), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", TS, nullable=False),
)

login_throttle = Table(
    "login_throttle",
    metadata,
    Column("username", String(128), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until", TS, nullable=True),
    Column("updated_at", TS, nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("id", ID, primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False, index=True),
    Column("name", String(128), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", TS, nullable=False),
    Column("last_seen_at", TS, nullable=True),
    Column("revoked_at", TS, nullable=True),
    Column("sealed_key", Text, nullable=True),
)

cases = Table(
    "cases",
    metadata,
    Column("id", ID, primary_key=True),
    Column("number", String(32), nullable=False, unique=True),
    Column("unit_id", ID, ForeignKey("units.id"), nullable=False, index=True),
    Column("status", String(32), nullable=False),
    Column("registered_by", ID, nullable=False, index=True),
    Column("alias_of", ID, nullable=True),
    Column("strengt_fortrolig", Boolean, nullable=False),
    Column("created_at", TS, nullable=False),
)

case_counters = Table(
    "case_counters",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("last_serial", Integer, nullable=False),
)

assignments = Table(
    "assignments",
    metadata,
    Column("case_id", ID, ForeignKey("cases.id"), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), primary_key=True, index=True),
    Column("assigned_at", TS, nullable=False),
)

counters = Table(
    "counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

ops = Table(
    "ops",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("op_id", ID, nullable=False, unique=True),
    Column("case_id", ID, nullable=False),
    Column("home_case", ID, nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", ID, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("fields", JSON, nullable=False),
    Column("hlc", String(128), nullable=False),
    Column("op_user", String(64), nullable=False),
    Column("op_device", String(64), nullable=False),
    Column("author_user_id", ID, nullable=False),
    Column("author_device_id", ID, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("received_at", TS, nullable=False),
    Index("ix_ops_home_case_seq", "home_case", "seq"),
)

entities = Table(
    "entities",
    metadata,
    # The protocol names an entity by (entity, entity_id): a melding and its reporter share
    # an id (migration 0003). The id leads the key, so a lookup by ids uses it.
    Column("entity_id", ID, primary_key=True),
    Column("entity", String(32), primary_key=True),
    Column("case_id", ID, nullable=False, index=True),
    Column("fields", JSON, nullable=False),
    Column("field_hlcs", JSON, nullable=False),
    Column("signed", Boolean, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("created_at", TS, nullable=False),
    Column("updated_seq", BigInteger, nullable=False),
)

field_history = Table(
    "field_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(32), nullable=False),
    Column("entity_id", ID, nullable=False, index=True),
    Column("case_id", ID, nullable=False, index=True),
    Column("field", String(128), nullable=False),
    Column("value", JSON, nullable=True),
    Column("hlc", String(128), nullable=False),
    Column("op_id", ID, nullable=False),
    Column("flagged", Boolean, nullable=False),
    Column("recorded_at", TS, nullable=False),
)

child_identities = Table(
    "child_identities",
    metadata,
    Column("identity_key", String(64), primary_key=True),
    Column("case_id", ID, nullable=False),
)

case_joins = Table(
    "case_joins",
    metadata,
    Column("alias_case_id", ID, primary_key=True),
    Column("case_id", ID, nullable=False, index=True),
    Column("status", String(16), nullable=False),  # joined | pending (leader decides)
    Column("created_at", TS, nullable=False),
)

device_cases = Table(
    "device_cases",
    metadata,
    Column("device_id", ID, primary_key=True),
    Column("case_id", ID, primary_key=True),
    Column("state", String(16), nullable=False),  # granted | revoked
    Column("mark_seq", BigInteger, nullable=False),
)

break_glass = Table(
    "break_glass",
    metadata,
    Column("id", ID, primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False, index=True),
    Column("case_id", ID, ForeignKey("cases.id"), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("created_at", TS, nullable=False),
    Column("expires_at", TS, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("event", String(40), nullable=False),
    Column("user_id", String(64), nullable=True),
    Column("device_id", String(64), nullable=True),
    Column("case_id", String(64), nullable=True, index=True),
    Column("detail", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
)

recovery_keys = Table(
    "recovery_keys",
    metadata,
    Column("id", ID, primary_key=True),
    Column("public_pem", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", TS, nullable=False),
)

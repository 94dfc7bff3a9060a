"""Schema migrations with Alembic, run programmatically on the configured database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, insert, select

from sync.server.tables import audit_head, counters

MIGRATIONS = Path(__file__).parent / "migrations"
GENESIS_HASH = "0" * 64


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision and seed the singleton rows."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    _seed(engine)


def _seed(engine: Engine) -> None:
    with engine.begin() as conn:
        if conn.execute(select(counters.c.name).where(counters.c.name == "ops_seq")).first() is None:
            conn.execute(insert(counters).values(name="ops_seq", value=0))
        if conn.execute(select(audit_head.c.id)).first() is None:
            conn.execute(insert(audit_head).values(id=1, seq=0, hash=GENESIS_HASH))

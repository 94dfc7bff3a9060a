"""Server settings from the environment (``FELT_*``); time is injected through ``clock``."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import platformdirs


def utc_now() -> datetime:
    """The real clock (the only place the server reads it)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost for password hashes; stored with each hash, so it can be raised."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


@dataclass(frozen=True)
class Settings:
    """Everything the server can be told; defaults give a working one-box server."""

    database_url: str
    data_dir: Path
    max_batch_ops: int = 500
    request_threads: int = 40
    max_body_bytes: int = 8 * 1024 * 1024
    max_pull_limit: int = 1000
    max_grants_per_pull: int = 50
    idle_lock_minutes: int = 5
    max_offline_hours: int = 7 * 24
    break_glass_minutes: int = 4 * 60
    throttle_after: int = 5
    throttle_base_seconds: int = 30
    throttle_max_seconds: int = 15 * 60
    argon2: Argon2Params = field(default_factory=Argon2Params)
    clock: Callable[[], datetime] = utc_now

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded single-box database."""
        return self.database_url.startswith("sqlite")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read ``FELT_DATABASE_URL``, ``FELT_SERVER_DATA_DIR``, the tunables and the policies.

        A policy that is not a positive whole number raises :class:`SettingsError`.
        """
        env = os.environ if env is None else env
        data_dir = Path(
            env.get("FELT_SERVER_DATA_DIR") or platformdirs.user_data_dir("feltjournal-server")
        )
        url = env.get("FELT_DATABASE_URL") or f"sqlite:///{data_dir / 'server.db'}"
        argon = Argon2Params(
            memory_kib=int(env.get("FELT_ARGON2_MEMORY_KIB", 64 * 1024)),
            iterations=int(env.get("FELT_ARGON2_ITERATIONS", 3)),
            lanes=int(env.get("FELT_ARGON2_LANES", 4)),
        )
        threads = int(env.get("FELT_REQUEST_THREADS", 40))
        return cls(
            database_url=normalise_url(url), data_dir=data_dir, argon2=argon, request_threads=threads,
            idle_lock_minutes=policy(env, "FELT_IDLE_LOCK_MINUTES", cls.idle_lock_minutes),
            max_offline_hours=policy(env, "FELT_MAX_OFFLINE_HOURS", cls.max_offline_hours),
            break_glass_minutes=policy(env, "FELT_BREAK_GLASS_MINUTES", cls.break_glass_minutes),
        )


class SettingsError(ValueError):
    """A ``FELT_*`` variable the server cannot start with; the message names it."""


def policy(env: Mapping[str, str], variable: str, default: int) -> int:
    """A policy the devices enforce (docs/deployment.md §4): a positive whole number.

    Unset or empty: ``default``. Anything else that is not a whole number above zero raises
    :class:`SettingsError`: better no server than devices told to lock after 0 minutes.
    """
    raw = env.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise SettingsError(f"{variable} must be a positive whole number, not {raw!r}")
    return value


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url

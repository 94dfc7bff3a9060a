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
        """Read ``FELT_DATABASE_URL``, ``FELT_SERVER_DATA_DIR`` and the tunables."""
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
            database_url=normalise_url(url), data_dir=data_dir, argon2=argon, request_threads=threads
        )


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url

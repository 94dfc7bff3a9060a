"""Fixtures: a fresh server per test on SQLite and (marked ``pg``) on real PostgreSQL.

SQLite: the schema is migrated once into a template file that each test copies.
PostgreSQL: each xdist worker creates its own ``felt_test_<random>`` database, migrates it once
and drops it at the end; each test starts from emptied tables. Without a reachable server the
``pg`` tests skip, unless ``FELT_REQUIRE_PG=1``, when they fail.
"""

from __future__ import annotations

import os
import secrets
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from domain.access import Role
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, WireOp
from sync.server import admin, migrate
from sync.server.api.app import create_app
from sync.server.config import Argon2Params, Settings
from sync.server.db import make_engine, transaction
from sync.server.demo import OpMaker
from sync.server.tables import metadata

with warnings.catch_warnings():  # starlette's notice about httpx2; the lock pins httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PG_ADMIN = os.environ.get("FELT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PASSWORD = "riktig-passord-1"
FAST_ARGON = Argon2Params(memory_kib=1024, iterations=1, lanes=1)


class Clock:
    """A settable clock for the server."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def pg_required() -> bool:
    return os.environ.get("FELT_REQUIRE_PG") == "1"


def _pg_reachable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for this worker, migrated once."""
    problem = _pg_reachable()
    if problem is not None:
        if pg_required():
            pytest.fail(f"PostgreSQL required (FELT_REQUIRE_PG=1) but unreachable: {problem}")
        pytest.skip(f"PostgreSQL unreachable: {problem}")
    name = "felt_test_" + secrets.token_hex(6)
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + "/" + name
    settings = Settings(database_url=url, data_dir=Path("/nonexistent"), argon2=FAST_ARGON)
    engine = make_engine(settings)
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file each test copies."""
    folder = tmp_path_factory.mktemp("template")
    settings = Settings(database_url=f"sqlite:///{folder / 'server.db'}", data_dir=folder)
    engine = make_engine(settings)
    migrate.upgrade(engine)
    engine.dispose()
    return folder / "server.db"


def _reset_pg(url: str) -> None:
    engine = make_engine(Settings(database_url=url, data_dir=Path("/nonexistent")))
    names = ", ".join(t.name for t in metadata.sorted_tables if t.name != "alembic_version")
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names}"))
    engine.dispose()
    migrate.upgrade(make_engine(Settings(database_url=url, data_dir=Path("/nonexistent"))))


@dataclass
class Device:
    """An enrolled device as tests drive it."""

    device_id: str
    token: str
    user_id: str
    username: str
    maker: OpMaker
    cursor: int = 0

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@dataclass
class Server:
    """A fresh server with helpers."""

    settings: Settings
    client: TestClient
    clock: Clock
    units: dict[str, str] = field(default_factory=dict)
    responses: list[Any] = field(default_factory=list)

    @property
    def factory(self) -> Any:
        return self.client.app.state.services.factory  # type: ignore[attr-defined]

    def unit(self, name: str) -> str:
        if name not in self.units:
            with transaction(self.factory) as s:
                self.units[name] = admin.create_unit(s, self.settings, name)
        return self.units[name]

    def user(self, username: str, role: Role, unit: str | None = "Nord") -> str:
        unit_id = self.unit(unit) if unit else None
        with transaction(self.factory) as s:
            return admin.create_user(
                s, self.settings, username=username, password=PASSWORD, role=role, unit_id=unit_id
            )

    def enrol(self, username: str, password: str = PASSWORD) -> Device:
        r = self.post("/v1/devices/enrol", {"username": username, "password": password})
        assert r.status_code == 200, r.text
        body = r.json()
        return Device(
            body["device_id"], body["device_token"], body["user"]["user_id"], username,
            OpMaker(body["user"]["user_id"], body["device_id"]),
        )

    def person(self, username: str, role: Role, unit: str | None = "Nord") -> Device:
        self.user(username, role, unit)
        return self.enrol(username)

    def post(self, path: str, json: Any, device: Device | None = None, **kw: Any) -> Any:
        headers = device.headers if device else {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        r = self.client.post(path, json=json, headers=headers, **kw)
        self.responses.append(r)
        return r

    def get(self, path: str, device: Device, **kw: Any) -> Any:
        r = self.client.get(path, headers=device.headers, **kw)
        self.responses.append(r)
        return r

    def push(self, device: Device, ops: list[WireOp]) -> list[dict[str, Any]]:
        body = {"ops": [op.model_dump(mode="json") for op in ops]}
        r = self.post("/v1/sync/push", body, device)
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def pull(self, device: Device, limit: int = 500, advance: bool = True) -> dict[str, Any]:
        r = self.get("/v1/sync/pull", device, params={"cursor": device.cursor, "limit": limit})
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        if advance:
            device.cursor = body["next_cursor"]
        return body

    def pull_all(self, device: Device) -> list[dict[str, Any]]:
        pages = [self.pull(device)]
        while pages[-1]["has_more"]:
            pages.append(self.pull(device))
        return pages

    def new_case(self, device: Device, status: str = "mottak") -> tuple[str, dict[str, Any]]:
        case_id, op = device.maker.new_case(status)
        result = self.push(device, [op])[0]
        assert result["status"] == "accepted", result
        return case_id, result


def _make_server(url: str, data_dir: Path) -> Iterator[Server]:
    clock = Clock()
    settings = Settings(database_url=url, data_dir=data_dir, argon2=FAST_ARGON, clock=clock)
    app = create_app(settings)
    with TestClient(app) as client:
        yield Server(settings, client, clock)
    app.state.services.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """A fresh server on each backend."""
    if request.param == "pg":
        url = request.getfixturevalue("pg_url")
        _reset_pg(url)
    else:
        template = request.getfixturevalue("sqlite_template")
        shutil.copy(template, tmp_path / "server.db")
        url = f"sqlite:///{tmp_path / 'server.db'}"
    yield from _make_server(url, tmp_path)


@pytest.fixture
def sqlite_server(tmp_path: Path, sqlite_template: Path) -> Iterator[Server]:
    """A fresh server on SQLite only (for tests of server-independent behaviour)."""
    shutil.copy(sqlite_template, tmp_path / "server.db")
    yield from _make_server(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)


@pytest.fixture
def pg_server(tmp_path: Path, pg_url: str) -> Iterator[Server]:
    """A fresh server on PostgreSQL only."""
    _reset_pg(pg_url)
    yield from _make_server(pg_url, tmp_path)

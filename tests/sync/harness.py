"""The real server app in-process and app devices with real SQLCipher vaults.

Each device talks HTTP to the app through ``httpx`` with the app mounted by Starlette's test
transport, optionally behind :class:`tests.sync.faults.FaultTransport`. The server's SQLite
file survives a "restart" (a new app over the same file).
"""

from __future__ import annotations

import itertools
import shutil
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from domain.access import Role
from domain.cases import Case
from domain.notes import JournalNote, NoteType
from domain.people import Person, PersonRole
from storage.sync_store import VaultSyncStore
from storage.vault import KdfParams, Vault
from sync.client.engine import SyncEngine, SyncReport
from sync.client.enrol import EnrolOutcome, enrol_device
from sync.client.transport import HttpTransport
from sync.server import admin, migrate
from sync.server.api.app import create_app
from sync.server.config import Argon2Params, Settings
from sync.server.db import make_engine, transaction

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "riktig-passord-1"
PASSPHRASE = "korrekt hest batteri stift"
FAST_ARGON = Argon2Params(memory_kib=1024, iterations=1, lanes=1)
CHEAP = KdfParams.cheap()
BASE_URL = "http://testserver"


class TickingClock:
    """A clock shared by every device: each reading is 1 ms later (HLCs never tie)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        self._lock = __import__("threading").Lock()

    def __call__(self) -> datetime:
        with self._lock:
            self.now += timedelta(milliseconds=1)
            return self.now

    def advance(self, **delta: float) -> None:
        with self._lock:
            self.now += timedelta(**delta)


def migrated_template(folder: Path) -> Path:
    """A migrated server SQLite file to copy per server."""
    path = folder / "template.db"
    if not path.exists():
        settings = Settings(database_url=f"sqlite:///{path}", data_dir=folder)
        engine = make_engine(settings)
        migrate.upgrade(engine)
        engine.dispose()
    return path


class ServerHandle:
    """The server app over one SQLite file; ``restart`` builds a new app over the same file."""

    def __init__(self, template: Path, folder: Path, clock: Callable[[], datetime]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.db_path = folder / "server.db"
        shutil.copy(template, self.db_path)
        self.settings = Settings(
            database_url=f"sqlite:///{self.db_path}", data_dir=folder, argon2=FAST_ARGON,
            clock=clock, throttle_after=1000,
        )
        self.restarts = 0
        self._start()

    def _start(self) -> None:
        self.app = create_app(self.settings)
        self.client = TestClient(self.app, base_url=BASE_URL, raise_server_exceptions=False)
        # Inside the context one event-loop thread serves every request (not one per request).
        self.client.__enter__()

    @property
    def transport(self) -> httpx.BaseTransport:
        """The transport that reaches the current app."""
        inner: httpx.BaseTransport = self.client._transport
        return inner

    def restart(self) -> None:
        """Drop the app and its engine, start a new one over the same database."""
        self.client.__exit__(None, None, None)
        self.app.state.services.engine.dispose()
        self.restarts += 1
        self._start()

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.app.state.services.engine.dispose()

    @property
    def factory(self) -> Any:
        return self.app.state.services.factory

    def unit(self, name: str = "Nord") -> str:
        with transaction(self.factory) as s:
            try:
                return admin.unit_id_by_name(s, name)
            except Exception:  # noqa: BLE001
                pass
        with transaction(self.factory) as s:
            return admin.create_unit(s, self.settings, name)

    def user(self, username: str, role: Role = Role.SAKSBEHANDLER, unit: str = "Nord") -> str:
        unit_id = self.unit(unit)
        with transaction(self.factory) as s:
            return admin.create_user(s, self.settings, username=username, password=PASSWORD,
                                     role=role, unit_id=unit_id)

    def unassign(self, case_id: str, username: str) -> None:
        with transaction(self.factory) as s:
            admin.unassign(s, self.settings, case_id, username)

    def assign(self, case_id: str, username: str) -> None:
        with transaction(self.factory) as s:
            admin.assign(s, self.settings, case_id, username)

    def revoke(self, device_id: str) -> None:
        from sync.server.devices import revoke

        with transaction(self.factory) as s:
            revoke(s, self.settings, device_id, None)

    def op_ids(self) -> list[str]:
        from sqlalchemy import select

        from sync.server.tables import ops

        with transaction(self.factory) as s:
            return [str(r.op_id) for r in s.execute(select(ops.c.op_id))]


@dataclass
class AppDevice:
    """One laptop: a vault, its sync store and an engine over HTTP."""

    name: str
    vault: Vault
    store: VaultSyncStore
    http: httpx.Client
    transport: HttpTransport
    enrolment: EnrolOutcome | None = None
    progress: list[Any] = field(default_factory=list)

    def engine(self, **kw: Any) -> SyncEngine:
        return SyncEngine(self.store, self.transport, progress=self.progress.append, **kw)

    def sync(self, **kw: Any) -> SyncReport:
        return self.engine(**kw).sync()

    def close(self) -> None:
        self.vault.close()
        self.http.close()


def make_device(
    folder: Path,
    name: str,
    http_transport: httpx.BaseTransport,
    clock: Callable[[], datetime],
    *,
    username: str,
) -> AppDevice:
    """A fresh vault, enrolled as ``username`` with the server behind ``http_transport``."""
    vault = Vault.create(folder / name, PASSPHRASE, user=username, kdf=CHEAP, clock=clock)
    http = httpx.Client(transport=http_transport, base_url=BASE_URL)
    store = VaultSyncStore(vault)
    transport = HttpTransport(BASE_URL, client=http)
    device = AppDevice(name, vault, store, http, transport)
    device.enrolment = enrol_device(store, transport, server_url=BASE_URL, username=username,
                                    password=PASSWORD, device_name=name)
    return device


_numbers = itertools.count(1)


def new_case(vault: Vault, *, given: str = "Åse", family: str = "Bø") -> Case:
    """A case with its child, written on the device."""
    case = Case(created_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC), caseworker=vault.user)
    child = Person(case_id=case.id, role=PersonRole.CHILD, given_name=given, family_name=family,
                   birth_date=date(2015, 5, 17))
    vault.cases.create(case, child)
    return case


def new_note(vault: Vault, case_id: str, body: str) -> JournalNote:
    """A draft note, written on the device."""
    note = JournalNote(case_id=case_id, note_type=NoteType.SAMTALE_BARN,
                       occurred_at=datetime(2026, 3, 2, 10, next(_numbers) % 60, tzinfo=UTC),
                       author=vault.user, body=body)
    vault.notes.save_draft(note)
    return note


def snapshot(vault: Vault) -> dict[str, Any]:
    """What must converge: cases, persons, notes and addenda, by id."""
    conn = vault._db.conn
    out: dict[str, Any] = {}
    for table, key in (("cases", "id"), ("persons", "id"), ("notes", "id"), ("addenda", "id")):
        rows = conn.execute(f"SELECT {key}, data FROM {table} ORDER BY {key}").fetchall()
        out[table] = {str(r[0]): __import__("json").loads(r[1]) for r in rows}
    for data in out["cases"].values():
        data.pop("created_at", None)
    return out

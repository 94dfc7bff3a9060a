"""Sync benchmark (DESIGN.md §8): initial sync, no-op sync and push rate over loopback.

``python -m bench sync --json`` starts the server app under uvicorn in a thread on a free
loopback port (PostgreSQL when ``FELT_DATABASE_URL`` is set, else a throwaway SQLite file),
seeds ``--cases`` cases with ``--notes`` notes in all through the server's push service,
then a fresh device (a real SQLCipher vault) enrols and syncs. Prints one JSON object:
``initial_sync_s`` (targets ≤ 20 s for 1,000 cases / 20,000 notes), ``noop_sync_ms``
(median, ≤ 100 ms) and ``push_ops_per_s``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from domain.access import Role
from domain.cases import Case
from domain.codec import to_fields
from domain.hlc import Timestamp
from domain.ids import new_id
from domain.notes import JournalNote, NoteType
from domain.ops import Entity, OpKind
from domain.people import Person, PersonRole
from storage.sync_store import VaultSyncStore
from storage.vault import KdfParams, Vault
from sync.client.engine import SyncEngine, SyncReport
from sync.client.enrol import enrol_device
from sync.client.transport import HttpTransport
from sync.protocol import PushRequest, WireOp
from sync.server import admin, migrate
from sync.server.api.app import create_app
from sync.server.config import Argon2Params, Settings, normalise_url
from sync.server.db import make_engine, make_sessionmaker, transaction
from sync.server.devices import DeviceContext
from sync.server.replication.push import push

PASSWORD = "bench-passord-1"
BATCH = 500


def _args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench sync")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--cases", type=int, default=1000)
    p.add_argument("--notes", type=int, default=20000, help="notes in all")
    p.add_argument("--push-ops", type=int, default=2000)
    return p.parse_args(argv)


def _settings(folder: Path) -> Settings:
    url = os.environ.get("FELT_DATABASE_URL") or f"sqlite:///{folder / 'server.db'}"
    return Settings(database_url=normalise_url(url), data_dir=folder,
                    argon2=Argon2Params(memory_kib=1024, iterations=1, lanes=1))


def _seed(settings: Settings, cases: int, notes: int) -> str:
    """A unit, a caseworker, and her cases with their notes, pushed by a seeding device."""
    engine = make_engine(settings)
    migrate.upgrade(engine)
    factory = make_sessionmaker(engine)
    username = "bench-" + new_id()[-8:]
    with transaction(factory) as s:
        unit = admin.create_unit(s, settings, "Bench " + username)
        user_id = admin.create_user(s, settings, username=username, password=PASSWORD,
                                    role=Role.SAKSBEHANDLER, unit_id=unit)
        user = admin.get_user(s, user_id)
    ctx = DeviceContext("bench-seeder", user)
    ops = _seed_ops(username, cases, notes)
    for i in range(0, len(ops), BATCH):
        push(factory, settings, ctx, PushRequest(ops=ops[i : i + BATCH]))
    engine.dispose()
    return username


def _seed_ops(user: str, cases: int, notes: int) -> list[WireOp]:
    wall = int(time.time() * 1000) - 3_600_000
    counter = iter(range(10**9))

    def op(case_id: str, entity: Entity, entity_id: str, fields: dict[str, Any]) -> WireOp:
        hlc = Timestamp(wall, next(counter) % 0xFFFF, "bench-seeder").encode()
        return WireOp(op_id=new_id(), case_id=case_id, entity=entity, entity_id=entity_id,
                      kind=OpKind.CREATE, fields=fields, hlc=hlc, user=user, device="bench-seeder")

    out: list[WireOp] = []
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    for c in range(cases):
        case = Case(created_at=start, caseworker=user)
        child = Person(case_id=case.id, role=PersonRole.CHILD, given_name=f"Barn{c}",
                       family_name="Benchmark", birth_date=date(2014, 1, 1))
        case.child_id = child.id
        out.append(op(case.id, Entity.CASE, case.id, to_fields(case)))
        out.append(op(case.id, Entity.PERSON, child.id, to_fields(child)))
        for n in range(notes // cases + (1 if c < notes % cases else 0)):
            note = JournalNote(case_id=case.id, note_type=NoteType.HJEMMEBESOK,
                               occurred_at=start + timedelta(hours=n), author=user,
                               body=f"Hjemmebesøk nummer {n}. Barnet virket trygt og fortalte"
                               " om skolen, vennene og fritiden sin.")
            out.append(op(case.id, Entity.JOURNAL_NOTE, note.id, to_fields(note)))
    return out


class _Uvicorn:
    """The server app under uvicorn in a thread on a free loopback port."""

    def __init__(self, settings: Settings) -> None:
        import socket

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _measure(url: str, username: str, folder: Path, push_ops: int) -> dict[str, Any]:
    vault = Vault.create(folder / "vault", "bench passphrase 2026", user=username,
                         kdf=KdfParams.cheap())
    store = VaultSyncStore(vault)
    transport = HttpTransport(url, insecure_loopback=True, timeout_s=120)
    enrol_device(store, transport, server_url=url, username=username, password=PASSWORD)
    engine = SyncEngine(store, transport, page_limit=1000)
    t0 = time.perf_counter()
    first: SyncReport = engine.sync()
    initial = time.perf_counter() - t0
    noop = []
    for _ in range(15):
        t = time.perf_counter()
        engine.sync()
        noop.append((time.perf_counter() - t) * 1000)
    case_id = vault.cases.list(limit=1)[0].id
    with vault.batch():
        for i in range(push_ops):
            vault.notes.save_draft(JournalNote(
                case_id=case_id, note_type=NoteType.TELEFONSAMTALE,
                occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC), author=username,
                body=f"Telefonsamtale {i}."))
    t = time.perf_counter()
    engine.push_pending(SyncReport())
    push_s = time.perf_counter() - t
    result = {
        "cases": vault.cases.count(),
        "initial_sync_s": round(initial, 2),
        "initial_pages": first.pages,
        "noop_sync_ms": round(statistics.median(noop), 1),
        "push_ops_per_s": round(push_ops / push_s, 1),
        "backend": "postgresql" if os.environ.get("FELT_DATABASE_URL") else "sqlite",
    }
    vault.close()
    transport.close()
    return result


def main(argv: list[str]) -> int:
    """``python -m bench sync [--json]``."""
    args = _args(argv)
    with tempfile.TemporaryDirectory(prefix="felt-bench-sync-") as tmp:
        folder = Path(tmp)
        settings = _settings(folder)
        t = time.perf_counter()
        username = _seed(settings, args.cases, args.notes)
        seed_s = time.perf_counter() - t
        with _Uvicorn(settings) as url:
            result = _measure(url, username, folder, args.push_ops)
    result["seed_s"] = round(seed_s, 1)
    result["notes"] = args.notes
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0

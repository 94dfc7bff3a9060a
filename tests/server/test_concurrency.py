"""Sequence visibility under concurrent pushes (DESIGN.md §5), on real PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from domain.access import Role
from domain.ops import Entity, OpKind
from sync.protocol import PushRequest
from sync.server import admin
from sync.server.devices import DeviceContext
from sync.server.replication.pull import pull
from sync.server.replication.push import push
from tests.server.conftest import Server

PUSHERS, BATCHES, BATCH = 8, 12, 5


def _ctx(server: Server, username: str) -> DeviceContext:
    dev = server.enrol(username)
    with server.factory() as s:
        return DeviceContext(dev.device_id, admin.get_user(s, username))


@pytest.mark.pg
def test_puller_sees_every_accepted_op_exactly_once(pg_server: Server) -> None:
    server = pg_server
    pushers = [server.person(f"saks{i}", Role.SAKSBEHANDLER) for i in range(PUSHERS)]
    server.user("leder", Role.LEDER)
    leder = _ctx(server, "leder")
    cases = [server.new_case(dev)[0] for dev in pushers]
    accepted: set[str] = set()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def pusher(i: int) -> None:
        dev = pushers[i]
        with server.factory() as s:
            ctx = DeviceContext(dev.device_id, admin.get_user(s, dev.username))
        try:
            for _ in range(BATCHES):
                ops = [dev.maker.op(cases[i], Entity.VISIT, OpKind.CREATE, {"n": k})
                       for k in range(BATCH)]
                res = push(server.factory, server.settings, ctx, PushRequest(ops=ops))
                with lock:
                    accepted.update(r.op_id for r in res.results if r.status == "accepted")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    seen: list[str] = []
    seqs: list[int] = []
    cursor = 0

    def pull_once() -> bool:
        nonlocal cursor
        page = pull(server.factory, server.settings, leder, cursor, 17)
        seen.extend(op.op_id for op in page.ops if op.entity == "visit")
        seqs.extend(op.seq for op in page.ops)
        cursor = page.next_cursor
        return page.has_more

    threads = [threading.Thread(target=pusher, args=(i,)) for i in range(PUSHERS)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        pull_once()
    for t in threads:
        t.join()
    while pull_once():
        pass
    assert errors == []
    assert len(accepted) == PUSHERS * BATCHES * BATCH
    assert len(seen) == len(set(seen)), "an op was delivered twice"
    assert set(seen) == accepted, "an op was passed over"
    assert seqs == sorted(seqs)


def test_sequence_numbers_are_dense_and_ordered(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    results = server.push(saks, [saks.maker.op(case_id, Entity.VISIT, OpKind.CREATE, {"n": i})
                                 for i in range(10)])
    assert [r["seq"] for r in results] == list(range(2, 12))

"""Bad input gets a typed error and loses nothing; devices, throttling, escrow."""

from __future__ import annotations

import base64
import json
import os

from sqlalchemy import func, select

from domain.access import Role
from domain.escrow import seal_to_recovery_key
from domain.ops import Entity, OpKind
from sync.protocol import PROTOCOL_HEADER
from sync.server import recovery
from sync.server.db import transaction
from sync.server.tables import audit_log, ops
from tests.server.conftest import PASSWORD, Server


def _code(r) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    return r.status_code, r.json()["error"]["code"]


def _op_count(server: Server) -> int:
    with server.factory() as s:
        return int(s.execute(select(func.count()).select_from(ops)).scalar_one())


def test_health_and_openapi(sqlite_server: Server) -> None:
    assert sqlite_server.client.get("/health").json()["status"] == "ok"
    paths = sqlite_server.client.get("/openapi.json").json()["paths"]
    assert {"/v1/sync/push", "/v1/sync/pull", "/v1/devices/enrol"} <= set(paths)


def test_protocol_version_is_required(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    for value in (None, "2", "x"):
        headers = {"Authorization": f"Bearer {saks.token}"}
        if value is not None:
            headers[PROTOCOL_HEADER] = value
        r = server.client.get("/v1/sync/pull", headers=headers)
        assert _code(r) == (400, "protocol_version")


def test_malformed_json_and_invalid_ops(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    r = server.client.post("/v1/sync/push", content=b'{"ops": [', headers={
        **saks.headers, "Content-Type": "application/json"})
    assert _code(r) == (400, "malformed_json")
    r = server.post("/v1/sync/push", {"ops": [{"op_id": "x"}]}, saks)
    assert _code(r) == (422, "validation_error")
    r = server.get("/v1/sync/pull", saks, params={"cursor": -1})
    assert _code(r) == (422, "validation_error")
    assert _code(server.get("/v1/nothing", saks)) == (404, "not_found")
    assert _op_count(server) == 0


def test_oversized_batches_are_refused_whole(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    n = server.settings.max_batch_ops + 1
    batch = [saks.maker.op(case_id, Entity.VISIT, OpKind.CREATE, {"n": i}).model_dump(mode="json")
             for i in range(n)]
    assert _code(server.post("/v1/sync/push", {"ops": batch}, saks)) == (413, "batch_too_large")
    big = [saks.maker.op(case_id, Entity.VISIT, OpKind.CREATE, {
        "text": "x" * 1_000_000}).model_dump(mode="json") for _ in range(10)]
    assert _code(server.post("/v1/sync/push", {"ops": big}, saks)) == (413, "batch_too_large")
    assert _op_count(server) == 1


def test_wrong_password_is_throttled_and_audited(server: Server) -> None:
    server.user("saks", Role.SAKSBEHANDLER)
    for _ in range(server.settings.throttle_after):
        r = server.post("/v1/devices/enrol", {"username": "saks", "password": "feil"})
        assert _code(r) == (401, "invalid_credentials")
    r = server.post("/v1/devices/enrol", {"username": "saks", "password": PASSWORD})
    assert _code(r) == (429, "login_throttled")
    assert int(r.headers["Retry-After"]) > 0
    server.clock.advance(seconds=server.settings.throttle_base_seconds + 1)
    assert server.post("/v1/devices/enrol", {"username": "saks", "password": PASSWORD}).status_code == 200
    with server.factory() as s:
        events = [r.event for r in s.execute(select(audit_log.c.event))]
    assert events.count("login_failed") == server.settings.throttle_after
    unknown = server.post("/v1/devices/enrol", {"username": "ingen", "password": "x"})
    assert _code(unknown) == (401, "invalid_credentials")


def test_revoked_device_is_told_and_audited(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    admin_dev = server.person("admin", Role.ADMIN, None)
    assert server.post(f"/v1/admin/devices/{saks.device_id}/revoke", None, admin_dev).status_code == 204
    assert _code(server.get("/v1/session", saks)) == (403, "device_revoked")
    _, op = saks.maker.new_case()
    r = server.post("/v1/sync/push", {"ops": [op.model_dump(mode="json")]}, saks)
    assert _code(r) == (403, "device_revoked")
    bad = {**saks.headers, "Authorization": "Bearer nope"}
    assert _code(server.client.get("/v1/session", headers=bad)) == (401, "unauthenticated")
    with server.factory() as s:
        events = [r.event for r in s.execute(select(audit_log.c.event))]
    assert events.count("revoked_device_contact") == 2
    assert _op_count(server) == 0


def test_escrow_and_audited_recovery(server: Server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    key_file = tmp_path / "recovery.pem"
    with transaction(server.factory) as s:
        recovery.create_key(s, server.settings, key_file, b"kommunens passfrase")
    server.user("saks", Role.SAKSBEHANDLER)
    r = server.post("/v1/devices/enrol", {"username": "saks", "password": PASSWORD})
    body = r.json()
    data_key = os.urandom(32)
    blob = seal_to_recovery_key(data_key, body["recovery_public_key"].encode("ascii"))
    sealed = base64.b64encode(json.dumps(blob).encode()).decode()
    headers = {"Authorization": f"Bearer {body['device_token']}", PROTOCOL_HEADER: "1"}
    assert server.client.put("/v1/devices/escrow", json={"sealed_key": sealed},
                             headers=headers).status_code == 204
    with transaction(server.factory) as s:
        opened = recovery.recover(s, server.settings, body["device_id"], key_file,
                                  b"kommunens passfrase")
    assert opened == data_key
    with server.factory() as s:
        assert "key_recovered" in [r.event for r in s.execute(select(audit_log.c.event))]

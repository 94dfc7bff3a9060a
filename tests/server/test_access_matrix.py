"""Every role and relation × every endpoint, and a leak scan of every device-bound response.

B1 need-to-know, B4 reporter identity, B6 strengt fortrolig address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from domain.access import Role
from domain.ops import Entity, OpKind
from sync.server import admin
from sync.server.db import transaction
from tests.server.conftest import Device, Server

REPORTER_SECRET = "Rita Reporter-Hemmelig"
REPORTER_FIELD_SECRET = "Meldeplikt-Navn-Hemmelig"
ADDRESS_SECRET = "Skjultveien 66"
PHONE_SECRET = "+47 99 66 66 66"
FORTROLIG_ADDRESS = "Fortrolig gate 7"


@dataclass(frozen=True)
class Expect:
    """What one actor may do (True = allowed)."""

    read_case: bool
    write_case: bool
    reporter: bool
    read_intake: bool
    session: bool
    stats: bool
    admin: bool
    break_glass: bool
    assign: bool


MATRIX: dict[str, Expect] = {
    # actor:                  read   write  B4     intake session stats  admin  bg     assign
    "saks_assigned": Expect(True, True, True, False, True, False, False, False, False),
    "saks_same_unit": Expect(False, False, False, False, True, False, False, False, False),
    "saks_other_unit": Expect(False, False, False, False, True, False, False, False, False),
    "leder_same_unit": Expect(True, True, True, True, True, True, False, False, True),
    "leder_other_unit": Expect(False, False, False, False, True, True, False, True, False),
    "leder_break_glass": Expect(True, True, False, False, True, True, False, True, False),
    "leder_expired_bg": Expect(False, False, False, False, True, True, False, True, False),
    "mottak_same_unit": Expect(False, False, False, True, True, False, False, False, False),
    "mottak_other_unit": Expect(False, False, False, False, True, False, False, False, False),
    "admin": Expect(False, False, False, False, True, False, True, False, False),
    "revoked_device": Expect(False, False, False, False, False, False, False, False, False),
}


@dataclass
class World:
    server: Server
    devices: dict[str, Device]
    case_x: str
    number_x: str
    case_y: str
    owner: Device


def _case_x_ops(dev: Device, case_id: str) -> list[Any]:
    m = dev.maker
    return [
        m.op(case_id, Entity.REPORT, OpKind.CREATE, {
            "content": "bekymring", "reporter_type": "offentlig",
            "reporter_name": REPORTER_FIELD_SECRET}),
        m.op(case_id, Entity.REPORTER, OpKind.CREATE, {"name": REPORTER_SECRET}),
        m.op(case_id, Entity.PERSON, OpKind.CREATE, {
            "role": "barn", "given_name": "Kari", "family_name": "Nordmann",
            "address_protection": "strengt_fortrolig", "address": ADDRESS_SECRET,
            "phone": PHONE_SECRET, "postal_code": "0666"}),
        m.op(case_id, Entity.PERSON, OpKind.CREATE, {
            "role": "forelder", "given_name": "Ola", "family_name": "Nordmann",
            "address_protection": "fortrolig", "address": FORTROLIG_ADDRESS}),
        m.op(case_id, Entity.PLACEMENT, OpKind.CREATE, {
            "kind": "fosterhjem", "placement_address": ADDRESS_SECRET}),
    ]


def _build(server: Server) -> World:
    names = {
        "saks_assigned": (Role.SAKSBEHANDLER, "Nord"),
        "saks_same_unit": (Role.SAKSBEHANDLER, "Nord"),
        "saks_other_unit": (Role.SAKSBEHANDLER, "Sor"),
        "leder_same_unit": (Role.LEDER, "Nord"),
        "leder_other_unit": (Role.LEDER, "Sor"),
        "leder_break_glass": (Role.LEDER, "Sor"),
        "leder_expired_bg": (Role.LEDER, "Sor"),
        "mottak_same_unit": (Role.MOTTAK, "Nord"),
        "mottak_other_unit": (Role.MOTTAK, "Sor"),
        "admin": (Role.ADMIN, None),
    }
    devices = {n: server.person(n, role, unit) for n, (role, unit) in names.items()}
    owner = devices["saks_assigned"]
    case_x, result = server.new_case(owner, status="undersokelse")
    assert all(r["status"] == "accepted" for r in server.push(owner, _case_x_ops(owner, case_x)))
    case_y, _ = server.new_case(devices["mottak_same_unit"])
    reason = "Akutt henvendelse fra politiet om barnet"
    for name in ("leder_break_glass", "leder_expired_bg"):
        r = server.post("/v1/break-glass", {"case_number": result["case_number"],
                                            "reason": reason}, devices[name])
        assert r.status_code == 200, r.text
    server.clock.advance(minutes=server.settings.break_glass_minutes - 1)
    with transaction(server.factory) as s:  # only one of the two grants stays alive
        from sqlalchemy import update

        from sync.server.tables import break_glass, users
        uid = s.execute(users.select().where(users.c.username == "leder_break_glass")).one().id
        s.execute(update(break_glass).where(break_glass.c.user_id == uid).values(
            expires_at=server.clock.now + timedelta(hours=1)))
    server.clock.advance(minutes=2)
    revoked = server.enrol("saks_assigned")
    with transaction(server.factory) as s:
        from sync.server.devices import revoke

        revoke(s, server.settings, revoked.device_id, None)
    devices["revoked_device"] = revoked
    return World(server, devices, case_x, result["case_number"], case_y, owner)


@pytest.fixture
def world(server: Server) -> World:
    return _build(server)


def _granted(server: Server, dev: Device) -> tuple[set[str], list[dict[str, Any]]]:
    r = server.get("/v1/sync/pull", dev, params={"cursor": 0})
    if r.status_code != 200:
        return set(), []
    body = r.json()
    cases = {g["case_id"] for g in body["grants"]} | {op["case_id"] for op in body["ops"]}
    return cases, body["grants"]


def test_access_matrix_b1_b4_b6(world: World) -> None:
    server = world.server
    for name, expect in MATRIX.items():
        dev = world.devices[name]
        cases, grants = _granted(server, dev)
        assert (world.case_x in cases) is expect.read_case, name
        assert (world.case_y in cases) is (expect.read_intake or name == "leder_same_unit"), name
        ents = [e for g in grants if g["case_id"] == world.case_x for e in g["entities"]]
        assert any(e["entity"] == "reporter" for e in ents) is expect.reporter, name
        write = dev.maker.op(world.case_x, Entity.VISIT, OpKind.CREATE, {"by": name})
        r = server.post("/v1/sync/push", {"ops": [write.model_dump(mode="json")]}, dev)
        if name == "revoked_device":
            assert (r.status_code, r.json()["error"]["code"]) == (403, "device_revoked")
        else:
            assert (r.json()["results"][0]["status"] == "accepted") is expect.write_case, name
        _check_endpoints(world, name, dev, expect)


def _check_endpoints(world: World, name: str, dev: Device, expect: Expect) -> None:
    server = world.server
    assert (server.get("/v1/session", dev).status_code == 200) is expect.session, name
    assert (server.get("/v1/stats", dev).status_code == 200) is expect.stats, name
    assert (server.get("/v1/joins", dev).status_code == 200) is expect.stats, name
    assert (server.get("/v1/admin/users", dev).status_code == 200) is expect.admin, name
    assert (server.get("/v1/admin/devices", dev).status_code == 200) is expect.admin, name
    r = server.post("/v1/break-glass", {"case_number": world.number_x,
                                        "reason": "Akutt: barnet er meldt savnet i natt"}, dev)
    assert (r.status_code == 200) is expect.break_glass, (name, r.text)
    if r.status_code != 200:
        assert r.json()["error"]["code"] in ("forbidden", "device_revoked")
    body = {"case_id": world.case_x, "user_id": world.devices["saks_same_unit"].user_id}
    r = server.post("/v1/assignments", body, dev)
    assert (r.status_code == 204) is expect.assign, (name, r.text)


def test_expired_break_glass_push_says_so(world: World) -> None:
    dev = world.devices["leder_expired_bg"]
    op = dev.maker.op(world.case_x, Entity.VISIT, OpKind.CREATE, {"n": 1})
    assert world.server.push(dev, [op])[0]["reason"] == "break_glass_expired"


def test_admin_push_is_rejected_as_no_case_content(world: World) -> None:
    dev = world.devices["admin"]
    _, create = dev.maker.new_case()
    op = dev.maker.op(world.case_x, Entity.VISIT, OpKind.CREATE, {"n": 1})
    reasons = [r["reason"] for r in world.server.push(dev, [create, op])]
    assert reasons == ["admin_no_case_content", "admin_no_case_content"]


def test_break_glass_needs_a_written_reason_b1(world: World) -> None:
    dev = world.devices["leder_other_unit"]
    r = world.server.post("/v1/break-glass", {"case_number": world.number_x, "reason": "  x "}, dev)
    assert (r.status_code, r.json()["error"]["code"]) == (422, "reason_required")
    report = world.server.get("/v1/break-glass", world.devices["leder_same_unit"]).json()
    assert len(report) == 2 and all(e["reason"] for e in report)


def test_no_leaks_in_any_device_bound_response_b4_b6(world: World) -> None:
    server = world.server
    for dev in world.devices.values():  # every endpoint once more, incremental pulls too
        server.pull_all(dev) if dev.device_id != world.devices["revoked_device"].device_id else None
    with transaction(server.factory) as s:
        admin.assign(s, server.settings, world.case_x, "saks_same_unit")
    allowed_reporter = {
        world.devices[n].token for n in ("saks_assigned", "leder_same_unit", "saks_same_unit")
    }
    for dev in world.devices.values():
        if dev is not world.devices["revoked_device"]:
            server.pull_all(dev)
    leaks = []
    for r in server.responses:
        text = r.text
        token = r.request.headers.get("authorization", "").removeprefix("Bearer ")
        for secret in (ADDRESS_SECRET, PHONE_SECRET):
            if secret in text:
                leaks.append(("B6", r.request.url.path))
        if token not in allowed_reporter:
            for secret in (REPORTER_SECRET, REPORTER_FIELD_SECRET):
                if secret in text:
                    leaks.append(("B4", r.request.url.path))
    assert leaks == []
    owner_text = " ".join(r.text for r in server.responses)
    assert REPORTER_SECRET in owner_text  # the scan is live
    assert "strengt_fortrolig" in owner_text  # the level is kept for the banner
    # In a case with a strengt fortrolig person every address-like field stays home (B6).
    assert FORTROLIG_ADDRESS not in owner_text


def test_fortrolig_address_is_synced_to_the_caseworker_b6(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    server.push(saks, [saks.maker.op(case_id, Entity.PERSON, OpKind.CREATE, {
        "role": "forelder", "address_protection": "fortrolig", "address": FORTROLIG_ADDRESS})])
    grant = server.pull(saks)["grants"][0]
    person = next(e for e in grant["entities"] if e["entity"] == "person")
    assert person["fields"]["address"] == FORTROLIG_ADDRESS


def test_protection_set_later_strips_old_ops_b6(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    case_id, _ = server.new_case(saks)
    person = saks.maker.op(case_id, Entity.PERSON, OpKind.CREATE, {
        "role": "barn", "address": ADDRESS_SECRET})
    protect = saks.maker.op(case_id, Entity.PERSON, OpKind.UPDATE, {
        "address_protection": "strengt_fortrolig"}, person.entity_id)
    server.push(saks, [person, protect])
    fresh = server.enrol("saks")
    pages = server.pull_all(fresh)
    assert ADDRESS_SECRET not in str(pages)
    assert any(op.get("redacted") for p in pages for op in p["ops"])

"""Demo data (units, a user of each role, a few cases) and an op builder tests and bench share."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Role
from domain.hlc import Timestamp
from domain.ids import new_id
from domain.ops import Entity, OpKind
from sync.protocol import PushRequest, WireOp
from sync.server import admin
from sync.server.config import Settings
from sync.server.db import transaction
from sync.server.devices import DeviceContext
from sync.server.replication.push import push
from sync.server.tables import units

DEMO_PASSWORD = "demo-passord-2026"
DEMO_USERS = [
    ("admin", Role.ADMIN, None),
    ("leder.nord", Role.LEDER, "Barnevern Nord"),
    ("saks.nord", Role.SAKSBEHANDLER, "Barnevern Nord"),
    ("mottak.nord", Role.MOTTAK, "Barnevern Nord"),
    ("leder.sor", Role.LEDER, "Barnevern Sør"),
    ("saks.sor", Role.SAKSBEHANDLER, "Barnevern Sør"),
]


@dataclass
class OpMaker:
    """Builds well-formed ops for one user and device, with a monotone HLC."""

    user: str
    device: str
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def hlc(self) -> str:
        """A fresh HLC string for this device."""
        return Timestamp(int(time.time() * 1000), next(self._counter) % 65536, self.device).encode()

    def op(
        self,
        case_id: str,
        entity: Entity,
        kind: OpKind,
        fields: dict[str, Any],
        entity_id: str | None = None,
        hlc: str | None = None,
    ) -> WireOp:
        """One op."""
        return WireOp(
            op_id=new_id(),
            case_id=case_id,
            entity=entity,
            entity_id=entity_id or new_id(),
            kind=kind,
            fields=fields,
            hlc=hlc or self.hlc(),
            user=self.user,
            device=self.device,
        )

    def new_case(self, status: str = "mottak") -> tuple[str, WireOp]:
        """A case id and the op that creates it."""
        case_id = new_id()
        return case_id, self.op(case_id, Entity.CASE, OpKind.CREATE, {"status": status}, case_id)


def demo_case_ops(maker: OpMaker, n: int) -> list[WireOp]:
    """A melding with reporter, a child and a journal note, for synthetic child ``n``."""
    case_id, create = maker.new_case()
    return [
        create,
        maker.op(case_id, Entity.REPORT, OpKind.CREATE, {
            "channel": "telefon", "reporter_type": "offentlig",
            "content": f"Demo-melding {n}: bekymring fra skolen."}),
        maker.op(case_id, Entity.REPORTER, OpKind.CREATE, {
            "name": f"Demo Lærer {n}", "organisation": "Demo skole"}),
        maker.op(case_id, Entity.PERSON, OpKind.CREATE, {
            "role": "barn", "given_name": f"Demobarn{n}", "family_name": "Testesen",
            "address_protection": "ingen", "address": f"Demoveien {n}"}),
        maker.op(case_id, Entity.JOURNAL_NOTE, OpKind.CREATE, {
            "note_type": "telefonsamtale", "text": "Demo-notat."}),
    ]


def load_demo(factory: sessionmaker[Session], settings: Settings) -> dict[str, str]:
    """Create the demo units, users and cases; returns username → role. Idempotent."""
    with transaction(factory) as session:
        if session.execute(select(units.c.id).where(units.c.name == "Barnevern Nord")).first():
            return {}
        unit_ids = {n: admin.create_unit(session, settings, n) for n in ("Barnevern Nord", "Barnevern Sør")}
        for username, role, unit in DEMO_USERS:
            admin.create_user(
                session, settings, username=username, password=DEMO_PASSWORD, role=role,
                unit_id=unit_ids[unit] if unit else None,
            )
    for username, n in (("saks.nord", 1), ("saks.nord", 2), ("mottak.nord", 3), ("saks.sor", 4)):
        with transaction(factory) as session:
            user = admin.get_user(session, username)
        ctx = DeviceContext("demo-" + username, user)
        maker = OpMaker(user.id, ctx.device_id)
        push(factory, settings, ctx, PushRequest(ops=demo_case_ops(maker, n)))
    return {u: r.value for u, r, _ in DEMO_USERS}

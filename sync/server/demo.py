"""Demo data (units, a user of each role, cases at every stage) and an op builder tests and
bench share. The cases are domain values sent as the app sends them (``domain.codec``), so
the app, the server's statistics and ``audit-extract`` read them like real ones."""

from __future__ import annotations

import itertools
import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Role
from domain.cases import Case, CaseStatus
from domain.codec import to_fields
from domain.hlc import Timestamp
from domain.identity import synthetic_identity_number
from domain.ids import new_id
from domain.investigations import Conclusion, ConclusionCode, Investigation
from domain.legal import LawVersion, LegalBasis
from domain.measures import (
    EmergencyDecision,
    EmergencyKind,
    Measure,
    MeasureKind,
    Placement,
    Visit,
    VisitKind,
)
from domain.notes import JournalNote, NoteType
from domain.ops import Entity, OpKind
from domain.people import Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    Report,
    ReporterIdentity,
    ReporterType,
)
from sync.protocol import OpStatus, PushRequest, WireOp
from sync.server import admin
from sync.server.config import Settings
from sync.server.db import transaction
from sync.server.devices import DeviceContext
from sync.server.replication.push import push
from sync.server.tables import units

OSLO = ZoneInfo("Europe/Oslo")
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


STAGES = ("mottak", "henlagt", "undersokelse", "tiltak", "omsorg")
"""One stage per case, in turn (as the app's demo vault): every kind of figure has data."""
GIVEN = ("Emma", "Noah", "Nora", "Jakob", "Sofie", "Filip", "Ella", "Lukas", "Maja", "Oskar")
FAMILIES = ("Demoberg", "Testesen", "Fiktivsen", "Prøvedal", "Eksempelvik")
STAGE_STATUS = {"mottak": CaseStatus.MOTTAK, "henlagt": CaseStatus.HENLAGT,
                "undersokelse": CaseStatus.UNDERSOKELSE, "tiltak": CaseStatus.TILTAK,
                "omsorg": CaseStatus.OMSORG}
BASIS = LegalBasis(LawVersion.BVL2021, "§ 3-1")


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, clock_time(hour), OSLO)


def demo_case_ops(maker: OpMaker, n: int, today: date, rng: random.Random) -> list[WireOp]:
    """Synthetic child ``n``: a case as the app writes it (``domain.codec`` fields of domain
    values), at stage ``STAGES[n % 5]`` with dates relative to ``today``: a melding with its
    reporter (apart, B4), an undersøkelse, a tiltak with its plan, or an akuttvedtak and a
    foster home with visits; a journal note. Names invented, identity numbers synthetic."""
    stage = STAGES[n % len(STAGES)]
    received = today - timedelta(days=rng.randint(1, 10) if stage == "mottak" else
                                 rng.randint(20, 300))
    case = Case(created_at=_at(received), caseworker=maker.user, status=STAGE_STATUS[stage])
    born = today - timedelta(days=rng.randint(300, 16 * 365))
    child = Person(case.id, PersonRole.CHILD, rng.choice(GIVEN), rng.choice(FAMILIES), born,
                   synthetic_identity_number(born, rng), address=f"Demoveien {n + 1}")
    case.child_id = child.id
    decided = received + timedelta(days=rng.randint(2, 9))  # now and then past the 7 days
    outcome = {"mottak": None, "henlagt": IntakeOutcome.HENLAGT,
               "omsorg": IntakeOutcome.AKUTT}.get(stage, IntakeOutcome.UNDERSOKELSE)
    decision = None if outcome is None else IntakeDecision(
        outcome, decided, "demo", "Avklart med melder og foreldre." if stage == "henlagt" else "")
    reporter = ReporterIdentity(f"Demo Lærer {n + 1}", "Demo skole")
    report = Report(case.id, _at(received, rng.randint(8, 15)), Channel.PHONE,
                    ReporterType.PUBLIC_BODY, f"Demo-melding {n + 1}: bekymring fra skolen.",
                    reporter=reporter, decision=decision, registered_by=maker.user)
    melding = to_fields(report)
    melding.pop("reporter")  # B4: the identity travels apart, under the melding's id
    ops = [maker.op(case.id, Entity.CASE, OpKind.CREATE, to_fields(case), case.id),
           maker.op(case.id, Entity.PERSON, OpKind.CREATE, to_fields(child), child.id),
           maker.op(case.id, Entity.REPORT, OpKind.CREATE, melding, report.id),
           maker.op(case.id, Entity.REPORTER, OpKind.CREATE, to_fields(reporter), report.id)]
    records: list[tuple[Entity, str, Any]] = []
    if stage in ("undersokelse", "tiltak"):
        investigation = Investigation(case.id, report.id, decided)
        if stage == "tiltak":
            concluded = min(decided + timedelta(days=rng.randint(30, 90)), today)
            investigation.conclusion = Conclusion(ConclusionCode.HJELPETILTAK, concluded)
            plan = concluded + timedelta(days=14) if rng.random() < 0.75 else None
            measure = Measure(case.id, MeasureKind.HJELPETILTAK, "Støttekontakt", BASIS,
                              concluded, plan_made_on=plan if plan and plan <= today else None)
            records.append((Entity.MEASURE, measure.id, measure))
        records.append((Entity.INVESTIGATION, investigation.id, investigation))
    if stage == "omsorg":
        emergency = EmergencyDecision(case.id, EmergencyKind.OMSORG, _at(received, 22),
                                      LegalBasis(LawVersion.BVL2021, "§ 4-2"))
        started = received + timedelta(days=1)
        visits = [Visit(VisitKind.OPPFOLGING if i % 2 == 0 else VisitKind.TILSYN, day)
                  for i, day in enumerate(started + timedelta(days=d) for d in (30, 90, 150))
                  if day <= today]
        placement = Placement(case.id, started, visits=visits)
        records += [(Entity.EMERGENCY_DECISION, emergency.id, emergency),
                    (Entity.PLACEMENT, placement.id, placement)]
    note = JournalNote(case.id, NoteType.TELEFONSAMTALE, _at(received, 11), maker.user,
                       body="Demo-notat: samtale med melder.")
    records.append((Entity.JOURNAL_NOTE, note.id, note))
    return ops + [maker.op(case.id, entity, OpKind.CREATE, to_fields(value), entity_id)
                  for entity, entity_id, value in records]


DEMO_CASES = 10
"""Cases ``demo`` makes unless told (``--cases``): two rounds of every stage."""


def load_demo(
    factory: sessionmaker[Session], settings: Settings, cases: int = DEMO_CASES, seed: int = 7
) -> dict[str, str]:
    """Create the demo units, users and ``cases`` cases; returns username → role. Idempotent.

    Most cases go to Barnevern Nord (its caseworker, a few through mottak), every fourth to
    Barnevern Sør. Seeded: the same seed and day give the same cases (ids aside).
    """
    with transaction(factory) as session:
        if session.execute(select(units.c.id).where(units.c.name == "Barnevern Nord")).first():
            return {}
        unit_ids = {n: admin.create_unit(session, settings, n) for n in ("Barnevern Nord", "Barnevern Sør")}
        for username, role, unit in DEMO_USERS:
            admin.create_user(
                session, settings, username=username, password=DEMO_PASSWORD, role=role,
                unit_id=unit_ids[unit] if unit else None,
            )
    today = settings.clock().astimezone(OSLO).date()
    rng = random.Random(seed)
    makers: dict[str, tuple[DeviceContext, OpMaker]] = {}
    for n in range(cases):
        username = "saks.sor" if n % 4 == 3 else "saks.nord"
        if STAGES[n % len(STAGES)] == "mottak" and n % 2 == 0:
            username = "mottak.nord"
        if username not in makers:
            with transaction(factory) as session:
                user = admin.get_user(session, username)
            ctx = DeviceContext("demo-" + username, user)
            makers[username] = (ctx, OpMaker(user.id, ctx.device_id))
        ctx, maker = makers[username]
        answer = push(factory, settings, ctx, PushRequest(ops=demo_case_ops(maker, n, today, rng)))
        refused = [r.reason for r in answer.results if r.status is OpStatus.REJECTED]
        if refused:
            raise RuntimeError(f"demo case {n} refused: {refused}")
    return {u: r.value for u, r, _ in DEMO_USERS}

"""Issue 7: statistics computed by the server from its data, aggregated, no personal data.

A small unit is pushed through the real push endpoint as the app writes it (each record's
``domain.codec`` fields); ``GET /v1/stats`` must give exactly what ``domain.statistics`` gives
over the same case files, and the figures counted by hand below. Nothing in the answer may
name a case or a person (B8), and only the unit's leader may ask.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from domain.access import Role
from domain.casefile import CaseFile
from domain.cases import Case
from domain.codec import to_fields
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
from domain.ops import PARENT_FIELD, Entity, OpKind
from domain.people import Person, PersonRole
from domain.reports import Channel, IntakeDecision, IntakeOutcome, Report, ReporterType
from domain.statistics import statistics_by_period
from sync.protocol import StatsPeriod, StatsResponse
from sync.server import admin, cli
from sync.server.demo import load_demo
from sync.server.stats import load_unit_files
from sync.server.tables import audit_log, cases
from tests.server.conftest import Device, Server

OSLO = ZoneInfo("Europe/Oslo")
BASIS = LegalBasis(LawVersion.BVL2021, "§ 3-1")
TODAY = date(2026, 3, 2)  # the test server's clock (conftest.Clock), an Oslo day
CHILD_NAME, CHILD_NUMBER = "Tuva Telleviken", "14831551217"


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=OSLO)


@dataclass
class Unit:
    """What was pushed, as the app would hold it."""

    files: list[CaseFile] = field(default_factory=list)
    case_ids: list[str] = field(default_factory=list)
    entity_ids: list[str] = field(default_factory=list)


def push_case(server: Server, dev: Device, records: list[Any], unit: Unit) -> CaseFile:
    """A case with ``records`` (built by the callers for the case id passed back)."""
    case_id, create = dev.maker.new_case("undersokelse")
    ops = [create]
    file = CaseFile(case=Case(created_at=at(date(2025, 1, 2)), id=case_id))
    for record in records:
        record.case_id = case_id
        entity = {
            Report: Entity.REPORT, Investigation: Entity.INVESTIGATION, Measure: Entity.MEASURE,
            EmergencyDecision: Entity.EMERGENCY_DECISION, Placement: Entity.PLACEMENT,
            Person: Entity.PERSON,
        }[type(record)]
        ops.append(dev.maker.op(case_id, entity, OpKind.CREATE, to_fields(record), record.id))
        unit.entity_ids.append(record.id)
        for attr, cls in (("reports", Report), ("investigations", Investigation),
                          ("measures", Measure), ("emergency_decisions", EmergencyDecision),
                          ("placements", Placement)):
            if isinstance(record, cls):
                getattr(file, attr).append(record)
    results = server.push(dev, ops)
    assert all(r["status"] == "accepted" for r in results), results
    unit.files.append(file)
    unit.case_ids.append(case_id)
    return file


def report(received: date, outcome: IntakeOutcome | None = None,
           decided: date | None = None) -> Report:
    decision = IntakeDecision(outcome, decided, "mottak", "begrunnelse") if outcome and decided else None
    return Report("", at(received), Channel.PHONE, ReporterType.PRIVATE, "Bekymring.",
                  decision=decision)


def seed(server: Server) -> tuple[Unit, dict[str, Device]]:
    """Nord: three cases worth counting by hand; Sør: one that must not count."""
    devs = {
        "saks": server.person("saks", Role.SAKSBEHANDLER),
        "leder": server.person("leder", Role.LEDER),
        "mottak": server.person("mottak", Role.MOTTAK),
        "admin": server.person("admin", Role.ADMIN, None),
        "sondre": server.person("sondre", Role.SAKSBEHANDLER, "Sør"),
    }
    unit = Unit()
    saks = devs["saks"]
    # A: melding 10.01 henlagt 14.01 (in time). The child's name and number must never show.
    child = Person("", PersonRole.CHILD, CHILD_NAME.split()[0], CHILD_NAME.split()[1],
                   identity_number=CHILD_NUMBER)
    push_case(server, saks, [report(date(2025, 1, 10), IntakeOutcome.HENLAGT,
                                    date(2025, 1, 14)), child], unit)
    # B: melding 28.03 reviewed 08.04: A1 limit 04.04 passed (Q2). Undersøkelse 08.04,
    # concluded 20.05 with hjelpetiltak (limit 03.07: in time); a tiltak with its plan.
    r2 = report(date(2025, 3, 28), IntakeOutcome.UNDERSOKELSE, date(2025, 4, 8))
    inv2 = Investigation("", r2.id, date(2025, 4, 8))
    inv2.conclusion = Conclusion(ConclusionCode.HJELPETILTAK, date(2025, 5, 20))
    measure = Measure("", MeasureKind.HJELPETILTAK, "Støttekontakt", BASIS, date(2025, 5, 20),
                      plan_made_on=date(2025, 6, 1))
    push_case(server, saks, [r2, inv2, measure], unit)
    # C: melding 02.06 reviewed 05.06; undersøkelse still open: SSB limit 02.06 + 97 days =
    # 07.09 (Q3) has passed on TODAY. Akuttvedtak 31.07; placement from 01.08 with two visits
    # made at once, and a third (tilsyn 01.12) pushed later as its own entity.
    r3 = report(date(2025, 6, 2), IntakeOutcome.UNDERSOKELSE, date(2025, 6, 5))
    inv3 = Investigation("", r3.id, date(2025, 6, 5))
    emergency = EmergencyDecision("", EmergencyKind.OMSORG, at(date(2025, 7, 31), 22), BASIS)
    placement = Placement("", date(2025, 8, 1), visits=[
        Visit(VisitKind.OPPFOLGING, date(2025, 9, 1)), Visit(VisitKind.TILSYN, date(2025, 10, 15))])
    file_c = push_case(server, saks, [r3, inv3, emergency, placement], unit)
    late = Visit(VisitKind.TILSYN, date(2025, 12, 1))
    visit_op = saks.maker.op(file_c.case.id, Entity.VISIT, OpKind.CREATE,
                             {**to_fields(late), PARENT_FIELD[Entity.VISIT]: placement.id})
    assert server.push(saks, [visit_op])[0]["status"] == "accepted"
    placement.visits.append(late)
    # A record no domain class can read (a foreign writer): left out, and said so.
    junk = saks.maker.op(file_c.case.id, Entity.MEASURE, OpKind.CREATE, {"n": 1})
    assert server.push(saks, [junk])[0]["status"] == "accepted"
    # Sør: not the leader's unit.
    push_case(server, devs["sondre"], [report(date(2025, 2, 1))], Unit())
    return unit, devs


def stats(server: Server, dev: Device, year: int) -> Any:
    return server.get("/v1/stats", dev, params={"year": year})


def test_server_figures_equal_domain_statistics_and_the_hand_count(server: Server) -> None:
    unit, devs = seed(server)
    r = stats(server, devs["leder"], 2025)
    assert r.status_code == 200, r.text
    body = StatsResponse.model_validate(r.json())
    assert (body.year, body.as_of, body.cases, body.unreadable_records) == (2025, TODAY, 3, 1)
    expected = statistics_by_period(unit.files, 2025, TODAY)
    assert body.periods == [StatsPeriod.from_statistics(s) for s in expected]
    assert body.statistics() == expected  # and back to the domain's values, ratios included

    year, q1, q2, q3, q4 = body.periods
    assert [p.period for p in body.periods] == ["2025", "2025K1", "2025K2", "2025K3", "2025K4"]
    assert (year.reports_received, year.reports_reviewed, year.reports_closed) == (3, 3, 1)
    assert year.share_reports_closed == pytest.approx(1 / 3)
    assert (q1.reports_received, q2.reports_received, q2.reports_over_deadline) == (2, 1, 1)
    assert (year.investigations_opened, year.investigations_concluded) == (2, 1)
    assert (q2.investigations_closed, q3.investigations_over_deadline) == (0, 1)
    assert (year.children_with_measures, year.share_with_plan) == (1, 1.0)
    assert (q3.emergency_decisions, q3.children_in_foster_homes) == (1, 1)
    assert (q3.followup_visits, q4.tilsyn_visits, year.tilsyn_visits_per_child) == (1, 2, 2.0)


def test_no_case_ids_names_or_identity_numbers_in_the_answer(server: Server) -> None:
    unit, devs = seed(server)
    text = stats(server, devs["leder"], 2025).text
    with server.factory() as session:
        numbers = [str(n) for n in session.execute(select(cases.c.number)).scalars()]
    for secret in [*unit.case_ids, *unit.entity_ids, *numbers, CHILD_NUMBER,
                   *CHILD_NAME.split(), "Støttekontakt", "Bekymring"]:
        assert secret not in text, secret
    allowed = {"year", "as_of", "cases", "unreadable_records", "periods"}
    assert set(json.loads(text)) == allowed


def test_only_the_units_leader_may_ask_and_the_read_is_audited(server: Server) -> None:
    _, devs = seed(server)
    for name in ("saks", "mottak", "admin", "sondre"):
        r = stats(server, devs[name], 2025)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden", name
    assert stats(server, devs["leder"], 2025).status_code == 200
    assert stats(server, devs["leder"], 1800).status_code == 422
    this_year = server.get("/v1/stats", devs["leder"])
    assert this_year.json()["year"] == TODAY.year
    with server.factory() as session:
        rows = session.execute(
            select(audit_log.c.event, audit_log.c.case_id, audit_log.c.detail, audit_log.c.user_id)
            .where(audit_log.c.event == "read")
        ).all()
    reads = [r for r in rows if json.loads(r.detail).get("kind") == "statistics"]
    assert len(reads) == 2
    assert all(r.case_id is None and r.user_id == devs["leder"].user_id for r in reads)
    assert json.loads(reads[0].detail)["year"] == 2025


def test_cli_prints_the_same_figures_as_json(
    sqlite_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = sqlite_server
    _, devs = seed(server)
    served = stats(server, devs["leder"], 2025).json()
    monkeypatch.setenv("FELT_DATABASE_URL", server.settings.database_url)
    monkeypatch.setenv("FELT_SERVER_DATA_DIR", str(Path(server.settings.data_dir)))
    assert cli.main(["stats", "--year", "2025", "--unit", "Nord"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["periods"] == served["periods"]  # 2025 is over: the same on any later day
    assert printed["cases"] == 3
    assert cli.main(["stats", "--year", "2025"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert every["units"]["Nord"]["periods"] == served["periods"]
    assert every["units"]["Sør"]["periods"][0]["reports_received"] == 1
    assert every["totals"]["cases"] == 4


def test_demo_cases_are_read_like_real_ones(sqlite_server: Server) -> None:
    """`feltjournal-server demo`: every stage, accepted whole, counted by the statistics."""
    server = sqlite_server
    assert "leder.nord" in load_demo(server.factory, server.settings, cases=10)
    assert load_demo(server.factory, server.settings, cases=10) == {}  # idempotent
    with server.factory() as session:
        nord = admin.unit_id_by_name(session, "Barnevern Nord")
        files, unreadable = load_unit_files(session, nord)
    assert (len(files), unreadable) == (8, 0)  # every fourth case is Sør's
    assert all(f.reports for f in files)
    assert sum(len(f.placements) for f in files) == 2 and any(f.measures for f in files)

"""Demo data: a fresh vault filled with realistic, clearly fictional casework.

Everything goes through the storage API inside one ``vault.batch()``. Names and places are
invented, identity numbers are synthetic (month + 80, DOMAIN.md C), and every date is relative
to ``today`` so deadlines look alive: some overdue, some due soon. Seeded: the same seed and
``today`` give the same vault, ids included.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop import demo_text as txt
from desktop.context import OSLO
from desktop.demo_notes import NoteMaker
from desktop.intake_rules import emergency_basis
from domain.cases import Case, CaseStatus
from domain.identity import synthetic_identity_number
from domain.ids import format_case_number
from domain.investigations import (
    ChildParticipation,
    Conclusion,
    ConclusionCode,
    Extension,
    Investigation,
    ParticipationCode,
    PlanEntry,
    PlanItem,
)
from domain.legal import LawVersion, LegalBasis, law_in_force
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    EmergencyDecision,
    EmergencyKind,
    Measure,
    MeasureKind,
    Placement,
    Visit,
    VisitKind,
)
from domain.people import AddressProtection, Person, PersonRole
from domain.reports import (
    Channel,
    IntakeDecision,
    IntakeOutcome,
    LetterKind,
    Report,
    ReporterIdentity,
    ReporterLetter,
    ReporterType,
)

STAGES = (
    "mottak",
    "mottak",
    "henlagt",
    "undersokelse",
    "undersokelse",
    "konkludert",
    "tiltak",
    "tiltak",
    "omsorg",
    "akutt",
)
"""One stage per case, in turn: every stage of a case's life is present."""

__all__ = ["fill_demo_vault", "synthetic_identity_number"]


class DemoIds:
    """UUIDv7-shaped ids from the seeded generator, so the demo vault is reproducible."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self._rng = rng
        self._ms = int(datetime.combine(today, time(), OSLO).timestamp() * 1000) - 10**9

    def __call__(self) -> str:
        self._ms += 1
        value = (self._ms & (2**48 - 1)) << 80
        value |= 7 << 76 | self._rng.getrandbits(12) << 64
        value |= 2 << 62 | self._rng.getrandbits(62)
        return str(uuid.UUID(int=value))


def at(day: date, hour: int = 10) -> datetime:
    """A working-hours time on ``day`` in Oslo."""
    return datetime.combine(day, time(hour, 0), OSLO)


def basis(on: date, bvl2021: str, bvl1992: str) -> LegalBasis:
    """The paragraph of the barnevernlov in force on ``on``."""
    law = law_in_force(on)
    return LegalBasis(law, bvl2021 if law is LawVersion.BVL2021 else bvl1992)


class DemoFiller:
    """Makes one case after another; counters make every code and type appear."""

    def __init__(self, vault: Any, today: date, seed: int) -> None:
        self.vault = vault
        self.today = today
        self.rng = random.Random(seed)
        self.new_id = DemoIds(self.rng, today)
        self.reports_made = 0
        self.conclusions_made = 0
        self.notes = NoteMaker(vault, self.rng, self.new_id, today)

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def make_case(self, number: int) -> None:
        stage = STAGES[number % len(STAGES)]
        rng = self.rng
        created = self.days_ago(
            *{
                "mottak": (0, 12),
                "henlagt": (8, 200),
                "undersokelse": (10, 150),
                "akutt": (1, 20),
            }.get(stage, (120, 700))
        )
        case = Case(
            created_at=at(created),
            caseworker=rng.choice(txt.CASEWORKERS),
            id=self.new_id(),
            number=format_case_number(created.year, number + 1),
        )
        child, parents = self.family(case.id)
        case.child_id = child.id
        self.vault.cases.create(case, child)
        for parent in parents:
            self.vault.cases.add_person(parent)
        report = self.report(case.id, created)
        status = getattr(self, f"stage_{stage}")(case.id, report, created)
        self.letters(report)
        if status is not CaseStatus.MOTTAK:
            self.vault.cases.update(case.id, status=status)
        if number % 25 in (3, 17):
            self.protect(case.id, [child, *parents], number % 25 == 17)
        self.notes.journal(case.id, child, created, stage)

    def family(self, case_id: str) -> tuple[Person, list[Person]]:
        rng = self.rng
        family = rng.choice(txt.FAMILIES)
        address = f"{rng.choice(txt.STREETS)} {rng.randint(1, 120)}, {rng.choice(txt.PLACES)}"
        born = self.today - timedelta(days=rng.randint(200, 17 * 365))
        given = rng.choice(txt.GIRLS if rng.random() < 0.5 else txt.BOYS)
        child = Person(
            case_id,
            PersonRole.CHILD,
            given,
            family,
            born,
            synthetic_identity_number(born, rng),
            address=address,
            id=self.new_id(),
        )
        parents = []
        for _ in range(rng.choice((1, 2, 2))):
            parent_born = born - timedelta(days=rng.randint(20 * 365, 40 * 365))
            parents.append(
                Person(
                    case_id,
                    PersonRole.PARENT,
                    rng.choice(txt.ADULTS),
                    family,
                    parent_born,
                    synthetic_identity_number(parent_born, rng),
                    address=address,
                    phone=f"9{rng.randint(1000000, 9999999)}",
                    id=self.new_id(),
                )
            )
        return child, parents

    def report(self, case_id: str, received: date, *, decided: bool = True) -> Report:
        kinds = list(ReporterType)
        kind = kinds[self.reports_made % len(kinds)]
        self.reports_made += 1
        reporter = None
        if kind.identity_known:
            org = self.rng.choice(txt.SCHOOLS) if kind.has_meldeplikt else ""
            reporter = ReporterIdentity(
                f"{self.rng.choice(txt.ADULTS)} {self.rng.choice(txt.FAMILIES)}",
                organisation=org,
                phone=f"4{self.rng.randint(1000000, 9999999)}",
            )
        content = self.rng.choice(txt.CONCERNS).format(child="barnet")
        report = Report(
            case_id,
            at(received, self.rng.randint(8, 15)),
            self.rng.choice(list(Channel)),
            kind,
            content,
            acute=self.rng.random() < 0.1,
            reporter=reporter,
            registered_by="demo",
            id=self.new_id(),
        )
        self.vault.reports.add(report)
        return report

    def letters(self, report: Report) -> None:
        """A4a receipt to most named reporters; A4b to a meldeplikt reporter after opening."""
        if not report.reporter_type.identity_known or self.rng.random() < 0.3:
            return
        sent = report.received_on + timedelta(days=self.rng.randint(3, 18))
        if sent <= self.today:
            self.vault.reports.record_letter(report.id, ReporterLetter(LetterKind.RECEIPT, sent))
            if report.reporter_type.has_meldeplikt and self.rng.random() < 0.5:
                notice = ReporterLetter(LetterKind.INVESTIGATION_OPENED, sent)
                self.vault.reports.record_letter(report.id, notice)

    def decide(self, report: Report, outcome: IntakeOutcome, reason: str = "") -> date:
        on = min(report.received_on + timedelta(days=self.rng.randint(1, 7)), self.today)
        self.vault.reports.decide(report.id, IntakeDecision(outcome, on, "demo", reason))
        return on

    def stage_mottak(self, case_id: str, report: Report, created: date) -> CaseStatus:
        return CaseStatus.MOTTAK

    def stage_henlagt(self, case_id: str, report: Report, created: date) -> CaseStatus:
        self.decide(
            report,
            IntakeOutcome.HENLAGT,
            "Bekymringen er avklart i samtale med melder og foreldre.",
        )
        return CaseStatus.HENLAGT

    def investigation(self, case_id: str, report: Report, *, settled: bool) -> Investigation:
        opened = self.decide(report, IntakeOutcome.UNDERSOKELSE)
        plan = []
        for item in PlanItem:
            done = settled or self.rng.random() < 0.5
            skip = "" if done or not settled else "Ikke aktuelt: foreldrene bor ikke sammen."
            if not done and settled:
                skip = "Barnet ønsket ikke samtale alene."
            plan.append(PlanEntry(item, done=done, skip_reason=skip))
        inv = Investigation(case_id, report.id, opened, plan=plan, id=self.new_id())
        if settled or self.rng.random() < 0.5:
            code = self.rng.choice(list(ParticipationCode))
            inv.participation.append(
                ChildParticipation(code, min(opened + timedelta(days=14), self.today))
            )
        return inv

    def stage_undersokelse(self, case_id: str, report: Report, created: date) -> CaseStatus:
        inv = self.investigation(case_id, report, settled=False)
        limit = report.received_on + timedelta(days=7 + 88)
        if (self.today - created).days > 60 and self.rng.random() < 0.5:
            inv.extension = Extension(
                min(limit, self.today), "Venter på sakkyndig vurdering.", "demo"
            )
        self.vault.investigations.open(inv)
        return CaseStatus.UNDERSOKELSE

    def conclude(self, case_id: str, report: Report, code: ConclusionCode) -> date:
        inv = self.investigation(case_id, report, settled=True)
        on = min(inv.opened_on + timedelta(days=self.rng.randint(30, 95)), self.today)
        municipality = (
            self.rng.choice(txt.MUNICIPALITIES)
            if code is ConclusionCode.FLYTTET_ANNEN_KOMMUNE
            else ""
        )
        inv.conclude(
            Conclusion(code, on, "Vurdert etter samtaler og innhentede opplysninger.", municipality)
        )
        self.vault.investigations.open(inv)
        return on

    def stage_konkludert(self, case_id: str, report: Report, created: date) -> CaseStatus:
        codes = list(ConclusionCode)
        code = codes[self.conclusions_made % len(codes)]
        self.conclusions_made += 1
        self.conclude(case_id, report, code)
        if code is ConclusionCode.HJELPETILTAK:
            return self.measure(case_id, self.today, CaseStatus.TILTAK)
        return (
            CaseStatus.UNDERSOKELSE
            if code is ConclusionCode.BEGJAERING_NEMNDA
            else CaseStatus.HENLAGT
        )

    def stage_tiltak(self, case_id: str, report: Report, created: date) -> CaseStatus:
        return self.measure(
            case_id, self.conclude(case_id, report, ConclusionCode.HJELPETILTAK), CaseStatus.TILTAK
        )

    def measure(self, case_id: str, decided: date, status: CaseStatus) -> CaseStatus:
        with_plan = self.rng.random() < 0.75
        evaluations = []
        day = decided + timedelta(days=90)
        while with_plan and day < self.today:
            evaluations.append(day)
            day += timedelta(days=90)
        self.vault.measures.add(
            Measure(
                case_id,
                MeasureKind.HJELPETILTAK,
                self.rng.choice(txt.MEASURES),
                basis(decided, "§ 3-1", "§ 4-4"),
                decided,
                plan_made_on=decided if with_plan else None,
                evaluations=evaluations,
                id=self.new_id(),
            )
        )
        return status

    def emergency(self, case_id: str, kind: EmergencyKind, on: datetime) -> None:
        sent = on + timedelta(hours=self.rng.randint(2, 30))
        approved = (sent + timedelta(days=2)).date()
        self.vault.measures.add_emergency(
            EmergencyDecision(
                case_id,
                kind,
                on,
                emergency_basis(kind, on.date()),
                sent_to_nemnda_at=sent if sent.date() <= self.today else None,
                approved_on=approved if approved <= self.today else None,
                id=self.new_id(),
            )
        )

    def stage_omsorg(self, case_id: str, report: Report, created: date) -> CaseStatus:
        self.decide(report, IntakeOutcome.AKUTT)
        started = report.received_on + timedelta(days=1)
        self.emergency(case_id, EmergencyKind.OMSORG, at(started, 16))
        decided = started + timedelta(days=self.rng.randint(30, 60))
        if decided < self.today:
            carried = decided + timedelta(days=self.rng.randint(3, 20))
            self.vault.measures.add_care_order(
                CareOrder(
                    case_id, decided, carried if carried <= self.today else None, id=self.new_id()
                )
            )
        visits, day = [], started + timedelta(days=30)
        while day < self.today:
            kind = VisitKind.OPPFOLGING if len(visits) % 2 == 0 else VisitKind.TILSYN
            visits.append(
                Visit(kind, day, day + timedelta(days=10) if kind is VisitKind.TILSYN else None)
            )
            day += timedelta(days=self.rng.randint(60, 120))
        self.vault.measures.add_placement(
            Placement(case_id, started, visits=visits, id=self.new_id())
        )
        return CaseStatus.OMSORG

    def stage_akutt(self, case_id: str, report: Report, created: date) -> CaseStatus:
        self.decide(report, IntakeOutcome.AKUTT)
        kind = EmergencyKind.INSTITUSJON_ATFERD if self.rng.random() < 0.5 else EmergencyKind.OMSORG
        self.emergency(case_id, kind, at(report.received_on, 22))
        return CaseStatus.OMSORG

    def protect(self, case_id: str, persons: list[Person], strict: bool) -> None:
        level = AddressProtection.STRENGT_FORTROLIG if strict else AddressProtection.FORTROLIG
        decided = self.days_ago(30, 360)
        for person in persons:
            person.address_protection = level
            self.vault.cases.update_person(person)
            self.vault.measures.add_address_protection(
                AddressProtectionDecision(case_id, person.id, level, decided, id=self.new_id())
            )


def fill_demo_vault(vault: Any, *, today: date, cases: int = 200, seed: int = 7) -> None:
    """Fill a fresh vault with ``cases`` fictional cases, deterministically from ``seed``."""
    filler = DemoFiller(vault, today, seed)
    with vault.batch():
        for number in range(cases):
            filler.make_case(number)

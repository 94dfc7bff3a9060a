"""``python -m bench deadlines --json [--cases N] [--runs R]``: time ``compute_all``.

Builds N case files (default 5,000, DESIGN.md §8: ≤ 100 ms) with a seeded, realistic mix of
events: meldinger from every kind of reporter, undersøkelser at every stage, hjelpetiltak with
plans and evaluations, akuttvedtak of every kind, care orders, placements with visits and
protected addresses. Prints one JSON object: cases, deadlines, compute_ms (median of runs).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
from datetime import date, datetime, timedelta
from typing import TypeVar

from domain.casefile import CaseFile
from domain.cases import Case, CaseStatus
from domain.deadlines import compute_all
from domain.deadlines.dates import add_years
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

T = TypeVar("T")
TODAY = date(2025, 6, 16)
SEED = 20250616
REPORTER_WEIGHTS = {
    ReporterType.PUBLIC_BODY: 45,
    ReporterType.PRIVATE: 20,
    ReporterType.ANONYMOUS: 15,
    ReporterType.PARENTS: 12,
    ReporterType.CHILD: 8,
}
CONCLUSION_WEIGHTS = {
    ConclusionCode.HJELPETILTAK: 40,
    ConclusionCode.HENLAGT_VILKAR_IKKE_OPPFYLT: 35,
    ConclusionCode.HENLAGT_PARTENS_ONSKE: 10,
    ConclusionCode.BEGJAERING_NEMNDA: 5,
    ConclusionCode.HENVIST_ANNEN_INSTANS: 5,
    ConclusionCode.FLYTTET_ANNEN_KOMMUNE: 5,
}


class Builder:
    """Seeded generator of one municipality's case files."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.serial = 0

    def next_id(self, prefix: str) -> str:
        """A deterministic record id."""
        self.serial += 1
        return f"{prefix}-{self.serial:08d}"

    def day_between(self, start: date, end: date) -> date:
        """A day from ``start`` to ``end``."""
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.rng.random() < p

    def pick(self, weights: dict[T, int]) -> T:
        """One key of ``weights``, drawn by weight."""
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def case_file(self) -> CaseFile:
        """One case: 1–3 meldinger and what followed, sometimes an akuttvedtak or kode 6/7."""
        opened = self.day_between(date(2021, 1, 1), TODAY)
        case = Case(created_at=datetime.combine(opened, datetime.min.time()), id=self.next_id("c"))
        file = CaseFile(case=case)
        file.persons.append(self.child(case.id))
        day = opened
        for _ in range(self.rng.choice((1, 1, 1, 2, 2, 3))):
            if day > TODAY:
                break
            self.add_report(file, day)
            day += timedelta(days=self.rng.randint(30, 400))
        if self.chance(0.04):
            self.add_emergency(file, self.day_between(opened, TODAY))
        if self.chance(0.03):
            self.add_protection(file, self.day_between(opened, TODAY))
        self.add_ettervern(file)
        case.status = self.status_of(file)
        return file

    def child(self, case_id: str) -> Person:
        """The child; a few are over 18 (ettervern)."""
        age_days = self.rng.randint(200, 365 * (24 if self.chance(0.06) else 17))
        return Person(
            case_id=case_id,
            role=PersonRole.CHILD,
            given_name="Barn",
            family_name="Testesen",
            birth_date=TODAY - timedelta(days=age_days),
            id=self.next_id("p"),
        )

    def add_report(self, file: CaseFile, received: date) -> None:
        """A melding from a weighted reporter type, mostly decided within the week."""
        reporter = self.pick(REPORTER_WEIGHTS)
        identity = None if reporter is ReporterType.ANONYMOUS else ReporterIdentity("Melder")
        report = Report(
            case_id=file.case.id,
            received_at=datetime.combine(received, datetime.min.time()) + timedelta(hours=10),
            channel=self.rng.choice(list(Channel)),
            reporter_type=reporter,
            content="Bekymring.",
            reporter=identity,
            id=self.next_id("r"),
        )
        file.reports.append(report)
        decided = received + timedelta(days=self.rng.choice((1, 2, 3, 5, 6, 7, 7, 9)))
        if decided > TODAY:
            return
        outcome = self.rng.choices(list(IntakeOutcome), weights=(40, 55, 5))[0]
        reason = "Ikke grunnlag." if outcome is IntakeOutcome.HENLAGT else ""
        report.decision = IntakeDecision(outcome, decided, "mottak", reason)
        self.add_letters(report, received)
        if outcome is not IntakeOutcome.HENLAGT and self.chance(0.97):
            self.add_investigation(file, report, decided)

    def add_letters(self, report: Report, received: date) -> None:
        """A4a/A4b letters, mostly sent, some late."""
        kinds = [LetterKind.RECEIPT] if report.reporter_type.identity_known else []
        if report.reporter_type.has_meldeplikt:
            kinds.append(LetterKind.INVESTIGATION_OPENED)
        for kind in kinds:
            sent = received + timedelta(days=self.rng.randint(1, 26))
            if sent <= TODAY and self.chance(0.85):
                report.letters.append(ReporterLetter(kind, sent))

    def add_investigation(self, file: CaseFile, report: Report, opened: date) -> None:
        """An undersøkelse at any stage: open or concluded, some extended, some unsettled."""
        inv = Investigation(
            case_id=file.case.id, report_id=report.id, opened_on=opened, id=self.next_id("u")
        )
        file.investigations.append(inv)
        limit = report.received_on + timedelta(days=7 + 91)
        if self.chance(0.12):
            inv.extension = Extension(self.day_between(opened, limit), "Særlige grunner.", "leder")
        end = opened + timedelta(days=self.rng.randint(20, 200 if inv.extension else 110))
        settle = end <= TODAY or self.chance(0.5)
        inv.plan = [
            PlanEntry(item, done=settle or self.chance(0.5), skip_reason="") for item in PlanItem
        ]
        if settle or self.chance(0.6):
            code = self.rng.choice(list(ParticipationCode))
            inv.participation.append(ChildParticipation(code, self.day_between(opened, end)))
        if end <= TODAY and inv.participation:
            self.conclude(file, report, inv, end)

    def conclude(self, file: CaseFile, report: Report, inv: Investigation, end: date) -> None:
        """A9 conclusion, A4c letter, and what the conclusion leads to."""
        code = self.pick(CONCLUSION_WEIGHTS)
        inv.conclude(Conclusion(code, end, "Begrunnelse.", "Nabokommune"))
        if report.reporter_type.has_meldeplikt and self.chance(0.8):
            sent = end + timedelta(days=self.rng.randint(2, 25))
            if sent <= TODAY:
                report.letters.append(ReporterLetter(LetterKind.OUTCOME, sent))
        if code is ConclusionCode.HJELPETILTAK:
            self.add_measure(file, end)
        elif code is ConclusionCode.BEGJAERING_NEMNDA and self.chance(0.7):
            self.add_care_order(file, end + timedelta(days=self.rng.randint(30, 90)))

    def add_measure(
        self, file: CaseFile, decided: date, kind: MeasureKind = MeasureKind.HJELPETILTAK
    ) -> None:
        """A measure with (mostly) a plan and quarterly-ish evaluations; some ended."""
        measure = Measure(
            case_id=file.case.id,
            kind=kind,
            description="Råd og veiledning",
            legal_basis=LegalBasis(
                law_in_force(decided), "§ 3-1" if decided.year >= 2023 else "§ 4-4"
            ),
            decided_on=decided,
            id=self.next_id("m"),
        )
        if self.chance(0.8):
            measure.plan_made_on = decided + timedelta(days=self.rng.choice((0, 0, 3, 14)))
        day = measure.plan_made_on or decided
        while True:
            day += timedelta(days=self.rng.randint(70, 110))
            if day > TODAY or self.chance(0.15):
                break
            measure.evaluations.append(day)
        if self.chance(0.4):
            ended = decided + timedelta(days=self.rng.randint(90, 700))
            measure.ended_on = ended if ended <= TODAY else None
        file.measures.append(measure)

    def add_care_order(self, file: CaseFile, decided: date) -> None:
        """A care order, mostly carried out, then a foster-home placement."""
        if decided > TODAY:
            return
        order = CareOrder(case_id=file.case.id, decided_on=decided, id=self.next_id("o"))
        carried = decided + timedelta(days=self.rng.randint(1, 60))
        if carried <= TODAY and self.chance(0.9):
            order.carried_out_on = carried
            self.add_placement(file, carried)
        file.care_orders.append(order)

    def add_placement(self, file: CaseFile, started: date) -> None:
        """A placement with follow-up and tilsyn visits, most quarters."""
        placement = Placement(case_id=file.case.id, started_on=started, id=self.next_id("f"))
        if self.chance(0.1):
            placement.reduced_followup_per_year = 2
        day = started
        while day <= TODAY:
            for kind in VisitKind:
                if self.chance(0.85):
                    seen = self.day_between(day, day + timedelta(days=88))
                    report_on = seen + timedelta(days=7) if kind is VisitKind.TILSYN else None
                    if seen <= TODAY:
                        placement.visits.append(Visit(kind, seen, report_on))
            day += timedelta(days=91)
        file.placements.append(placement)

    def add_emergency(self, file: CaseFile, decided: date) -> None:
        """An akuttvedtak of any kind, mostly sent on and followed by a begjæring."""
        kind = self.rng.choices(list(EmergencyKind), weights=(50, 20, 30))[0]
        at = datetime.combine(decided, datetime.min.time()) + timedelta(hours=15)
        paragraph = {EmergencyKind.OMSORG: "§ 4-2", EmergencyKind.INSTITUSJON_ATFERD: "§ 4-4"}
        law = law_in_force(decided)
        text = paragraph.get(kind, "§ 4-1") if law is LawVersion.BVL2021 else "§ 4-6"
        decision = EmergencyDecision(
            file.case.id, kind, at, LegalBasis(law, text), id=self.next_id("a")
        )
        if self.chance(0.9):
            decision.sent_to_nemnda_at = at + timedelta(hours=self.rng.randint(1, 30))
        limit = 14 if kind is EmergencyKind.INSTITUSJON_ATFERD else 42
        if self.chance(0.85) and decided + timedelta(days=limit) <= TODAY:
            decision.begjaering_sent_on = decided + timedelta(days=self.rng.randint(3, limit + 3))
        if self.chance(0.2):
            decision.complaint_received_on = decided + timedelta(days=self.rng.randint(1, 10))
        decision.child_abroad = self.chance(0.05)
        file.emergency_decisions.append(decision)
        if kind is EmergencyKind.OMSORG:
            self.add_placement(file, decided)

    def add_protection(self, file: CaseFile, decided: date) -> None:
        """A protected address (kode 6/7) for the child, mostly renewed once."""
        level = self.rng.choice((AddressProtection.FORTROLIG, AddressProtection.STRENGT_FORTROLIG))
        child = file.persons[0]
        protection = AddressProtectionDecision(
            file.case.id, child.id, level, decided, id=self.next_id("s")
        )
        renewed = decided + timedelta(days=self.rng.randint(300, 380))
        if renewed <= TODAY and self.chance(0.8):
            protection.renewed_on = renewed
        file.address_protections.append(protection)

    def add_ettervern(self, file: CaseFile) -> None:
        """Most children over 18 get ettervern from their birthday."""
        born = file.persons[0].birth_date
        if born is None or add_years(born, 18) > TODAY or not self.chance(0.7):
            return
        self.add_measure(file, add_years(born, 18), MeasureKind.ETTERVERN)

    def status_of(self, file: CaseFile) -> CaseStatus:
        """The case status its records suggest."""
        if file.placements or file.care_orders:
            return CaseStatus.OMSORG
        if any(m.ended_on is None for m in file.measures):
            return CaseStatus.TILTAK
        if any(i.conclusion is None for i in file.investigations):
            return CaseStatus.UNDERSOKELSE
        if any(r.decision is None for r in file.reports):
            return CaseStatus.MOTTAK
        return self.rng.choice((CaseStatus.HENLAGT, CaseStatus.AVSLUTTET))


def build_files(cases: int, seed: int = SEED) -> list[CaseFile]:
    """``cases`` case files, the same ones for the same seed."""
    builder = Builder(seed)
    return [builder.case_file() for _ in range(cases)]


def _median_ms(files: list[CaseFile], runs: int, include_met: bool) -> tuple[float, int]:
    """Median wall time of ``compute_all`` over ``runs`` runs, and the deadlines it made.

    Each run starts from a collected heap, so one run's garbage is not charged to the next.
    """
    timings: list[float] = []
    count = 0
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        count = len(compute_all(files, TODAY, include_met=include_met))
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1), count


def main(argv: list[str]) -> int:
    """Build the case files, time ``compute_all`` (all, then open only) and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench deadlines")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    files = build_files(args.cases)
    compute_ms, count = _median_ms(files, args.runs, include_met=True)
    open_ms, open_count = _median_ms(files, args.runs, include_met=False)
    result = {
        "cases": args.cases,
        "deadlines": count,
        "compute_ms": compute_ms,
        "open_deadlines": open_count,
        "compute_open_ms": open_ms,
        "runs": args.runs,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{args.cases} cases: {count} deadlines in {compute_ms} ms; "
            f"{open_count} open ones alone in {open_ms} ms (median of {args.runs})"
        )
    return 0

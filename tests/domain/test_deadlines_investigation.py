"""Deadlines of an undersøkelse: A5 (BVL2021 § 2-2, BVL1992 § 4-3 and § 6-9), the gates A7
(§ 2-2 (3)) and A8 (§ 1-4; § 1-6, § 6-3), A10 (practice) and SSB's A5 check."""

from __future__ import annotations

from datetime import date

import pytest

from domain.casefile import CaseFile
from domain.deadlines import (
    Action,
    Deadline,
    DeadlineSettings,
    DeadlineStatus,
    compute_deadlines,
    conclusion_gates,
    investigation_limits,
    is_investigation_breach,
    validate_extension,
)
from domain.errors import ErrorKind, ValidationError
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
from domain.legal import LawVersion, LegalBasis
from tests.domain.test_deadlines_builders import case_file, investigation, only, report


def _a5(
    received: date, today: date = date(2024, 2, 1), extension: Extension | None = None
) -> Deadline:
    melding = report(received, decided=received)
    inv = investigation(melding)
    inv.extension = extension
    file = case_file()
    file.reports.append(melding)
    file.investigations.append(inv)
    return only(compute_deadlines(file, today), "A5")


@pytest.mark.parametrize(
    ("received", "starts", "due"),
    [
        (date(2024, 1, 24), date(2024, 1, 31), date(2024, 4, 30)),  # the brief's example
        (date(2022, 11, 23), date(2022, 11, 30), date(2023, 2, 28)),  # 2023: no 29 February
        (date(2023, 11, 22), date(2023, 11, 29), date(2024, 2, 29)),  # leap year 2024
        (date(2023, 11, 24), date(2023, 12, 1), date(2024, 3, 1)),
        (date(2027, 11, 23), date(2027, 11, 30), date(2028, 2, 29)),  # leap year 2028
        (date(2024, 10, 24), date(2024, 10, 31), date(2025, 1, 31)),  # across a year end
    ],
)
def test_A5_three_months_from_the_review_limit_clamped_to_month_end(
    received: date, starts: date, due: date
) -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): starts at received + 7 days; 3 months, clamped to month end."""
    a5 = _a5(received)
    assert (a5.starts_on, a5.due_on) == (starts, due)
    assert a5.satisfied_by is Action.CONCLUDE_INVESTIGATION


def test_A5_investigation_extended_to_six_months() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): an extension decided before the 3-month limit gives 6 months."""
    timely = Extension(date(2024, 4, 30), "Sakkyndig utredning pågår.", "leder")
    a5 = _a5(date(2024, 1, 24), extension=timely)
    assert a5.due_on == date(2024, 7, 31)
    assert "forlenget" in a5.title
    limits = investigation_limits(investigation(report(date(2023, 8, 24))), None)
    assert limits.extended is False


def test_A5_extension_after_the_three_month_limit_does_not_count() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): an extension recorded after the 3-month limit is void."""
    late = Extension(date(2024, 5, 1), "For sent.", "leder")
    a5 = _a5(date(2024, 1, 24), today=date(2024, 5, 2), extension=late)
    assert (a5.due_on, a5.status) == (date(2024, 4, 30), DeadlineStatus.OVERDUE)


def test_A5_extended_limit_clamps_in_leap_and_common_years() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): 6 months from 31 August is 29 February (2024), 28 (2023)."""
    reason = "Særlige grunner."
    leap = _a5(date(2023, 8, 24), extension=Extension(date(2023, 9, 1), reason))
    common = _a5(date(2022, 8, 24), extension=Extension(date(2022, 9, 1), reason))
    assert leap.due_on == date(2024, 2, 29)
    assert common.due_on == date(2023, 2, 28)


def test_A5_six_months_is_a_hard_stop() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): past the 6-month limit the undersøkelse is overdue."""
    timely = Extension(date(2024, 2, 1), "Særlige grunner.")
    assert _a5(date(2024, 1, 24), date(2024, 8, 1), timely).status is DeadlineStatus.OVERDUE
    assert _a5(date(2024, 1, 24), date(2024, 7, 31), timely).status is DeadlineStatus.DUE_SOON


def test_A5_validate_extension_refuses_late_or_unreasoned_extensions() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9): validate_extension raises EXTENSION_INVALID."""
    melding = report(date(2024, 1, 24))
    inv = investigation(melding, opened=date(2024, 1, 26))
    validate_extension(inv, melding, Extension(date(2024, 4, 30), "Grunn."))  # last day: fine
    bad = [
        (Extension(date(2024, 5, 1), "Grunn."), "decided_on"),  # after the 3-month limit
        (Extension(date(2024, 1, 25), "Grunn."), "decided_on"),  # before the undersøkelse
        (Extension(date(2024, 2, 1), "  "), "reason"),
    ]
    for extension, field in bad:
        with pytest.raises(ValidationError) as caught:
            validate_extension(inv, melding, extension)
        assert (caught.value.kind, caught.value.field) == (ErrorKind.EXTENSION_INVALID, field)


def test_A5_law_version_across_2023() -> None:
    """A5 cites BVL1992 § 4-3, § 6-9 for a start before 2023 and BVL2021 § 2-2 from 2023."""
    before = _a5(date(2022, 12, 20))  # starts 27.12.2022
    after = _a5(date(2022, 12, 26))  # starts 2.1.2023
    assert before.legal_basis == LegalBasis(LawVersion.BVL1992, "§ 4-3, § 6-9")
    assert after.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 2-2")


def test_A5_met_by_the_conclusion() -> None:
    """A5, § 2-2 (§ 4-3, § 6-9) with A9: the conclusion date meets the deadline."""
    melding = report(date(2024, 1, 24), decided=date(2024, 1, 25))
    inv = investigation(melding, settled=True)
    inv.conclude(Conclusion(ConclusionCode.HJELPETILTAK, date(2024, 5, 2)))
    file = case_file()
    file.reports.append(melding)
    file.investigations.append(inv)
    a5 = only(compute_deadlines(file, date(2024, 6, 1)), "A5")
    assert (a5.status, a5.met_on) == (DeadlineStatus.MET_LATE, date(2024, 5, 2))


def test_A7_A8_gates_due_with_A5_until_settled() -> None:
    """A7, § 2-2 (3) and A8, § 1-4 (§ 1-6, § 6-3): unsettled plan items and missing
    medvirkning are gates on concluding, due on the A5 date."""
    melding = report(date(2024, 1, 24))
    inv = investigation(melding)
    gates = conclusion_gates(inv, melding, date(2024, 2, 1))
    assert {(g.rule, g.part) for g in gates} == {
        *(("A7", item.value) for item in PlanItem),
        ("A8", ""),
    }
    assert {g.due_on for g in gates} == {date(2024, 4, 30)}
    assert {g.satisfied_by for g in gates} == {
        Action.SETTLE_PLAN_ITEM,
        Action.DOCUMENT_PARTICIPATION,
    }
    home = only(gates, "A7", PlanItem.HJEMMEBESOK.value)
    assert home.title == "Undersøkelsesplan: hjemmebesøk"
    assert home.legal_basis == LegalBasis(LawVersion.BVL2021, "§ 2-2 (3)")


def test_A7_skipped_item_with_reason_settles_the_gate() -> None:
    """A7, § 2-2 (3): an item skipped with a written reason no longer blocks."""
    melding = report(date(2024, 1, 24))
    inv = investigation(melding)
    inv.plan = [PlanEntry(item, done=True) for item in PlanItem if item != PlanItem.HJEMMEBESOK]
    inv.plan.append(PlanEntry(PlanItem.HJEMMEBESOK, skip_reason="Familien nektet."))
    inv.participation.append(ChildParticipation(ParticipationCode.SAMTALE, date(2024, 2, 2)))
    assert conclusion_gates(inv, melding, date(2024, 2, 3)) == []
    assert inv.conclusion_blockers() == []


def test_A8_in_the_deadline_list_met_by_the_first_participation() -> None:
    """A8, § 1-4 (§ 1-6, § 6-3): the first recorded medvirkning meets it."""
    melding = report(date(2024, 1, 24))
    inv = investigation(melding)
    inv.participation = [
        ChildParticipation(ParticipationCode.ONSKET_IKKE, date(2024, 3, 1)),
        ChildParticipation(ParticipationCode.SAMTALE, date(2024, 2, 20)),
    ]
    file = case_file()
    file.reports.append(melding)
    file.investigations.append(inv)
    a8 = only(compute_deadlines(file, date(2024, 3, 2)), "A8")
    assert (a8.status, a8.met_on) == (DeadlineStatus.MET_ON_TIME, date(2024, 2, 20))
    assert len([d for d in compute_deadlines(file, date(2024, 3, 2)) if d.rule == "A7"]) == 5


def test_A7_gates_disappear_once_concluded() -> None:
    """A7, § 2-2 (3): a concluded undersøkelse has no open plan gates."""
    melding = report(date(2024, 1, 24))
    inv = investigation(melding, settled=True)
    inv.conclude(Conclusion(ConclusionCode.HJELPETILTAK, date(2024, 3, 1)))
    file = case_file()
    file.reports.append(melding)
    file.investigations.append(inv)
    assert not [d for d in compute_deadlines(file, date(2024, 3, 2)) if d.rule == "A7"]


def _closed_at_partys_wish(concluded: date) -> tuple[CaseFile, Investigation]:
    melding = report(date(2023, 8, 1), decided=date(2023, 8, 3))
    inv = investigation(melding, settled=True)
    inv.conclude(
        Conclusion(ConclusionCode.HENLAGT_PARTENS_ONSKE, concluded, "Foreldrene takket nei.")
    )
    file = case_file()
    file.reports.append(melding)
    file.investigations.append(inv)
    return file, inv


def test_A10_reassess_six_months_after_closure_at_the_partys_wish() -> None:
    """A10 (practice, to confirm): 6 months after "henlagt at the party's wish"."""
    file, _ = _closed_at_partys_wish(date(2023, 8, 31))
    a10 = only(compute_deadlines(file, date(2024, 2, 1)), "A10")
    assert (a10.starts_on, a10.due_on) == (date(2023, 8, 31), date(2024, 2, 29))
    assert a10.satisfied_by is Action.REASSESS_CASE
    assert a10.legal_basis.law is LawVersion.OTHER
    settings = DeadlineSettings(a10_months=3)
    assert only(compute_deadlines(file, date(2024, 2, 1), settings), "A10").due_on == date(
        2023, 11, 30
    )


def test_A10_only_for_that_conclusion_and_met_by_a_new_look() -> None:
    """A10 (practice): other conclusions have none; a recorded reassessment or a later
    undersøkelse meets it."""
    file, inv = _closed_at_partys_wish(date(2023, 8, 31))
    later = report(date(2023, 12, 1), decided=date(2023, 12, 4), report_id="r-2")
    file.reports.append(later)
    file.investigations.append(investigation(later, opened=date(2023, 12, 4), inv_id="u-2"))
    a10 = only(compute_deadlines(file, date(2024, 3, 1)), "A10")
    assert (a10.status, a10.met_on) == (DeadlineStatus.MET_ON_TIME, date(2023, 12, 4))
    file.investigations.pop()
    inv.reassessed_on = date(2024, 1, 10)  # type: ignore[attr-defined]  # pending model field
    assert only(compute_deadlines(file, date(2024, 3, 1)), "A10").met_on == date(2024, 1, 10)
    other = case_file()
    helped = investigation(report(date(2023, 8, 1)), settled=True)
    helped.conclude(Conclusion(ConclusionCode.HJELPETILTAK, date(2023, 8, 31)))
    other.investigations.append(helped)
    assert not [d for d in compute_deadlines(other, date(2024, 3, 1)) if d.rule == "A10"]


@pytest.mark.parametrize(
    ("today", "extension_on", "breach"),
    [
        (date(2024, 4, 30), None, False),  # 31.1 + 90 days = 30.4 (leap year)
        (date(2024, 5, 1), None, True),
        (date(2024, 7, 29), date(2024, 3, 1), False),  # 31.1 + 180 days = 29.7
        (date(2024, 7, 30), date(2024, 3, 1), True),
        (date(2024, 5, 1), date(2024, 5, 1), True),  # an extension after the limit is void
    ],
)
def test_A5_ssb_investigation_breach_counts_days(
    today: date, extension_on: date | None, breach: bool
) -> None:
    """SSB's check for A5, § 2-2 (§ 4-3, § 6-9): over 7 + 90 days, or 7 + 180 with an approved
    extension, is fristbrudd (DOMAIN.md "Statistics")."""
    melding = report(date(2024, 1, 24))
    inv = investigation(melding)
    if extension_on is not None:
        inv.extension = Extension(extension_on, "Særlige grunner.")
    assert is_investigation_breach(inv, melding, today) is breach


def test_A5_ssb_days_and_calendar_months_differ_around_month_ends() -> None:
    """A5, § 2-2: SSB's 90 days and the deadline list's 3 months differ by design."""
    melding = report(date(2023, 11, 23))  # starts 30.11.2023; 3 months → 29.2; 90 days → 28.2
    inv = investigation(melding)
    assert investigation_limits(inv, melding).due_on == date(2024, 2, 29)
    assert is_investigation_breach(inv, melding, date(2024, 2, 29)) is True
    concluded = investigation(melding, settled=True)
    concluded.conclude(Conclusion(ConclusionCode.HJELPETILTAK, date(2024, 2, 28)))
    assert is_investigation_breach(concluded, melding, date(2024, 6, 1)) is False


def test_A7_A8_gates_of_an_undersokelse_registered_after_its_limit_are_due_at_once() -> None:
    """A7, § 2-2 (3) and A8, § 1-4: registered after the A5 limit, the gates are overdue."""
    melding = report(date(2024, 1, 24), decided=date(2024, 1, 26))
    inv = investigation(melding, opened=date(2024, 5, 10))
    gates = conclusion_gates(inv, melding, date(2024, 5, 10))
    assert {(g.starts_on, g.due_on) for g in gates} == {(date(2024, 4, 30), date(2024, 4, 30))}
    assert {g.status for g in gates} == {DeadlineStatus.OVERDUE}

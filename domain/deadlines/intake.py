"""Deadlines of a melding: its review (A1) and the letters owed to the reporter (A4a–A4c)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from domain.deadlines.catalogue import (
    Context,
    Rule,
    build,
)
from domain.deadlines.model import Deadline
from domain.deadlines.rules import (
    REPORT_REVIEW,
    REPORTER_INVESTIGATION_NOTICE,
    REPORTER_OUTCOME_NOTICE,
    REPORTER_RECEIPT,
)
from domain.investigations import Investigation
from domain.legal import BVL2021_IN_FORCE
from domain.reports import LetterKind, Report

REVIEW_DAYS = 7
"""A1: a melding is reviewed within one week; the 7th day after receipt is the last day."""
_REVIEW_LIMIT = timedelta(days=REVIEW_DAYS)


def review_due(report: Report) -> date:
    """A1: the last day of the review, received + 7 days."""
    return report.received_at.date() + _REVIEW_LIMIT


def report_review(report: Report, received: date, ctx: Context) -> Deadline | None:
    """A1 review of a melding: close it or open an undersøkelse.

    DOMAIN.md A1; BVL2021 § 2-1 (1) (BVL1992 § 4-2). Received + 7 days is the last day;
    reminders on day 3 and (to the leader) day 6, fristbrudd from day 8.
    """
    # A1: § 2-1 (1) (§ 4-2) — met by the intake decision (henlagt / undersøkelse / akutt).
    met = report.decision.decided_on if report.decision is not None else None
    return build(REPORT_REVIEW, ctx, report.id, received, received + _REVIEW_LIMIT, met)


def first_letter(report: Report, kind: LetterKind, not_before: date | None = None) -> date | None:
    """The first recorded letter of ``kind`` to the reporter, sent on or after ``not_before``."""
    first: date | None = None
    for letter in report.letters:
        sent = letter.sent_on
        wanted = letter.kind is kind and (not_before is None or sent >= not_before)
        if wanted and (first is None or sent < first):
            first = sent
    return first


def reporter_receipt(report: Report, received: date, ctx: Context) -> Deadline | None:
    """A4a confirmation of receipt to a reporter whose identity is known; none if anonymous.

    DOMAIN.md A4a; BVL1992 § 6-7 a (BVL2021 paragraph to confirm, a setting). 21 days (setting).
    """
    # A4a: (§ 6-7 a) — anonymous reporters have no identity stored (B4), so no letter.
    if not report.reporter_type.identity_known:
        return None
    return _letter(REPORTER_RECEIPT, report, received, LetterKind.RECEIPT, ctx)


def reporter_investigation_notice(report: Report, received: date, ctx: Context) -> Deadline | None:
    """A4b a meldeplikt reporter is told whether an undersøkelse opened; private ones are not.

    DOMAIN.md A4b; BVL1992 § 6-7 a (BVL2021 paragraph to confirm). 21 days from receipt.
    """
    # A4b: (§ 6-7 a) — only public bodies with meldeplikt (B9) are owed this.
    if not report.reporter_type.has_meldeplikt:
        return None
    kind = LetterKind.INVESTIGATION_OPENED
    return _letter(REPORTER_INVESTIGATION_NOTICE, report, received, kind, ctx)


def reporter_outcome_notices(
    report: Report, investigations: Iterable[Investigation], ctx: Context, out: list[Deadline]
) -> None:
    """A4c second feedback to a meldeplikt reporter after each concluded undersøkelse.

    DOMAIN.md A4c; BVL1992 § 6-7 a (BVL2021 paragraph to confirm). 21 days from the conclusion;
    met by an outcome letter sent on or after the conclusion. Added to ``out``.
    """
    # A4c: (§ 6-7 a) — says only whether the case is closed or followed up.
    if not report.reporter_type.has_meldeplikt:
        return
    for investigation in investigations:
        if investigation.conclusion is not None:
            concluded = investigation.conclusion.concluded_on
            kind = LetterKind.OUTCOME
            notice = _letter(
                REPORTER_OUTCOME_NOTICE, report, concluded, kind, ctx, investigation.id
            )
            if notice is not None:
                out.append(notice)


def _letter(
    rule: Rule, report: Report, starts_on: date, kind: LetterKind, ctx: Context, part: str = ""
) -> Deadline | None:
    """A4a–A4c share one shape: ``a4_days`` from ``starts_on``, met by a letter of ``kind``."""
    basis = rule.basis_1992 if starts_on < BVL2021_IN_FORCE else ctx.a4_basis
    due = starts_on + ctx.a4_limit
    met = first_letter(report, kind, starts_on) if report.letters else None
    return build(rule, ctx, report.id, starts_on, due, met, part=part, basis=basis)


def report_deadlines(
    report: Report, investigations: list[Investigation], ctx: Context, out: list[Deadline]
) -> None:
    """Every deadline that hangs on one melding, added to ``out``: A1 and A4a–A4c.

    The walrus-and-append (rather than a helper that skips ``None``) saves a call per
    deadline on the 5,000-case budget of DESIGN.md §8.
    """
    received = report.received_at.date()
    if (review := report_review(report, received, ctx)) is not None:
        out.append(review)
    if (receipt := reporter_receipt(report, received, ctx)) is not None:
        out.append(receipt)
    if (notice := reporter_investigation_notice(report, received, ctx)) is not None:
        out.append(notice)
    if investigations:
        reporter_outcome_notices(report, investigations, ctx, out)

"""Build the shell's rows from the vault: runs on the DB thread, returns plain ``ui.rows``.

This is where the display rules are applied once, before anything reaches a widget:
identity numbers are masked (B8), a strengt fortrolig address is dropped (B6), deadlines
are computed for ``today`` (never stored, DOMAIN.md A), the reporter's identity is never
read (B4). Every function takes the vault as its first argument so it can be handed to
``TaskRunner.run`` as ``lambda v: case_rows(v, today)``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.history_review import review_rows
from domain.casefile import CaseFile
from domain.deadlines.compute import compute_deadlines
from domain.deadlines.dates import add_years
from domain.deadlines.model import Deadline, DeadlineStatus
from domain.deadlines.summary import next_deadline
from domain.identity import mask
from domain.notes import JournalNote
from domain.people import AddressProtection, Person
from ui.rows import (
    AccessRow,
    CaseDetail,
    CaseRow,
    DeadlineRow,
    InvestigationRow,
    MeasureRow,
    PersonRow,
    ReportRow,
    SearchRow,
    TimelineRow,
)

CASE_LIST_LIMIT = 10_000
"""More than any caseworker's caseload; the list filters in memory after one load."""

EXCERPT_CHARS = 120
"""How much of a note the timeline shows (the note itself opens in the editor)."""

_PAST = (DeadlineStatus.OVERDUE, DeadlineStatus.LAPSED)
_RANK = {
    AddressProtection.NONE: 0,
    AddressProtection.FORTROLIG: 1,
    AddressProtection.STRENGT_FORTROLIG: 2,
}


def deadline_row(deadline: Deadline) -> DeadlineRow:
    """A computed deadline as a row; passed and bortfalt ones are marked overdue."""
    overdue = deadline.status in _PAST and not deadline.informational
    return DeadlineRow(
        rule=deadline.rule,
        title=deadline.title,
        due_on=deadline.due_on,
        status=deadline.status.value,
        overdue=overdue,
    )


def _age(birth: date | None, today: date) -> int | None:
    """Whole years; a 29 February birthday falls on 28 February in common years, as the
    deadline engine counts A25 (``add_years``). Cheaper than ``relativedelta`` per row."""
    if birth is None:
        return None
    years = today.year - birth.year
    return years - 1 if add_years(birth, years) > today else years


def case_rows(vault: Any, today: date, *, with_deadlines: bool = True) -> list[CaseRow]:
    """ "Mine saker": one row per case, with its next deadline, an overdue flag and how many
    values that lost a sync merge wait for review (§5).

    ``with_deadlines=False`` leaves the deadline columns empty and skips reading every case
    file: at unlock the list shows at once (DESIGN §8: first case list within 1 s at 5,000
    cases), and the full rows follow from a second job.
    """
    summaries = vault.cases.list(limit=CASE_LIST_LIMIT)
    files = {f.case.id: f for f in vault.cases.all_files()} if with_deadlines else {}
    to_review = vault.conflicts.flagged_counts()
    rows = []
    for summary in summaries:
        case_file = files.get(summary.id)
        deadlines = compute_deadlines(case_file, today, include_met=False) if case_file else []
        upcoming = next_deadline(deadlines)
        rows.append(
            CaseRow(
                case_id=summary.id,
                number=summary.number,
                child_name=summary.child_name,
                child_age=_age(summary.child_birth_date, today),
                identity_masked=summary.child_identity_masked,
                status=summary.status,
                address_protection=summary.address_protection,
                next_deadline=deadline_row(upcoming) if upcoming else None,
                overdue=any(deadline_row(d).overdue for d in deadlines),
                to_review=to_review.get(summary.id, 0),
            )
        )
    return rows


def person_row(person: Person, today: date) -> PersonRow:
    """A person with the identity number masked (B8) and the address as it may be shown (B6)."""
    return PersonRow(
        person_id=person.id,
        role=person.role.value,
        name=person.full_name,
        age=person.age_on(today),
        identity_masked=mask(person.identity_number) if person.identity_number else "",
        address=person.shown_address(),
        phone=person.phone,
        address_protection=person.address_protection,
    )


def case_protection(case_file: CaseFile) -> AddressProtection:
    """The strictest address protection of anyone in the case (the case banner, B6)."""
    levels = [p.address_protection for p in case_file.persons]
    levels += [d.level for d in case_file.address_protections]
    return max(levels, key=lambda level: _RANK[level], default=AddressProtection.NONE)


def _reports(case_file: CaseFile) -> list[ReportRow]:
    return [
        ReportRow(
            report_id=r.id,
            received_at=r.received_at,
            channel=r.channel.value,
            reporter_type=r.reporter_type.value,
            acute=r.acute,
            decision=r.decision.outcome.value if r.decision else "",
        )
        for r in sorted(case_file.reports, key=lambda r: r.received_at, reverse=True)
    ]


def _investigations(case_file: CaseFile) -> list[InvestigationRow]:
    return [
        InvestigationRow(
            investigation_id=i.id,
            opened_on=i.opened_on,
            extended=i.extension is not None,
            conclusion=i.conclusion.code.value if i.conclusion else "",
            blockers=0 if i.conclusion else len(i.conclusion_blockers()),
        )
        for i in sorted(case_file.investigations, key=lambda i: i.opened_on, reverse=True)
    ]


def _measures(case_file: CaseFile) -> list[MeasureRow]:
    return [
        MeasureRow(
            measure_id=m.id,
            kind=m.kind.value,
            description=m.description,
            decided_on=m.decided_on,
            plan_made_on=m.plan_made_on,
            ended_on=m.ended_on,
        )
        for m in sorted(case_file.measures, key=lambda m: m.decided_on, reverse=True)
    ]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def timeline_rows(vault: Any, case_id: str) -> list[TimelineRow]:
    """Notes and their addenda, newest first; an addendum follows the note it amends."""
    rows: list[TimelineRow] = []
    notes: list[JournalNote] = sorted(
        vault.notes.list_for_case(case_id), key=lambda n: n.occurred_at, reverse=True
    )
    two_versions = {c.note_id for c in vault.conflicts.open_drafts() if c.case_id == case_id}
    for note in notes:
        rows.append(
            TimelineRow(
                note_id=note.id,
                entry_id=note.id,
                is_addendum=False,
                at=note.occurred_at,
                note_type=note.note_type.value,
                author=note.author,
                signed=note.is_signed,
                exempt=bool(note.exemptions),
                excerpt=_excerpt(note.text()),
                two_versions=note.id in two_versions,
            )
        )
        rows.extend(_addendum_rows(vault, note))
    return rows


def _addendum_rows(vault: Any, note: JournalNote) -> list[TimelineRow]:
    return [
        TimelineRow(
            note_id=note.id,
            entry_id=a.id,
            is_addendum=True,
            at=a.created_at,
            note_type=note.note_type.value,
            author=a.author,
            signed=a.signed_at is not None,
            exempt=note.exempt_whole,
            excerpt=_excerpt(a.text),
        )
        for a in vault.notes.addenda_for(note.id)
    ]


def _when(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return datetime.min


def access_rows(vault: Any, case_id: str) -> list[AccessRow]:
    """The case's access log, newest first (B2)."""
    entries = vault.access_log.for_case(case_id)
    rows = [AccessRow(_when(e.at), e.user, e.device, e.action, e.entity_id) for e in entries]
    return sorted(rows, key=lambda r: r.at, reverse=True)


def case_detail(vault: Any, case_id: str, today: date) -> CaseDetail:
    """Everything the case view shows; reading the file is itself logged (B2)."""
    case_file: CaseFile = vault.cases.get_file(case_id)
    child = case_file.child
    return CaseDetail(
        case_id=case_id,
        number=case_file.case.number,
        status=case_file.case.status,
        child=person_row(child, today) if child else None,
        address_protection=case_protection(case_file),
        persons=[person_row(p, today) for p in case_file.persons],
        reports=_reports(case_file),
        investigations=_investigations(case_file),
        measures=_measures(case_file),
        timeline=timeline_rows(vault, case_id),
        deadlines=[deadline_row(d) for d in compute_deadlines(case_file, today)],
        access_log=access_rows(vault, case_id),
        review=review_rows(vault, case_file),
    )


def search_rows(vault: Any, query: str, limit: int = 50) -> list[SearchRow]:
    """Full-text hits across the user's notes, with the storage's hit marks kept."""
    return [
        SearchRow(h.note_id, h.case_id, h.case_number, h.snippet, h.rank)
        for h in vault.search.search(query, limit=limit)
    ]

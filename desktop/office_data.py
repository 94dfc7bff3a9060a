"""The leader's figures from the vault, on the DB thread: overview rows, fristbrudd, statistics.

Before enrolment the vault is a single-user journal whose user holds every role (DESIGN.md
§2), so these work from the vault's own cases. After enrolment as leder the vault holds the
unit's cases (the server grants them to the unit's leader), so the same functions show the
unit; assignments and break-glass then go to the server (``desktop/office.py``).

Nothing here counts on its own: deadlines come from ``domain.deadlines`` (a passed one is a
fristbrudd exactly as the case view shows it), figures from ``domain.statistics``.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.case_service import deadline_row
from desktop.documents import _write_private
from desktop.jobs import Done
from domain.casefile import CaseFile
from domain.changes import Changes
from domain.deadlines.compute import compute_deadlines
from domain.deadlines.summary import next_deadline
from domain.statistics import Statistics, statistics_by_period, to_csv_rows
from domain.syncstore import Credentials
from ui.leader_overview import BreachRow, LeaderCaseRow
from ui.statistics_view import StatisticsRow

STATISTICS_DETAIL = "statistikk-csv"
STATISTICS_SERVER_DETAIL = "statistikk-csv;kilde=server"


@dataclass(frozen=True)
class OverviewData:
    """Everything the leader's overview shows, but the statistics."""

    cases: list[LeaderCaseRow]
    caseworkers: list[str]
    by_rule: list[BreachRow]
    by_caseworker: list[BreachRow]


def _case_row(case_file: CaseFile, today: date, rules: Counter[tuple[str, str]]) -> LeaderCaseRow:
    deadlines = compute_deadlines(case_file, today)
    overdue = [d for d in deadlines if deadline_row(d).overdue]
    for deadline in overdue:
        rules[(deadline.rule, deadline.title)] += 1
    upcoming = next_deadline(deadlines)
    case = case_file.case
    return LeaderCaseRow(
        case_id=case.id,
        number=case.number,
        status=case.status,
        caseworker=case.caseworker,
        next_deadline=deadline_row(upcoming) if upcoming else None,
        overdue=len(overdue),
    )


def _rule_order(rule: str) -> tuple[int, str]:
    digits = "".join(ch for ch in rule if ch.isdigit())
    return (int(digits) if digits else 0, rule)


def overview(vault: Any, today: date) -> OverviewData:
    """The unit's cases with caseworker, status, next deadline and fristbrudd (one read)."""
    files: list[CaseFile] = vault.cases.all_files()
    rules: Counter[tuple[str, str]] = Counter()
    rows = sorted((_case_row(f, today, rules) for f in files), key=lambda r: r.number)
    per_worker: Counter[str] = Counter()
    for row in rows:
        per_worker[row.caseworker] += row.overdue
    by_rule = [
        BreachRow(rule, title, count)
        for (rule, title), count in sorted(rules.items(), key=lambda i: _rule_order(i[0][0]))
    ]
    by_worker = [
        BreachRow(worker, worker, count)
        for worker, count in sorted(per_worker.items(), key=lambda i: (-i[1], i[0]))
        if count
    ]
    workers = sorted({row.caseworker for row in rows if row.caseworker})
    return OverviewData(rows, workers, by_rule, by_worker)


def local_statistics(vault: Any, year: int, today: date) -> list[Statistics]:
    """The year and its quarters over the vault's cases, by ``domain.statistics``."""
    return statistics_by_period(vault.cases.all_files(), year, today)


def rows_of(stats: Sequence[Statistics]) -> list[StatisticsRow]:
    """The rows the statistics view shows (no personal data)."""
    return [StatisticsRow.from_statistics(s) for s in stats]


def statistics_rows(vault: Any, year: int, today: date) -> list[StatisticsRow]:
    """The year and its quarters, counted by ``domain.statistics`` (no personal data)."""
    return rows_of(local_statistics(vault, year, today))


def csv_bytes(rows: list[list[str]]) -> bytes:
    """``;``-separated CSV with a BOM, so spreadsheets read æ, ø and å and decimal commas."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def export_statistics_csv(
    vault: Any, year: int, path: Path, today: date, stats: Sequence[Statistics] | None = None
) -> Done:
    """Write the year's figures (Norwegian headers) to ``path`` and log the export (B2).

    ``stats``: the figures shown, when they came from the server; otherwise counted here.
    """
    if stats is None:
        stats = local_statistics(vault, year, today)
        detail = STATISTICS_DETAIL
    else:
        detail = STATISTICS_SERVER_DETAIL
    _write_private(csv_bytes(to_csv_rows(stats)), path)
    changes = vault.access_log.record("export", detail=detail)
    return Done(changes, path)


def assign_locally(vault: Any, case_id: str, caseworker: str) -> Done:
    """Set the case's caseworker in the vault (an outbox op, so it syncs like any change)."""
    changes: Changes = vault.cases.update(case_id, caseworker=caseworker)
    return Done(changes | Changes(case_list=True), caseworker)


def record_break_glass(vault: Any, case_id: str, grant_id: str, expires_at: str) -> Done:
    """The device's own log of a break-glass grant (B1, B2); the reason stays on the server."""
    detail = f"grant={grant_id};expires={expires_at}"
    return Done(vault.access_log.record("break_glass", case_id=case_id, detail=detail))


def enrolment(vault: Any) -> Credentials | None:
    """This device's enrolment, or ``None`` for a single-user journal."""
    from storage.sync_store import VaultSyncStore

    credentials: Credentials | None = VaultSyncStore(vault).credentials()
    return credentials

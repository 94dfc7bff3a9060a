"""Meldinger, their intake decisions and letters; the reporter's identity kept apart (B4).

The melding row never holds who reported: that lives in ``reporters``, is its own sync
entity (``Entity.REPORTER``), and reading it is a logged action. An anonymous reporter has
no row at all. Meldinger are never deleted (B10; also a trigger in the schema).
"""

from __future__ import annotations

import json

from domain.changes import Changes
from domain.codec import from_fields, to_fields
from domain.ids import new_id
from domain.ops import PARENT_FIELD, Entity, OpKind
from domain.reports import IntakeDecision, Report, ReporterIdentity, ReporterLetter
from storage.base import Repository, case_of, load, require_case
from storage.context import dumps
from storage.db import Connection


def _report_fields(report: Report) -> dict[str, object]:
    """The melding's fields without the reporter (B4)."""
    fields = to_fields(report)
    fields.pop("reporter", None)
    return fields


def _store(conn: Connection, report: Report) -> None:
    conn.execute(
        "UPDATE reports SET data = ? WHERE id = ?", (dumps(_report_fields(report)), report.id)
    )


class ReportRepository(Repository):
    """Meldinger and reporters."""

    def add(self, report: Report) -> Changes:
        """Register a melding; a named reporter's identity goes to its own table (B4)."""
        report.validate()
        ctx = self._ctx
        fields = _report_fields(report)
        with ctx.db.tx() as conn:
            require_case(conn, report.case_id)
            conn.execute(
                "INSERT INTO reports (id, case_id, received_at, reporter_type, data)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    report.id,
                    report.case_id,
                    report.received_at.isoformat(),
                    report.reporter_type.value,
                    dumps(fields),
                ),
            )
            ctx.write_op(conn, report.case_id, Entity.REPORT, report.id, OpKind.CREATE, fields)
            if report.reporter is not None:
                who = to_fields(report.reporter)
                conn.execute(
                    "INSERT INTO reporters (report_id, case_id, data) VALUES (?, ?, ?)",
                    (report.id, report.case_id, dumps(who)),
                )
                ctx.write_op(conn, report.case_id, Entity.REPORTER, report.id, OpKind.CREATE, who)
            ctx.log(conn, "report.create", case_id=report.case_id, entity_id=report.id)
            ctx.touch_case(conn, report.case_id)
        return Changes.for_case(report.case_id, case_list=True, deadlines=True) | Changes(
            access_log=True
        )

    def decide(self, report_id: str, decision: IntakeDecision) -> Changes:
        """Record the intake decision (A1: closing needs a reason, checked by the decision)."""
        return self._update(report_id, "decision", decision, "report.decide")

    def record_letter(self, report_id: str, letter: ReporterLetter) -> Changes:
        """Record a letter sent to the reporter (A4a–A4c)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            report = load(conn, Report, "reports", report_id)
            # Loaded without the reporter (B4), so no dataclasses.replace: it would re-validate.
            report.letters = [*report.letters, letter]
            _store(conn, report)
            # A letter is an entity of its own that names its melding (DESIGN.md §5).
            fields = {**to_fields(letter), PARENT_FIELD[Entity.LETTER]: report_id}
            ctx.write_op(conn, report.case_id, Entity.LETTER, new_id(), OpKind.CREATE, fields)
            ctx.log(conn, "report.letter", case_id=report.case_id, entity_id=report_id)
            ctx.touch_case(conn, report.case_id)
        return Changes.for_case(report.case_id, deadlines=True) | Changes(access_log=True)

    def _update(self, report_id: str, name: str, value: object, action: str) -> Changes:
        ctx = self._ctx
        with ctx.db.tx() as conn:
            report = load(conn, Report, "reports", report_id)
            setattr(report, name, value)
            _store(conn, report)
            fields = {name: _report_fields(report)[name]}
            ctx.write_op(conn, report.case_id, Entity.REPORT, report_id, OpKind.UPDATE, fields)
            ctx.log(conn, action, case_id=report.case_id, entity_id=report_id)
            ctx.touch_case(conn, report.case_id)
        return Changes.for_case(report.case_id, case_list=True, deadlines=True) | Changes(
            access_log=True
        )

    def reporter_of(self, report_id: str) -> ReporterIdentity | None:
        """Who reported (a logged read, B4); ``None`` for an anonymous reporter."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            case_id = case_of(conn, "reports", report_id)
            row = conn.execute(
                "SELECT data FROM reporters WHERE report_id = ?", (report_id,)
            ).fetchone()
            ctx.log(conn, "reporter.read", case_id=case_id, entity_id=report_id)
        if row is None:
            return None
        return from_fields(ReporterIdentity, json.loads(row[0]), validate=False)

    def get(self, report_id: str) -> Report:
        """One melding without its reporter's identity."""
        with self._ctx.db.read() as conn:
            return load(conn, Report, "reports", report_id)

"""Undersøkelser: the plan checklist (A7), child participation (A8), extension (A5) and
the conclusion (A9), whose gates the domain checks before anything is stored."""

from __future__ import annotations

from collections.abc import Callable

from domain.changes import Changes
from domain.codec import encode, to_fields
from domain.investigations import (
    ChildParticipation,
    Conclusion,
    Extension,
    Investigation,
    PlanEntry,
    PlanItem,
)
from domain.ops import Entity, OpKind
from storage.base import Repository, load, require_case
from storage.context import dumps


class InvestigationRepository(Repository):
    """Undersøkelser of a case."""

    def open(self, investigation: Investigation) -> Changes:
        """Open an undersøkelse (the plan starts as the full, unsettled checklist)."""
        ctx = self._ctx
        fields = to_fields(investigation)
        with ctx.db.tx() as conn:
            require_case(conn, investigation.case_id)
            conn.execute(
                "INSERT INTO investigations (id, case_id, report_id, opened_on, data)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    investigation.id,
                    investigation.case_id,
                    investigation.report_id,
                    investigation.opened_on.isoformat(),
                    dumps(fields),
                ),
            )
            ctx.write_op(
                conn,
                investigation.case_id,
                Entity.INVESTIGATION,
                investigation.id,
                OpKind.CREATE,
                fields,
            )
            ctx.log(
                conn,
                "investigation.open",
                case_id=investigation.case_id,
                entity_id=investigation.id,
            )
            ctx.touch_case(conn, investigation.case_id)
        return self._changes(investigation.case_id)

    def update_plan(self, investigation_id: str, entry: PlanEntry) -> Changes:
        """Settle (or unsettle) one checklist item of the undersøkelsesplan (A7)."""

        def change(inv: Investigation) -> str:
            others = [e for e in inv.plan if e.item is not entry.item]
            inv.plan = sorted([*others, entry], key=lambda e: list(PlanItem).index(e.item))
            return "plan"

        return self._mutate(investigation_id, change, "investigation.plan")

    def add_participation(self, investigation_id: str, p: ChildParticipation) -> Changes:
        """Document barnets medvirkning (A8)."""

        def change(inv: Investigation) -> str:
            inv.participation = [*inv.participation, p]
            return "participation"

        return self._mutate(investigation_id, change, "investigation.participation")

    def extend(self, investigation_id: str, extension: Extension) -> Changes:
        """Record the decision to extend to 6 months (A5)."""

        def change(inv: Investigation) -> str:
            inv.extension = extension
            return "extension"

        return self._mutate(investigation_id, change, "investigation.extend")

    def conclude(self, investigation_id: str, conclusion: Conclusion) -> Changes:
        """Conclude (A9); refused while A7 or A8 are open, by the domain."""

        def change(inv: Investigation) -> str:
            inv.conclude(conclusion)
            return "conclusion"

        return self._mutate(investigation_id, change, "investigation.conclude")

    def get(self, investigation_id: str) -> Investigation:
        """One undersøkelse."""
        with self._ctx.db.read() as conn:
            return load(conn, Investigation, "investigations", investigation_id)

    def _mutate(
        self, investigation_id: str, change: Callable[[Investigation], str], action: str
    ) -> Changes:
        """Load, apply ``change`` (which may refuse), store, and write the op with one field."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            inv = load(conn, Investigation, "investigations", investigation_id)
            name = change(inv)
            conn.execute(
                "UPDATE investigations SET data = ? WHERE id = ?",
                (dumps(to_fields(inv)), investigation_id),
            )
            fields = {name: encode(getattr(inv, name))}
            ctx.write_op(conn, inv.case_id, Entity.INVESTIGATION, inv.id, OpKind.UPDATE, fields)
            ctx.log(conn, action, case_id=inv.case_id, entity_id=inv.id)
            ctx.touch_case(conn, inv.case_id)
        return self._changes(inv.case_id)

    @staticmethod
    def _changes(case_id: str) -> Changes:
        return Changes.for_case(case_id, deadlines=True) | Changes(access_log=True)

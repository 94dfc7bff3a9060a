"""Measures and decisions: tiltak (A11), akuttvedtak (A13–A15), care orders (A18),
placements with visits (A21, A22) and address-protection decisions (A23).

They share one ``records`` table (kind, case, JSON), since lists never filter inside them:
deadlines read them whole through the case file.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from domain.changes import Changes
from domain.codec import encode, to_fields
from domain.ids import new_id
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    EmergencyDecision,
    Measure,
    Placement,
    Visit,
)
from domain.ops import PARENT_FIELD, Entity, OpKind
from storage.base import Repository, decode_row, require_case
from storage.context import dumps
from storage.errors import NotFound

_ENTITY = {
    "measure": Entity.MEASURE,
    "emergency_decision": Entity.EMERGENCY_DECISION,
    "care_order": Entity.CARE_ORDER,
    "placement": Entity.PLACEMENT,
    "address_protection": Entity.ADDRESS_PROTECTION,
}

_EMERGENCY_UPDATABLE = {
    "sent_to_nemnda_at",
    "approved_on",
    "begjaering_sent_on",
    "complaint_received_on",
    "child_abroad",
}


class MeasureRepository(Repository):
    """Tiltak, akuttvedtak, omsorgsovertakelser, plasseringer and sperret adresse-vedtak."""

    def add(self, measure: Measure) -> Changes:
        """A tiltak (its legal basis was checked against the decision date by the domain)."""
        return self._add("measure", measure)

    def record_plan(self, measure_id: str, made_on: date) -> Changes:
        """The tiltaksplan was made (A11)."""
        return self._update("measure", measure_id, {"plan_made_on": made_on})

    def record_evaluation(self, measure_id: str, on: date) -> Changes:
        """The tiltaksplan was evaluated (A11, every quarter)."""
        old = self._load("measure", measure_id)
        return self._update("measure", measure_id, {"evaluations": [*old.evaluations, on]})

    def add_emergency(self, d: EmergencyDecision) -> Changes:
        """An akuttvedtak (A13)."""
        return self._add("emergency_decision", d)

    def update_emergency(self, decision_id: str, **fields: Any) -> Changes:
        """Sent to nemnda, approved, begjæring sent, complaint received (A13–A16)."""
        unknown = fields.keys() - _EMERGENCY_UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        return self._update("emergency_decision", decision_id, fields)

    def add_care_order(self, c: CareOrder) -> Changes:
        """An omsorgsovertakelse decided by nemnda (A18)."""
        return self._add("care_order", c)

    def add_placement(self, p: Placement) -> Changes:
        """A placement in a foster home or institution (A21, A22)."""
        return self._add("placement", p)

    def add_visit(self, placement_id: str, visit: Visit) -> Changes:
        """A follow-up or tilsyn visit; the op creates a ``VISIT`` of its own id that names
        its placement (``placement_id``), so the server keeps every visit."""
        old = self._load("placement", placement_id)
        return self._update(
            "placement",
            placement_id,
            {"visits": [*old.visits, visit]},
            entity=Entity.VISIT,
            op_fields={**to_fields(visit), PARENT_FIELD[Entity.VISIT]: placement_id},
        )

    def add_address_protection(self, d: AddressProtectionDecision) -> Changes:
        """A protection decision for an address (B6, A23)."""
        return self._add("address_protection", d)

    def _add(self, kind: str, value: Any) -> Changes:
        ctx = self._ctx
        fields = to_fields(value)
        with ctx.db.tx() as conn:
            require_case(conn, value.case_id)
            conn.execute(
                "INSERT INTO records (id, kind, case_id, data) VALUES (?, ?, ?, ?)",
                (value.id, kind, value.case_id, dumps(fields)),
            )
            ctx.write_op(conn, value.case_id, _ENTITY[kind], value.id, OpKind.CREATE, fields)
            ctx.log(conn, f"{kind}.create", case_id=value.case_id, entity_id=value.id)
            ctx.touch_case(conn, value.case_id)
        return self._changes(value.case_id)

    def _load(self, kind: str, record_id: str) -> Any:
        from storage.casefiles import RECORD_KINDS

        with self._ctx.db.read() as conn:
            row = conn.execute(
                "SELECT data FROM records WHERE id = ? AND kind = ?", (record_id, kind)
            ).fetchone()
        if row is None:
            raise NotFound(detail=f"{kind} not found")
        return decode_row(RECORD_KINDS[kind][0], row[0])

    def _update(
        self,
        kind: str,
        record_id: str,
        changes: dict[str, Any],
        *,
        entity: Entity | None = None,
        op_fields: dict[str, Any] | None = None,
    ) -> Changes:
        """Store the changed record; the op carries the changed fields (or ``op_fields``)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            new = dataclasses.replace(self._load(kind, record_id), **changes)
            conn.execute(
                "UPDATE records SET data = ? WHERE id = ?", (dumps(to_fields(new)), record_id)
            )
            fields = op_fields or {k: encode(getattr(new, k)) for k in changes}
            if entity is Entity.VISIT:  # a new entity of its own (DESIGN.md §5)
                ctx.write_op(conn, new.case_id, entity, new_id(), OpKind.CREATE, fields)
            else:
                ctx.write_op(conn, new.case_id, _ENTITY[kind], record_id, OpKind.UPDATE, fields)
            ctx.log(conn, f"{kind}.update", case_id=new.case_id, entity_id=record_id)
            ctx.touch_case(conn, new.case_id)
        return self._changes(new.case_id)

    @staticmethod
    def _changes(case_id: str) -> Changes:
        return Changes.for_case(case_id, deadlines=True) | Changes(access_log=True)

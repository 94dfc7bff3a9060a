"""Flagged case history (DESIGN.md §5): values that lost a per-field sync merge, for review.

Sync keeps every losing value in the case history and flags the ones lost to a concurrent
edit (storage/inbound.py says how it tells them from deliberate, sequential ones); this is
where a caseworker learns about them. On the DB thread :func:`review_rows` turns the flags into plain ``ReviewRow`` values
with the display rules applied (B4, B6, B8); the controller carries out the two answers:

- "Behold gjeldende verdi": the flag is cleared, nothing else changes.
- "Bruk denne verdien": the lost value is written as a new, ordinary edit of its field through
  the repository that edits that record (``cases.update``, ``cases.update_person``,
  ``notes.save_draft``; ``conflicts.restore`` for records edited only by specific actions).
  It gets a new HLC, so it goes to the outbox and wins everywhere once synced; the flag is
  cleared in the same transaction. A signed note never changes (B11): a value lost to a
  signature can only be kept (an addendum is the way to add to a signed note).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import OSLO, AppContext
from desktop.jobs import Done, atomic, message, run_mutation
from desktop.tasks import TaskRunner
from domain.casefile import CaseFile
from domain.cases import Case
from domain.changes import Changes
from domain.codec import from_fields, to_fields
from domain.hlc import Timestamp
from domain.identity import mask
from domain.ops import Entity, JSONValue
from domain.people import AddressProtection
from ui.labels import day, label
from ui.rows import ReviewRow

CASE_FIELDS = frozenset({"unit_id", "caseworker", "status", "child_id"})
"""The case fields ``cases.update`` edits (the number is the server's; ids never lose)."""

NOTE_FIXED = frozenset({"status", "signed_at", "signed_by", "id", "case_id"})
"""Fields a draft edit never sets (``JournalNote.edited``): signing has its own step."""

PERSON_FIXED = frozenset({"id", "case_id"})

RESTORED_BY_STORAGE = frozenset(
    {
        Entity.REPORT,
        Entity.INVESTIGATION,
        Entity.MEASURE,
        Entity.EMERGENCY_DECISION,
        Entity.CARE_ORDER,
        Entity.PLACEMENT,
        Entity.ADDRESS_PROTECTION,
    }
)
"""Records edited only through specific actions: ``vault.conflicts.restore`` writes a field."""

ITEM_LISTS = frozenset({"visits", "letters"})
"""Lists whose items are entities of their own (appended once): never written back whole."""


def _entity(value: str) -> Entity | None:
    try:
        return Entity(value)
    except ValueError:  # written by a newer version: shown, never restored
        return None


def _stamp(hlc: str) -> tuple[datetime | None, str]:
    """When (Oslo time) and on which device an HLC was issued; (None, "") when it is none."""
    try:
        ts = Timestamp.decode(hlc)
    except ValueError:
        return None, ""
    return datetime.fromtimestamp(ts.wall_ms / 1000, OSLO), ts.device


def _strengt_fortrolig(case_file: CaseFile, lost: Iterable[Any]) -> bool:
    """B6: any strengt fortrolig person or decision in the case, now or in a lost value."""
    levels = {p.address_protection for p in case_file.persons}
    levels |= {d.level for d in case_file.address_protections}
    strict = AddressProtection.STRENGT_FORTROLIG
    lost_strict = any(
        v.field in ("address_protection", "level") and v.value == strict.value for v in lost
    )
    return strict in levels or lost_strict


def _shown(field: str, value: JSONValue) -> JSONValue:
    """B8: an identity number as lists may show it."""
    if field == "identity_number" and isinstance(value, str) and value:
        return mask(value)
    return value


def _subjects(case_file: CaseFile, notes: dict[str, Any]) -> dict[str, str]:
    """Which record an entity id is, in words the case view already shows."""
    subjects = {p.id: p.full_name for p in case_file.persons}
    subjects |= {r.id: day(r.received_at) for r in case_file.reports}
    subjects |= {i.id: day(i.opened_on) for i in case_file.investigations}
    subjects |= {m.id: label(m.kind) for m in case_file.measures}
    subjects |= {n.id: f"{label(n.note_type)} {day(n.occurred_at)}" for n in notes.values()}
    return subjects


def _restorable(lost: Any, notes: dict[str, Any]) -> bool:
    """Whether "Bruk denne verdien" can write the value back (see the module docstring)."""
    entity = _entity(lost.entity)
    if not lost.held or entity is None:
        return False
    if entity is Entity.CASE:
        return lost.field in CASE_FIELDS
    if entity is Entity.PERSON:
        return lost.field not in PERSON_FIXED
    if entity is Entity.JOURNAL_NOTE:
        note = notes.get(lost.entity_id)
        return note is not None and not note.is_signed and lost.field not in NOTE_FIXED
    return entity in RESTORED_BY_STORAGE and lost.field not in ITEM_LISTS


def review_rows(vault: Any, case_file: CaseFile) -> list[ReviewRow]:
    """On the DB thread: the case's flagged values, oldest first, as the view may show them."""
    flagged = vault.conflicts.flagged(case_file.case.id)
    if not flagged:
        return []
    notes: dict[str, Any] = {}
    if any(v.entity == Entity.JOURNAL_NOTE.value for v in flagged):
        notes = {n.id: n for n in vault.notes.list_for_case(case_file.case.id)}
    subjects = _subjects(case_file, notes)
    hide_address = _strengt_fortrolig(case_file, flagged)
    here = vault.device_id
    rows = []
    for v in flagged:
        hidden = v.entity == Entity.REPORTER.value or (hide_address and v.field == "address")
        lost_at, lost_device = _stamp(v.hlc)
        kept_at, kept_device = _stamp(v.winner_hlc)
        rows.append(
            ReviewRow(
                lost_id=v.id,
                entity=v.entity,
                field=v.field,
                subject=subjects.get(v.entity_id, ""),
                kept=None if hidden else _shown(v.field, v.current),
                lost=None if hidden else _shown(v.field, v.value),
                lost_at=lost_at,
                lost_device=lost_device,
                lost_here=bool(lost_device) and lost_device == here,
                lost_by=v.author,
                kept_at=kept_at,
                kept_device=kept_device,
                kept_here=bool(kept_device) and kept_device == here,
                arrived=v.source == "remote",
                restorable=_restorable(v, notes),
                hidden=hidden,
            )
        )
    return rows


def _flagged(vault: Any, lost_id: int) -> Any | None:
    return next((v for v in vault.conflicts.flagged() if v.id == lost_id), None)


def _decoded(obj: Any, field: str, value: JSONValue) -> Any:
    """``value`` (stored JSON) as the domain type of ``obj``'s ``field``."""
    return getattr(from_fields(type(obj), {**to_fields(obj), field: value}, validate=False), field)


def _write_back(vault: Any, lost: Any) -> Changes:
    """The lost value as a new edit of its field, through the repository that edits it."""
    entity = Entity(lost.entity)
    if entity is Entity.CASE:
        case: Case = vault.cases.get_file(lost.case_id).case
        value = _decoded(case, lost.field, lost.value)
        return vault.cases.update(lost.case_id, **{lost.field: value})
    if entity is Entity.PERSON:
        persons = vault.cases.get_file(lost.case_id).persons
        person = next(p for p in persons if p.id == lost.entity_id)
        value = _decoded(person, lost.field, lost.value)
        changed = dataclasses.replace(person, **{lost.field: value})  # the domain checks it
        return vault.cases.update_person(changed)
    if entity is Entity.JOURNAL_NOTE:
        note = vault.notes.get(lost.entity_id)
        value = _decoded(note, lost.field, lost.value)
        return vault.notes.save_draft(note.edited(**{lost.field: value}))
    return vault.conflicts.restore(lost.id)


def keep_value(vault: Any, lost_id: int) -> Done:
    """On the DB thread: "Behold gjeldende verdi": clear the flag, change nothing else."""
    return Done(vault.conflicts.mark_reviewed([lost_id]), lost_id)


def restore_value(vault: Any, lost_id: int) -> Done:
    """On the DB thread: "Bruk denne verdien": write it back as a new edit, clear the flag.

    A value no longer flagged (answered meanwhile, e.g. twice clicked) is left alone.
    """
    lost = _flagged(vault, lost_id)
    if lost is None or not lost.held:
        return Done(Changes(), lost_id)
    with atomic(vault):
        changes = _write_back(vault, lost)
        if Entity(lost.entity) not in RESTORED_BY_STORAGE:  # storage cleared it itself
            changes |= vault.conflicts.mark_reviewed([lost.id])
    return Done(changes, lost_id)


class HistoryReviewController(QObject):
    """Carries out the answers given in "Endringer til gjennomgang" on the DB thread.

    ``reviewed(lost_id)`` says an answer was stored; the views refresh through
    ``TaskRunner.changes_applied`` like after any other change.
    """

    reviewed = Signal(int)
    failed = Signal(str)
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent)
        self._runner = runner
        self._context = context

    def keep(self, lost_id: int) -> None:
        """Keep the field's current value; the lost one stays in the history, unflagged."""
        run_mutation(
            self._runner,
            lambda v: keep_value(v, lost_id),
            self._kept,
            self._failed,
            label="history.keep",
        )

    def restore(self, lost_id: int) -> None:
        """Make the lost value current again, as a new edit that syncs."""
        run_mutation(
            self._runner,
            lambda v: restore_value(v, lost_id),
            self._restored,
            self._failed,
            label="history.restore",
        )

    def _kept(self, lost_id: int) -> None:
        self.reviewed.emit(lost_id)

    def _restored(self, lost_id: int) -> None:
        self.status_message.emit(
            QCoreApplication.translate(
                "HistoryReview", "Verdien er tatt i bruk og sendes ved neste synkronisering."
            )
        )
        self.reviewed.emit(lost_id)

    def _failed(self, error: BaseException) -> None:
        # The error's type only (jobs.message): a value under review is never logged.
        self.failed.emit(message(error))

"""Reading whole case files: one case, or every case at once for deadlines and statistics.

Reports come without their reporter's identity: that is read on its own, logged (B4).
"""

from __future__ import annotations

from typing import Any

from domain.casefile import CaseFile
from domain.cases import Case
from domain.investigations import Investigation
from domain.measures import (
    AddressProtectionDecision,
    CareOrder,
    EmergencyDecision,
    Measure,
    Placement,
)
from domain.people import Person
from domain.reports import Report
from storage.base import decode_row, load
from storage.db import Connection

RECORD_KINDS: dict[str, tuple[type[Any], str]] = {
    "measure": (Measure, "measures"),
    "emergency_decision": (EmergencyDecision, "emergency_decisions"),
    "care_order": (CareOrder, "care_orders"),
    "placement": (Placement, "placements"),
    "address_protection": (AddressProtectionDecision, "address_protections"),
}
"""``records.kind`` → (domain class, :class:`CaseFile` attribute)."""

_PARTS: tuple[tuple[str, type[Any], str], ...] = (
    ("SELECT case_id, data FROM persons {where} ORDER BY id", Person, "persons"),
    ("SELECT case_id, data FROM reports {where} ORDER BY received_at, id", Report, "reports"),
    (
        "SELECT case_id, data FROM investigations {where} ORDER BY opened_on, id",
        Investigation,
        "investigations",
    ),
)


def _fill(
    conn: Connection, files: dict[str, CaseFile], where: str, params: tuple[str, ...]
) -> None:
    """Append every part of the case files in ``files`` (one query per table)."""
    for sql, cls, attr in _PARTS:
        for case_id, data in conn.execute(sql.format(where=where), params):
            if case_id in files:
                getattr(files[case_id], attr).append(decode_row(cls, data))
    records = conn.execute(
        f"SELECT case_id, kind, data FROM records {where} ORDER BY rowid", params
    )
    for case_id, kind, data in records:
        if case_id in files and kind in RECORD_KINDS:
            cls, attr = RECORD_KINDS[kind]
            getattr(files[case_id], attr).append(decode_row(cls, data))


def load_file(conn: Connection, case_id: str) -> CaseFile:
    """One case file (raises ``NotFound`` for an unknown case)."""
    files = {case_id: CaseFile(case=load(conn, Case, "cases", case_id))}
    _fill(conn, files, "WHERE case_id = ?", (case_id,))
    return files[case_id]


def load_all_files(conn: Connection) -> list[CaseFile]:
    """Every case file, in case-list order."""
    files: dict[str, CaseFile] = {}
    for (data,) in conn.execute("SELECT data FROM cases ORDER BY updated_at DESC, id"):
        case = decode_row(Case, data)
        files[case.id] = CaseFile(case=case)
    _fill(conn, files, "", ())
    return list(files.values())
